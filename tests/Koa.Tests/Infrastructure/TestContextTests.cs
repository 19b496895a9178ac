namespace Koa.Tests;

// The context helper itself (test-helpers/context.js): a context without a server.
public sealed class TestContextTests
{
    [Fact(DisplayName = "test-helpers › context › builds a context with the given request and a fake response")]
    public async Task Builds_a_context()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Method = "POST", Url = "/items?a=1", Headers = { ["Host"] = "example.com" } });
        Assert.Equal("POST", ctx.Method);
        Assert.Equal("/items", ctx.Path);
        Assert.Equal("example.com", ctx.Host);
        Assert.Equal("127.0.0.1", ctx.Ip);
        ctx.Body = "hello";
        Assert.Equal("text/plain; charset=utf-8", ctx.Response.Get("Content-Type"));
        await ctx.OnErrorAsync(new InvalidOperationException("boom"));
        var res = TestContexts.ResponseOf(ctx);
        Assert.Equal(500, res.StatusCode);
        Assert.Equal("Internal Server Error", res.BodyText);
    }
}
