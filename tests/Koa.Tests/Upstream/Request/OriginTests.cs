namespace Koa.Tests.Requests;

// __tests__/request/origin.test.js
public sealed class OriginTests
{
    [Fact(DisplayName = "ctx.origin › should return the origin of url")]
    public void Returns_the_origin_header()
    {
        var ctx = TestContexts.Create(new()
        {
            Url = "/users/1?next=/dashboard",
            Headers = { ["host"] = "localhost", ["origin"] = "http://example.com" },
        });
        Assert.Equal("http://example.com", ctx.Origin);

        // change it also work
        ctx.Url = "/foo/users/1?next=/dashboard";
        Assert.Equal("http://example.com", ctx.Origin);
    }

    // Beyond the suite: Koa 3 returns the Origin header or null, never protocol://host (Koa 2).
    [Fact(DisplayName = "ctx.origin › without an Origin header › should return null")]
    public void Null_without_header()
    {
        var ctx = TestContexts.Create(new() { Headers = { ["host"] = "localhost" } });
        Assert.Null(ctx.Origin);
        ctx.Req.Headers["origin"] = string.Empty;
        Assert.Null(ctx.Origin);
    }
}
