using Microsoft.AspNetCore.Http;

namespace Koa.Tests.Responses;

// __tests__/response/header.test.js
// res.header is node's res.getHeaders(); in C# it is the server's header dictionary itself (names case-insensitive,
// values strings).
public sealed class HeaderTests
{
    [Fact(DisplayName = "res.header › should return the response header object")]
    public void Returns_header_object()
    {
        var res = TestContexts.Response();
        res.Set("X-Foo", "bar");
        res.Set("X-Number", "200");
        Assert.Equal(new Dictionary<string, string> { ["x-foo"] = "bar", ["x-number"] = "200" }, HeaderValues.Lowered(res.Header));
    }

    // JS swaps in a getHeaders() accessor; C#: whatever header dictionary the server's response feature holds.
    [Fact(DisplayName = "res.header › should use res.getHeaders() accessor when available")]
    public void Uses_the_server_headers()
    {
        var res = TestContexts.Response();
        res.Res.Headers = new HeaderDictionary { ["x-foo"] = "baz" };
        Assert.Equal(new Dictionary<string, string> { ["x-foo"] = "baz" }, HeaderValues.Lowered(res.Header));
        Assert.Same(res.Res.Headers, res.Header);
    }

    [Theory(DisplayName = "res.header › should return the response header object when no mocks are in use")]
    [Transports]
    public async Task Real_server_headers(TestTransport transport)
    {
        var app = new Application();
        Dictionary<string, string>? header = null;
        app.Use(ctx =>
        {
            ctx.Set("x-foo", "42");
            header = HeaderValues.Lowered(ctx.Response.Header);
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").EndAsync();
        Assert.Equal(new Dictionary<string, string> { ["x-foo"] = "42" }, header);
    }

    // JS: res._headers = null on an old-style res → {}. C#: a response nothing has set a header on is empty.
    [Fact(DisplayName = "res.header › when res._headers not present › should return empty object")]
    public void Empty_when_none()
    {
        var res = TestContexts.Response();
        Assert.Empty(res.Header);
        res.Res.Headers = new HeaderDictionary();
        Assert.Empty(res.Header);
    }
}
