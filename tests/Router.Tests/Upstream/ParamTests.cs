// Ported from @koa/router test/router.test.ts ('Router#param()', 'Router#opts', 'use middleware with opts',
// 'router.routes()', 'If no HEAD method, default to GET').
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed class ParamTests
{
    [Fact(DisplayName = "Router#param() › runs parameter middleware")]
    public async Task Runs_param()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router
            .Param("user", (id, ctx, next) =>
            {
                ctx.State["user"] = Obj(("name", "alex"));
                if (string.IsNullOrEmpty(id))
                {
                    ctx.Status = 404;
                    return Done;
                }
                return next();
            })
            .Get("/users/:user", (ctx, _) => { ctx.Body = ctx.State["user"]; return Done; });
        var res = await app.Request().Get("/users/3").ExpectAsync(200);
        Assert.Equal("alex", Str(res.Json, "name"));
    }

    [Fact(DisplayName = "Router#param() › runs parameter middleware in order of URL appearance")]
    public async Task Url_order()
    {
        var app = new Application();
        var router = new Router();
        router
            .Param("user", (id, ctx, next) =>
            {
                var user = Obj(("name", "alex"));
                ctx.State["user"] = user;
                if (ctx.St("ranFirst") is true)
                    user["ordered"] = "parameters";
                if (string.IsNullOrEmpty(id))
                {
                    ctx.Status = 404;
                    return Done;
                }
                return next();
            })
            .Param("first", (id, ctx, next) =>
            {
                ctx.State["ranFirst"] = true;
                if (ctx.St("user") is not null)
                    ctx.State["ranFirst"] = false;
                if (string.IsNullOrEmpty(id))
                {
                    ctx.Status = 404;
                    return Done;
                }
                return next();
            })
            .Get("/:first/users/:user", (ctx, _) => { ctx.Body = ctx.State["user"]; return Done; });
        await app.Use(router.Routes()).Request().Get("/first/users/3").ExpectAsync(200, "{\"name\":\"alex\",\"ordered\":\"parameters\"}");
    }

    [Fact(DisplayName = "Router#param() › runs parameter middleware in order of URL appearance even when added in random order")]
    public async Task Url_order_random()
    {
        var app = new Application();
        var router = new Router();
        router
            .Param("a", (id, ctx, next) => { ctx.State["loaded"] = new List<string> { id }; return next(); })
            .Param("d", (id, ctx, next) => { ((List<string>)ctx.State["loaded"]!).Add(id); return next(); })
            .Param("c", (id, ctx, next) => { ((List<string>)ctx.State["loaded"]!).Add(id); return next(); })
            .Param("b", (id, ctx, next) => { ((List<string>)ctx.State["loaded"]!).Add(id); return next(); })
            .Get("/:a/:b/:c/:d", (ctx, _) => { ctx.Body = ctx.State["loaded"]; return Done; });
        await app.Use(router.Routes()).Request().Get("/1/2/3/4").ExpectAsync(200, "[\"1\",\"2\",\"3\",\"4\"]");
    }

    [Fact(DisplayName = "Router#param() › runs parent parameter middleware for subrouter")]
    public async Task Parent_param_for_subrouter()
    {
        var app = new Application();
        var router = new Router();
        var subrouter = new Router();
        subrouter.Get("/:cid", (ctx, _) => { ctx.Body = Obj(("id", ctx.Params["id"]), ("cid", ctx.Params["cid"])); return Done; });
        router
            .Param("id", (id, ctx, next) =>
            {
                ctx.Params["id"] = "ran";
                if (string.IsNullOrEmpty(id))
                {
                    ctx.Status = 404;
                    return Done;
                }
                return next();
            })
            .Use("/:id/children", subrouter.Routes());
        await app.Use(router.Routes()).Request().Get("/did-not-run/children/2").ExpectAsync(200, "{\"id\":\"ran\",\"cid\":\"2\"}");
    }

    [Fact(DisplayName = "Router#param() › supports multiple param handlers for the same parameter")]
    public async Task Multiple_handlers()
    {
        var app = new Application();
        var router = new Router();
        var calls = new List<string>();
        router
            .Param("id", (id, ctx, next) => { calls.Add("param1"); ctx.State["param1"] = true; return next(); })
            .Param("id", (id, ctx, next) => { calls.Add("param2"); ctx.State["param2"] = true; return next(); })
            .Param("id", (id, ctx, next) => { calls.Add("param3"); ctx.State["param3"] = true; return next(); })
            .Get("/:id", (ctx, _) =>
            {
                calls.Add("get");
                ctx.Body = Obj(("param1", ctx.St("param1")), ("param2", ctx.St("param2")), ("param3", ctx.St("param3")));
                return Done;
            });
        app.Use(router.Routes());
        await app.Request().Get("/test").ExpectAsync(200, "{\"param1\":true,\"param2\":true,\"param3\":true}");
        Assert.Equal(["param1", "param2", "param3", "get"], calls);
    }

    [Fact(DisplayName = "Router#param() › does not call param handlers multiple times with multiple matching routes")]
    public async Task Once_with_multiple_routes()
    {
        var app = new Application();
        var router = new Router();
        var calls = new List<string>();
        router
            .Param("id", (id, ctx, next) => { calls.Add("param1"); return next(); })
            .Get("/:id", (ctx, next) => { calls.Add("get1"); return next(); })
            .Param("id", (id, ctx, next) => { calls.Add("param2"); return next(); })
            .Get("/:id", (ctx, _) => { calls.Add("get2"); ctx.Body = Obj(("calls", calls.ToArray())); return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/test").ExpectAsync(200);
        Assert.Equal(["param1", "param2", "get1", "get2"], calls);
    }

    [Fact(DisplayName = "Router#param() › does not call param handler multiple times with use middleware")]
    public async Task Once_with_use()
    {
        var app = new Application();
        var router = new Router();
        var calls = new List<string>();
        router
            .Use("/:id", (ctx, next) => { calls.Add("use1"); return next(); })
            .Param("id", (id, ctx, next) => { calls.Add("param1"); return next(); })
            .Get("/:id", (ctx, _) => { calls.Add("get1"); ctx.Body = Obj(("calls", calls.ToArray())); return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/test").ExpectAsync(200);
        Assert.Single(calls, c => c == "param1");
        Assert.Single(calls, c => c == "use1");
        Assert.Single(calls, c => c == "get1");
        Assert.Equal(3, calls.Count);
    }

    [Fact(DisplayName = "Router#param() › calls param handlers for routes added after param() is called")]
    public async Task Routes_added_after()
    {
        var app = new Application();
        var router = new Router();
        var calls = new List<string>();
        router
            .Param("id", (id, ctx, next) => { calls.Add("param1"); ctx.State["id"] = id; return next(); })
            .Get("/:id/first", (ctx, _) => { calls.Add("get1"); ctx.Body = Obj(("route", "first"), ("id", ctx.St("id"))); return Done; });
        router.Get("/:id/second", (ctx, _) => { calls.Add("get2"); ctx.Body = Obj(("route", "second"), ("id", ctx.St("id"))); return Done; });
        app.Use(router.Routes());
        var res1 = await app.Request().Get("/123/first").ExpectAsync(200);
        Assert.Equal(["param1", "get1"], calls);
        Assert.Equal("123", Str(res1.Json, "id"));
        calls.Clear();
        var res2 = await app.Request().Get("/456/second").ExpectAsync(200);
        Assert.Equal(["param1", "get2"], calls);
        Assert.Equal("456", Str(res2.Json, "id"));
    }

    [Fact(DisplayName = "Router#param() › should convert single middleware to array when adding second param handler")]
    public async Task Single_to_array()
    {
        var app = new Application();
        var router = new Router();
        var calls = new List<string>();
        router.Params["id"] = [(id, ctx, next) => { calls.Add("param1"); ctx.State["param1"] = true; return next(); }];
        router.Param("id", (id, ctx, next) => { calls.Add("param2"); ctx.State["param2"] = true; return next(); });
        router.Get("/:id", (ctx, _) =>
        {
            calls.Add("get");
            ctx.Body = Obj(("param1", ctx.St("param1")), ("param2", ctx.St("param2")));
            return Done;
        });
        app.Use(router.Routes());
        await app.Request().Get("/test").ExpectAsync(200, "{\"param1\":true,\"param2\":true}");
        Assert.Equal(["param1", "param2", "get"], calls);
    }

    [Fact(DisplayName = "Router#param() › should insert param middleware when all existing middleware have .param property")]
    public async Task Insert_after_params()
    {
        var app = new Application();
        var router = new Router();
        var order = new List<string>();
        router.Param("id", (id, ctx, next) => { order.Add($"param-id:{id}"); return next(); });
        router.Param("subId", (id, ctx, next) => { order.Add($"param-subId:{id}"); return next(); });
        router.Get("/:id/:subId", (ctx, _) => { order.Add("handler"); ctx.Body = "ok"; return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/123/456").ExpectAsync(200);
        Assert.Equal(["param-id:123", "param-subId:456", "handler"], order);
    }

    [Fact(DisplayName = "Router#param() › should call param middleware in URL parameter order regardless of registration order")]
    public async Task Url_parameter_order()
    {
        var app = new Application();
        var router = new Router();
        var order = new List<string>();
        router.Param("c", (v, ctx, next) => { order.Add($"c:{v}"); return next(); });
        router.Param("a", (v, ctx, next) => { order.Add($"a:{v}"); return next(); });
        router.Param("b", (v, ctx, next) => { order.Add($"b:{v}"); return next(); });
        router.Get("/:a/:b/:c", (ctx, _) => { order.Add("handler"); ctx.Body = "ok"; return Done; });
        app.Use(router.Routes());
        await app.Request().Get("/1/2/3").ExpectAsync(200);
        Assert.Equal(["a:1", "b:2", "c:3", "handler"], order);
    }

    [Fact(DisplayName = "Router#opts › responds with 200")]
    public async Task Opts_200()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = true });
        router.Get("/info", (ctx, _) => { ctx.Body = "hello"; return Done; });
        await app.Use(router.Routes()).Request().Get("/info").ExpectAsync(200, "hello");
    }

    [Fact(DisplayName = "Router#opts › should allow setting a prefix")]
    public async Task Opts_prefix()
    {
        var app = new Application();
        var routes = new Router(new RouterOptions { Prefix = "/things/:thing_id" });
        routes.Get("/list", (ctx, _) => { ctx.Body = ctx.Params; return Done; });
        app.Use(routes.Routes());
        var res = await app.Request().Get("/things/1/list").ExpectAsync(200);
        Assert.Equal("1", Str(res.Json, "thing_id"));
    }

    [Fact(DisplayName = "Router#opts › responds with 404 when has a trailing slash")]
    public async Task Opts_404_trailing()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = true });
        router.Get("/info", (ctx, _) => { ctx.Body = "hello"; return Done; });
        await app.Use(router.Routes()).Request().Get("/info/").ExpectAsync(404);
    }

    [Fact(DisplayName = "use middleware with opts › responds with 200")]
    public async Task Use_opts_200()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = true });
        router.Get("/info", (ctx, _) => { ctx.Body = "hello"; return Done; });
        await app.Use(router.Routes()).Request().Get("/info").ExpectAsync(200, "hello");
    }

    [Fact(DisplayName = "use middleware with opts › responds with 404 when has a trailing slash")]
    public async Task Use_opts_404()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Strict = true });
        router.Get("/info", (ctx, _) => { ctx.Body = "hello"; return Done; });
        await app.Use(router.Routes()).Request().Get("/info/").ExpectAsync(404);
    }

    [Fact(DisplayName = "router.routes() › should return composed middleware")]
    public async Task Composed()
    {
        var app = new Application();
        var router = new Router();
        var count = 0;
        router.Use((ctx, next) => { count++; return next(); }, (ctx, next) => { count++; return next(); });
        router.Get("/users/:id", (ctx, _) => { Assert.False(string.IsNullOrEmpty(ctx.Params["id"])); ctx.Body = Obj(("hello", "world")); return Done; });
        var res = await app.Use(router.Routes()).Request().Get("/users/1").ExpectAsync(200);
        Assert.Equal("world", Str(res.Json, "hello"));
        Assert.Equal(2, count);
    }

    [Fact(DisplayName = "router.routes() › places a `_matchedRoute` value on context")]
    public async Task Matched_route()
    {
        var app = new Application();
        var router = new Router();
        router.Use(async (ctx, next) => { await next(); Assert.Equal("/users/:id", ctx.MatchedRoute); });
        router.Get("/users/:id", (ctx, _) =>
        {
            Assert.Equal("/users/:id", ctx.MatchedRoute);
            Assert.False(string.IsNullOrEmpty(ctx.Params["id"]));
            ctx.Body = Obj(("hello", "world"));
            return Done;
        });
        await app.Use(router.Routes()).Request().Get("/users/1").ExpectAsync(200);
    }

    [Fact(DisplayName = "router.routes() › places a `_matchedRouteName` value on the context for a named route")]
    public async Task Matched_route_name()
    {
        var app = new Application();
        var router = new Router();
        router.Get("users#show", "/users/:id", (ctx, _) => { Assert.Equal("users#show", ctx.MatchedRouteName); ctx.Status = 200; return Done; });
        await app.Use(router.Routes()).Request().Get("/users/1").ExpectAsync(200);
    }

    [Fact(DisplayName = "router.routes() › does not place a `_matchedRouteName` value on the context for unnamed routes")]
    public async Task No_matched_route_name()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users/:id", (ctx, _) => { Assert.Null(ctx.MatchedRouteName); ctx.Status = 200; return Done; });
        await app.Use(router.Routes()).Request().Get("/users/1").ExpectAsync(200);
    }

    [Fact(DisplayName = "router.routes() › sets correct `_matchedRouteName` with nested routers and middleware (gh-105)")]
    public async Task Matched_route_name_nested()
    {
        var app = new Application();
        var router = new Router();
        var nested = new Router();
        router.Get("main#info", "/info", (ctx, _) => { Assert.Equal("main#info", ctx.MatchedRouteName); ctx.Body = Obj(("route", "main")); return Done; });
        nested.Get("nested#updates", "/updates", (ctx, _) => { Assert.Equal("nested#updates", ctx.MatchedRouteName); ctx.Body = Obj(("route", "nested")); return Done; });
        router.Use("/v1/api", nested.Routes());
        app.Use(router.Routes());
        await app.Request().Get("/v1/api/updates").ExpectAsync(200);
    }

    [Fact(DisplayName = "router.routes() › places a `routerPath` value on the context for current route")]
    public async Task Router_path()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users/:id", (ctx, _) => { Assert.Equal("/users/:id", ctx.RouterPath); ctx.Status = 200; return Done; });
        await app.Use(router.Routes()).Request().Get("/users/1").ExpectAsync(200);
    }

    [Fact(DisplayName = "router.routes() › places a `_matchedRoute` value on the context for current route")]
    public async Task Matched_route_current()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users/list", (ctx, _) => { Assert.NotNull(ctx.MatchedRoute); ctx.Status = 200; return Done; });
        router.Get("/users/:id", (ctx, _) => { Assert.Equal("/users/:id", ctx.MatchedRoute); ctx.Status = 200; return Done; });
        await app.Use(router.Routes()).Request().Get("/users/list").ExpectAsync(200);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should default to GET")]
    public async Task Head_default()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users/:id", (ctx, _) => { Assert.False(string.IsNullOrEmpty(ctx.Params["id"])); ctx.Body = "hello"; return Done; });
        var res = await app.Use(router.Routes()).Request().Head("/users/1").ExpectAsync(200);
        Assert.Empty(res.Body);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should work with middleware")]
    public async Task Head_middleware()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users/:id", (ctx, _) => { Assert.False(string.IsNullOrEmpty(ctx.Params["id"])); ctx.Body = "hello"; return Done; });
        var res = await app.Use(router.Routes()).Request().Head("/users/1").ExpectAsync(200);
        Assert.Empty(res.Body);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should return empty body for HEAD requests on GET routes")]
    public async Task Head_empty_body()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/api/data", (ctx, _) => { ctx.Body = Obj(("message", "This is a large response"), ("data", new[] { 1, 2, 3, 4, 5 })); return Done; });
        app.Use(router.Routes());
        var get = await app.Request().Get("/api/data").ExpectAsync(200);
        Assert.Equal("This is a large response", Str(get.Json, "message"));
        var head = await app.Request().Head("/api/data").ExpectAsync(200);
        Assert.Empty(head.Body);
        Assert.Equal("application/json; charset=utf-8", head.Header("content-type"));
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should preserve headers for HEAD requests")]
    public async Task Head_headers()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/api/resource", (ctx, _) =>
        {
            ctx.Set("X-Custom-Header", "custom-value");
            ctx.Set("X-Resource-Count", "42");
            ctx.Body = "Response body";
            return Done;
        });
        app.Use(router.Routes());
        var res = await app.Request().Head("/api/resource").ExpectAsync(200);
        Assert.Equal("custom-value", res.Header("x-custom-header"));
        Assert.Equal("42", res.Header("x-resource-count"));
        Assert.Empty(res.Body);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should work with allowedMethods middleware")]
    public async Task Head_allowed_methods()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/resource", (ctx, _) => { ctx.Body = "success"; return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        await app.Request().Head("/resource").ExpectAsync(200);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should not automatically support HEAD for POST routes")]
    public async Task Head_not_post()
    {
        var app = new Application();
        var router = new Router();
        router.Post("/users", (ctx, _) => { ctx.Body = Obj(("created", true)); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        await app.Request().Head("/users").ExpectAsync(405);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should not automatically support HEAD for PUT routes")]
    public async Task Head_not_put()
    {
        var app = new Application();
        var router = new Router();
        router.Put("/users/:id", (ctx, _) => { ctx.Body = Obj(("updated", true)); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        await app.Request().Head("/users/123").ExpectAsync(405);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should support explicit HEAD routes")]
    public async Task Head_explicit()
    {
        var app = new Application();
        var router = new Router();
        var headCalled = false;
        router.Head("/check", (ctx, _) => { headCalled = true; ctx.Status = 200; return Done; });
        router.Get("/check", (ctx, _) => { ctx.Body = Obj(("message", "GET handler")); return Done; });
        app.Use(router.Routes());
        await app.Request().Head("/check").ExpectAsync(200);
        Assert.True(headCalled);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should handle HEAD requests with route parameters")]
    public async Task Head_params()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users/:id/posts/:postId", (ctx, _) => { ctx.Body = Obj(("userId", ctx.Params["id"]), ("postId", ctx.Params["postId"])); return Done; });
        app.Use(router.Routes());
        await app.Request().Head("/users/123/posts/456").ExpectAsync(200);
    }

    [Fact(DisplayName = "If no HEAD method, default to GET › should handle HEAD requests with query parameters")]
    public async Task Head_query()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/search", (ctx, _) => { ctx.Body = Obj(("query", ctx.Query["q"].ToString()), ("results", Array.Empty<object>())); return Done; });
        app.Use(router.Routes());
        await app.Request().Head("/search?q=test").ExpectAsync(200);
    }
}
