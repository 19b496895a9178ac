using System.Security.Cryptography;

namespace Koa.Tests;

// koajs/compress __tests__/middleware.js (koa-compress 5.1.1; the code is 5.2.2).
public sealed class MiddlewareTests
{
    private static Application App()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(ctx =>
        {
            ctx.Body = Convert.ToBase64String(RandomNumberGenerator.GetBytes(2048));
            return Task.CompletedTask;
        });
        return app;
    }

    [Theory(DisplayName = "Accept-Encodings › When <acceptEncoding> should return <preferredEncoding>")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, identity", "gzip")]
    [InlineData("br, gzip", "br")]
    [InlineData("identity", null)]
    public async Task Accept_encodings(string acceptEncoding, string? preferredEncoding)
    {
        var res = await App().Request().Get("/").Set("Accept-Encoding", acceptEncoding).ExpectAsync(200);
        Assert.Equal(preferredEncoding, res.Header("Content-Encoding"));
    }

    [Fact(DisplayName = "Subsequent requests › accept-encoding: \"gzip, deflate, br\", then \"gzip\"")]
    public async Task Subsequent_requests()
    {
        var app = App();
        var res1 = await app.Request().Get("/").Set("Accept-Encoding", "gzip, deflate, br").ExpectAsync(200);
        Assert.Equal("br", res1.Header("Content-Encoding"));
        var res2 = await app.Request().Get("/").Set("Accept-Encoding", "gzip").ExpectAsync(200);
        Assert.Equal("gzip", res2.Header("Content-Encoding"));
    }
}
