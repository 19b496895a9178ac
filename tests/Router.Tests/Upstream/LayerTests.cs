// Ported from @koa/router test/layer.test.ts (describe 'Layer').
using System.Text.RegularExpressions;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed class LayerTests
{
    private static Func<Context, Func<Task>, Task> Noop => (_, _) => Done;

    [Fact(DisplayName = "Layer › composes multiple callbacks/middleware")]
    public async Task Composes_multiple_middleware()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/:category/:title",
            (ctx, next) => { ctx.Status = 500; return next(); },
            (ctx, next) => { ctx.Status = 204; return next(); });
        await app.Request().Get("/programming/how-to-node").ExpectAsync(204);
    }

    [Fact(DisplayName = "Layer › Layer#match() › captures URL path parameters")]
    public async Task Captures_url_path_parameters()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/:category/:title", (ctx, _) =>
        {
            Assert.NotNull(ctx.Params);
            Assert.Equal("match", ctx.Params["category"]);
            Assert.Equal("this", ctx.Params["title"]);
            ctx.Status = 204;
            return Done;
        });
        await app.Request().Get("/match/this").ExpectAsync(204);
    }

    [Fact(DisplayName = "Layer › Layer#match() › return original path parameters when decodeURIComponent throw error")]
    public async Task Original_params_when_decode_throws()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/:category/:title", (ctx, _) =>
        {
            Assert.Equal("100%", ctx.Params["category"]);
            Assert.Equal("101%", ctx.Params["title"]);
            ctx.Status = 204;
            return Done;
        });
        await app.Request().Get("/100%/101%").ExpectAsync(204);
    }

    [Fact(DisplayName = "Layer › Layer#match() › preserves plus signs in URL path parameters")]
    public async Task Preserves_plus_signs()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("/users/:username", (ctx, _) =>
        {
            Assert.Equal("john+doe", ctx.Params["username"]);
            ctx.Status = 200;
            ctx.Body = Obj(("username", ctx.Params["username"]));
            return Done;
        });
        var res = await app.Request().Get("/users/john%2Bdoe").ExpectAsync(200);
        Assert.Equal("john+doe", Str(res.Json, "username"));
    }

    [Fact(DisplayName = "Layer › Layer#match() › populates ctx.captures with regexp captures")]
    public async Task Populates_captures()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get(new Regex(@"^\/api\/([^/]+)\/?", RegexOptions.IgnoreCase),
            (ctx, next) =>
            {
                Assert.Equal("1", ctx.Captures[0]);
                return next();
            },
            (ctx, _) =>
            {
                Assert.Equal("1", ctx.Captures[0]);
                ctx.Status = 204;
                return Done;
            });
        await app.Request().Get("/api/1").ExpectAsync(204);
    }

    [Fact(DisplayName = "Layer › Layer#match() › return original ctx.captures when decodeURIComponent throw error")]
    public async Task Original_captures_when_decode_throws()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get(new Regex(@"^\/api\/([^/]+)\/?", RegexOptions.IgnoreCase),
            (ctx, next) =>
            {
                Assert.Equal("101%", ctx.Captures[0]);
                return next();
            },
            (ctx, _) =>
            {
                Assert.Equal("101%", ctx.Captures[0]);
                ctx.Status = 204;
                return Done;
            });
        await app.Request().Get("/api/101%").ExpectAsync(204);
    }

    [Fact(DisplayName = "Layer › Layer#match() › populates ctx.captures with regexp captures include undefined")]
    public async Task Populates_captures_with_undefined()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get(new Regex(@"^\/api(\/.+)?", RegexOptions.IgnoreCase),
            (ctx, next) =>
            {
                Assert.Single(ctx.Captures);
                Assert.Null(ctx.Captures[0]);
                return next();
            },
            (ctx, _) =>
            {
                Assert.Null(ctx.Captures[0]);
                ctx.Status = 204;
                return Done;
            });
        await app.Request().Get("/api").ExpectAsync(204);
    }

    [Fact(DisplayName = "Layer › Layer#match() › should throw friendly error message when handle not exists")]
    public void Friendly_error_when_handler_missing()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        Func<Context, Func<Task>, Task>? notexistHandle = null;
        var e = Assert.Throws<ArgumentException>(() => router.Get("/foo", notexistHandle!));
        Assert.Equal("get `/foo`: `middleware` must be a function, not `undefined`", e.Message);
        e = Assert.Throws<ArgumentException>(() => router.Get("foo router", "/foo", notexistHandle!));
        Assert.Equal("get `foo router`: `middleware` must be a function, not `undefined`", e.Message);
        e = Assert.Throws<ArgumentException>(() => router.Post("/foo", Noop, notexistHandle!));
        Assert.Equal("post `/foo`: `middleware` must be a function, not `undefined`", e.Message);
    }

    private static Layer<Context> UserRoute() =>
        new("/users/:user", ["GET"], [(ctx, _) => { ctx.Body = ctx.St("user"); return Done; }]);

    [Fact(DisplayName = "Layer › Layer#param() › composes middleware for param fn")]
    public async Task Param_composes_middleware()
    {
        var app = new Application();
        var router = new Router();
        var route = UserRoute();
        route.Param("user", (id, ctx, next) =>
        {
            ctx.State["user"] = Obj(("name", "alex"));
            if (string.IsNullOrEmpty(id))
            {
                ctx.Status = 404;
                return Done;
            }
            return next();
        });
        router.Stack.Add(route);
        app.Use(router.Middleware());
        var res = await app.Request().Get("/users/3").ExpectAsync(200);
        Assert.Equal("alex", Str(res.Json, "name"));
    }

    [Fact(DisplayName = "Layer › Layer#param() › ignores params which are not matched")]
    public async Task Param_ignores_unmatched()
    {
        var app = new Application();
        var router = new Router();
        var route = UserRoute();
        route.Param("user", (id, ctx, next) =>
        {
            ctx.State["user"] = Obj(("name", "alex"));
            if (string.IsNullOrEmpty(id))
            {
                ctx.Status = 404;
                return Done;
            }
            return next();
        });
        route.Param("title", (id, ctx, next) =>
        {
            ctx.State["user"] = Obj(("name", "mark"));
            if (string.IsNullOrEmpty(id))
            {
                ctx.Status = 404;
                return Done;
            }
            return next();
        });
        router.Stack.Add(route);
        app.Use(router.Middleware());
        var res = await app.Request().Get("/users/3").ExpectAsync(200);
        Assert.Equal("alex", Str(res.Json, "name"));
    }

    private static Layer<Context> CategoryRoute() => new("/:category", ["GET"], [Noop]);

    [Fact(DisplayName = "Layer › Layer#params() › should return an empty object if params were not pass")]
    public void Params_empty_without_captures() => Assert.Empty(CategoryRoute().Params("", []));

    [Fact(DisplayName = "Layer › Layer#params() › should return empty object if params is empty string")]
    public void Params_empty_for_empty_capture() => Assert.Empty(CategoryRoute().Params("", [""]));

    [Fact(DisplayName = "Layer › Layer#params() › should return an object with escaped params")]
    public void Params_escaped() =>
        Assert.Equal(new Dictionary<string, string> { ["category"] = "how to node" }, CategoryRoute().Params("", ["how%20to%20node"]));

    [Fact(DisplayName = "Layer › Layer#params() › should preserve plus signs in path parameters (not convert to spaces)")]
    public void Params_preserve_plus()
    {
        var route = new Layer<Context>("/users/:username", ["GET"], [Noop]);
        Assert.Equal(new Dictionary<string, string> { ["username"] = "john+doe" }, route.Params("", ["john%2Bdoe"]));
    }

    [Fact(DisplayName = "Layer › Layer#params() › should return an object with the same params if an error occurs")]
    public void Params_kept_on_decode_error() =>
        Assert.Equal(new Dictionary<string, string> { ["category"] = "%E0%A4%A" }, CategoryRoute().Params("", ["%E0%A4%A"]));

    [Fact(DisplayName = "Layer › Layer#params() › should return an object with data if params were pass")]
    public void Params_with_data() =>
        Assert.Equal(new Dictionary<string, string> { ["category"] = "programming" }, CategoryRoute().Params("", ["programming"]));

    [Fact(DisplayName = "Layer › Layer#params() › should return empty object if params were not pass")]
    public void Params_empty_without_names()
    {
        // upstream empties route.paramNames; a pattern without keys has none
        var route = new Layer<Context>("/category", ["GET"], [Noop]);
        Assert.Empty(route.ParamNames);
        Assert.Empty(route.Params("", ["programming"]));
    }

    [Fact(DisplayName = "Layer › Layer#url() › generates route URL")]
    public void Url_generates()
    {
        var route = new Layer<Context>("/:category/:title", ["get"], [Noop], new LayerOptions { Name = "books" });
        var url = route.Url(new Dictionary<string, object?> { ["category"] = "programming", ["title"] = "how-to-node" });
        Assert.Equal("/programming/how-to-node", url);
        url = route.Url("programming", "how-to-node");
        Assert.Equal("/programming/how-to-node", url);
    }

    [Fact(DisplayName = "Layer › Layer#url() › escapes using encodeURIComponent()")]
    public void Url_escapes()
    {
        var route = new Layer<Context>("/:category/:title", ["get"], [Noop], new LayerOptions { Name = "books" });
        var url = route.Url(new Dictionary<string, object?> { ["category"] = "programming", ["title"] = "how to node & js/ts" });
        Assert.Equal("/programming/how%20to%20node%20%26%20js%2Fts", url);
    }

    [Fact(DisplayName = "Layer › Layer#url() › setPrefix method checks Layer for path")]
    public void SetPrefix_checks_path()
    {
        var route = new Layer<Context>("/category", ["get"], [Noop], new LayerOptions { Name = "books" });
        route.Path = "/hunter2";
        var prefix = route.SetPrefix("TEST");
        Assert.Equal("TEST/hunter2", prefix.Path);
    }

    [Fact(DisplayName = "Layer › Layer#url() › should throw TypeError when attempting to generate URL for RegExp path")]
    public void Url_throws_for_regex_path()
    {
        var route = new Layer<Context>(new Regex(@"\/users\/\d+"), ["GET"], [Noop], new LayerOptions { PathAsRegExp = true });
        var e = Assert.Throws<InvalidOperationException>(() => route.Url(new Dictionary<string, object?> { ["id"] = 123 }));
        Assert.Contains("Cannot generate URL for routes defined with RegExp paths", e.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Layer › Layer#url() › should generate URL correctly for string path with named parameters")]
    public void Url_named_parameters()
    {
        var route = new Layer<Context>("/users/:id", ["GET"], [Noop]);
        Assert.Equal("/users/123", route.Url(new Dictionary<string, object?> { ["id"] = 123 }));
    }

    [Fact(DisplayName = "Layer › Layer#prefix › setPrefix method passes check Layer for path")]
    public void SetPrefix_passes_check()
    {
        var route = new Layer<Context>("/category", ["get"], [Noop], new LayerOptions { Name = "books" });
        route.Path = "/hunter2";
        Assert.Equal("/TEST/hunter2", route.SetPrefix("/TEST").Path);
    }

    [Fact(DisplayName = "Layer › Layer#prefix › setPrefix method fails check Layer for path")]
    public void SetPrefix_fails_check()
    {
        // upstream's path is `false`; the C# counterpart of a falsy path is the empty one
        var route = new Layer<Context>("", ["get"], [Noop], new LayerOptions { Name = "books" });
        Assert.Equal("", route.SetPrefix("/TEST").Path);
    }

    [Fact(DisplayName = "Layer › Layer#_reconfigurePathMatching() › should use path-to-regexp when prefix has parameters and pathAsRegExp is true")]
    public async Task Reconfigure_with_prefix_parameters()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        var route = new Layer<Context>("/users/:id", ["GET"],
            [(ctx, _) => { ctx.Body = Obj(("userId", ctx.Params["id"])); return Done; }],
            new LayerOptions { PathAsRegExp = true });
        route.SetPrefix("/api/:version");
        router.Stack.Add(route);
        var res = await app.Request().Get("/api/v1/users/123").ExpectAsync(200);
        Assert.Equal("123", Str(res.Json, "userId"));
        Assert.False(route.Opts.PathAsRegExp);
    }

    [Fact(DisplayName = "Layer › Layer#_reconfigurePathMatching() › should handle RegExp path when pathAsRegExp is true and prefix has no parameters")]
    public void Reconfigure_regex_without_prefix_parameters()
    {
        var route = new Layer<Context>(@"/api/users/\d+", ["GET"], [Noop], new LayerOptions { PathAsRegExp = true });
        route.SetPrefix("/v1");
        Assert.True(route.Match("/v1/api/users/42"));
        Assert.False(route.Match("/v1/api/users/abc"));
    }

    [Fact(DisplayName = "Layer › Layer#captures() › should return empty array when regexp does not match")]
    public void Captures_empty_when_no_match()
    {
        // upstream swaps route.regexp for /^\/api\/users\/\d+$/; here the layer is built with that expression
        var route = new Layer<Context>(new Regex(@"^\/api\/users\/\d+$"), ["GET"], [Noop]);
        Assert.Empty(route.Captures("/api/users/abc"));
    }
}
