// Ported from @koa/router test/router.test.ts (describe 'Router' and the top-level cases after it).
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed class RouterTests
{
    [Fact(DisplayName = "Router › creates new router with koa app")]
    public void Creates_router()
    {
        var router = new Router();
        Assert.IsType<Router>(router);
    }

    [Fact(DisplayName = "Router › should")]
    public void Should() => Assert.NotNull(new Router().Params);

    [Fact(DisplayName = "Router › shares context between routers (gh-205)")]
    public async Task Shares_context()
    {
        var app = new Application();
        var router1 = new Router();
        var router2 = new Router();
        router1.Get("/", (ctx, next) => { ctx.State["foo"] = "bar"; return next(); });
        router2.Get("/", (ctx, next) =>
        {
            ctx.State["baz"] = "qux";
            ctx.Body = Obj(("foo", ctx.State["foo"]));
            return next();
        });
        app.Use(router1.Routes()).Use(router2.Routes());
        var res = await app.Request().Get("/").ExpectAsync(200);
        Assert.Equal("bar", Str(res.Json, "foo"));
    }

    [Fact(DisplayName = "Router › does not register middleware more than once (gh-184)")]
    public async Task Middleware_once()
    {
        var app = new Application();
        var parentRouter = new Router();
        var nestedRouter = new Router();
        nestedRouter
            .Get("/first-nested-route", (ctx, _) => { ctx.Body = Obj(("n", ctx.State["n"])); return Done; })
            .Get("/second-nested-route", (ctx, next) => next())
            .Get("/third-nested-route", (ctx, next) => next());
        parentRouter.Use("/parent-route", (ctx, next) =>
        {
            ctx.State["n"] = ctx.State.TryGetValue("n", out var n) ? (int)n! + 1 : 1;
            return next();
        }, nestedRouter.Routes());
        app.Use(parentRouter.Routes());
        var res = await app.Request().Get("/parent-route/first-nested-route").ExpectAsync(200);
        Assert.Equal(1, res.Json.GetProperty("n").GetInt32());
    }

    [Fact(DisplayName = "Router › router can be accecced with ctx")]
    public async Task Router_on_ctx()
    {
        var app = new Application();
        var router = new Router();
        router.Get("home", "/", (ctx, _) => { ctx.Body = Obj(("url", ctx.Router!.Url("home"))); return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/").ExpectAsync(200);
        Assert.Equal("/", Str(res.Json, "url"));
    }

    [Fact(DisplayName = "Router › registers multiple middleware for one route")]
    public async Task Multiple_middleware()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/double",
            async (ctx, next) => { await Task.Delay(1); ctx.Body = Obj(("message", "Hello")); await next(); },
            async (ctx, next) => { await Task.Delay(1); BodyDict(ctx)["message"] += " World"; await next(); },
            (ctx, _) => { BodyDict(ctx)["message"] += "!"; return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/double").ExpectAsync(200);
        Assert.Equal("Hello World!", Str(res.Json, "message"));
    }

    [Fact(DisplayName = "Router › does not break when nested-routes use regexp paths")]
    public void Nested_regexp_paths()
    {
        var app = new Application();
        var parentRouter = new Router();
        var nestedRouter = new Router();
        nestedRouter
            .Get(new System.Text.RegularExpressions.Regex(@"^\/\w$", System.Text.RegularExpressions.RegexOptions.IgnoreCase), (ctx, next) => next())
            .Get("/first-nested-route", (ctx, next) => next())
            .Get("/second-nested-route", (ctx, next) => next());
        parentRouter.Use("/parent-route", (ctx, next) => next(), nestedRouter.Routes());
        app.Use(parentRouter.Routes());
        Assert.NotNull(app);
    }

    [Fact(DisplayName = "Router › exposes middleware factory")]
    public void Middleware_factory()
    {
        var router = new Router();
        var middleware = router.Routes();
        Assert.NotNull(middleware);
    }

    [Fact(DisplayName = "Router › supports promises for async/await")]
    public async Task Async_await()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/async", async (ctx, _) => { await Task.Delay(1); ctx.Body = Obj(("msg", "promises!")); });
        app.Use(router.Routes()).Use(router.AllowedMethods());
        var res = await app.Request().Get("/async").ExpectAsync(200);
        Assert.Equal("promises!", Str(res.Json, "msg"));
    }

    [Fact(DisplayName = "Router › matches middleware only if route was matched (gh-182)")]
    public async Task Middleware_only_if_matched()
    {
        var app = new Application();
        var router = new Router();
        var otherRouter = new Router();
        router.Use((ctx, next) => { ctx.Body = Obj(("bar", "baz")); return next(); });
        otherRouter.Get("/bar", (ctx, _) => { ctx.Body ??= Obj(("foo", "bar")); return Done; });
        app.Use(router.Routes()).Use(otherRouter.Routes());
        var res = await app.Request().Get("/bar").ExpectAsync(200);
        Assert.Equal("bar", Str(res.Json, "foo"));
        Assert.False(Has(res.Json, "bar"));
    }

    [Fact(DisplayName = "Router › matches first to last")]
    public async Task First_to_last()
    {
        var app = new Application();
        var router = new Router();
        router
            .Get("user_page", "/user/{*any}.jsx", (ctx, _) => { ctx.Body = Obj(("order", 1)); return Done; })
            .All("app", "/app/{*any}.jsx", (ctx, _) => { ctx.Body = Obj(("order", 2)); return Done; })
            .All("view", "{*any}.jsx", (ctx, _) => { ctx.Body = Obj(("order", 3)); return Done; });
        var res = await app.Use(router.Routes()).Request().Get("/user/account.jsx").ExpectAsync(200);
        Assert.Equal(1, res.Json.GetProperty("order").GetInt32());
    }

    [Fact(DisplayName = "Router › runs multiple controllers when there are multiple matches")]
    public async Task Multiple_controllers()
    {
        var app = new Application();
        var router = new Router();
        router
            .Get("users_single", "/users/:id{/*path}", (ctx, next) => { ctx.Body = Obj(("single", true)); return next(); })
            .Get("users_all", "/users/all", (ctx, next) => { var b = new Dictionary<string, object?>(BodyDict(ctx)) { ["all"] = true }; ctx.Body = b; return next(); });
        var res = await app.Use(router.Routes()).Request().Get("/users/all").ExpectAsync(200);
        Assert.True(Has(res.Json, "single"));
        Assert.True(Has(res.Json, "all"));
    }

    [Fact(DisplayName = "Router › runs only the last match when the 'exclusive' option is enabled")]
    public async Task Exclusive()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Exclusive = true });
        router
            .Get("users_single", new System.Text.RegularExpressions.Regex("/users/:id(.*)"), (ctx, next) => { ctx.Body = Obj(("single", true)); return next(); })
            .Get("users_all", "/users/all", (ctx, next) => { var b = new Dictionary<string, object?>(BodyDict(ctx)) { ["all"] = true }; ctx.Body = b; return next(); });
        var res = await app.Use(router.Routes()).Request().Get("/users/all").ExpectAsync(200);
        Assert.False(Has(res.Json, "single"));
        Assert.True(Has(res.Json, "all"));
    }

    [Fact(DisplayName = "Router › does not run subsequent middleware without calling next")]
    public async Task No_next()
    {
        var app = new Application();
        var router = new Router();
        router.Get("user_page", "/user/{*any}.jsx", (_, _) => Done, (ctx, _) => { ctx.Body = Obj(("order", 1)); return Done; });
        await app.Use(router.Routes()).Request().Get("/user/account.jsx").ExpectAsync(404);
    }

    [Fact(DisplayName = "Router › nests routers with prefixes at root")]
    public async Task Nests_at_root()
    {
        var app = new Application();
        var forums = new Router(new RouterOptions { Prefix = "/forums" });
        var posts = new Router(new RouterOptions { Prefix = "/:fid/posts" });
        posts
            .Get("/", (ctx, next) => { ctx.Status = 204; return next(); })
            .Get("/:pid", (ctx, next) => { ctx.Body = ctx.Params; return next(); });
        forums.Use(posts.Routes());
        app.Use(forums.Routes());
        await app.Request().Get("/forums/1/posts").ExpectAsync(204);
        await app.Request().Get("/forums/1").ExpectAsync(404);
        var res = await app.Request().Get("/forums/1/posts/2").ExpectAsync(200);
        Assert.Equal("1", Str(res.Json, "fid"));
        Assert.Equal("2", Str(res.Json, "pid"));
    }

    [Fact(DisplayName = "nests routers with prefixes at path")]
    public async Task Nests_at_path()
    {
        var app = new Application();
        var forums = new Router(new RouterOptions { Prefix = "/api" });
        var posts = new Router(new RouterOptions { Prefix = "/posts" });
        posts
            .Get("/", (ctx, next) => { ctx.Status = 204; return next(); })
            .Get("/:pid", (ctx, next) => { ctx.Body = ctx.Params; return next(); });
        forums.Use("/forums/:fid", posts.Routes());
        app.Use(forums.Routes());
        await app.Request().Get("/api/forums/1/posts").ExpectAsync(204);
        await app.Request().Get("/api/forums/1").ExpectAsync(404);
        var res = await app.Request().Get("/api/forums/1/posts/2").ExpectAsync(200);
        Assert.Equal("1", Str(res.Json, "fid"));
        Assert.Equal("2", Str(res.Json, "pid"));
    }

    [Fact(DisplayName = "runs subrouter middleware after parent")]
    public async Task Subrouter_after_parent()
    {
        var app = new Application();
        var subrouter = new Router()
            .Use((ctx, next) => { ctx.State["msg"] = "subrouter"; return next(); })
            .Get("/", (ctx, _) => { ctx.Body = Obj(("msg", ctx.State["msg"])); return Done; });
        var router = new Router()
            .Use((ctx, next) => { ctx.State["msg"] = "router"; return next(); })
            .Use(subrouter.Routes());
        var res = await app.Use(router.Routes()).Request().Get("/").ExpectAsync(200);
        Assert.Equal("subrouter", Str(res.Json, "msg"));
    }

    [Fact(DisplayName = "runs parent middleware for subrouter routes")]
    public async Task Parent_for_subrouter()
    {
        var app = new Application();
        var subrouter = new Router().Get("/sub", (ctx, _) => { ctx.Body = Obj(("msg", ctx.State["msg"])); return Done; });
        var router = new Router()
            .Use((ctx, next) => { ctx.State["msg"] = "router"; return next(); })
            .Use("/parent", subrouter.Routes());
        var res = await app.Use(router.Routes()).Request().Get("/parent/sub").ExpectAsync(200);
        Assert.Equal("router", Str(res.Json, "msg"));
    }

    [Fact(DisplayName = "matches corresponding requests")]
    public async Task Corresponding_requests()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/:category/:title", (ctx, _) =>
        {
            Assert.Equal("programming", ctx.Params["category"]);
            Assert.Equal("how-to-node", ctx.Params["title"]);
            ctx.Status = 204;
            return Done;
        });
        router.Post("/:category", (ctx, _) =>
        {
            Assert.Equal("programming", ctx.Params["category"]);
            ctx.Status = 204;
            return Done;
        });
        router.Put("/:category/not-a-title", (ctx, _) =>
        {
            Assert.Equal("programming", ctx.Params["category"]);
            Assert.False(ctx.Params.ContainsKey("title"));
            ctx.Status = 204;
            return Done;
        });
        await app.Request().Get("/programming/how-to-node").ExpectAsync(204);
        await app.Request().Post("/programming").ExpectAsync(204);
        await app.Request().Put("/programming/not-a-title").ExpectAsync(204);
    }

    [Fact(DisplayName = "matches corresponding requests with optional route parameter")]
    public async Task Optional_parameter()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/resources", (ctx, _) =>
        {
            Assert.Empty(ctx.Params);
            ctx.Status = 204;
            return Done;
        });
        router.Get("/resources/:id{.:ext}", (ctx, _) =>
        {
            Assert.Equal("10", ctx.Params["id"]);
            if (ctx.Params.TryGetValue("ext", out var ext))
                Assert.Equal("json", ext);
            ctx.Status = 204;
            return Done;
        });
        await app.Request().Get("/resources").ExpectAsync(204);
        await app.Request().Get("/resources/10").ExpectAsync(204);
        await app.Request().Get("/resources/10.json").ExpectAsync(204);
    }

    [Fact(DisplayName = "executes route middleware using `app.context`")]
    public async Task App_context()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Use((ctx, next) => { ctx.State["bar"] = "baz"; return next(); });
        router.Get("/:category/:title",
            (ctx, next) => { ctx.State["foo"] = "bar"; return next(); },
            (ctx, _) =>
            {
                Assert.Equal("baz", ctx.State["bar"]);
                Assert.Equal("bar", ctx.State["foo"]);
                Assert.NotNull(ctx.App);
                Assert.NotNull(ctx.Req);
                Assert.NotNull(ctx.Res);
                ctx.Status = 204;
                return Done;
            });
        await app.Request().Get("/match/this").ExpectAsync(204);
    }

    [Fact(DisplayName = "does not match after ctx.throw()")]
    public async Task No_match_after_throw()
    {
        var app = new Application();
        var counter = 0;
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/", (ctx, _) => { counter++; ctx.Throw(403); return Done; });
        router.Get("/", (_, _) => { counter++; return Done; });
        await app.Request().Get("/").ExpectAsync(403);
        Assert.Equal(1, counter);
    }

    [Fact(DisplayName = "supports promises for route middleware")]
    public async Task Promises_for_route_middleware()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/", (_, next) => next(), async (ctx, _) => { await File.ReadAllTextAsync(typeof(RouterTests).Assembly.Location + ".config").ContinueWith(_ => { }); ctx.Status = 204; });
        await app.Request().Get("/").ExpectAsync(204);
    }
}
