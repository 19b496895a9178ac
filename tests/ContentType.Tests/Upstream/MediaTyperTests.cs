namespace Koa.Tests;

// Ported from jshttp/media-typer test/test.js at tag v1.1.0 (39 cases; 1.1.1 changed no test). npm's TypeError is
// ArgumentException here, with the same message.

public static class MediaTyperCases
{
    public static TheoryData<string> InvalidTypes => new()
    {
        " ", "null", "undefined", "/", "text/;plain", "text/\"plain\"", "text/p£ain", "text/(plain)", "text/@plain", "text/plain,wrong",
    };
}

public sealed class MediaTyperFormatTests
{
    [Fact(DisplayName = "typer.format(obj) › should format basic type")]
    public void BasicType() => Assert.Equal("text/html", MediaTyper.Format(new MediaType("text", "html")));

    [Fact(DisplayName = "typer.format(obj) › should format type with suffix")]
    public void Suffix() => Assert.Equal("image/svg+xml", MediaTyper.Format(new MediaType("image", "svg", "xml")));

    // format() with no argument: default(MediaType).
    [Fact(DisplayName = "typer.format(obj) › should require argument")]
    public void RequireArgument() => Throws.Message("argument obj is required", () => MediaTyper.Format(default));

    // format(7): a number cannot be passed. Nearest: a value built with the default constructor.
    [Fact(DisplayName = "typer.format(obj) › should reject non-objects")]
    public void RejectNonObjects() => Throws.Message("argument obj is required", () => MediaTyper.Format(new MediaType()));

    // format({}): no type. Nearest: an empty type.
    [Fact(DisplayName = "typer.format(obj) › should require type")]
    public void RequireType() => Throws.Message("invalid type", () => MediaTyper.Format(new MediaType { Subtype = "html" }));

    [Fact(DisplayName = "typer.format(obj) › should reject invalid type")]
    public void InvalidType() => Throws.Message("invalid type", () => MediaTyper.Format(new MediaType { Type = "text/" }));

    [Fact(DisplayName = "typer.format(obj) › should require subtype")]
    public void RequireSubtype() => Throws.Message("invalid subtype", () => MediaTyper.Format(new MediaType { Type = "text" }));

    [Fact(DisplayName = "typer.format(obj) › should reject invalid subtype")]
    public void InvalidSubtype() => Throws.Message("invalid subtype", () => MediaTyper.Format(new MediaType("text", "html/")));

    [Fact(DisplayName = "typer.format(obj) › should reject invalid suffix")]
    public void InvalidSuffix() => Throws.Message("invalid suffix", () => MediaTyper.Format(new MediaType("image", "svg", "xml\\")));
}

public sealed class MediaTyperParseTests
{
    [Fact(DisplayName = "typer.parse(string) › should parse basic type")]
    public void BasicType()
    {
        var type = MediaTyper.Parse("text/html");
        Assert.Equal("text", type.Type);
        Assert.Equal("html", type.Subtype);
    }

    [Fact(DisplayName = "typer.parse(string) › should parse with suffix")]
    public void Suffix()
    {
        var type = MediaTyper.Parse("image/svg+xml");
        Assert.Equal("image", type.Type);
        Assert.Equal("svg", type.Subtype);
        Assert.Equal("xml", type.Suffix);
    }

    [Fact(DisplayName = "typer.parse(string) › should lower-case type")]
    public void LowerCase()
    {
        var type = MediaTyper.Parse("IMAGE/SVG+XML");
        Assert.Equal("image", type.Type);
        Assert.Equal("svg", type.Subtype);
        Assert.Equal("xml", type.Suffix);
    }

    [Theory(DisplayName = "typer.parse(string) › should throw on invalid media type")]
    [MemberData(nameof(MediaTyperCases.InvalidTypes), MemberType = typeof(MediaTyperCases))]
    public void Invalid(string type) => Throws.Message("invalid media type", () => MediaTyper.Parse(type));

    [Fact(DisplayName = "typer.parse(string) › should require argument")]
    public void RequireArgument()
    {
        var error = Assert.Throws<ArgumentNullException>(() => MediaTyper.Parse(null!));
        Assert.StartsWith("argument string is required to be a string", error.Message, StringComparison.Ordinal);
    }

    // parse(7): the type system rules out a number; TryParse refuses null.
    [Fact(DisplayName = "typer.parse(string) › should reject non-strings")]
    public void RejectNonStrings()
    {
        Throws.Message("invalid media type", () => MediaTyper.Parse("7"));
        Assert.False(MediaTyper.TryParse(null, out _));
    }
}

public sealed class MediaTyperTestTests
{
    [Fact(DisplayName = "typer.test(string) › should pass basic type")]
    public void BasicType() => Assert.True(MediaTyper.Test("text/html"));

    [Fact(DisplayName = "typer.test(string) › should pass with suffix")]
    public void Suffix() => Assert.True(MediaTyper.Test("image/svg+xml"));

    [Fact(DisplayName = "typer.test(string) › should pass upper-case type")]
    public void UpperCase() => Assert.True(MediaTyper.Test("IMAGE/SVG+XML"));

    [Theory(DisplayName = "typer.test(string) › should fail invalid media type")]
    [MemberData(nameof(MediaTyperCases.InvalidTypes), MemberType = typeof(MediaTyperCases))]
    public void Invalid(string type)
    {
        Assert.False(MediaTyper.Test(type));
        Assert.False(MediaTyper.Test(type.AsSpan()));
    }

    [Fact(DisplayName = "typer.test(string) › should require argument")]
    public void RequireArgument()
    {
        var error = Assert.Throws<ArgumentNullException>(() => MediaTyper.Test((string)null!));
        Assert.StartsWith("argument string is required to be a string", error.Message, StringComparison.Ordinal);
    }

    // test(7): the nearest C# case is a string that is not a media type.
    [Fact(DisplayName = "typer.test(string) › should reject non-strings")]
    public void RejectNonStrings() => Assert.False(MediaTyper.Test("7"));
}
