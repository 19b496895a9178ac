namespace Koa.Tests;

/// <summary>
/// The single-handler path: when the matched layers amount to one layer with one middleware and the router's own
/// <c>next</c> is koa-compose's (<see cref="ISingleCallNext"/>), the handler gets that <c>next</c> as is instead of a
/// chain's. Every case runs twice — the router straight in the app (the single-handler path) and the same router
/// behind a <c>next</c> of our own (the general chain) — and both runs must observe the same thing.
/// </summary>
public sealed class RouterSingleHandlerTests
{
    private static Task Done => Task.CompletedTask;

    // fast: app.Use(routes); general: the router's next is a lambda, so it builds its chain
    private static Application App(bool fast, params Router[] routers)
    {
        var app = new Application();
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (InvalidOperationException error)
            {
                ctx.Status = 500;
                ctx.Body = "caught " + error.Message;
            }
        });
        foreach (var router in routers)
        {
            var routes = router.Routes();
            if (fast)
                app.Use(routes);
            else
                app.Use((ctx, next) => routes(ctx, () => next()));
        }
        return app;
    }

    private static async Task<string> BothAsync(Func<bool, Task<string>> scenario)
    {
        var fast = await scenario(true);
        var general = await scenario(false);
        Assert.Equal(general, fast);
        return fast;
    }

    private static string Seen(Context ctx) =>
        string.Join(",", ctx.Params.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))
        + $"|{ctx.RouterPath}|{ctx.RouterName}|{ctx.MatchedRoute}|{ctx.MatchedRouteName}|{ctx.RouteMatched}|{ctx.Matched?.Count}|{string.Join(",", ctx.Captures)}";

    [Fact(DisplayName = "single handler › taken for one layer with one middleware under koa-compose's next, not otherwise")]
    public async Task Taken_only_when_single()
    {
        foreach (var fast in new[] { true, false })
        {
            var router = new Router();
            object? single = null, pair = null;
            router.Get("/one", (ctx, next) => { single = next.Target; ctx.Body = "one"; return Done; });
            router.Get("/two", (_, next) => next(), (ctx, next) => { pair = next.Target; ctx.Body = "two"; return Done; });
            var app = App(fast, router);
            await app.Request().Get("/one").ExpectAsync(200);
            await app.Request().Get("/two").ExpectAsync(200);

            Assert.Equal(!fast, single is RouteChain<Context>);
            Assert.IsType<RouteChain<Context>>(pair);
        }
    }

    [Fact(DisplayName = "single handler › params, routerPath, routerName, _matchedRoute, matched and captures as the chain sets them")]
    public async Task Context_as_the_chain_sets_it()
    {
        var seen = await BothAsync(async fast =>
        {
            var router = new Router(new RouterOptions { Prefix = "/api" });
            router.Get("user", "/users/:id/:rest", (ctx, _) => { ctx.Body = Seen(ctx); return Done; });
            router.Get("/plain", (ctx, _) => { ctx.Body = Seen(ctx); return Done; });
            var app = App(fast, router);
            return (await app.Request().Get("/api/users/a%20b/c").ExpectAsync(200)).Text
                + "\n" + (await app.Request().Get("/api/plain").ExpectAsync(200)).Text;
        });
        Assert.Equal("id=a b,rest=c|/api/users/:id/:rest|user|/api/users/:id/:rest|user|True|1|a%20b,c\n|/api/plain||/api/plain||True|1|", seen);
    }

    [Fact(DisplayName = "single handler › next runs the app's next middleware and comes back, its response kept")]
    public async Task Next_reaches_the_app()
    {
        var text = await BothAsync(async fast =>
        {
            var router = new Router();
            router.Get("/x/:id", async (ctx, next) =>
            {
                ctx.Set("X-Before", ctx.Params["id"]);
                await next();
                ctx.Body = (ctx.Body as string) + " after " + ctx.MatchedRoute;
            });
            var app = App(fast, router);
            app.Use((ctx, _) => { ctx.Body = "downstream " + ctx.Params["id"]; return Done; });
            var res = await app.Request().Get("/x/7").ExpectAsync(200);
            return res.Header("X-Before") + " " + res.Text;
        });
        Assert.Equal("7 downstream 7 after /x/:id", text);
    }

    [Fact(DisplayName = "single handler › next() called twice faults with next() called multiple times; downstream runs once")]
    public async Task Next_twice()
    {
        var text = await BothAsync(async fast =>
        {
            var router = new Router();
            var runs = 0;
            router.Get("/x", async (ctx, next) =>
            {
                await next();
                try
                {
                    await next();
                }
                catch (InvalidOperationException error)
                {
                    ctx.Body = $"{runs} {error.Message}";
                }
            });
            var app = App(fast, router);
            app.Use((_, _) => { runs++; return Done; });
            return (await app.Request().Get("/x").ExpectAsync(200)).Text;
        });
        Assert.Equal("1 next() called multiple times", text);
    }

    [Fact(DisplayName = "single handler › a synchronous throw is a faulted task for upstream; a null task completes")]
    public async Task Throw_and_null()
    {
        var text = await BothAsync(async fast =>
        {
            var router = new Router();
            Task? returned = null;
            router.Get("/throw", (_, _) => throw new InvalidOperationException("sync"));
            router.Get("/async", async (_, _) => { await Task.Yield(); throw new InvalidOperationException("async"); });
            router.Get("/null", (ctx, _) => { ctx.Body = "null"; return null!; });
            var app = App(fast, router);
            app.Use(async (ctx, next) => { returned = next(); await returned; });
            return (await app.Request().Get("/throw").ExpectAsync(500)).Text
                + " " + (await app.Request().Get("/async").ExpectAsync(500)).Text
                + " " + (await app.Request().Get("/null").ExpectAsync(200)).Text;
        });
        Assert.Equal("caught sync caught async null", text);
    }

    [Fact(DisplayName = "single handler › router.param handlers run (before and after a request took the single path)")]
    public async Task Param_handlers()
    {
        var text = await BothAsync(async fast =>
        {
            var router = new Router();
            router.Get("/users/:id", (ctx, _) => { ctx.Body = (ctx.State.TryGetValue("user", out var user) ? user as string : "none") + " " + ctx.Params["id"]; return Done; });
            var app = App(fast, router);
            var before = (await app.Request().Get("/users/1").ExpectAsync(200)).Text;
            router.Param("id", (id, ctx, next) =>
            {
                if (id == "404")
                    return Task.FromResult(ctx.Status = 404);
                ctx.State["user"] = "user" + id;
                return next();
            });
            return before + " | " + (await app.Request().Get("/users/2").ExpectAsync(200)).Text + " | " + (await app.Request().Get("/users/404").ExpectAsync(404)).Text;
        });
        Assert.Equal("none 1 | user2 2 | Not Found", text);
    }

    [Fact(DisplayName = "single handler › two routers in a row: the second adds to the first's params and matched layers and sets its own route")]
    public async Task Two_routers()
    {
        var text = await BothAsync(async fast =>
        {
            var first = new Router();
            var second = new Router();
            first.Get("/a/:x", (ctx, next) => { ctx.Set("X-First", Seen(ctx)); return next(); });
            second.Get("/a/:y", (ctx, _) => { ctx.Body = Seen(ctx); return Done; });
            var app = App(fast, first, second);
            var res = await app.Request().Get("/a/1").ExpectAsync(200);
            return res.Header("X-First") + "\n" + res.Text;
        });
        Assert.Equal("x=1|/a/:x||/a/:x||True|1|1\nx=1,y=1|/a/:y||/a/:y||True|2|1", text);
    }

    [Fact(DisplayName = "single handler › a nested router under a mount path with params, and router-level middleware (two layers)")]
    public async Task Nested_and_middleware()
    {
        var text = await BothAsync(async fast =>
        {
            var nested = new Router();
            nested.Get("/users/:id", (ctx, _) => { ctx.Body = Seen(ctx); return Done; });
            var router = new Router(new RouterOptions { Prefix = "/api" });
            router.Use("/:version", nested.Routes());
            var withMiddleware = new Router();
            withMiddleware.Use((ctx, next) => { ctx.Set("X-Use", "1"); return next(); });
            withMiddleware.Get("/mw", (ctx, _) => { ctx.Body = Seen(ctx); return Done; });
            var app = App(fast, router, withMiddleware);
            var res = await app.Request().Get("/mw").ExpectAsync(200);
            return (await app.Request().Get("/api/v2/users/3").ExpectAsync(200)).Text + "\n" + res.Header("X-Use") + " " + res.Text;
        });
        Assert.Equal("id=3,version=v2|/api/:version/users/:id||/api/:version/users/:id||True|1|v2,3\n1 |/mw||/mw||True|2|", text);
    }

    [Fact(DisplayName = "single handler › exclusive: of several matching routes only the chosen one runs")]
    public async Task Exclusive()
    {
        var text = await BothAsync(async fast =>
        {
            var router = new Router(new RouterOptions { Exclusive = true });
            router.Get("/e/:id", (ctx, next) => { ctx.Body = "param"; return next(); });
            router.Get("/e/fixed", (ctx, next) => { ctx.Body = (ctx.Body as string) + "fixed " + Seen(ctx); return next(); });
            var app = App(fast, router);
            app.Use((ctx, _) => { ctx.Set("X-Down", "1"); return Done; });
            var res = await app.Request().Get("/e/fixed").ExpectAsync(200);
            return res.Header("X-Down") + " " + res.Text;
        });
        Assert.Equal("1 fixed |/e/fixed||/e/fixed||True|2|", text);
    }
}
