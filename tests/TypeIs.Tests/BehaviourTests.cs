using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Behaviour the port documents beyond the upstream suite.
public sealed class BehaviourTests
{
    [Fact(DisplayName = "type-is 2.1.0 reads the type leniently (content-type 2.x): junk parameters are ignored")]
    public void Lenient()
    {
        Assert.Equal("html", TypeIs.Is("text/html;;;", "html"));
        Assert.Equal("html", TypeIs.Is("text/html;charset=\"", "html"));
        Assert.Null(TypeIs.Is("text/html,application/json", "html"));
        Assert.Equal("text/html", TypeIs.Is("\t text/HTML \t; x"));
        Assert.Null(TypeIs.Is("\u00A0text/html"));
    }

    [Fact(DisplayName = "types are tried in argument order, not by specificity")]
    public void ArgumentOrder()
    {
        Assert.Equal("html", TypeIs.Is("text/html", "html", "text/*"));
        Assert.Equal("text/html", TypeIs.Is("text/html", "text/*", "html"));
    }

    [Fact(DisplayName = "an already-normalized media type is returned as the same string")]
    public void NoAllocation()
    {
        const string type = "application/json";
        Assert.Same(type, TypeIs.Is(type));
        Assert.Same(type, TypeIs.Is(type, "*/*"));
        Assert.Equal("text/key", TypeIs.Is("text/\u212AEY"));
    }

    [Fact(DisplayName = "the list overloads behave like the params overloads")]
    public void ListOverloads()
    {
        IReadOnlyList<string> types = new List<string> { "json", "urlencoded" };
        Assert.Equal("urlencoded", TypeIs.Is("application/x-www-form-urlencoded", types));
        Assert.Equal("application/json", TypeIs.Is("application/json", (IReadOnlyList<string>)null!));
        Assert.Equal("application/json", TypeIs.Is("application/json", (string[])null!));
        var headers = new Dictionary<string, StringValues> { ["content-type"] = "application/json", ["content-length"] = "2" };
        Assert.Equal("json", TypeIs.IsRequest(headers, types));
        Assert.Null(TypeIs.IsRequest(new Dictionary<string, StringValues>(), types));
    }

    [Fact(DisplayName = "hasBody: Transfer-Encoding present, or Content-Length a JavaScript number ('' counts)")]
    public void HasBodyRules()
    {
        static bool Length(string value) => TypeIs.HasBody(new Dictionary<string, StringValues> { ["content-length"] = value });
        Assert.True(Length(""));
        Assert.True(Length(" 12 "));
        Assert.True(Length("0x1A"));
        Assert.True(Length("1e3"));
        Assert.True(Length("Infinity"));
        Assert.False(Length("1_000"));
        Assert.False(Length("-0x1"));
        Assert.False(Length("abc"));
        Assert.True(TypeIs.HasBody(new Dictionary<string, StringValues> { ["transfer-encoding"] = "" }));
        Assert.False(TypeIs.HasBody(new Dictionary<string, StringValues> { ["transfer-encoding"] = StringValues.Empty }));
        Assert.True(TypeIs.HasBody(new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["Content-Length"] = "5" }));
        Assert.Throws<ArgumentNullException>(() => TypeIs.HasBody(null!));
        Assert.Throws<ArgumentNullException>(() => TypeIs.IsRequest(null!, "json"));
    }

    [Fact(DisplayName = "match: both sides must be exactly type/subtype; comparison is case-sensitive")]
    public void MatchRules()
    {
        Assert.False(TypeIs.Match("text/html/x", "text/html"));
        Assert.False(TypeIs.Match("text/html", "text/html/x"));
        Assert.False(TypeIs.Match("TEXT/html", "text/html"));
        Assert.True(TypeIs.Match("application/+json", "application/+json"));
        Assert.True(TypeIs.Match("*/*+", "a/b+"));
        Assert.Throws<ArgumentNullException>(() => TypeIs.Match("a/b", null!));
    }

    [Fact(DisplayName = "+suffix shorthands and special names")]
    public void Shorthands()
    {
        Assert.Null(TypeIs.Is("application/ld+json", "+json/x"));
        Assert.Null(TypeIs.Is("application/ld+json", "+"));
        Assert.Equal("application/ld+", TypeIs.Is("application/ld+", "+"));
        Assert.Null(TypeIs.Is("application/json", "+json"));
        Assert.Equal("multipart", TypeIs.Is("multipart/mixed", "multipart"));
        Assert.Null(TypeIs.Is("text/html", ""));
        Assert.Null(TypeIs.Normalize(""));
        Assert.Equal("*/*+", TypeIs.Normalize("+"));
    }
}
