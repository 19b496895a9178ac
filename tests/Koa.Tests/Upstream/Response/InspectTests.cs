namespace Koa.Tests.Responses;

// __tests__/response/inspect.test.js
public sealed class InspectTests
{
    // A response object not bound to a context (JS: `delete res.res`).
    private sealed class UnboundResponse : Response
    {
    }

    // JS also checks util.inspect(res) === 'undefined'; C# has no custom inspection hook beyond Inspect() itself.
    [Fact(DisplayName = "res.inspect() › with no response.res present › should return null")]
    public void Unbound_is_null()
    {
        var res = TestContexts.Response();
        res.Body = "hello";
        Assert.NotNull(res.Inspect());
        Assert.Null(new UnboundResponse().Inspect());
    }

    // Header values are strings in ASP.NET Core: content-length is "5" where node's fake res kept the number 5.
    [Fact(DisplayName = "res.inspect() › should return a json representation")]
    public void Json_representation()
    {
        var res = TestContexts.Response();
        res.Body = "hello";
        var inspected = res.Inspect()!;
        Assert.Equal(new[] { "status", "message", "header", "body" }, inspected.Keys);
        Assert.Equal(200, inspected["status"]);
        Assert.Equal("OK", inspected["message"]);
        Assert.Equal(
            new Dictionary<string, object?> { ["content-type"] = "text/plain; charset=utf-8", ["content-length"] = "5" },
            Assert.IsType<Dictionary<string, object?>>(inspected["header"]));
        Assert.Equal("hello", inspected["body"]);
        Assert.Equal(
            "{\"status\":200,\"message\":\"OK\",\"header\":{\"content-type\":\"text/plain; charset=utf-8\",\"content-length\":\"5\"},\"body\":\"hello\"}",
            System.Text.Json.JsonSerializer.Serialize(inspected));
    }
}
