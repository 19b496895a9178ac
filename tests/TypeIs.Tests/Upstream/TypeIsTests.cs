using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Ported from jshttp/type-is test/test.js at tag v2.1.0 (52 cases). typeis(req, …) is TypeIs.IsRequest(headers, …);
// npm's false (no match) and null (no body) are both null here (TypeIs.HasBody tells them apart).
// JavaScript's non-string type arguments (undefined, null, true, a function) are null entries in C#.

internal static class Requests
{
    // createRequest(type) of the upstream suite: a chunked request with the given Content-Type.
    public static Dictionary<string, StringValues> Create(string? type = null)
    {
        var headers = new Dictionary<string, StringValues> { ["transfer-encoding"] = "chunked" };
        if (!string.IsNullOrEmpty(type)) headers["content-type"] = type;
        return headers;
    }
}

public sealed class TypeisRequestTests
{
    [Fact(DisplayName = "typeis(req, types) › should ignore params")]
    public void IgnoreParams() => Assert.Equal("text/html", TypeIs.IsRequest(Requests.Create("text/html; charset=utf-8"), ["text/*"]));

    [Fact(DisplayName = "typeis(req, types) › should ignore params LWS")]
    public void IgnoreParamsLws() => Assert.Equal("text/html", TypeIs.IsRequest(Requests.Create("text/html ; charset=utf-8"), ["text/*"]));

    [Fact(DisplayName = "typeis(req, types) › should ignore casing")]
    public void IgnoreCasing() => Assert.Equal("text/html", TypeIs.IsRequest(Requests.Create("text/HTML"), ["text/*"]));

    [Fact(DisplayName = "typeis(req, types) › should fail invalid type")]
    public void FailInvalidType() => Assert.Null(TypeIs.IsRequest(Requests.Create("text/html**"), ["text/*"]));

    [Fact(DisplayName = "typeis(req, types) › should not match invalid type")]
    public void NotMatchInvalidType()
    {
        var req = Requests.Create("text/html");
        Assert.Null(TypeIs.IsRequest(req, ["text/html/"]));
        Assert.Null(TypeIs.IsRequest(req, [null!, null!, null!, null!]));
    }

    [Fact(DisplayName = "typeis(req, types) › when no body is given › should return null")]
    public void NoBody()
    {
        var req = new Dictionary<string, StringValues>();
        Assert.Null(TypeIs.IsRequest(req));
        Assert.Null(TypeIs.IsRequest(req, ["image/*"]));
        Assert.Null(TypeIs.IsRequest(req, "image/*", "text/*"));
        Assert.False(TypeIs.HasBody(req));
    }

    [Fact(DisplayName = "typeis(req, types) › when no content type is given › should return false")]
    public void NoContentType()
    {
        var req = Requests.Create();
        Assert.Null(TypeIs.IsRequest(req));
        Assert.Null(TypeIs.IsRequest(req, ["image/*"]));
        Assert.Null(TypeIs.IsRequest(req, ["text/*", "image/*"]));
        Assert.True(TypeIs.HasBody(req));
    }

    [Fact(DisplayName = "typeis(req, types) › give no types › should return the mime type")]
    public void NoTypes() => Assert.Equal("image/png", TypeIs.IsRequest(Requests.Create("image/png")));

    [Fact(DisplayName = "typeis(req, types) › given one type › should return the type or false")]
    public void OneType()
    {
        var req = Requests.Create("image/png");
        Assert.Equal("png", TypeIs.IsRequest(req, ["png"]));
        Assert.Equal(".png", TypeIs.IsRequest(req, [".png"]));
        Assert.Equal("image/png", TypeIs.IsRequest(req, ["image/png"]));
        Assert.Equal("image/png", TypeIs.IsRequest(req, ["image/*"]));
        Assert.Equal("image/png", TypeIs.IsRequest(req, ["*/png"]));

        Assert.Null(TypeIs.IsRequest(req, ["jpeg"]));
        Assert.Null(TypeIs.IsRequest(req, [".jpeg"]));
        Assert.Null(TypeIs.IsRequest(req, ["image/jpeg"]));
        Assert.Null(TypeIs.IsRequest(req, ["text/*"]));
        Assert.Null(TypeIs.IsRequest(req, ["*/jpeg"]));

        Assert.Null(TypeIs.IsRequest(req, ["bogus"]));
        Assert.Null(TypeIs.IsRequest(req, ["something/bogus*"]));
    }

