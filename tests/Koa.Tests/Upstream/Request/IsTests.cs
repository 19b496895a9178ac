namespace Koa.Tests.Requests;

// __tests__/request/is.test.js — type-is's `null` (no body) and `false` (no match) are both null in C#;
// Request.HasBody tells them apart, so each "no body" / "no match" case also checks it.
public sealed class IsTests
{
    [Fact(DisplayName = "ctx.is(type) › should ignore params")]
    public void Ignores_params()
    {
        var ctx = TestContexts.Create();
        ctx.Header["content-type"] = "text/html; charset=utf-8";
        ctx.Header["transfer-encoding"] = "chunked";

        Assert.Equal("text/html", ctx.Is("text/*"));
    }

    [Fact(DisplayName = "ctx.is(type) › when no body is given › should return null")]
    public void No_body()
    {
        var ctx = TestContexts.Create();

        Assert.False(ctx.Request.HasBody);
        Assert.Null(ctx.Is());
        Assert.Null(ctx.Is("image/*"));
        Assert.Null(ctx.Is("image/*", "text/*"));
    }

    [Fact(DisplayName = "ctx.is(type) › when no content type is given › should return false")]
    public void No_content_type()
    {
        var ctx = TestContexts.Create();
        ctx.Header["transfer-encoding"] = "chunked";

        Assert.True(ctx.Request.HasBody);
        Assert.Null(ctx.Is());
        Assert.Null(ctx.Is("image/*"));
        Assert.Null(ctx.Is("text/*", "image/*"));
    }

    [Fact(DisplayName = "ctx.is(type) › give no types › should return the mime type")]
    public void No_types()
    {
        var ctx = TestContexts.Create();
        ctx.Header["content-type"] = "image/png";
        ctx.Header["transfer-encoding"] = "chunked";

        Assert.Equal("image/png", ctx.Is());
    }

    [Fact(DisplayName = "ctx.is(type) › given one type › should return the type or false")]
    public void One_type()
    {
        var ctx = TestContexts.Create();
        ctx.Header["content-type"] = "image/png";
        ctx.Header["transfer-encoding"] = "chunked";

        Assert.Equal("png", ctx.Is("png"));
        Assert.Equal(".png", ctx.Is(".png"));
        Assert.Equal("image/png", ctx.Is("image/png"));
        Assert.Equal("image/png", ctx.Is("image/*"));
        Assert.Equal("image/png", ctx.Is("*/png"));

        Assert.True(ctx.Request.HasBody);
        Assert.Null(ctx.Is("jpeg"));
        Assert.Null(ctx.Is(".jpeg"));
        Assert.Null(ctx.Is("image/jpeg"));
        Assert.Null(ctx.Is("text/*"));
        Assert.Null(ctx.Is("*/jpeg"));
    }

    [Fact(DisplayName = "ctx.is(type) › given multiple types › should return the first match or false")]
    public void Multiple_types()
    {
        var ctx = TestContexts.Create();
        ctx.Header["content-type"] = "image/png";
        ctx.Header["transfer-encoding"] = "chunked";

        Assert.Equal("png", ctx.Is("png"));
        Assert.Equal(".png", ctx.Is(".png"));
        Assert.Equal("image/png", ctx.Is("text/*", "image/*"));
        Assert.Equal("image/png", ctx.Is("image/*", "text/*"));
        Assert.Equal("image/png", ctx.Is("image/*", "image/png"));
        Assert.Equal("image/png", ctx.Is("image/png", "image/*"));

        string[] textOrImage = ["text/*", "image/*"];
        string[] imageOrText = ["image/*", "text/*"];
        string[] anyImageOrPng = ["image/*", "image/png"];
        string[] pngOrAnyImage = ["image/png", "image/*"];
        Assert.Equal("image/png", ctx.Is(textOrImage));
        Assert.Equal("image/png", ctx.Is(imageOrText));
        Assert.Equal("image/png", ctx.Is(anyImageOrPng));
        Assert.Equal("image/png", ctx.Is(pngOrAnyImage));

        Assert.Null(ctx.Is("jpeg"));
        Assert.Null(ctx.Is(".jpeg"));
        Assert.Null(ctx.Is("text/*", "application/*"));
        Assert.Null(ctx.Is("text/html", "text/plain", "application/json; charset=utf-8"));
    }

    [Fact(DisplayName = "ctx.is(type) › when Content-Type: application/x-www-form-urlencoded › should match \"urlencoded\"")]
    public void Urlencoded()
    {
        var ctx = TestContexts.Create();
        ctx.Header["content-type"] = "application/x-www-form-urlencoded";
        ctx.Header["transfer-encoding"] = "chunked";

        Assert.Equal("urlencoded", ctx.Is("urlencoded"));
        Assert.Equal("urlencoded", ctx.Is("json", "urlencoded"));
        Assert.Equal("urlencoded", ctx.Is("urlencoded", "json"));
    }
}
