// Ported from @koa/router test/router.test.ts ('Router#use()' and the top-level cases after it).
using System.Text.RegularExpressions;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed partial class UseTests
{
    [Fact(DisplayName = "Router#use() › uses router middleware without path")]
    public async Task Without_path()
    {
        var app = new Application();
        var router = new Router();
        router.Use((ctx, next) => { ctx.State["foo"] = "baz"; return next(); });
        router.Use((ctx, next) => { ctx.State["foo"] = "foo"; return next(); });
        router.Get("/foo/bar", (ctx, _) => { ctx.Body = Obj(("foobar", ctx.St("foo") + "bar")); return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/foo/bar").ExpectAsync(200);
        Assert.Equal("foobar", Str(res.Json, "foobar"));
    }

    [Fact(DisplayName = "Router#use() › uses router middleware at given path")]
    public async Task At_path()
    {
        var app = new Application();
        var router = new Router();
        router.Use("/foo/bar", (ctx, next) => { ctx.State["foo"] = "foo"; return next(); });
        router.Get("/foo/bar", (ctx, _) => { ctx.Body = Obj(("foobar", ctx.St("foo") + "bar")); return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/foo/bar").ExpectAsync(200);
        Assert.Equal("foobar", Str(res.Json, "foobar"));
    }

    [Fact(DisplayName = "Router#use() › runs router middleware before subrouter middleware")]
    public async Task Before_subrouter()
    {
        var app = new Application();
        var router = new Router();
        var subrouter = new Router();
        router.Use((ctx, next) => { ctx.State["foo"] = "boo"; return next(); });
        subrouter
            .Use((ctx, next) => { ctx.State["foo"] = "foo"; return next(); })
            .Get("/bar", (ctx, _) => { ctx.Body = Obj(("foobar", ctx.St("foo") + "bar")); return Done; });
        router.Use("/foo", subrouter.Routes());
        app.Use(router.Routes());
        var res = await app.Request().Get("/foo/bar").ExpectAsync(200);
        Assert.Equal("foobar", Str(res.Json, "foobar"));
    }

    [Fact(DisplayName = "Router#use() › assigns middleware to array of paths")]
    public async Task Array_of_paths()
    {
        var app = new Application();
        var router = new Router();
        router.Use(["/foo", "/bar"], (ctx, next) => { ctx.State["foo"] = "foo"; ctx.State["bar"] = "bar"; return next(); });
        router.Get("/foo", (ctx, _) => { ctx.Body = Obj(("foobar", ctx.St("foo") + "bar")); return Done; });
        router.Get("/bar", (ctx, _) => { ctx.Body = Obj(("foobar", "foo" + ctx.St("bar"))); return Done; });
        app.Use(router.Routes());
        Assert.Equal("foobar", Str((await app.Request().Get("/foo").ExpectAsync(200)).Json, "foobar"));
        Assert.Equal("foobar", Str((await app.Request().Get("/bar").ExpectAsync(200)).Json, "foobar"));
    }

    [Fact(DisplayName = "Router#use() › uses router middleware with RegExp path")]
    public async Task RegExp_path()
    {
        var app = new Application();
        var router = new Router();
        router.Use(new Regex("^/api/"), (ctx, next) => { ctx.State["apiFlag"] = "matched"; return next(); });
        router.Get("/api/users", (ctx, _) => { ctx.Body = Obj(("flag", ctx.St("apiFlag") ?? "none")); return Done; });
        router.Get("/public/users", (ctx, _) => { ctx.Body = Obj(("flag", ctx.St("apiFlag") ?? "none")); return Done; });
        app.Use(router.Routes());
        Assert.Equal("matched", Str((await app.Request().Get("/api/users").ExpectAsync(200)).Json, "flag"));
        Assert.Equal("none", Str((await app.Request().Get("/public/users").ExpectAsync(200)).Json, "flag"));
    }

    [Fact(DisplayName = "Router#use() › uses router middleware with RegExp matching multiple routes")]
    public async Task RegExp_multiple_routes()
    {
        var app = new Application();
        var router = new Router();
        router.Use(new Regex("^/a"), (ctx, next) => { ctx.State["regexpMatched"] = true; return next(); });
        router.Post("/a1", (ctx, _) => { ctx.Body = Obj(("route", "a1"), ("matched", ctx.St("regexpMatched") ?? (object)false)); return Done; });
        router.Post("/a2", (ctx, _) => { ctx.Body = Obj(("route", "a2"), ("matched", ctx.St("regexpMatched") ?? (object)false)); return Done; });
        router.Post("/b1", (ctx, _) => { ctx.Body = Obj(("route", "b1"), ("matched", ctx.St("regexpMatched") ?? (object)false)); return Done; });
        app.Use(router.Routes());
        var res1 = await app.Request().Post("/a1").ExpectAsync(200);
        Assert.True(res1.Json.GetProperty("matched").GetBoolean());
        Assert.Equal("a1", Str(res1.Json, "route"));
        var res2 = await app.Request().Post("/a2").ExpectAsync(200);
        Assert.True(res2.Json.GetProperty("matched").GetBoolean());
        var res3 = await app.Request().Post("/b1").ExpectAsync(200);
        Assert.False(res3.Json.GetProperty("matched").GetBoolean());
        Assert.Equal("b1", Str(res3.Json, "route"));
    }

    [Fact(DisplayName = "Router#use() › uses router middleware with RegExp and multiple middleware functions")]
    public async Task RegExp_multiple_middleware()
    {
        var app = new Application();
        var router = new Router();
        router.Use(new Regex("^/admin"),
            (ctx, next) => { ctx.State["step1"] = "done"; return next(); },
            (ctx, next) => { ctx.State["step2"] = "done"; return next(); });
        router.Get("/admin/dashboard", (ctx, _) => { ctx.Body = Obj(("step1", ctx.St("step1") ?? "none"), ("step2", ctx.St("step2") ?? "none")); return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/admin/dashboard").ExpectAsync(200);
        Assert.Equal("done", Str(res.Json, "step1"));
        Assert.Equal("done", Str(res.Json, "step2"));
    }

    [Fact(DisplayName = "Router#use() › uses nested router with RegExp path")]
    public async Task Nested_with_RegExp()
    {
        var app = new Application();
        var router = new Router();
        var subrouter = new Router();
        subrouter.Get("/dashboard", (ctx, _) => { ctx.Body = Obj(("auth", ctx.St("isAuthenticated") ?? (object)false)); return Done; });
        router.Use(new Regex("^/admin"), (ctx, next) => { ctx.State["isAuthenticated"] = true; return next(); });
        router.Use("/admin", subrouter.Routes());
        app.Use(router.Routes());
        var res = await app.Request().Get("/admin/dashboard").ExpectAsync(200);
        Assert.True(res.Json.GetProperty("auth").GetBoolean());
    }
}
