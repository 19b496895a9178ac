namespace Koa.Tests.Requests;

// __tests__/request/idempotent.test.js
public sealed class IdempotentTests
{
    [Fact(DisplayName = "ctx.idempotent › when the request method is idempotent › should return true")]
    public void Idempotent_methods()
    {
        foreach (var method in new[] { "GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE" })
        {
            var req = TestContexts.Request();
            req.Method = method;
            Assert.True(req.Idempotent, method);
        }
    }

    [Fact(DisplayName = "ctx.idempotent › when the request method is not idempotent › should return false")]
    public void Post_is_not_idempotent()
    {
        var req = TestContexts.Request();
        req.Method = "POST";
        Assert.False(req.Idempotent);
    }
}
