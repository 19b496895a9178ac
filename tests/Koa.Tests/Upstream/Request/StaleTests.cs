namespace Koa.Tests.Requests;

// __tests__/request/stale.test.js
public sealed class StaleTests
{
    [Fact(DisplayName = "req.stale › should be the inverse of req.fresh")]
    public void Inverse_of_fresh()
    {
        var ctx = TestContexts.Create();
        ctx.Status = 200;
        ctx.Method = "GET";
        ctx.Req.Headers["if-none-match"] = "\"123\"";
        ctx.Set("ETag", "\"123\"");
        Assert.True(ctx.Fresh);
        Assert.False(ctx.Stale);
    }
}
