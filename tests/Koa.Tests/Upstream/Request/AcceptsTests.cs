namespace Koa.Tests.Requests;

// __tests__/request/accepts.test.js — accepts' `false` is null in C#; an array argument is the params array.
public sealed class AcceptsTests
{
    private const string Browser = "application/*;q=0.2, image/jpeg;q=0.8, text/html, text/plain";

    [Fact(DisplayName = "ctx.accepts(types) › with no arguments › when Accept is populated › should return all accepted types")]
    public void No_arguments_returns_all_types()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = Browser;
        Assert.Equal(["text/html", "text/plain", "image/jpeg", "application/*"], ctx.Accepts());
    }

    [Fact(DisplayName = "ctx.accepts(types) › with no valid types › when Accept is populated › should return false")]
    public void No_valid_types_returns_null()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = Browser;
        Assert.Null(ctx.Accepts("image/png", "image/tiff"));
    }

    [Fact(DisplayName = "ctx.accepts(types) › with no valid types › when Accept is not populated › should return the first type")]
    public void No_accept_returns_the_first_type()
    {
        var ctx = TestContexts.Create();
        Assert.Equal("text/html", ctx.Accepts("text/html", "text/plain", "image/jpeg", "application/*"));
    }

    [Fact(DisplayName = "ctx.accepts(types) › when extensions are given › should convert to mime types")]
    public void Extensions_are_converted()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "text/plain, text/html";
        Assert.Equal("html", ctx.Accepts("html"));
        Assert.Equal(".html", ctx.Accepts(".html"));
        Assert.Equal("txt", ctx.Accepts("txt"));
        Assert.Equal(".txt", ctx.Accepts(".txt"));
        Assert.Null(ctx.Accepts("png"));
    }

    [Fact(DisplayName = "ctx.accepts(types) › when an array is given › should return the first match")]
    public void Array_returns_the_first_match()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "text/plain, text/html";
        string[] first = ["png", "text", "html"];
        string[] second = ["png", "html"];
        Assert.Equal("text", ctx.Accepts(first));
        Assert.Equal("html", ctx.Accepts(second));
    }

    [Fact(DisplayName = "ctx.accepts(types) › when multiple arguments are given › should return the first match")]
    public void Arguments_return_the_first_match()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "text/plain, text/html";
        Assert.Equal("text", ctx.Accepts("png", "text", "html"));
        Assert.Equal("html", ctx.Accepts("png", "html"));
    }

    [Fact(DisplayName = "ctx.accepts(types) › when value present in Accept is an exact match › should return the type")]
    public void Exact_match()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "text/plain, text/html";
        Assert.Equal("text/html", ctx.Accepts("text/html"));
        Assert.Equal("text/plain", ctx.Accepts("text/plain"));
    }

    [Fact(DisplayName = "ctx.accepts(types) › when value present in Accept is a type match › should return the type")]
    public void Type_match()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "application/json, */*";
        Assert.Equal("text/html", ctx.Accepts("text/html"));
        Assert.Equal("text/plain", ctx.Accepts("text/plain"));
        Assert.Equal("image/png", ctx.Accepts("image/png"));
    }

    [Fact(DisplayName = "ctx.accepts(types) › when value present in Accept is a subtype match › should return the type")]
    public void Subtype_match()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "application/json, text/*";
        Assert.Equal("text/html", ctx.Accepts("text/html"));
        Assert.Equal("text/plain", ctx.Accepts("text/plain"));
        Assert.Null(ctx.Accepts("image/png"));
        Assert.Null(ctx.Accepts("png"));
    }
}
