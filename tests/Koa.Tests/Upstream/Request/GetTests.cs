using Microsoft.Extensions.Primitives;

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

    // Beyond the suite: a repeated header reads as node's IncomingMessage presents it in req.headers
    // (checked against node 20: the first Content-Type, "c=1; d=2" for Cookie, "1.1.1.1, 2.2.2.2" for X-Forwarded-For).
    [Fact(DisplayName = "ctx.get(name) › with a repeated header › should fold it as node does")]
    public void Repeated_headers()
    {
        var ctx = TestContexts.Create();
        var headers = ctx.Req.Headers;
        headers["content-type"] = new StringValues(["text/plain", "application/json"]);
        headers["user-agent"] = new StringValues(["u1", "u2"]);
        headers["authorization"] = new StringValues(["a1", "a2"]);
        headers["referer"] = new StringValues(["r1", "r2"]);
        headers["cookie"] = new StringValues(["c=1", "d=2"]);
        headers["x-forwarded-for"] = new StringValues(["1.1.1.1", "2.2.2.2"]);
        headers["if-none-match"] = new StringValues(["\"a\"", "\"b\""]);
        headers["origin"] = new StringValues(["o1", "o2"]);

        Assert.Equal("text/plain", ctx.Get("Content-Type"));
        Assert.Equal("text/plain", ctx.Request.Type);
        Assert.Equal("u1", ctx.Get("User-Agent"));
        Assert.Equal("a1", ctx.Get("Authorization"));
        Assert.Equal("r1", ctx.Get("Referrer"));
        Assert.Equal("c=1; d=2", ctx.Get("Cookie"));
        Assert.Equal("1.1.1.1, 2.2.2.2", ctx.Get("X-Forwarded-For"));
        Assert.Equal("\"a\", \"b\"", ctx.Get("If-None-Match"));
        Assert.Equal("o1, o2", ctx.Origin);
    }

    [Fact(DisplayName = "ctx.get(name) › should prefer Referrer to Referer and return \"\" when missing")]
    public void Referrer_and_missing()
    {
        var ctx = TestContexts.Create();
        Assert.Equal(string.Empty, ctx.Get("Referrer"));
        Assert.Equal(string.Empty, ctx.Get("X-Missing"));
        ctx.Req.Headers["referer"] = "http://a.example/";
        ctx.Req.Headers["referrer"] = "http://b.example/";
        Assert.Equal("http://b.example/", ctx.Get("Referer"));
        Assert.Equal("http://b.example/", ctx.Get("referrer"));
    }
}
