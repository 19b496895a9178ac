// Ported from @koa/router test/router.test.ts ('Static Router#url()', 'Support host', 'Less Common HTTP Methods',
// 'RouterOptions: methods').
using System.Text.RegularExpressions;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed partial class OptionsTests
{
    [Fact(DisplayName = "Static Router#url() › generates route URL")]
    public void Static_url() =>
        Assert.Equal("/programming/how-to-node", Router.UrlFromPath("/:category/:title", Obj(("category", "programming"), ("title", "how-to-node"))));

    [Fact(DisplayName = "Static Router#url() › escapes using encodeURIComponent()")]
    public void Static_url_escapes() =>
        Assert.Equal("/programming/how%20to%20node", Router.UrlFromPath("/:category/:title", Obj(("category", "programming"), ("title", "how to node")), new UrlOptions { Encode = PathToRegexp.EncodeUriComponent }));

    [Fact(DisplayName = "Static Router#url() › generates route URL with params and query params")]
    public void Static_url_query()
    {
        var query = Obj(("page", 3), ("limit", 10));
        Assert.Equal("/books/programming/4?page=3&limit=10", Router.UrlFromPath("/books/:category/:id", "programming", 4, new UrlOptions { Query = query }));
        Assert.Equal("/books/programming/4?page=3&limit=10", Router.UrlFromPath("/books/:category/:id", Obj(("category", "programming"), ("id", 4)), new UrlOptions { Query = query }));
        Assert.Equal("/books/programming/4?page=3&limit=10", Router.UrlFromPath("/books/:category/:id", Obj(("category", "programming"), ("id", 4)), new UrlOptions { Query = "page=3&limit=10" }));
    }

    [Fact(DisplayName = "Static Router#url() › generates router URL without params and with with query params")]
    public void Static_url_query_only() =>
        Assert.Equal("/category?page=3&limit=10", Router.UrlFromPath("/category", Obj(("query", Obj(("page", 3), ("limit", 10))))));

    [Fact(DisplayName = "Support host › should support host match")]
    public async Task Host_match()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Host = "test.domain" });
        router.Get("/", (ctx, _) => { ctx.Body = Obj(("url", "/")); return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/").Set("Host", "test.domain").ExpectAsync(200);
        await app.Request().Get("/").Set("Host", "a.domain").ExpectAsync(404);
    }

    [Fact(DisplayName = "Support host › should support host match regexp")]
    public async Task Host_regexp()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { HostPattern = new Regex(@"^(.*\.)?test\.domain") });
        router.Get("/", (ctx, _) => { ctx.Body = Obj(("url", "/")); return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/").Set("Host", "test.domain").ExpectAsync(200);
        await app.Request().Get("/").Set("Host", "www.test.domain").ExpectAsync(200);
        await app.Request().Get("/").Set("Host", "any.sub.test.domain").ExpectAsync(200);
        await app.Request().Get("/").Set("Host", "sub.anytest.domain").ExpectAsync(404);
    }

    [Fact(DisplayName = "Support host › should support host match with array of strings")]
    public async Task Host_array()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Hosts = ["some-domain.com", "www.some-domain.com", "some.other-domain.com"] });
        router.Get("/", (ctx, _) => { ctx.Body = Obj(("host", ctx.Host)); return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/").Set("Host", "some-domain.com").ExpectAsync(200);
        await app.Request().Get("/").Set("Host", "www.some-domain.com").ExpectAsync(200);
        await app.Request().Get("/").Set("Host", "some.other-domain.com").ExpectAsync(200);
        await app.Request().Get("/").Set("Host", "other-domain.com").ExpectAsync(404);
    }

    [Fact(DisplayName = "Support host › should return false for invalid host type (neither string, array, nor RegExp)")]
    public void Host_invalid_type()
    {
        // C# options are typed; the nearest case is a predicate that accepts nothing.
        var router = new Router(new RouterOptions { HostMatch = _ => false });
        Assert.False(router.MatchHost("test.domain"));
    }

    [Fact(DisplayName = "Support host › should return false when input is empty or falsy")]
    public void Host_empty_input()
    {
        var router = new Router(new RouterOptions { Host = "test.domain" });
        Assert.False(router.MatchHost(""));
        Assert.False(router.MatchHost(null));
    }

    [Fact(DisplayName = "Support host › should handle empty array for host")]
    public void Host_empty_array() => Assert.False(new Router(new RouterOptions { Hosts = [] }).MatchHost("test.domain"));

    [Fact(DisplayName = "Support host › should handle array host matching with matchHost method")]
    public void Host_array_match()
    {
        var router = new Router(new RouterOptions { Hosts = ["example.com", "www.example.com", "api.example.com"] });
        Assert.True(router.MatchHost("example.com"));
        Assert.True(router.MatchHost("www.example.com"));
        Assert.True(router.MatchHost("api.example.com"));
        Assert.False(router.MatchHost("other.com"));
        Assert.False(router.MatchHost(""));
    }

    [Fact(DisplayName = "Less Common HTTP Methods › should support PATCH method")]
    public async Task Patch()
    {
        var app = new Application();
        var router = new Router();
        router.Patch("/users/:id", (ctx, _) => { ctx.Body = Obj(("id", ctx.Params["id"]), ("message", "User partially updated"), ("method", "PATCH")); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Patch("/users/123").ExpectAsync(200);
        Assert.Equal("123", Str(res.Json, "id"));
        Assert.Equal("PATCH", Str(res.Json, "method"));
        Assert.Equal("User partially updated", Str(res.Json, "message"));
    }

    [Fact(DisplayName = "Less Common HTTP Methods › should support PURGE method")]
    public async Task Purge()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Methods = ["GET", "PURGE"] });
        var cleared = false;
        router.Method("purge", "/cache/:key", (ctx, _) => { cleared = true; ctx.Body = Obj(("key", ctx.Params["key"]), ("message", "Cache cleared"), ("method", "PURGE")); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Method("PURGE", "/cache/mykey").ExpectAsync(200);
        Assert.True(cleared);
        Assert.Equal("mykey", Str(res.Json, "key"));
        Assert.Equal("PURGE", Str(res.Json, "method"));
    }

    [Fact(DisplayName = "Less Common HTTP Methods › should support COPY method")]
    public async Task Copy()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Methods = ["GET", "COPY"] });
        router.Method("copy", "/files/:source", (ctx, _) => { ctx.Body = Obj(("source", ctx.Params["source"]), ("message", "File copied"), ("method", "COPY")); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Method("COPY", "/files/document.pdf").ExpectAsync(200);
        Assert.Equal("document.pdf", Str(res.Json, "source"));
        Assert.Equal("COPY", Str(res.Json, "method"));
    }

    [Fact(DisplayName = "Less Common HTTP Methods › should support CONNECT method")]
    public void Connect()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Methods = ["GET", "CONNECT"] });
        router.Method("connect", "/proxy/:host", (ctx, _) => { ctx.Body = Obj(("host", ctx.Params["host"])); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        Assert.Equal(["CONNECT"], router.Stack[0].Methods);
    }

    [Fact(DisplayName = "Less Common HTTP Methods › should support TRACE method")]
    public async Task Trace()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Methods = ["GET", "TRACE"] });
        router.Method("trace", "/debug/:path", (ctx, _) => { ctx.Body = Obj(("path", ctx.Params["path"]), ("message", "Trace completed"), ("method", "TRACE")); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Method("TRACE", "/debug/test").ExpectAsync(200);
        Assert.Equal("test", Str(res.Json, "path"));
        Assert.Equal("TRACE", Str(res.Json, "method"));
    }

    [Fact(DisplayName = "RouterOptions: methods › should limit router to specified methods only")]
    public async Task Methods_limit()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Methods = ["GET", "POST", "PATCH"] });
        router.Get("/users", (ctx, _) => { ctx.Body = Obj(("method", "GET")); return Done; });
        router.Post("/users", (ctx, _) => { ctx.Body = Obj(("method", "POST")); return Done; });
        router.Patch("/users/:id", (ctx, _) => { ctx.Body = Obj(("method", "PATCH"), ("id", ctx.Params["id"])); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        Assert.Equal("GET", Str((await app.Request().Get("/users").ExpectAsync(200)).Json, "method"));
        Assert.Equal("POST", Str((await app.Request().Post("/users").ExpectAsync(200)).Json, "method"));
        Assert.Equal("PATCH", Str((await app.Request().Patch("/users/123").ExpectAsync(200)).Json, "method"));
        await app.Request().Put("/users/123").ExpectAsync(501);
        await app.Request().Delete("/users/123").ExpectAsync(501);
    }

    [Fact(DisplayName = "RouterOptions: methods › should allow PURGE when included in methods array")]
    public async Task Methods_purge()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Methods = ["GET", "POST", "PURGE"] });
        router.Method("purge", "/cache/:key", (ctx, _) => { ctx.Body = Obj(("key", ctx.Params["key"]), ("cleared", true)); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Method("PURGE", "/cache/test").ExpectAsync(200);
        Assert.Equal("test", Str(res.Json, "key"));
        Assert.True(res.Json.GetProperty("cleared").GetBoolean());
    }

    [Fact(DisplayName = "RouterOptions: methods › should return 501 when method not in methods array")]
    public async Task Methods_501()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Methods = ["GET", "POST", "PUT", "DELETE"] });
        router.Get("/cache/:key", (ctx, _) => { ctx.Body = Obj(("key", ctx.Params["key"]), ("method", "GET")); return Done; });
        router.Register("/cache/:key", ["PURGE"], [(ctx, _) => { ctx.Body = Obj(("key", ctx.Params["key"]), ("method", "PURGE")); return Done; }]);
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        Assert.Equal("GET", Str((await app.Request().Get("/cache/test").ExpectAsync(200)).Json, "method"));
        await app.Request().Method("PURGE", "/nonexistent").ExpectAsync(501);
    }
}
