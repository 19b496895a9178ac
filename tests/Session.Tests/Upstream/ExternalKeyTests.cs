namespace Koa.Tests.Upstream;

// koa-session 7.0.2 test/externalkey.test.ts ("Koa Session External Key"); titles kept.
public sealed class ExternalKeyTests
{
    private const string TokenKey = "User-Token";
    private static readonly MemoryStore Store = new();

    private static Application App(SessionExternalKey? externalKey = null)
    {
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(Session.Create(app, new SessionOptions
        {
            Store = Store,
            ExternalKey = externalKey ?? new SessionExternalKey(ctx => ctx.Get(TokenKey), (ctx, value) => ctx.Set(TokenKey, value)),
        }));
        return app;
    }

    [Fact(DisplayName = "Koa Session External Key when the external key set/get is invalid should throw a error")]
    public void Invalid_external_key()
    {
        var error = Assert.Throws<ArgumentException>(() => App(new SessionExternalKey(null!, null!)));
        Assert.Matches("ExternalKey", error.Message);
    }

    [Fact(DisplayName = "Koa Session External Key custom get/set external key should still work")]
    public async Task Custom_external_key()
    {
        var app = App();
        app.Use(ctx =>
        {
            if (ctx.Method == "POST")
            {
                ctx.Session!["string"] = ";";
                ctx.Status = 204;
                Assert.False(string.IsNullOrEmpty(ctx.Session!.ExternalKey));
            }
            else
            {
                ctx.Body = (string?)ctx.Session!["string"];
                Assert.Equal(ctx.Get(TokenKey), ctx.Session!.ExternalKey);
            }

            return Task.CompletedTask;
        });
        var res = await app.Request().Post("/").ExpectAsync(204);
        var token = res.Header(TokenKey)!;
        await app.Request().Get("/").Set(TokenKey, token).ExpectAsync(";");
    }
}
