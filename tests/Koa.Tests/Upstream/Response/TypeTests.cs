namespace Koa.Tests.Responses;

// __tests__/response/type.test.js — describe('ctx.type=')
public sealed class TypeSetterTests
{
    [Fact(DisplayName = "ctx.type= › with a mime › should set the Content-Type")]
    public void Mime()
    {
        var ctx = TestContexts.Create();
        ctx.Type = "text/plain";
        Assert.Equal("text/plain", ctx.Type);
        Assert.Equal("text/plain; charset=utf-8", HeaderValues.Single(ctx.Response, "content-type"));
    }

    [Fact(DisplayName = "ctx.type= › with an extension › should lookup the mime")]
    public void Extension()
    {
        var ctx = TestContexts.Create();
        ctx.Type = "json";
        Assert.Equal("application/json", ctx.Type);
        Assert.Equal("application/json; charset=utf-8", HeaderValues.Single(ctx.Response, "content-type"));
    }

    [Fact(DisplayName = "ctx.type= › without a charset › should default the charset")]
    public void Default_charset()
    {
        var ctx = TestContexts.Create();
        ctx.Type = "text/html";
        Assert.Equal("text/html", ctx.Type);
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(ctx.Response, "content-type"));
    }

    [Fact(DisplayName = "ctx.type= › with a charset › should not default the charset")]
    public void Keeps_charset()
    {
        var ctx = TestContexts.Create();
        ctx.Type = "text/html; charset=foo";
        Assert.Equal("text/html", ctx.Type);
        Assert.Equal("text/html; charset=foo", HeaderValues.Single(ctx.Response, "content-type"));
    }

    [Fact(DisplayName = "ctx.type= › with an unknown extension › should not set a content-type")]
    public void Unknown_extension()
    {
        var ctx = TestContexts.Create();
        ctx.Type = "asdf";
        Assert.True(string.IsNullOrEmpty(ctx.Type));
        Assert.False(ctx.Response.Has("content-type"));
    }

    // Not upstream: mime-types' contentType — extensions with or without a dot, bin, and null/empty/unknown removing
    // an existing Content-Type.
    [Theory(DisplayName = "ctx.type= › should resolve like mime-types' contentType")]
    [InlineData(".html", "text/html; charset=utf-8")]
    [InlineData("html", "text/html; charset=utf-8")]
    [InlineData("png", "image/png")]
    [InlineData("bin", "application/octet-stream")]
    [InlineData("xml", "application/xml")]
    [InlineData("js", "text/javascript; charset=utf-8")]
    [InlineData("text", "text/plain; charset=utf-8")]
    [InlineData("application/vnd.api+json", "application/vnd.api+json")]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("nope", null)]
    public void Resolves(string? type, string? header)
    {
        var ctx = TestContexts.Create();
        ctx.Type = "text";
        ctx.Type = type;
        Assert.Equal(header, HeaderValues.Single(ctx.Response, "content-type"));
    }

    // Not upstream: a full type is kept as given, so one with CR/LF reaches set() and is refused there.
    [Fact(DisplayName = "ctx.type= › security › should reject CR or LF in a full type")]
    public void Rejects_line_breaks()
    {
        var ctx = TestContexts.Create();
        Assert.Throws<ArgumentException>(() => ctx.Type = "text/html\r\nSet-Cookie: a=b");
        Assert.Empty(ctx.Response.Header);
    }
}

// __tests__/response/type.test.js — describe('ctx.type')
public sealed class TypeTests
{
    [Fact(DisplayName = "ctx.type › with no Content-Type › should return \"\"")]
    public void Empty_without_type()
    {
        var ctx = TestContexts.Create();
        Assert.Equal("", ctx.Type);
    }

    [Fact(DisplayName = "ctx.type › with a Content-Type › should return the mime")]
    public void Returns_mime()
    {
        var ctx = TestContexts.Create();
        ctx.Type = "json";
        Assert.Equal("application/json", ctx.Type);
    }

    [Fact(DisplayName = "ctx.type › when setting to +json content type › should set the content type to json")]
    public void Plus_json()
    {
        var ctx = TestContexts.Create();
        ctx.Type = "application/vnd.myapi.v1+json";
        Assert.Equal("application/vnd.myapi.v1+json", ctx.Type);
    }
}
