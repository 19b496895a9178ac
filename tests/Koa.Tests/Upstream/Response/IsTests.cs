namespace Koa.Tests.Responses;

// __tests__/response/is.test.js — JS `false` is null; res.is([a, b]) is the params array.
public sealed class IsTests
{
    [Fact(DisplayName = "response.is(type) › should ignore params")]
    public void Ignores_params()
    {
        var res = TestContexts.Create().Response;
        res.Type = "text/html; charset=utf-8";
        Assert.Equal("text/html", res.Is("text/*"));
    }

    [Fact(DisplayName = "response.is(type) › when no type is set › should return false")]
    public void No_type()
    {
        var res = TestContexts.Create().Response;
        Assert.Null(res.Is());
        Assert.Null(res.Is("html"));
    }

    [Fact(DisplayName = "response.is(type) › when given no types › should return the type")]
    public void No_types_returns_type()
    {
        var res = TestContexts.Create().Response;
        res.Type = "text/html; charset=utf-8";
        Assert.Equal("text/html", res.Is());
    }

    [Fact(DisplayName = "response.is(type) › given one type › should return the type or false")]
    public void One_type()
    {
        var res = TestContexts.Create().Response;
        res.Type = "image/png";
        Assert.Equal("png", res.Is("png"));
        Assert.Equal(".png", res.Is(".png"));
        Assert.Equal("image/png", res.Is("image/png"));
        Assert.Equal("image/png", res.Is("image/*"));
        Assert.Equal("image/png", res.Is("*/png"));
        Assert.Null(res.Is("jpeg"));
        Assert.Null(res.Is(".jpeg"));
        Assert.Null(res.Is("image/jpeg"));
        Assert.Null(res.Is("text/*"));
        Assert.Null(res.Is("*/jpeg"));
    }

    [Fact(DisplayName = "response.is(type) › given multiple types › should return the first match or false")]
    public void Multiple_types()
    {
        var res = TestContexts.Create().Response;
        res.Type = "image/png";
        Assert.Equal("png", res.Is("png"));
        Assert.Equal(".png", res.Is(".png"));
        Assert.Equal("image/png", res.Is("text/*", "image/*"));
        Assert.Equal("image/png", res.Is("image/*", "text/*"));
        Assert.Equal("image/png", res.Is("image/*", "image/png"));
        Assert.Equal("image/png", res.Is("image/png", "image/*"));
        Assert.Equal("image/png", res.Is(["text/*", "image/*"]));
        Assert.Equal("image/png", res.Is(["image/*", "text/*"]));
        Assert.Equal("image/png", res.Is(["image/*", "image/png"]));
        Assert.Equal("image/png", res.Is(["image/png", "image/*"]));
        Assert.Null(res.Is("jpeg"));
        Assert.Null(res.Is(".jpeg"));
        Assert.Null(res.Is("text/*", "application/*"));
        Assert.Null(res.Is("text/html", "text/plain", "application/json; charset=utf-8"));
    }

    [Fact(DisplayName = "response.is(type) › when Content-Type: application/x-www-form-urlencoded › should match \"urlencoded\"")]
    public void Urlencoded()
    {
        var res = TestContexts.Create().Response;
        res.Type = "application/x-www-form-urlencoded";
        Assert.Equal("urlencoded", res.Is("urlencoded"));
        Assert.Equal("urlencoded", res.Is("json", "urlencoded"));
        Assert.Equal("urlencoded", res.Is("urlencoded", "json"));
    }
}