    [Fact(DisplayName = "typeis(req, types) › given multiple types › should return the first match or false")]
    public void MultipleTypes()
    {
        var req = Requests.Create("image/png");
        Assert.Equal("png", TypeIs.IsRequest(req, ["png"]));
        Assert.Equal(".png", TypeIs.IsRequest(req, ".png"));
        Assert.Equal("image/png", TypeIs.IsRequest(req, ["text/*", "image/*"]));
        Assert.Equal("image/png", TypeIs.IsRequest(req, ["image/*", "text/*"]));
        Assert.Equal("image/png", TypeIs.IsRequest(req, ["image/*", "image/png"]));
        Assert.Equal("image/png", TypeIs.IsRequest(req, "image/png", "image/*"));

        Assert.Null(TypeIs.IsRequest(req, ["jpeg"]));
        Assert.Null(TypeIs.IsRequest(req, [".jpeg"]));
        Assert.Null(TypeIs.IsRequest(req, ["text/*", "application/*"]));
        Assert.Null(TypeIs.IsRequest(req, ["text/html", "text/plain", "application/json"]));
    }

    [Fact(DisplayName = "typeis(req, types) › given +suffix › should match suffix types")]
    public void Suffix()
    {
        var req = Requests.Create("application/vnd+json");
        Assert.Equal("application/vnd+json", TypeIs.IsRequest(req, "+json"));
        Assert.Equal("application/vnd+json", TypeIs.IsRequest(req, "application/vnd+json"));
        Assert.Equal("application/vnd+json", TypeIs.IsRequest(req, "application/*+json"));
        Assert.Equal("application/vnd+json", TypeIs.IsRequest(req, "*/vnd+json"));
        Assert.Null(TypeIs.IsRequest(req, "application/json"));
        Assert.Null(TypeIs.IsRequest(req, "text/*+json"));
    }

    [Fact(DisplayName = "typeis(req, types) › given \"*/*\" › should match any content-type")]
    public void AnyContentType()
    {
        Assert.Equal("text/html", TypeIs.IsRequest(Requests.Create("text/html"), "*/*"));
        Assert.Equal("text/xml", TypeIs.IsRequest(Requests.Create("text/xml"), "*/*"));
        Assert.Equal("application/json", TypeIs.IsRequest(Requests.Create("application/json"), "*/*"));
        Assert.Equal("application/vnd+json", TypeIs.IsRequest(Requests.Create("application/vnd+json"), "*/*"));
    }

    [Fact(DisplayName = "typeis(req, types) › given \"*/*\" › should not match invalid content-type")]
    public void NotMatchInvalid() => Assert.Null(TypeIs.IsRequest(Requests.Create("bogus"), "*/*"));

    [Fact(DisplayName = "typeis(req, types) › given \"*/*\" › should not match body-less request")]
    public void NotMatchBodyless()
    {
        var req = new Dictionary<string, StringValues> { ["content-type"] = "text/html" };
        Assert.Null(TypeIs.IsRequest(req, "*/*"));
        Assert.False(TypeIs.HasBody(req));
    }

    [Fact(DisplayName = "typeis(req, types) › when Content-Type: application/x-www-form-urlencoded › should match \"urlencoded\"")]
    public void Urlencoded()
    {
        var req = Requests.Create("application/x-www-form-urlencoded");
        Assert.Equal("urlencoded", TypeIs.IsRequest(req, ["urlencoded"]));
        Assert.Equal("urlencoded", TypeIs.IsRequest(req, ["json", "urlencoded"]));
        Assert.Equal("urlencoded", TypeIs.IsRequest(req, ["urlencoded", "json"]));
    }

    [Fact(DisplayName = "typeis(req, types) › when Content-Type: multipart/form-data › should match \"multipart/*\"")]
    public void MultipartWildcard() => Assert.Equal("multipart/form-data", TypeIs.IsRequest(Requests.Create("multipart/form-data"), ["multipart/*"]));

