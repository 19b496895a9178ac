using Koa.Tests.Shared;

namespace Koa.Tests;

// Not upstream.
public sealed class StaticBehaviourTests
{
    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Static).Assembly);

    [Fact(DisplayName = "serve(root) › should require a root")]
    public void Requires_root() =>
        Assert.Equal("root directory is required to serve files", Assert.Throws<ArgumentException>(() => Static.Create("")).Message.Split(" (")[0]);

    [Fact(DisplayName = "serve(root) › HEAD answers the file's headers without a body")]
    public async Task Head()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures"));
        var res = await app.Request().Head("/hello.txt").Expect("Content-Length", "5").ExpectAsync(200);
        Assert.Empty(res.Body);
    }

    [Fact(DisplayName = "serve(root) › a 403 from above the root is thrown, not passed on")]
    public async Task Traversal_403()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures"));
        app.Use(ctx => { ctx.Body = "downstream"; return Task.CompletedTask; });
        await app.Request().Get("/..%2f..%2fpackage.json").ExpectAsync(403);
    }
}
