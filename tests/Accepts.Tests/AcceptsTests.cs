using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>The C# surface around the port: dictionaries, aliases, arguments, npm's false as null.</summary>
public sealed class AcceptsTests
{
    private static Accepts Over(params (string Name, StringValues Value)[] headers)
    {
        var dictionary = new HeaderDictionary();
        foreach (var (name, value) in headers)
            dictionary[name] = value;
        return new Accepts(dictionary);
    }

    [Fact]
    public void Works_over_aspnetcore_request_headers()
    {
        var accepts = Over(("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), ("Accept-Encoding", "gzip, deflate, br"));

        Assert.Equal("html", accepts.Types("json", "html"));
        Assert.Equal("gzip", accepts.Encodings("br", "gzip"));
        Assert.Equal("utf-8", accepts.Charsets("utf-8"));
        Assert.Equal("en", accepts.Languages("en", "fr"));
    }

    [Fact]
    public void Reads_any_dictionary_case_insensitively()
    {
        var ordinal = new Dictionary<string, StringValues>(StringComparer.Ordinal) { ["ACCEPT"] = "application/json", ["x"] = "y" };
        Assert.Equal("json", new Accepts(ordinal).Types("html", "json"));
        Assert.Equal("html", new Accepts(new Dictionary<string, StringValues>(StringComparer.Ordinal) { ["x"] = "y" }).Types("html", "json"));

        var sorted = new SortedDictionary<string, StringValues>(StringComparer.Ordinal) { ["Accept"] = "text/*" };
        Assert.Equal("text/plain", new Accepts(sorted).Types("application/json", "text/plain"));
        Assert.Equal("a", new Accepts(new SortedDictionary<string, StringValues>(StringComparer.Ordinal) { ["x"] = "y" }).Types("a"));
        Assert.Null(new Accepts(new SortedDictionary<string, StringValues>(StringComparer.Ordinal) { ["ACCEPT"] = "x/z" }).Types("x/y"));

        var concurrent = new ConcurrentDictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["accept-language"] = "fr" };
        Assert.Equal("fr", new Accepts(concurrent).Languages("en", "fr"));
        Assert.Equal("png", new Accepts(concurrent).Types("png"));
        Assert.Equal("png", new Accepts(new Dictionary<string, StringValues>()).Types("png"));
    }

    [Fact]
    public void Repeated_accept_headers_are_joined()
    {
        var accepts = Over(("Accept", new StringValues(["image/png;q=0.5", "text/html"])));

        Assert.Equal(new[] { "text/html", "image/png" }, accepts.Types());
        Assert.Equal("html", accepts.Types("png", "html"));
    }

    [Fact]
    public void Every_alias_answers_like_its_family()
    {
        var accepts = Over(("Accept", "text/plain, application/json;q=0.5"), ("Accept-Encoding", "br"), ("Accept-Charset", "latin1"), ("Accept-Language", "de"));
        List<string> types = ["json", "txt"], encodings = ["gzip", "br"], charsets = ["utf-8", "latin1"], languages = ["en", "de"];

        Assert.Equal(accepts.Types(), accepts.Type());
        Assert.Equal("txt", accepts.Type("json", "txt"));
        Assert.Equal("txt", accepts.Type(types));
        Assert.Equal(new[] { "br", "identity" }, accepts.Encoding());
        Assert.Equal("br", accepts.Encoding("gzip", "br"));
        Assert.Equal("br", accepts.Encoding(encodings));
        Assert.Equal(new[] { "latin1" }, accepts.Charset());
        Assert.Equal("latin1", accepts.Charset("utf-8", "latin1"));
        Assert.Equal("latin1", accepts.Charset(charsets));
        Assert.Equal(new[] { "de" }, accepts.Language());
        Assert.Equal("de", accepts.Language("en", "de"));
        Assert.Equal("de", accepts.Language(languages));
        Assert.Equal(new[] { "de" }, accepts.Langs());
        Assert.Equal("de", accepts.Langs("en", "de"));
        Assert.Equal("de", accepts.Langs(languages));
        Assert.Equal(new[] { "de" }, accepts.Lang());
        Assert.Equal("de", accepts.Lang("en", "de"));
        Assert.Equal("de", accepts.Lang(languages));
    }

    [Fact]
    public void The_argument_is_returned_verbatim_and_the_first_of_equal_media_types_wins()
    {
        var accepts = Over(("Accept", "application/json"));

        Assert.Equal("JSON", accepts.Types("JSON"));
        // a path has a slash, so it is taken as a (here invalid) media type, not looked up
        Assert.Null(accepts.Types("html", "/a/b/file.json"));
        Assert.Equal("file.json", accepts.Types("html", "file.json"));
        Assert.Equal("json", accepts.Types("json", "application/json", ".json"));
        Assert.Equal("application/JSON", accepts.Types("application/JSON", "json"));
    }

    [Fact]
    public void Extensions_are_looked_up_in_mime_types_2_1_35()
    {
        var accepts = Over(("Accept", "application/javascript, audio/wave"));

        Assert.Equal("js", accepts.Types("js"));
        Assert.Equal("wav", accepts.Types("wav"));
        Assert.Null(Over(("Accept", "text/javascript")).Types("js"));
    }

    [Fact]
    public void Without_an_accept_header_the_first_type_is_returned_unchecked()
    {
        Assert.Equal("bogus", Over().Types("bogus", "json"));
        Assert.Equal("bogus", Over(("Accept", "")).Types("bogus", "json"));
        // a blank header is present: it is negotiated, and accepts nothing
        Assert.Null(Over(("Accept", " ")).Types("bogus", "json"));
    }

    [Fact]
    public void Unknown_extensions_and_invalid_types_never_match()
    {
        var accepts = Over(("Accept", "*/*"));

        Assert.Equal("json", accepts.Types("bogusext", "json"));
        Assert.Null(accepts.Types("bogusext", ""));
        Assert.Null(accepts.Types("text/", "/html"));
        Assert.Equal("dir/file", accepts.Types("dir/file"));
    }

    [Fact]
    public void An_empty_string_match_is_false_as_in_npm()
    {
        var accepts = Over(("Accept-Charset", "*"), ("Accept-Encoding", "*"), ("Accept-Language", "*"));

        Assert.Null(accepts.Charsets(""));
        Assert.Null(accepts.Encodings(""));
        Assert.Null(accepts.Languages(""));
        // "" and utf-8 tie on the wildcard, "" comes first and is falsy: npm answers false
        Assert.Null(accepts.Charsets("", "utf-8"));
        Assert.Equal("utf-8", accepts.Charsets("utf-8", ""));
    }

    [Fact]
    public void An_empty_argument_list_returns_null()
    {
        var accepts = Over(("Accept", "text/html"));

        Assert.Null(accepts.Types(Array.Empty<string>()));
        Assert.Null(accepts.Types(new List<string>()));
        Assert.Null(accepts.Encodings(Array.Empty<string>()));
        Assert.Null(accepts.Charsets(Array.Empty<string>()));
        Assert.Null(accepts.Languages(Array.Empty<string>()));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        var accepts = Over(("Accept", "text/html"));

        Assert.Throws<ArgumentNullException>("headers", () => new Accepts(null!));
        Assert.Throws<ArgumentNullException>("types", () => accepts.Types((IReadOnlyList<string>)null!));
        Assert.Throws<ArgumentNullException>("encodings", () => accepts.Encodings((IReadOnlyList<string>)null!));
        Assert.Throws<ArgumentNullException>("charsets", () => accepts.Charsets((IReadOnlyList<string>)null!));
        Assert.Throws<ArgumentNullException>("languages", () => accepts.Languages((IReadOnlyList<string>)null!));
        Assert.Throws<ArgumentException>("types", () => accepts.Types("json", null!));
        Assert.Throws<ArgumentException>("types", () => Over().Types(null!, "json"));
        Assert.Throws<ArgumentException>("encodings", () => accepts.Encodings(null!, "gzip"));
        Assert.Throws<ArgumentException>("charsets", () => accepts.Charsets("utf-8", null!));
        Assert.Throws<ArgumentException>("languages", () => accepts.Languages([null!]));
    }

    [Fact]
    public void Long_argument_lists_keep_their_mapping()
    {
        var types = Enumerable.Range(0, 40).Select(i => "bogus" + i).Append("html").Append("json").ToArray();

        Assert.Equal("json", Over(("Accept", "application/json, text/html;q=0.5")).Types(types));
    }

    [Fact]
    public void Headers_are_read_at_call_time()
    {
        var headers = new HeaderDictionary { ["Accept"] = "text/html" };
        var accepts = new Accepts(headers);
        Assert.Equal("html", accepts.Types("json", "html"));

        headers["Accept"] = "application/json";
        Assert.Equal("json", accepts.Types("json", "html"));
    }
}
