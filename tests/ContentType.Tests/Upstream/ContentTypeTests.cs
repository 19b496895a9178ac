using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Ported from jshttp/content-type test/contentType_parse.js and test/contentType_format.js at tag v1.0.5 (43 cases).
// npm's TypeError is ArgumentException here, with the same message (plus .NET's " (Parameter '…')" suffix).

internal static class Throws
{
    public static void Message(string expected, Action action)
    {
        var error = Assert.ThrowsAny<ArgumentException>(action);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}

public sealed class ContentTypeParseStringTests
{
    public static TheoryData<string> InvalidTypes => new()
    {
        " ", "null", "undefined", "/", "text / plain", "text/;plain", "text/\"plain\"", "text/p£ain", "text/(plain)",
        "text/@plain", "text/plain,wrong",
    };

    [Fact(DisplayName = "contentType.parse(string) › should parse basic type")]
    public void BasicType() => Assert.Equal("text/html", ContentType.Parse("text/html").Type);

    [Fact(DisplayName = "contentType.parse(string) › should parse with suffix")]
    public void Suffix() => Assert.Equal("image/svg+xml", ContentType.Parse("image/svg+xml").Type);

    [Fact(DisplayName = "contentType.parse(string) › should parse basic type with surrounding OWS")]
    public void SurroundingOws() => Assert.Equal("text/html", ContentType.Parse(" text/html ").Type);

    [Fact(DisplayName = "contentType.parse(string) › should parse parameters")]
    public void Parameters()
    {
        var type = ContentType.Parse("text/html; charset=utf-8; foo=bar");
        Assert.Equal("text/html", type.Type);
        Assert.Equal(new Dictionary<string, string> { ["charset"] = "utf-8", ["foo"] = "bar" }, type.Parameters);
    }

    [Fact(DisplayName = "contentType.parse(string) › should parse parameters with extra LWS")]
    public void ParametersWithLws()
    {
        var type = ContentType.Parse("text/html ; charset=utf-8 ; foo=bar");
        Assert.Equal("text/html", type.Type);
        Assert.Equal(new Dictionary<string, string> { ["charset"] = "utf-8", ["foo"] = "bar" }, type.Parameters);
    }

    [Fact(DisplayName = "contentType.parse(string) › should lower-case type")]
    public void LowerCaseType() => Assert.Equal("image/svg+xml", ContentType.Parse("IMAGE/SVG+XML").Type);

    [Fact(DisplayName = "contentType.parse(string) › should lower-case parameter names")]
    public void LowerCaseNames()
    {
        var type = ContentType.Parse("text/html; Charset=UTF-8");
        Assert.Equal("text/html", type.Type);
        Assert.Equal(new Dictionary<string, string> { ["charset"] = "UTF-8" }, type.Parameters);
    }

    [Fact(DisplayName = "contentType.parse(string) › should unquote parameter values")]
    public void Unquote()
    {
        var type = ContentType.Parse("text/html; charset=\"UTF-8\"");
        Assert.Equal("text/html", type.Type);
        Assert.Equal(new Dictionary<string, string> { ["charset"] = "UTF-8" }, type.Parameters);
    }

    [Fact(DisplayName = "contentType.parse(string) › should unquote parameter values with escapes")]
    public void UnquoteEscapes()
    {
        var type = ContentType.Parse("text/html; charset = \"UT\\F-\\\\\\\"8\\\"\"");
        Assert.Equal("text/html", type.Type);
        Assert.Equal(new Dictionary<string, string> { ["charset"] = "UTF-\\\"8\"" }, type.Parameters);
    }

    [Fact(DisplayName = "contentType.parse(string) › should handle balanced quotes")]
    public void BalancedQuotes()
    {
        var type = ContentType.Parse("text/html; param=\"charset=\\\"utf-8\\\"; foo=bar\"; bar=foo");
        Assert.Equal("text/html", type.Type);
        Assert.Equal(new Dictionary<string, string> { ["param"] = "charset=\"utf-8\"; foo=bar", ["bar"] = "foo" }, type.Parameters);
    }

    [Theory(DisplayName = "contentType.parse(string) › should throw on invalid media type"), MemberData(nameof(InvalidTypes))]
    public void InvalidMediaType(string type) => Throws.Message("invalid media type", () => ContentType.Parse(type));

    [Fact(DisplayName = "contentType.parse(string) › should throw on invalid parameter format")]
    public void InvalidParameterFormat()
    {
        Throws.Message("invalid parameter format", () => ContentType.Parse("text/plain; foo=\"bar"));
        Throws.Message("invalid parameter format", () => ContentType.Parse("text/plain; profile=http://localhost; foo=bar"));
        Throws.Message("invalid parameter format", () => ContentType.Parse("text/plain; profile=http://localhost"));
    }

    // contentType.parse() with no argument: null in C#.
    [Fact(DisplayName = "contentType.parse(string) › should require argument")]
    public void RequireArgument()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ContentType.Parse((string)null!));
        Assert.StartsWith("argument string is required", error.Message, StringComparison.Ordinal);
        Throws.Message("argument string is required", () => ContentType.Parse(""));
    }

    // contentType.parse(7): the type system rules out a number; the nearest case is a value that is not a
    // Content-Type at all, and TryParse refusing null and "".
    [Fact(DisplayName = "contentType.parse(string) › should reject non-strings")]
    public void RejectNonStrings()
    {
        Throws.Message("invalid media type", () => ContentType.Parse("7"));
        Assert.False(ContentType.TryParse((string?)null, out _));
        Assert.False(ContentType.TryParse("", out _));
    }
}

