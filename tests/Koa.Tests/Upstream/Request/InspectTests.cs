using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Requests;

// __tests__/request/inspect.test.js — util.inspect(req) prints what req.inspect() returns: Inspect() in C#.
// "delete req.req" is a request whose context was reset (the server does that when the request ends).
public sealed class InspectTests
{
    [Fact(DisplayName = "req.inspect() › with no request.req present › should return null")]
    public void Without_req()
    {
        var ctx = TestContexts.Create();
        var req = ctx.Request;
        req.Method = "GET";
        ctx.Reset();
        Assert.Null(req.Inspect());
    }

    [Fact(DisplayName = "req.inspect() › should return a json representation")]
    public void Returns_json()
    {
        var req = TestContexts.Request();
        req.Method = "GET";
        req.Url = "example.com";
        req.Header["host"] = "example.com";

        var expected = new Dictionary<string, object?>
        {
            ["method"] = "GET",
            ["url"] = "example.com",
            ["header"] = new Dictionary<string, object?> { ["host"] = "example.com" },
        };

        Assert.Equal(expected, req.Inspect());
        Assert.Equal(JsJson.Stringify(expected, JsJson.Compact), JsJson.Stringify(req, JsJson.Compact));
    }

    // Beyond the suite: header shows node's req.headers, so a repeated header is one string (node 20).
    [Fact(DisplayName = "req.inspect() › should show repeated headers as node folds them")]
    public void Repeated_headers()
    {
        var req = TestContexts.Request();
        req.Header["Content-Type"] = new StringValues(["text/plain", "application/json"]);
        req.Header["Accept"] = new StringValues(["text/html", "*/*"]);
        var header = Assert.IsType<Dictionary<string, object?>>(req.Inspect()!["header"]);
        Assert.Equal("text/plain", header["content-type"]);
        Assert.Equal("text/html, */*", header["accept"]);
    }
}
