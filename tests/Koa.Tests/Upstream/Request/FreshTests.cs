namespace Koa.Tests.Requests;

// __tests__/request/fresh.test.js
public sealed class FreshTests
{
    [Fact(DisplayName = "ctx.fresh › the request method is not GET and HEAD › should return false")]
    public void Not_get_or_head()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Method = "POST";
        Assert.False(ctx.Fresh);
    }

    [Fact(DisplayName = "ctx.fresh › the response is non-2xx › should return false")]
    public void Non_2xx()
    {
        var ctx = TestContexts.Create();
        ctx.Status = 404;
        ctx.Req.Method = "GET";
        ctx.Req.Headers["if-none-match"] = "123";
        ctx.Set("ETag", "123");
        Assert.False(ctx.Fresh);
    }

    [Fact(DisplayName = "ctx.fresh › the response is 2xx › and etag matches › should return true")]
    public void Etag_matches()
    {
        var ctx = TestContexts.Create();
        ctx.Status = 200;
        ctx.Req.Method = "GET";
        ctx.Req.Headers["if-none-match"] = "123";
        ctx.Set("ETag", "123");
        Assert.True(ctx.Fresh);
    }

    [Fact(DisplayName = "ctx.fresh › the response is 2xx › and etag does not match › should return false")]
    public void Etag_does_not_match()
    {
        var ctx = TestContexts.Create();
        ctx.Status = 200;
        ctx.Req.Method = "GET";
        ctx.Req.Headers["if-none-match"] = "123";
        ctx.Set("ETag", "hey");
        Assert.False(ctx.Fresh);
    }
}