// parse(req): the request's headers as a header dictionary (Node's req.headers).
public sealed class ContentTypeParseRequestTests
{
    [Fact(DisplayName = "contentType.parse(req) › should parse content-type header")]
    public void ParseHeader()
    {
        var headers = new Dictionary<string, StringValues> { ["content-type"] = "text/html" };
        Assert.Equal("text/html", ContentType.Parse(headers).Type);
    }

    // parse({}): an object without a headers property. Nearest: a null dictionary.
    [Fact(DisplayName = "contentType.parse(req) › should reject objects without headers property")]
    public void WithoutHeaders() => Assert.Throws<ArgumentNullException>(() => ContentType.Parse((IDictionary<string, StringValues>)null!));

    [Fact(DisplayName = "contentType.parse(req) › should reject missing content-type")]
    public void MissingContentType() =>
        Throws.Message("content-type header is missing from object", () => ContentType.Parse(new Dictionary<string, StringValues>()));
}

// parse(res): response headers are a header dictionary too (ASP.NET Core's HttpResponse.Headers).
public sealed class ContentTypeParseResponseTests
{
    [Fact(DisplayName = "contentType.parse(res) › should parse content-type header")]
    public void ParseHeader()
    {
        var headers = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "text/html" };
        Assert.Equal("text/html", ContentType.Parse(headers).Type);
    }

    // parse({}): an object without getHeader. Nearest: a header dictionary without the header.
    [Fact(DisplayName = "contentType.parse(res) › should reject objects without getHeader method")]
    public void WithoutGetHeader() =>
        Throws.Message("content-type header is missing from object", () => ContentType.Parse(new Dictionary<string, StringValues> { ["x"] = "y" }));

    // getHeader() returning undefined: the header present without a value.
    [Fact(DisplayName = "contentType.parse(res) › should reject missing content-type")]
    public void MissingContentType() =>
        Throws.Message("content-type header is missing from object",
            () => ContentType.Parse(new Dictionary<string, StringValues> { ["content-type"] = StringValues.Empty }));
}

public sealed class ContentTypeFormatTests
{
    private static ContentTypeValue Value(string type, params (string Name, string Value)[] parameters) =>
        new(type, parameters.ToDictionary(p => p.Name, p => p.Value));

    [Fact(DisplayName = "contentType.format(obj) › should format basic type")]
    public void BasicType() => Assert.Equal("text/html", ContentType.Format(new ContentTypeValue("text/html")));

    [Fact(DisplayName = "contentType.format(obj) › should format type with suffix")]
    public void Suffix() => Assert.Equal("image/svg+xml", ContentType.Format(new ContentTypeValue("image/svg+xml")));

    [Fact(DisplayName = "contentType.format(obj) › should format type with parameter")]
    public void Parameter() => Assert.Equal("text/html; charset=utf-8", ContentType.Format(Value("text/html", ("charset", "utf-8"))));

    [Fact(DisplayName = "contentType.format(obj) › should format type with parameter that needs quotes")]
    public void ParameterNeedsQuotes() =>
        Assert.Equal("text/html; foo=\"bar or \\\"baz\\\"\"", ContentType.Format(Value("text/html", ("foo", "bar or \"baz\""))));

    [Fact(DisplayName = "contentType.format(obj) › should format type with parameter with empty value")]
    public void EmptyValue() => Assert.Equal("text/html; foo=\"\"", ContentType.Format(Value("text/html", ("foo", ""))));

    [Fact(DisplayName = "contentType.format(obj) › should format type with multiple parameters")]
    public void MultipleParameters() =>
        Assert.Equal("text/html; bar=baz; charset=utf-8; foo=bar",
            ContentType.Format(Value("text/html", ("charset", "utf-8"), ("foo", "bar"), ("bar", "baz"))));

    // format() with no argument: default(ContentTypeValue) in C#.
    [Fact(DisplayName = "contentType.format(obj) › should require argument")]
    public void RequireArgument() => Throws.Message("argument obj is required", () => ContentType.Format(default));

    // format(7): a number cannot be passed. Nearest: a value built without a type (the default constructor).
    [Fact(DisplayName = "contentType.format(obj) › should reject non-objects")]
    public void RejectNonObjects() => Throws.Message("argument obj is required", () => ContentType.Format(new ContentTypeValue()));

    // format({}): an object without a type. Nearest: an empty type.
    [Fact(DisplayName = "contentType.format(obj) › should require type")]
    public void RequireType() => Throws.Message("invalid type", () => ContentType.Format(new ContentTypeValue("")));

    [Fact(DisplayName = "contentType.format(obj) › should reject invalid type")]
    public void InvalidType() => Throws.Message("invalid type", () => ContentType.Format(new ContentTypeValue("text/")));

    [Fact(DisplayName = "contentType.format(obj) › should reject invalid type with LWS")]
    public void InvalidTypeWithLws() => Throws.Message("invalid type", () => ContentType.Format(new ContentTypeValue(" text/html")));

    [Fact(DisplayName = "contentType.format(obj) › should reject invalid parameter name")]
    public void InvalidParameterName() =>
        Throws.Message("invalid parameter name", () => ContentType.Format(Value("image/svg", ("foo/", "bar"))));

    [Fact(DisplayName = "contentType.format(obj) › should reject invalid parameter value")]
    public void InvalidParameterValue() =>
        Throws.Message("invalid parameter value", () => ContentType.Format(Value("image/svg", ("foo", "bar\u0000"))));
}
