// Ported from @koa/router test/router.test.ts ('Router#prefix').
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed class PrefixTests
{
    [Fact(DisplayName = "Router#prefix › should set opts.prefix")]
    public void Sets_prefix()
    {
        var router = new Router();
        Assert.Null(router.Opts.Prefix);
        router.Prefix("/things/:thing_id");
        Assert.Equal("/things/:thing_id", router.Opts.Prefix);
    }

    [Fact(DisplayName = "Router#prefix › should prefix existing routes")]
    public void Prefixes_existing()
    {
        var router = new Router();
        router.Get("/users/:id", (ctx, _) => { ctx.Body = "test"; return Done; });
        router.Prefix("/things/:thing_id");
        var route = router.Stack[0];
        Assert.Equal("/things/:thing_id/users/:id", route.Path);
        Assert.Equal(2, route.ParamNames.Count);
        Assert.Equal("thing_id", route.ParamNames[0].Name);
        Assert.Equal("id", route.ParamNames[1].Name);
    }

    [Fact(DisplayName = "Router#prefix › populates ctx.params correctly for router prefix (including use)")]
    public async Task Params_prefix_use()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/:category" });
        app.Use(router.Routes());
        router
            .Use((ctx, next) => { Assert.Equal("cats", ctx.Params["category"]); return next(); })
            .Get("/suffixHere", (ctx, _) => { Assert.Equal("cats", ctx.Params["category"]); ctx.Status = 204; return Done; });
        await app.Request().Get("/cats/suffixHere").ExpectAsync(204);
    }

    [Fact(DisplayName = "Router#prefix › populates ctx.params correctly for more complex router prefix (including use)")]
    public async Task Params_complex_prefix()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/:category/:color" });
        app.Use(router.Routes());
        router
            .Use((ctx, next) =>
            {
                Assert.Equal("cats", ctx.Params["category"]);
                Assert.Equal("gray", ctx.Params["color"]);
                return next();
            })
            .Get("/:active/suffixHere", (ctx, _) =>
            {
                Assert.Equal("cats", ctx.Params["category"]);
                Assert.Equal("gray", ctx.Params["color"]);
                Assert.Equal("true", ctx.Params["active"]);
                ctx.Status = 204;
                return Done;
            });
        await app.Request().Get("/cats/gray/true/suffixHere").ExpectAsync(204);
    }

    [Fact(DisplayName = "Router#prefix › populates ctx.params correctly for dynamic and static prefix (including async use)")]
    public async Task Params_dynamic_static()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/:ping/pong" });
        app.Use(router.Routes());
        router
            .Use(async (ctx, next) => { Assert.Equal("pingKey", ctx.Params["ping"]); await next(); })
            .Get("/", (ctx, _) => { Assert.Equal("pingKey", ctx.Params["ping"]); ctx.Body = ctx.Params; return Done; });
        await app.Request().Get("/pingKey/pong").ExpectAsync(200, new System.Text.RegularExpressions.Regex("{\"ping\":\"pingKey\"}"));
    }

    [Fact(DisplayName = "Router#prefix › executes middleware for routes when prefix contains path parameters (complex)")]
    public async Task Middleware_param_prefix()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/api/apps/:appId/settings" });
        var ran = false;
        router
            .Use((ctx, next) => { ran = true; ctx.State["authorized"] = "AUTHORIZED"; return next(); })
            .Get("/", (ctx, _) => { ctx.Body = Obj(("authorized", ctx.State["authorized"]), ("middlewareRan", ran), ("appId", ctx.Params["appId"])); return Done; })
            .Get("/:settingId", (ctx, _) =>
            {
                ctx.Body = Obj(("authorized", ctx.State["authorized"]), ("middlewareRan", ran), ("appId", ctx.Params["appId"]), ("settingId", ctx.Params["settingId"]));
                return Done;
            });
        app.Use(router.Routes());
        ran = false;
        var res1 = await app.Request().Get("/api/apps/123/settings").ExpectAsync(200);
        Assert.Equal("AUTHORIZED", Str(res1.Json, "authorized"));
        Assert.True(res1.Json.GetProperty("middlewareRan").GetBoolean());
        Assert.Equal("123", Str(res1.Json, "appId"));
        ran = false;
        var res2 = await app.Request().Get("/api/apps/456/settings/theme").ExpectAsync(200);
        Assert.Equal("AUTHORIZED", Str(res2.Json, "authorized"));
        Assert.True(res2.Json.GetProperty("middlewareRan").GetBoolean());
        Assert.Equal("456", Str(res2.Json, "appId"));
        Assert.Equal("theme", Str(res2.Json, "settingId"));
    }

    [Fact(DisplayName = "Router#prefix › populates ctx.params correctly for static prefix")]
    public async Task Params_static_prefix()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/all" });
        app.Use(router.Routes());
        router
            .Use((ctx, next) => { Assert.Empty(ctx.Params); return next(); })
            .Get("/:active/suffixHere", (ctx, _) => { Assert.Equal("true", ctx.Params["active"]); ctx.Status = 204; return Done; });
        await app.Request().Get("/all/true/suffixHere").ExpectAsync(204);
    }

    [Fact(DisplayName = "Router#prefix › when used with .use(fn) - gh-247 › does not set params.0 to the matched path")]
    public async Task No_params_0()
    {
        var app = new Application();
        var router = new Router();
        router.Use((ctx, next) => next());
        router.Get("/foo/:id", (ctx, _) => { ctx.Body = ctx.Params; return Done; });
        router.Prefix("/things");
        app.Use(router.Routes());
        var res = await app.Request().Get("/things/foo/108").ExpectAsync(200);
        Assert.Equal("108", Str(res.Json, "id"));
        Assert.False(Has(res.Json, "0"));
    }

    [Fact(DisplayName = "Router#prefix › should replace prefix instead of stacking when called multiple times")]
    public async Task Replace_prefix()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/test", (ctx, _) => { ctx.Body = Obj(("path", ctx.Path)); return Done; });
        router.Prefix("/api/v1");
        router.Prefix("/api/v2");
        app.Use(router.Routes());
        var res = await app.Request().Get("/api/v2/test").ExpectAsync(200);
        Assert.Equal("/api/v2/test", Str(res.Json, "path"));
        await app.Request().Get("/api/v1/test").ExpectAsync(404);
        await app.Request().Get("/api/v2/api/v1/test").ExpectAsync(404);
    }

    [Fact(DisplayName = "Router#prefix › should handle raw regex middleware patterns with parameterized prefix")]
    public async Task Raw_regex_param_prefix()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/:version" });
        router.Use((ctx, next) => { ctx.State["middlewareRan"] = true; return next(); });
        router.Get("/test", (ctx, _) => { ctx.Body = Obj(("middlewareRan", ctx.St("middlewareRan"))); return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/v1/test").ExpectAsync(200);
        Assert.True(res.Json.GetProperty("middlewareRan").GetBoolean());
    }

    private static (Application App, Func<int> Count, Action Reset) PrefixApp(string prefix)
    {
        var app = new Application();
        var router = new Router();
        var count = 0;
        router.Use((ctx, next) => { count++; ctx.State["thing"] = "worked"; return next(); });
        router.Get("/", (ctx, _) => { count++; ctx.Body = Obj(("name", ctx.St("thing"))); return Done; });
        router.Prefix(prefix);
        app.Use(router.Routes());
        return (app, () => count, () => count = 0);
    }

    [Theory(DisplayName = "Router#prefix › with/without trailing slash › should support root level router middleware")]
    [InlineData("/admin/")]
    [InlineData("/admin")]
    public async Task Root_level(string prefix)
    {
        var (app, count, _) = PrefixApp(prefix);
        var res = await app.Request().Get(prefix).ExpectAsync(200);
        Assert.Equal(2, count());
        Assert.Equal("worked", Str(res.Json, "name"));
    }

    [Theory(DisplayName = "Router#prefix › with/without trailing slash › should support requests with a trailing path slash")]
    [InlineData("/admin/")]
    [InlineData("/admin")]
    public async Task Trailing_slash(string prefix)
    {
        var (app, count, _) = PrefixApp(prefix);
        var res = await app.Request().Get("/admin/").ExpectAsync(200);
        Assert.Equal(2, count());
        Assert.Equal("worked", Str(res.Json, "name"));
    }

    [Theory(DisplayName = "Router#prefix › with/without trailing slash › should support requests without a trailing path slash")]
    [InlineData("/admin/")]
    [InlineData("/admin")]
    public async Task No_trailing_slash(string prefix)
    {
        var (app, count, _) = PrefixApp(prefix);
        var res = await app.Request().Get("/admin").ExpectAsync(200);
        Assert.Equal(2, count());
        Assert.Equal("worked", Str(res.Json, "name"));
    }

    [Fact(DisplayName = "Router#prefix › prefix and '/' route behavior")]
    public async Task Prefix_root_behaviour()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = false, Prefix = "/foo" });
        var strictRouter = new Router(new RouterOptions { Strict = true, Prefix = "/bar" });
        router.Get("/", (ctx, _) => { ctx.Body = ""; return Done; });
        strictRouter.Get("/", (ctx, _) => { ctx.Body = ""; return Done; });
        app.Use(router.Routes());
        app.Use(strictRouter.Routes());
        await app.Request().Get("/foo").ExpectAsync(200);
        await app.Request().Get("/foo/").ExpectAsync(200);
        await app.Request().Get("/bar").ExpectAsync(404);
        await app.Request().Get("/bar/").ExpectAsync(200);
    }
}
