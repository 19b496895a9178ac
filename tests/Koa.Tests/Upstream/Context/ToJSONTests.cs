using System.Text.Json;

namespace Koa.Tests.Contexts;

// __tests__/context/toJSON.test.js — header values are strings in .NET ("10", where node keeps the number 10).
public sealed class ToJSONTests
{
    [Fact(DisplayName = "ctx.toJSON() › should return a json representation")]
    public void Returns_json()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Method = "POST";
        ctx.Url = "/items";
        ctx.Req.Headers["content-type"] = "text/plain";
        ctx.Status = 200;
        ctx.Body = "<p>Hey</p>";

        using var obj = JsonDocument.Parse(JsJson.Stringify(ctx, JsJson.Compact));
        var req = obj.RootElement.GetProperty("request");
        var res = obj.RootElement.GetProperty("response");

        Assert.Equal("""{"method":"POST","url":"/items","header":{"content-type":"text/plain"}}""", req.GetRawText());
        Assert.Equal("""{"status":200,"message":"OK","header":{"content-type":"text/html; charset=utf-8","content-length":"10"}}""", res.GetRawText());
    }
}
