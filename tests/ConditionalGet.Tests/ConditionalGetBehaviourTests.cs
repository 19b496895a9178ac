using Koa.Tests.Shared;

namespace Koa.Tests;

// Not upstream.
public sealed class ConditionalGetBehaviourTests
{
    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(ConditionalGet).Assembly);

    [Fact(DisplayName = "conditional() › a fresh If-Modified-Since answers 304 without a body")]
    public async Task If_modified_since()
    {
        var app = new Application();
        app.Use(ConditionalGet.Create());
        app.Use(ctx =>
        {
            ctx.LastModified = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            ctx.Body = "hello";
            return Task.CompletedTask;
        });
        var res = await app.Request().Get("/").Set("If-Modified-Since", "Wed, 01 Jan 2020 00:00:00 GMT").ExpectAsync(304);
        Assert.Empty(res.Body);
    }

    [Fact(DisplayName = "conditional() › a POST is never fresh")]
    public async Task Post_not_fresh()
    {
        var app = new Application();
        app.Use(ConditionalGet.Create());
        app.Use(Etag.Create());
        app.Use(ctx => { ctx.Body = "hello"; return Task.CompletedTask; });
        await app.Request().Post("/").Set("If-None-Match", Etag.Generate("hello")).ExpectAsync(200, "hello");
    }
}
