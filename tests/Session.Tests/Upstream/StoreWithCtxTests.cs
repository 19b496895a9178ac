namespace Koa.Tests.Upstream;

// koa-session 7.0.2 test/store_with_ctx.test.ts ("Koa Session External Store methods can access Koa context"); titles kept.
public sealed class StoreWithCtxTests
{
    private static Application App()
    {
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = ctx.State.TryGetValue("test", out var test) && test is string s ? s : "undefined";
        });
        app.Use(Session.Create(app, new SessionOptions { ContextStore = ctx => new StoreWithCtx(ctx) }));
        return app;
    }

    private static async Task<string> SetCookie()
    {
        var app = App();
        app.Use(ctx =>
        {
            if (ctx.Path == "/set") ctx.SetSession(new() { ["foo"] = "bar" });
            return Task.CompletedTask;
        });
        var res = await app.Request().Get("/set").ExpectAsync(200);
        Assert.Equal("set", res.Text);
        return string.Join(";", res.Headers["Set-Cookie"].Select(c => c!.Split(';')[0]));
    }

    [Fact(DisplayName = "Koa Session External Store methods can access Koa context new session when not accessed should not set ctx.state.test variable")]
    public Task Not_accessed() => App().Request().Get("/").ExpectAsync("undefined");

    [Fact(DisplayName = "Koa Session External Store methods can access Koa context new session when populated should set ctx.state.test variable")]
    public Task Populated() => SetCookie();

    [Fact(DisplayName = "Koa Session External Store methods can access Koa context new session when accessed should access ctx.state.test variable")]
    public async Task Accessed()
    {
        var cookie = await SetCookie();
        await App().Request().Get("/").Set("Cookie", cookie).ExpectAsync("get");
    }

    [Fact(DisplayName = "Koa Session External Store methods can access Koa context new session session destroyed should access ctx.state.test variable")]
    public async Task Destroyed()
    {
        var cookie = await SetCookie();
        var app = App();
        app.Use(ctx =>
        {
            if (ctx.Path == "/destroy") ctx.Session = null;
            return Task.CompletedTask;
        });
        await app.Request().Get("/destroy").Set("Cookie", cookie).ExpectAsync("destroyed");
    }
}
