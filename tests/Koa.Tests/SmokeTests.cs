namespace Koa.Tests;

public sealed class SmokeTests
{
    [Theory(DisplayName = "smoke › hello world")]
    [Transports]
    public async Task Hello_world(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = "Hello World";
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/a%20b/./c?x=1").Expect("Content-Type", "text/plain; charset=utf-8").ExpectAsync(200, "Hello World");
        Assert.Equal("11", res.Header("Content-Length"));
        Assert.False(res.HasHeader("Server"));
    }

    [Theory(DisplayName = "smoke › raw url")]
    [Transports]
    public async Task Raw_url(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = new { url = ctx.Url, path = ctx.Path, query = ctx.Query, host = ctx.Host };
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/a%20b/./c?x=1&x=2").ExpectAsync(200);
        Assert.Equal("/a%20b/./c?x=1&x=2", res.Json.GetProperty("url").GetString());
    }

    [Theory(DisplayName = "smoke › 404")]
    [Transports]
    public async Task NotFound(TestTransport transport)
    {
        var app = new Application();
        await app.Request(transport).Get("/").Expect("Content-Type", "text/plain; charset=utf-8").ExpectAsync(404, TransportsAttribute.StatusBody(transport, 404, "Not Found"));
    }
}
