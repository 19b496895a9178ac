using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Behaviour the port documents beyond the upstream suites.
public sealed class ContentTypeBehaviourTests
{
    [Fact(DisplayName = "a later duplicate parameter overwrites an earlier one")]
    public void DuplicateParameters() => Assert.Equal("2", ContentType.Parse("a/b; x=1; X=2").Parameters["x"]);

    [Fact(DisplayName = "the type is trimmed with JavaScript's trim(): BOM and U+3000 go, U+0085 stays")]
    public void JavaScriptTrim()
    {
        Assert.Equal("text/html", ContentType.Parse("\uFEFF\u3000text/html\u2028; a=b").Type);
        Assert.False(ContentType.TryParse("\u0085text/html", out _));
    }

    [Fact(DisplayName = "quoted values keep content-type 1.0.5's VT-for-HTAB rule")]
    public void VerticalTab()
    {
        Assert.Equal("\v", ContentType.Parse("a/b; x=\"\v\"").Parameters["x"]);
        Assert.Equal("\v", ContentType.Parse("a/b; x=\"\\\v\"").Parameters["x"]);
        Assert.False(ContentType.TryParse("a/b; x=\"\t\"", out _));
        Assert.False(ContentType.TryParse("a/b; x=\"\\\t\"", out _));
        Assert.Equal("\u00FF\u0080", ContentType.Parse("a/b; x=\"\u00FF\u0080\"").Parameters["x"]);
        Assert.False(ContentType.TryParse("a/b; x=\"\u0100\"", out _));
    }

    [Fact(DisplayName = "a value without parameters reuses the header string and an empty parameter set")]
    public void NoAllocationWhenUnchanged()
    {
        const string header = "application/json";
        var value = ContentType.Parse(header);
        Assert.Same(header, value.Type);
        Assert.Empty(value.Parameters);
        Assert.Empty(default(ContentTypeValue).Parameters);
        Assert.Equal("", default(ContentTypeValue).Type);
    }

    [Fact(DisplayName = "TryParse over headers: Koa's request.charset guard")]
    public void TryParseHeaders()
    {
        var headers = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "text/plain; charset=ISO-8859-1" };
        Assert.True(ContentType.TryParse(headers, out var value));
        Assert.Equal("ISO-8859-1", value.Parameters["charset"]);
        Assert.False(ContentType.TryParse(new Dictionary<string, StringValues>(), out _));
        Assert.False(ContentType.TryParse(new Dictionary<string, StringValues> { ["content-type"] = "text/plain;;" }, out _));
        Assert.Throws<ArgumentNullException>(() => ContentType.TryParse((IDictionary<string, StringValues>)null!, out _));
    }

    [Fact(DisplayName = "parse(req) with an empty header is an invalid media type, as in npm")]
    public void EmptyHeaderValue() =>
        Throws.Message("invalid media type", () => ContentType.Parse(new Dictionary<string, StringValues> { ["content-type"] = "" }));

    [Fact(DisplayName = "parse(req) reads the first of repeated Content-Type values, as Node keeps the first")]
    public void RepeatedHeader() =>
        Assert.Equal("text/html", ContentType.Parse(new Dictionary<string, StringValues> { ["content-type"] = new(["text/html", "text/plain"]) }).Type);

    [Fact(DisplayName = "values compare by type and parameters, in any order")]
    public void ValueEquality()
    {
        Assert.Equal(ContentType.Parse("text/html; a=1; b=2"), ContentType.Parse("TEXT/HTML;b=2;a=\"1\""));
        Assert.Equal(ContentType.Parse("text/html").GetHashCode(), new ContentTypeValue("text/html").GetHashCode());
        Assert.NotEqual(ContentType.Parse("text/html; a=1"), ContentType.Parse("text/html; a=2"));
        Assert.NotEqual(ContentType.Parse("text/html; a=1"), ContentType.Parse("text/html; b=1"));
        Assert.NotEqual(ContentType.Parse("text/html; a=1"), ContentType.Parse("text/html"));
        Assert.NotEqual(ContentType.Parse("text/html"), ContentType.Parse("text/plain"));
        Assert.True(default(ContentTypeValue) == new ContentTypeValue(""));
    }

    [Fact(DisplayName = "format rejects a null parameter value")]
    public void NullParameterValue() =>
        Throws.Message("invalid parameter value", () => ContentType.Format(new ContentTypeValue("a/b", new Dictionary<string, string> { ["x"] = null! })));

    [Fact(DisplayName = "format round-trips a parse")]
    public void RoundTrip()
    {
        var value = ContentType.Parse("Text/HTML; Foo=\"a b\"; charset=utf-8");
        Assert.Equal("text/html; charset=utf-8; foo=\"a b\"", ContentType.Format(value));
        Assert.Equal("text/html; foo=\"\\\\\"", ContentType.Format(value with { Parameters = new Dictionary<string, string> { ["foo"] = "\\" } }));
        Assert.Equal("image/png", ContentType.Format(value with { Type = "image/png", Parameters = null! }));
    }
}

public sealed class MediaTyperBehaviourTests
{
    [Fact(DisplayName = "names are limited to 127 characters")]
    public void Limits()
    {
        Assert.True(MediaTyper.Test(new string('a', 127) + "/" + new string('b', 127)));
        Assert.False(MediaTyper.Test(new string('a', 128) + "/b"));
        Assert.False(MediaTyper.Test("a/" + new string('b', 128)));
        Assert.True(MediaTyper.Test("  a/b  "));
        Assert.False(MediaTyper.Test("\ta/b"));
    }

    [Fact(DisplayName = "JavaScript lower-cases the Kelvin sign to k, so it is a letter; other non-ASCII is not")]
    public void KelvinSign()
    {
        Assert.Equal(new MediaType("text", "key"), MediaTyper.Parse("TEXT/\u212AEY"));
        Assert.False(MediaTyper.Test("text/\u0130"));
        Assert.False(MediaTyper.Test("text/\u0131"));
    }

    [Fact(DisplayName = "the suffix follows the last plus and may be empty")]
    public void Suffix()
    {
        Assert.Equal(new MediaType("a", "b+c", "d"), MediaTyper.Parse("a/b+c+d"));
        Assert.Equal(new MediaType("text", "html", ""), MediaTyper.Parse("text/html+"));
        Assert.Null(MediaTyper.Parse("text/html").Suffix);
        Assert.Equal("text/html", MediaTyper.Format(new MediaType("text", "html", "")));
        Assert.True(MediaTyper.TryParse("image/svg+xml", out var svg) && svg.Suffix == "xml");
    }

    [Fact(DisplayName = "format writes the parts as given and allows '.' only in the subtype")]
    public void FormatAsGiven()
    {
        Assert.Equal("TEXT/Html+XML", MediaTyper.Format(new MediaType("TEXT", "Html", "XML")));
        Assert.Equal("a/b.c", MediaTyper.Format(new MediaType("a", "b.c")));
        Throws.Message("invalid type", () => MediaTyper.Format(new MediaType("a.b", "c")));
        Throws.Message("invalid suffix", () => MediaTyper.Format(new MediaType("a", "b", "c.d")));
        Throws.Message("invalid subtype", () => MediaTyper.Format(new MediaType("a", "b+c")));
        Assert.Equal("", default(MediaType).Subtype);
    }
}
