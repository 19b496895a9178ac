namespace Koa.Tests.Requests;

// __tests__/request/get.test.js
public sealed class GetTests
{
    [Fact(DisplayName = "ctx.get(name) › should return the field value")]
    public void Returns_the_field_value()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["host"] = "http://google.com";
        ctx.Req.Headers["referer"] = "http://google.com";
        Assert.Equal("http://google.com", ctx.Get("HOST"));
        Assert.Equal("http://google.com", ctx.Get("Host"));
        Assert.Equal("http://google.com", ctx.Get("host"));
        Assert.Equal("http://google.com", ctx.Get("referer"));
        Assert.Equal("http://google.com", ctx.Get("referrer"));
    }
}
