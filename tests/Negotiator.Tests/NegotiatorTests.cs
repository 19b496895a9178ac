using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>The C# surface around the port: constructors, header lookups, arguments, options.</summary>
public sealed class NegotiatorTests
{
    [Fact]
    public void Reads_headers_from_an_aspnetcore_header_dictionary()
    {
        var headers = new HeaderDictionary
        {
            ["Accept"] = "text/html, application/json;q=0.5",
            ["accept-language"] = "fr, en;q=0.8",
            ["ACCEPT-CHARSET"] = "utf-8",
            ["Accept-Encoding"] = "gzip",
        };
        var negotiator = new Negotiator(headers);

        Assert.Equal(new[] { "text/html", "application/json" }, negotiator.MediaTypes());
        Assert.Equal("fr", negotiator.Language(["en", "fr"]));
        Assert.Equal(new[] { "utf-8" }, negotiator.Charsets());
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings());
    }

    [Fact]
    public void Missing_headers_in_an_aspnetcore_header_dictionary_are_absent()
    {
        var negotiator = new Negotiator(new HeaderDictionary { ["Host"] = "example.com" });

        Assert.Equal("*/*", negotiator.MediaType());
        Assert.Equal("*", negotiator.Language());
        Assert.Equal("*", negotiator.Charset());
        Assert.Equal("identity", negotiator.Encoding());
    }

    [Fact]
    public void Finds_headers_in_any_case_in_a_case_sensitive_dictionary()
    {
        var headers = new Dictionary<string, StringValues>(StringComparer.Ordinal)
        {
            ["ACCEPT"] = "application/json",
            ["Accept-language"] = "de",
            ["x-other"] = "1",
        };
        var negotiator = new Negotiator(headers);

        Assert.Equal("application/json", negotiator.MediaType());
        Assert.Equal("de", negotiator.Language());
        Assert.Equal("*", negotiator.Charset());
    }

    [Fact]
    public void Uses_the_comparer_of_an_ignore_case_dictionary()
    {
        var negotiator = new Negotiator(new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["ACCEPT-ENCODING"] = "br" });

        Assert.Equal("br", negotiator.Encoding());
        Assert.Equal("*", negotiator.Charset());
    }

    [Fact]
    public void Reads_concurrent_dictionaries_either_way()
    {
        var ignoreCase = new ConcurrentDictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["Accept-Charset"] = "latin1" };
        var ordinal = new ConcurrentDictionary<string, StringValues>(StringComparer.Ordinal) { ["ACCEPT-CHARSET"] = "latin1" };

        Assert.Equal("latin1", new Negotiator(ignoreCase).Charset());
        Assert.Equal("latin1", new Negotiator(ordinal).Charset());
        Assert.Equal("*", new Negotiator(ordinal).Language());
    }

    [Fact]
    public void Scans_other_dictionary_types()
    {
        var headers = new SortedDictionary<string, StringValues>(StringComparer.Ordinal) { ["Accept-Language"] = "es" };

        Assert.Equal("es", new Negotiator(headers).Language());
        Assert.Equal("identity", new Negotiator(headers).Encoding());
    }

    [Fact]
    public void Joins_repeated_headers_with_comma_space_as_node_does()
    {
        var headers = new Dictionary<string, StringValues> { ["accept"] = new StringValues(["text/html;q=0.5", "application/json"]) };
        var negotiator = new Negotiator(headers);

        Assert.Equal(new[] { "application/json", "text/html" }, negotiator.MediaTypes());
        // the separator shows inside a quoted value split across the two headers: Node reads a="x, y"
        var split = new Negotiator(new Dictionary<string, StringValues> { ["accept"] = new StringValues(["text/html;a=\"x", "y\""]) });
        Assert.Equal(new[] { "text/html;a=\"x, y\"" }, split.MediaTypes(["text/html;a=\"x,y\"", "text/html;a=\"x, y\""]));
    }

    [Fact]
    public void Reads_headers_at_call_time()
    {
        var headers = new Dictionary<string, StringValues> { ["accept"] = "text/html" };
        var negotiator = new Negotiator(headers);
        Assert.Equal("text/html", negotiator.MediaType());

        headers["accept"] = "application/json";
        Assert.Equal("application/json", negotiator.MediaType());
    }

    [Fact]
    public void An_empty_StringValues_is_an_absent_header_and_a_single_empty_string_an_empty_one()
    {
        Assert.Equal("*/*", new Negotiator(new Dictionary<string, StringValues> { ["accept"] = StringValues.Empty }).MediaType());
        Assert.Null(new Negotiator(new Dictionary<string, StringValues> { ["accept"] = "" }).MediaType());
        Assert.Equal("*/*", new Negotiator(new Dictionary<string, StringValues> { ["accept"] = new StringValues((string?)null) }).MediaType());
        Assert.Null(new Negotiator(new Dictionary<string, StringValues> { ["accept"] = new StringValues([null, null]) }).MediaType());
    }

    [Fact]
    public void Raw_header_constructor_treats_null_as_absent()
    {
        var negotiator = new Negotiator(accept: "text/*", acceptLanguage: "", acceptCharset: null, acceptEncoding: "gzip");

        Assert.Equal(new[] { "text/*" }, negotiator.MediaTypes());
        Assert.Empty(negotiator.Languages());
        Assert.Equal(new[] { "*" }, negotiator.Charsets());
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings());
        Assert.Equal("*/*", new Negotiator().MediaType());
    }

    [Fact]
    public void Null_headers_throw()
    {
        Assert.Throws<ArgumentNullException>("headers", () => new Negotiator((IDictionary<string, StringValues>)null!));
    }

    [Fact]
    public void A_null_available_value_throws()
    {
        var negotiator = new Negotiator(accept: "*/*", acceptLanguage: "*", acceptCharset: "*", acceptEncoding: "*");

        Assert.Throws<ArgumentException>("available", () => negotiator.MediaTypes(["text/html", null!]));
        Assert.Throws<ArgumentException>("available", () => negotiator.Language([null!]));
        Assert.Throws<ArgumentException>("available", () => negotiator.Charsets([null!]));
        Assert.Throws<ArgumentException>("available", () => negotiator.Encoding([null!]));
    }

    [Fact]
    public void Results_are_the_provided_strings_themselves()
    {
        var provided = new string('x', 1) + "/html";
        var result = Negotiator.PreferredMediaTypes("*/*", [provided]);

        Assert.Same(provided, result[0]);
        Assert.Same(provided, Negotiator.PreferredMediaType("*/*", [provided]));
    }

    [Fact]
    public void Quote_aware_lists_keep_quoted_commas_in_charsets_languages_and_encodings()
    {
        var options = new NegotiatorOptions { QuoteAwareLists = true };

        // negotiator 1.1 test/charset.js: "should handle commas in quoted parameters"
        Assert.Equal(new[] { "UTF-8", "ISO-8859-1" }, Negotiator.PreferredCharsets("UTF-8;foo=\"bar,baz\", ISO-8859-1", options: options));
        Assert.Equal(new[] { "UTF-8", "baz\"", "ISO-8859-1" }, Negotiator.PreferredCharsets("UTF-8;foo=\"bar,baz\", ISO-8859-1"));

        Assert.Equal(new[] { "en", "fr" }, new Negotiator(acceptLanguage: "en;x=\"a,b\", fr", options: options).Languages());
        Assert.Equal(new[] { "en", "b\"", "fr" }, new Negotiator(acceptLanguage: "en;x=\"a,b\", fr").Languages());

        Assert.Equal("br", new Negotiator(acceptEncoding: "gzip;x=\"1,br\";q=0.5, br", options: options).Encoding(["gzip", "br"]));
        Assert.Equal("gzip", Negotiator.PreferredEncoding("gzip;x=\"1,br\";q=0.5, br", ["gzip", "br"]));
        Assert.Equal("b", Negotiator.PreferredCharset("a;x=\"1,b\";q=0.1, b", ["a", "b"], options));
        Assert.Equal("b", Negotiator.PreferredLanguage("a;x=\"1,b\";q=0.1, b", ["a", "b"], options));
    }

    [Fact]
    public void Quote_aware_lists_do_not_change_accept()
    {
        var options = new NegotiatorOptions { QuoteAwareLists = true };
        var negotiator = new Negotiator(accept: "text/html;a=\"1,2\", text/plain", options: options);

        Assert.Equal(new[] { "text/html", "text/plain" }, negotiator.MediaTypes());
        Assert.Equal(new[] { "text/html", "text/plain" }, Negotiator.PreferredMediaTypes("text/html;a=\"1,2\", text/plain"));
        Assert.False(NegotiatorOptions.Default.QuoteAwareLists);
    }

    [Fact]
    public void Negotiator11_encodings_read_parameters_as_content_type_2_does()
    {
        var options = new NegotiatorOptions { Negotiator11Encodings = true };

        // Q is q, OWS around "=" is ignored, q= is 1, the first q wins, quoted values unescaped.
        Assert.Equal(new[] { "br", "gzip", "identity" }, Negotiator.PreferredEncodings("gzip;Q=0.1, br;q=0.5", options: options));
        Assert.Equal(new[] { "br", "gzip", "identity" }, Negotiator.PreferredEncodings("gzip; q = 0.1 , br", options: options));
        Assert.Equal(new[] { "gzip", "br", "identity" }, Negotiator.PreferredEncodings("gzip;q=, br;q=0.5", options: options));
        Assert.Equal(new[] { "br", "identity" }, Negotiator.PreferredEncodings("gzip;q=0;q=1, br", options: options));
        Assert.Equal(new[] { "br", "gzip", "identity" }, Negotiator.PreferredEncodings("gzip;q=\"0.\\1\", br", options: options));
        Assert.Equal(new[] { "br", "gzip", "identity" }, Negotiator.PreferredEncodings("gzip;x=\"a,b\";q=0.2, br", options: options));
        // An unterminated quoted value runs to the end of the header.
        Assert.Equal(new[] { "gzip", "identity" }, Negotiator.PreferredEncodings("gzip;x=\"a, br", options: options));
        // The header's own casing, as listed.
        Assert.Equal(new[] { "GZip", "identity" }, Negotiator.PreferredEncodings("GZip", options: options));
        // 0.6.3 reads the same headers differently.
        Assert.Equal(new[] { "gzip", "br", "identity" }, Negotiator.PreferredEncodings("gzip;Q=0.1, br;q=0.5"));
        Assert.Equal(new[] { "br", "identity" }, Negotiator.PreferredEncodings("gzip;q=, br;q=0.5"));
        Assert.False(NegotiatorOptions.Default.Negotiator11Encodings);
    }

    [Fact]
    public void Preferred_orders_equal_q_values_only()
    {
        string[] preference = ["br", "gzip", "deflate", "identity"];

        // What koa-compress 5.2.2 asks: the equal-q tie goes to the preference, a higher q still wins.
        Assert.Equal("br", Negotiator.PreferredEncoding("gzip, deflate, br", ["br", "gzip", "deflate", "identity"], preference));
        Assert.Equal("gzip", Negotiator.PreferredEncoding("gzip, deflate, br;q=0.9", ["br", "gzip", "deflate", "identity"], preference));
        Assert.Equal(new[] { "br", "gzip", "deflate", "identity" }, Negotiator.PreferredEncodings("gzip, deflate, br", ["identity", "deflate", "gzip", "br"], preference));
        // Values not in the list come after the listed ones of the same q, in the usual order.
        Assert.Equal(new[] { "deflate", "gzip", "zstd" }, Negotiator.PreferredEncodings("gzip, zstd, deflate", ["gzip", "zstd", "deflate"], ["deflate"]));
        // Compared with the available strings; listing the header (no available) compares its entries.
        Assert.Equal(new[] { "GZIP", "br" }, Negotiator.PreferredEncodings("br, gzip", ["br", "GZIP"], ["GZIP"]));
        Assert.Equal(new[] { "gzip", "br", "identity" }, Negotiator.PreferredEncodings("br, gzip", preferred: ["gzip"]));
        // An empty list changes nothing.
        Assert.Equal(new[] { "br", "gzip" }, Negotiator.PreferredEncodings("br, gzip", ["gzip", "br"], []));
    }
}
