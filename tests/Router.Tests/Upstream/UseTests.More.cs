// Ported from @koa/router test/router.test.ts (top-level cases after 'Router#use()').
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed partial class UseTests
{
    [Fact(DisplayName = "without path, does not set params.0 to the matched path - gh-247")]
    public async Task No_params_0()
    {
        var app = new Application();
        var router = new Router();
        router.Use((ctx, next) => next());
        router.Get("/foo/:id", (ctx, _) => { ctx.Body = ctx.Params; return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/foo/815").ExpectAsync(200);
        Assert.Equal("815", Str(res.Json, "id"));
        Assert.False(Has(res.Json, "0"));
    }

    [Fact(DisplayName = "does not add an erroneous (.*) to unprefiexed nested routers - gh-369 gh-410")]
    public async Task No_erroneous_wildcard()
    {
        var app = new Application();
        var router = new Router();
        var nested = new Router();
        var called = 0;
        nested
            .Get("/", (ctx, next) => { ctx.Body = "root"; called++; return next(); })
            .Get("/test", (ctx, next) => { ctx.Body = "test"; called++; return next(); });
        router.Use(nested.Routes());
        app.Use(router.Routes());
        await app.Request().Get("/test").Expect(200).ExpectAsync("test");
        Assert.Equal(1, called);
    }

    [Fact(DisplayName = "assigns middleware to array of paths with function middleware and router need to nest. - gh-22")]
    public async Task Array_paths_nested()
    {
        var app = new Application();
        var @base = new Router(new RouterOptions { Prefix = "/api" });
        var nested = new Router(new RouterOptions { Prefix = "/qux" });
        nested.Get("/baz", (ctx, _) => { ctx.Body = Obj(("foo", ctx.St("foo")), ("bar", ctx.St("bar")), ("baz", "baz")); return Done; });
        @base.Use(["/foo", "/bar"], (ctx, next) => { ctx.State["foo"] = "foo"; ctx.State["bar"] = "bar"; return next(); }, nested.Routes());
        app.Use(@base.Routes());
        foreach (var p in new[] { "/foo", "/bar" })
            await app.Request().Get($"/api{p}/qux/baz").ExpectAsync(200, "{\"foo\":\"foo\",\"bar\":\"bar\",\"baz\":\"baz\"}");
    }

    [Fact(DisplayName = "middleware with \"/\" in path array does not match all routes (gh-46)")]
    public async Task Slash_in_path_array()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/account" });
        var called = false;
        router.Use(["/signout", "/", "/update"], async (ctx, next) => { called = true; await next(); });
        router.Post("/signin", (ctx, _) => { ctx.Body = "signin"; return Done; });
        router.Delete("/signout", (ctx, _) => { ctx.Body = "signout"; return Done; });
        router.Get("/", (ctx, _) => { ctx.Body = "profile"; return Done; });
        app.Use(router.Routes());
        called = false;
        await app.Request().Delete("/account/signout").ExpectAsync(200);
        Assert.True(called, "Middleware should run on /account/signout");
        called = false;
        await app.Request().Get("/account/").ExpectAsync(200);
        Assert.True(called, "Middleware should run on /account/");
        called = false;
        await app.Request().Post("/account/signin").ExpectAsync(200);
        Assert.False(called, "Middleware should NOT run on /account/signin");
    }

    [Fact(DisplayName = "nested router middleware does not affect unrelated routes (gh-90)")]
    public async Task Nested_middleware_unrelated()
    {
        var app = new Application();
        var checkAuthCalled = false;
        var ajaxRouter = new Router(new RouterOptions { Prefix = "/a" });
        ajaxRouter.Use(async (ctx, next) => { checkAuthCalled = true; await next(); });
        ajaxRouter.Get("/1", (ctx, _) => { ctx.Body = "route-1"; return Done; });
        var indexRouter = new Router();
        indexRouter.Get("/", (ctx, _) => { ctx.Body = "index"; return Done; });
        indexRouter.Get("/about", (ctx, _) => { ctx.Body = "about"; return Done; });
        var mainRouter = new Router();
        mainRouter.Use(ajaxRouter.Routes());
        mainRouter.Use(indexRouter.Routes());
        app.Use(mainRouter.Routes());
        checkAuthCalled = false;
        await app.Request().Get("/a/1").ExpectAsync(200);
        Assert.True(checkAuthCalled);
        checkAuthCalled = false;
        await app.Request().Get("/about").ExpectAsync(200);
        Assert.False(checkAuthCalled);
    }

    [Fact(DisplayName = "nested router middleware has access to parent path parameters")]
    public async Task Nested_parent_params()
    {
        var app = new Application();
        string? captured = null;
        var usersRouter = new Router();
        usersRouter.Use(async (ctx, next) => { captured = ctx.Params.GetValueOrDefault("userId"); await next(); });
        usersRouter.Get("/", (ctx, _) => { ctx.Body = Obj(("id", ctx.Params["userId"]), ("name", "John Doe")); return Done; });
        var mainRouter = new Router();
        mainRouter.Use("/users/:userId", usersRouter.Routes());
        app.Use(mainRouter.Routes());
        var res = await app.Request().Get("/users/123").ExpectAsync(200);
        Assert.Equal("123", captured);
        Assert.Equal("123", Str(res.Json, "id"));
    }

    [Fact(DisplayName = "uses a same router middleware at given paths continuously - ZijianHe/koa-router#gh-244 gh-18")]
    public async Task Same_router_twice()
    {
        var app = new Application();
        var @base = new Router(new RouterOptions { Prefix = "/api" });
        var nested = new Router(new RouterOptions { Prefix = "/qux" });
        nested.Get("/baz", (ctx, _) => { ctx.Body = Obj(("foo", ctx.St("foo")), ("bar", ctx.St("bar")), ("baz", "baz")); return Done; });
        @base
            .Use("/foo", (ctx, next) => { ctx.State["foo"] = "foo"; ctx.State["bar"] = "bar"; return next(); }, nested.Routes())
            .Use("/bar", (ctx, next) => { ctx.State["foo"] = "foo"; ctx.State["bar"] = "bar"; return next(); }, nested.Routes());
        app.Use(@base.Routes());
        foreach (var p in new[] { "/foo", "/bar" })
            await app.Request().Get($"/api{p}/qux/baz").ExpectAsync(200, "{\"foo\":\"foo\",\"bar\":\"bar\",\"baz\":\"baz\"}");
    }

    [Fact(DisplayName = "should throw error when called without any middleware functions")]
    public void Throws_without_middleware()
    {
        var e = Assert.Throws<ArgumentException>(() => new Router().Use("/path"));
        Assert.Contains("You must provide at least one middleware function", e.Message);
    }

    [Fact(DisplayName = "should throw error when called with only path array and no middleware")]
    public void Throws_path_array_without_middleware()
    {
        var e = Assert.Throws<ArgumentException>(() => new Router().Use(["/path1", "/path2"]));
        Assert.Contains("You must provide at least one middleware function", e.Message);
    }

    [Fact(DisplayName = "should not share middleware stack between original and nested router layers")]
    public void Independent_stack()
    {
        var router1 = new Router();
        router1.Get("/test", (ctx, _) => { ctx.Body = "original"; return Done; });
        var router2 = new Router();
        router2.Use(router1.Routes());
        router2.Stack[0].Stack.Add((ctx, _) => { ctx.Body = "modified"; return Done; });
        Assert.NotEqual(router1.Stack[0].Stack.Count, router2.Stack[0].Stack.Count);
    }

    [Fact(DisplayName = "should not share methods array between original and nested router layers")]
    public void Independent_methods()
    {
        var router1 = new Router();
        router1.Get("/test", (ctx, _) => { ctx.Body = "test"; return Done; });
        var router2 = new Router();
        router2.Use(router1.Routes());
        router2.Stack[0].Methods.Add("POST");
        Assert.DoesNotContain("POST", router1.Stack[0].Methods);
    }

    [Fact(DisplayName = "should not share opts between original and nested router layers")]
    public void Independent_opts()
    {
        var router1 = new Router();
        router1.Get("/test", (ctx, _) => { ctx.Body = "test"; return Done; });
        var router2 = new Router();
        router2.Use(router1.Routes());
        router2.Stack[0].Opts.Sensitive = true;
        Assert.False(router1.Stack[0].Opts.Sensitive);
    }

    [Fact(DisplayName = "should accept valid string arrays as multiple paths")]
    public async Task String_arrays()
    {
        var app = new Application();
        var router = new Router();
        var visited = new List<string>();
        router.Use(["/path1", "/path2"], (ctx, next) => { visited.Add(ctx.Path); return next(); });
        router.Get("/path1", (ctx, _) => { ctx.Body = "path1"; return Done; });
        router.Get("/path2", (ctx, _) => { ctx.Body = "path2"; return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/path1").ExpectAsync(200);
        await app.Request().Get("/path2").ExpectAsync(200);
        Assert.Equal(["/path1", "/path2"], visited);
    }

    [Fact(DisplayName = "Router#register() › registers new routes")]
    public void Register()
    {
        var app = new Application();
        var router = new Router();
        router.Register("/", ["GET", "POST"], [(_, _) => Done]);
        app.Use(router.Routes());
        Assert.Single(router.Stack);
        Assert.Equal("/", router.Stack[0].Path);
    }
}