    [Fact(DisplayName = "typeis(req, types) › when Content-Type: multipart/form-data › should match \"multipart\"")]
    public void Multipart() => Assert.Equal("multipart", TypeIs.IsRequest(Requests.Create("multipart/form-data"), ["multipart"]));
}

public sealed class HasBodyTests
{
    [Fact(DisplayName = "typeis.hasBody(req) › content-length › should indicate body")]
    public void ContentLength() => Assert.True(TypeIs.HasBody(new Dictionary<string, StringValues> { ["content-length"] = "1" }));

    [Fact(DisplayName = "typeis.hasBody(req) › content-length › should be true when 0")]
    public void Zero() => Assert.True(TypeIs.HasBody(new Dictionary<string, StringValues> { ["content-length"] = "0" }));

    [Fact(DisplayName = "typeis.hasBody(req) › content-length › should be false when bogus")]
    public void Bogus() => Assert.False(TypeIs.HasBody(new Dictionary<string, StringValues> { ["content-length"] = "bogus" }));

    [Fact(DisplayName = "typeis.hasBody(req) › transfer-encoding › should indicate body")]
    public void TransferEncoding() => Assert.True(TypeIs.HasBody(new Dictionary<string, StringValues> { ["transfer-encoding"] = "chunked" }));
}

public sealed class IsTests
{
    [Fact(DisplayName = "typeis.is(mediaType, types) › should ignore params")]
    public void IgnoreParams() => Assert.Equal("text/html", TypeIs.Is("text/html; charset=utf-8", ["text/*"]));

    [Fact(DisplayName = "typeis.is(mediaType, types) › should ignore casing")]
    public void IgnoreCasing() => Assert.Equal("text/html", TypeIs.Is("text/HTML", ["text/*"]));

    [Fact(DisplayName = "typeis.is(mediaType, types) › should fail invalid type")]
    public void FailInvalidType() => Assert.Null(TypeIs.Is("text/html**", ["text/*"]));

