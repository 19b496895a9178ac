// Ported from @koa/router test/router.test.ts ('RouterOptions: sensitive', 'RouterOptions: strict (comprehensive)').
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed partial class OptionsTests
{
    private static Func<Context, Func<Task>, Task> Body(Func<Context, object> body) => (ctx, _) => { ctx.Body = body(ctx); return Done; };

    [Fact(DisplayName = "RouterOptions: sensitive › should enable case-sensitive routing when sensitive is true")]
    public async Task Sensitive_true()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Sensitive = true });
        router.Get("/Users", Body(_ => Obj(("path", "/Users"), ("caseSensitive", true))));
        router.Get("/users", Body(_ => Obj(("path", "/users"), ("caseSensitive", true))));
        app.Use(router.Routes());
        Assert.Equal("/Users", Str((await app.Request().Get("/Users").ExpectAsync(200)).Json, "path"));
        Assert.Equal("/users", Str((await app.Request().Get("/users").ExpectAsync(200)).Json, "path"));
        await app.Request().Get("/USERS").ExpectAsync(404);
    }

    [Fact(DisplayName = "RouterOptions: sensitive › should use case-insensitive routing by default")]
    public async Task Sensitive_default()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/Users", Body(_ => Obj(("path", "/Users"))));
        app.Use(router.Routes());
        foreach (var p in new[] { "/Users", "/users", "/USERS" })
            Assert.Equal("/Users", Str((await app.Request().Get(p).ExpectAsync(200)).Json, "path"));
    }

    [Fact(DisplayName = "RouterOptions: sensitive › should apply sensitive option to nested routers")]
    public async Task Sensitive_nested()
    {
        var app = new Application();
        var parent = new Router(new RouterOptions { Sensitive = true });
        var nested = new Router(new RouterOptions { Sensitive = true });
        nested.Get("/Items", Body(_ => Obj(("path", "/Items"))));
        parent.Use("/Api", nested.Routes());
        app.Use(parent.Routes());
        await app.Request().Get("/Api/Items").ExpectAsync(200);
        await app.Request().Get("/api/items").ExpectAsync(404);
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › should require trailing slash when strict is true")]
    public async Task Strict_true()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = true });
        router.Get("/info", Body(_ => Obj(("path", "/info"), ("strict", true))));
        app.Use(router.Routes());
        Assert.Equal("/info", Str((await app.Request().Get("/info").ExpectAsync(200)).Json, "path"));
        await app.Request().Get("/info/").ExpectAsync(404);
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › should allow trailing slash when strict is false")]
    public async Task Strict_false()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = false });
        router.Get("/info", Body(_ => Obj(("path", "/info"), ("strict", false))));
        app.Use(router.Routes());
        Assert.Equal("/info", Str((await app.Request().Get("/info").ExpectAsync(200)).Json, "path"));
        Assert.Equal("/info", Str((await app.Request().Get("/info/").ExpectAsync(200)).Json, "path"));
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › should apply strict option to routes with parameters")]
    public async Task Strict_params()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = true });
        router.Get("/users/:id", Body(ctx => Obj(("id", ctx.Params["id"]))));
        app.Use(router.Routes());
        Assert.Equal("123", Str((await app.Request().Get("/users/123").ExpectAsync(200)).Json, "id"));
        await app.Request().Get("/users/123/").ExpectAsync(404);
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › should apply strict option to nested routers")]
    public async Task Strict_nested()
    {
        var app = new Application();
        var parent = new Router(new RouterOptions { Strict = true });
        var nested = new Router(new RouterOptions { Strict = true });
        nested.Get("/items", Body(_ => Obj(("path", "/items"))));
        parent.Use("/api", nested.Routes());
        app.Use(parent.Routes());
        await app.Request().Get("/api/items").ExpectAsync(200);
        await app.Request().Get("/api/items/").ExpectAsync(404);
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › should handle strict option with prefix")]
    public async Task Strict_prefix()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/v1", Strict = true });
        router.Get("/users", Body(_ => Obj(("path", "/v1/users"))));
        app.Use(router.Routes());
        Assert.Equal("/v1/users", Str((await app.Request().Get("/v1/users").ExpectAsync(200)).Json, "path"));
        await app.Request().Get("/v1/users/").ExpectAsync(404);
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › middleware prefix matching › should not match middleware from other routers with same prefix in path")]
    public async Task Middleware_other_routers()
    {
        var app = new Application();
        var accounts = new Router(new RouterOptions { Prefix = "/accounts" });
        accounts.Use((ctx, next) => { ctx.State["isAccount"] = true; return next(); });
        accounts.Get("/", Body(ctx => Obj(("route", "accounts"), ("isAccount", ctx.St("isAccount")))));
        var users = new Router(new RouterOptions { Prefix = "/users" });
        users.Get("/", Body(ctx => Obj(("route", "users"), ("isAccount", ctx.St("isAccount")))));
        users.Get("/:userId/accounts", Body(ctx => Obj(("route", "user-accounts"), ("isAccount", ctx.St("isAccount")), ("userId", ctx.Params["userId"]))));
        app.Use(accounts.Routes());
        app.Use(users.Routes());
        var a = await app.Request().Get("/accounts").ExpectAsync(200);
        Assert.Equal("accounts", Str(a.Json, "route"));
        Assert.True(a.Json.GetProperty("isAccount").GetBoolean());
        var u = await app.Request().Get("/users").ExpectAsync(200);
        Assert.Equal("users", Str(u.Json, "route"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, u.Json.GetProperty("isAccount").ValueKind);
        var ua = await app.Request().Get("/users/12345/accounts").ExpectAsync(200);
        Assert.Equal("user-accounts", Str(ua.Json, "route"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ua.Json.GetProperty("isAccount").ValueKind);
        Assert.Equal("12345", Str(ua.Json, "userId"));
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › middleware prefix matching › should match middleware with explicit empty path")]
    public async Task Middleware_empty_path()
    {
        var app = new Application();
        var accounts = new Router(new RouterOptions { Prefix = "/accounts" });
        accounts.Use("", (ctx, next) => { ctx.State["isAccount"] = true; return next(); });
        accounts.Get("/", Body(ctx => Obj(("isAccount", ctx.St("isAccount")))));
        accounts.Get("/:id", Body(ctx => Obj(("isAccount", ctx.St("isAccount")), ("id", ctx.Params["id"]))));
        app.Use(accounts.Routes());
        Assert.True((await app.Request().Get("/accounts").ExpectAsync(200)).Json.GetProperty("isAccount").GetBoolean());
        var res2 = await app.Request().Get("/accounts/123").ExpectAsync(200);
        Assert.True(res2.Json.GetProperty("isAccount").GetBoolean());
        Assert.Equal("123", Str(res2.Json, "id"));
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › middleware prefix matching › should match middleware with explicit \"/\" path only on root")]
    public async Task Middleware_root_path()
    {
        var app = new Application();
        var accounts = new Router(new RouterOptions { Prefix = "/accounts" });
        accounts.Use("/", (ctx, next) => { ctx.State["isAccount"] = true; return next(); });
        accounts.Get("/", Body(ctx => Obj(("isAccount", ctx.St("isAccount")))));
        accounts.Get("/:id", Body(ctx => Obj(("isAccount", ctx.St("isAccount")), ("id", ctx.Params["id"]))));
        app.Use(accounts.Routes());
        Assert.True((await app.Request().Get("/accounts").ExpectAsync(200)).Json.GetProperty("isAccount").GetBoolean());
        var res2 = await app.Request().Get("/accounts/123").ExpectAsync(200);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, res2.Json.GetProperty("isAccount").ValueKind);
        Assert.Equal("123", Str(res2.Json, "id"));
    }

    [Fact(DisplayName = "RouterOptions: strict (comprehensive) › middleware prefix matching › should work correctly with nested subrouters")]
    public async Task Middleware_nested_subrouters()
    {
        var app = new Application();
        var accounts = new Router(new RouterOptions { Prefix = "/accounts" });
        accounts.Use((ctx, next) => { ctx.State["isAccount"] = true; return next(); });
        accounts.Get("/", Body(ctx => Obj(("route", "accounts"), ("isAccount", ctx.St("isAccount")))));
        var users = new Router(new RouterOptions { Prefix = "/users" });
        users.Get("/:userId/accounts", Body(ctx => Obj(("route", "user-accounts"), ("isAccount", ctx.St("isAccount")), ("userId", ctx.Params["userId"]))));
        var api = new Router(new RouterOptions { Prefix = "/api" });
        api.Use(accounts.Routes());
        api.Use(users.Routes());
        app.Use(api.Routes());
        var a = await app.Request().Get("/api/accounts").ExpectAsync(200);
        Assert.Equal("accounts", Str(a.Json, "route"));
        Assert.True(a.Json.GetProperty("isAccount").GetBoolean());
        var ua = await app.Request().Get("/api/users/12345/accounts").ExpectAsync(200);
        Assert.Equal("user-accounts", Str(ua.Json, "route"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ua.Json.GetProperty("isAccount").ValueKind);
    }
}
