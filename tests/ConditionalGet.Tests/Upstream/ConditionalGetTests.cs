namespace Koa.Tests;

// koajs/conditional-get test/index.spec.js (koa-conditional-get 3.0.0)
public sealed class ConditionalGetTests
{
    private static readonly object Body = new { name = "tobi", species = "ferret", age = 2 };

    private static Application App()
    {
        var app = new Application();
        app.Use(ConditionalGet.Create());
        app.Use(Etag.Create());
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = Body;
        });
        return app;
    }

    [Fact(DisplayName = "conditional() › when cache is fresh › should respond with 304")]
    public async Task Fresh_304() =>
        await App().Request().Get("/").Set("If-None-Match", Etag.Generate("{\"name\":\"tobi\",\"species\":\"ferret\",\"age\":2}")).ExpectAsync(304);

    [Fact(DisplayName = "conditional() › when cache is stale › should do nothing")]
    public async Task Stale_200() =>
        await App().Request().Get("/").Set("If-None-Match", "tobi").ExpectAsync(200);
}