    // Upstream repeats the typeis(req) case here under the same title.
    [Fact(DisplayName = "typeis.is(mediaType, types) › should not match invalid type (request form)")]
    public void NotMatchInvalidTypeRequest()
    {
        var req = Requests.Create("text/html");
        Assert.Null(TypeIs.IsRequest(req, ["text/html/"]));
        Assert.Null(TypeIs.IsRequest(req, [null!, null!, null!, null!]));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › should not match invalid type")]
    public void NotMatchInvalidType()
    {
        Assert.Null(TypeIs.Is("text/html", ["text/html/"]));
        Assert.Null(TypeIs.Is("text/html", [null!, null!, null!, null!]));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › when no media type is given › should return false")]
    public void NoMediaType()
    {
        Assert.Null(TypeIs.Is(null));
        Assert.Null(TypeIs.Is("", ["application/json"]));
        Assert.Null(TypeIs.Is(null, ["image/*"]));
        Assert.Null(TypeIs.Is(null, ["text/*", "image/*"]));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › given no types › should return the mime type")]
    public void NoTypes() => Assert.Equal("image/png", TypeIs.Is("image/png"));

    [Fact(DisplayName = "typeis.is(mediaType, types) › given one type › should return the type or false")]
    public void OneType()
    {
        Assert.Equal("png", TypeIs.Is("image/png", ["png"]));
        Assert.Equal(".png", TypeIs.Is("image/png", [".png"]));
        Assert.Equal("image/png", TypeIs.Is("image/png", ["image/png"]));
        Assert.Equal("image/png", TypeIs.Is("image/png", ["image/*"]));
        Assert.Equal("image/png", TypeIs.Is("image/png", ["*/png"]));

        Assert.Null(TypeIs.Is("image/png", ["jpeg"]));
        Assert.Null(TypeIs.Is("image/png", [".jpeg"]));
        Assert.Null(TypeIs.Is("image/png", ["image/jpeg"]));
        Assert.Null(TypeIs.Is("image/png", ["text/*"]));
        Assert.Null(TypeIs.Is("image/png", ["*/jpeg"]));

        Assert.Null(TypeIs.Is("image/png", ["bogus"]));
        Assert.Null(TypeIs.Is("image/png", ["something/bogus*"]));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › given multiple types › should return the first match or false")]
    public void MultipleTypes()
    {
        Assert.Equal("png", TypeIs.Is("image/png", ["png"]));
        Assert.Equal(".png", TypeIs.Is("image/png", ".png"));
        Assert.Equal("image/png", TypeIs.Is("image/png", ["text/*", "image/*"]));
        Assert.Equal("image/png", TypeIs.Is("image/png", ["image/*", "text/*"]));
        Assert.Equal("image/png", TypeIs.Is("image/png", ["image/*", "image/png"]));
        Assert.Equal("image/png", TypeIs.Is("image/png", "image/png", "image/*"));

        Assert.Null(TypeIs.Is("image/png", ["jpeg"]));
        Assert.Null(TypeIs.Is("image/png", [".jpeg"]));
        Assert.Null(TypeIs.Is("image/png", ["text/*", "application/*"]));
        Assert.Null(TypeIs.Is("image/png", ["text/html", "text/plain", "application/json"]));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › given +suffix › should match suffix types")]
    public void Suffix()
    {
        Assert.Equal("application/vnd+json", TypeIs.Is("application/vnd+json", "+json"));
        Assert.Equal("application/vnd+json", TypeIs.Is("application/vnd+json", "application/vnd+json"));
        Assert.Equal("application/vnd+json", TypeIs.Is("application/vnd+json", "application/*+json"));
        Assert.Equal("application/vnd+json", TypeIs.Is("application/vnd+json", "*/vnd+json"));
        Assert.Null(TypeIs.Is("application/vnd+json", "application/json"));
        Assert.Null(TypeIs.Is("application/vnd+json", "text/*+json"));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › given \"*/*\" › should match any media type")]
    public void AnyMediaType()
    {
        Assert.Equal("text/html", TypeIs.Is("text/html", "*/*"));
        Assert.Equal("text/xml", TypeIs.Is("text/xml", "*/*"));
        Assert.Equal("application/json", TypeIs.Is("application/json", "*/*"));
        Assert.Equal("application/vnd+json", TypeIs.Is("application/vnd+json", "*/*"));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › given \"*/*\" › should not match invalid media type")]
    public void NotMatchInvalid() => Assert.Null(TypeIs.Is("bogus", "*/*"));

    [Fact(DisplayName = "typeis.is(mediaType, types) › when media type is application/x-www-form-urlencoded › should match \"urlencoded\"")]
    public void Urlencoded()
    {
        Assert.Equal("urlencoded", TypeIs.Is("application/x-www-form-urlencoded", ["urlencoded"]));
        Assert.Equal("urlencoded", TypeIs.Is("application/x-www-form-urlencoded", ["json", "urlencoded"]));
        Assert.Equal("urlencoded", TypeIs.Is("application/x-www-form-urlencoded", ["urlencoded", "json"]));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › when media type is multipart/form-data › should match \"multipart/*\"")]
    public void MultipartWildcard() => Assert.Equal("multipart/form-data", TypeIs.Is("multipart/form-data", ["multipart/*"]));

    [Fact(DisplayName = "typeis.is(mediaType, types) › when media type is multipart/form-data › should match \"multipart\"")]
    public void Multipart() => Assert.Equal("multipart", TypeIs.Is("multipart/form-data", ["multipart"]));

    // typeis.is(req, types) reads req.headers['content-type'] without checking for a body. Nearest: the header value
    // of a header dictionary (StringValues converts to string), or IsRequest for the body-checking form.
    [Fact(DisplayName = "typeis.is(mediaType, types) › when give request object › should use the content-type header")]
    public void RequestObject()
    {
        var req = Requests.Create("image/png");
        Assert.Equal("png", TypeIs.Is(req["content-type"], ["png"]));
        Assert.Null(TypeIs.Is(req["content-type"], ["jpeg"]));
    }

    [Fact(DisplayName = "typeis.is(mediaType, types) › when give request object › should not check for body")]
    public void RequestObjectNoBody()
    {
        var req = new Dictionary<string, StringValues> { ["content-type"] = "text/html" };
        Assert.Equal("html", TypeIs.Is(req["content-type"], ["html"]));
        Assert.Null(TypeIs.Is(req["content-type"], ["jpeg"]));
    }
}

public sealed class MatchTests
{
    [Fact(DisplayName = "typeis.match(expected, actual) › should return false when expected is false")]
    public void ExpectedFalse() => Assert.False(TypeIs.Match(null, "text/html"));

    [Fact(DisplayName = "typeis.match(expected, actual) › should perform exact matching")]
    public void Exact()
    {
        Assert.True(TypeIs.Match("text/html", "text/html"));
        Assert.False(TypeIs.Match("text/html", "text/plain"));
        Assert.False(TypeIs.Match("text/html", "text/xml"));
        Assert.False(TypeIs.Match("text/html", "application/html"));
        Assert.False(TypeIs.Match("text/html", "text/html+xml"));
    }

    [Fact(DisplayName = "typeis.match(expected, actual) › should perform type wildcard matching")]
    public void TypeWildcard()
    {
        Assert.True(TypeIs.Match("*/html", "text/html"));
        Assert.True(TypeIs.Match("*/html", "application/html"));
        Assert.False(TypeIs.Match("*/html", "text/xml"));
        Assert.False(TypeIs.Match("*/html", "text/html+xml"));
    }

    [Fact(DisplayName = "typeis.match(expected, actual) › should perform subtype wildcard matching")]
    public void SubtypeWildcard()
    {
        Assert.True(TypeIs.Match("text/*", "text/html"));
        Assert.True(TypeIs.Match("text/*", "text/xml"));
        Assert.True(TypeIs.Match("text/*", "text/html+xml"));
        Assert.False(TypeIs.Match("text/*", "application/xml"));
    }

    [Fact(DisplayName = "typeis.match(expected, actual) › should perform full wildcard matching")]
    public void FullWildcard()
    {
        Assert.True(TypeIs.Match("*/*", "text/html"));
        Assert.True(TypeIs.Match("*/*", "text/html+xml"));
        Assert.True(TypeIs.Match("*/*+xml", "text/html+xml"));
    }

    [Fact(DisplayName = "typeis.match(expected, actual) › should perform full wildcard matching with specific suffix")]
    public void FullWildcardWithSuffix()
    {
        Assert.True(TypeIs.Match("*/*+xml", "text/html+xml"));
        Assert.False(TypeIs.Match("*/*+xml", "text/html"));
    }
}

public sealed class NormalizeTests
{
    // normalize({}), normalize([]), normalize(42), normalize(function () {}): no C# counterpart; null is the nearest.
    [Fact(DisplayName = "typeis.normalize(type) › should return false for non-strings")]
    public void NonStrings() => Assert.Null(TypeIs.Normalize(null));

    [Fact(DisplayName = "typeis.normalize(type) › should return media type for extension")]
    public void Extension() => Assert.Equal("application/json", TypeIs.Normalize("json"));

    [Fact(DisplayName = "typeis.normalize(type) › should return expanded wildcard for suffix")]
    public void Suffix() => Assert.Equal("*/*+json", TypeIs.Normalize("+json"));

    [Fact(DisplayName = "typeis.normalize(type) › should pass through media type")]
    public void MediaType() => Assert.Equal("application/json", TypeIs.Normalize("application/json"));

    [Fact(DisplayName = "typeis.normalize(type) › should pass through wildcard")]
    public void Wildcard()
    {
        Assert.Equal("*/*", TypeIs.Normalize("*/*"));
        Assert.Equal("image/*", TypeIs.Normalize("image/*"));
    }

    [Fact(DisplayName = "typeis.normalize(type) › should return false for unmapped extension")]
    public void Unmapped() => Assert.Null(TypeIs.Normalize("unknown"));

    [Fact(DisplayName = "typeis.normalize(type) › should expand special \"urlencoded\"")]
    public void Urlencoded() => Assert.Equal("application/x-www-form-urlencoded", TypeIs.Normalize("urlencoded"));

    [Fact(DisplayName = "typeis.normalize(type) › should expand special \"multipart\"")]
    public void Multipart() => Assert.Equal("multipart/*", TypeIs.Normalize("multipart"));
}
