// Ported from @koa/router test/router.test.ts ('Router#allowedMethods()' and the top-level cases after it).
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed class AllowedMethodsTests
{
    private sealed class CustomError(string message, int statusCode, object body) : Exception(message)
    {
        public string Type { get; } = "custom";
        public int StatusCode { get; } = statusCode;
        public object Body { get; } = body;
    }

    private static Func<Context, Func<Task>, Task> Noop => (_, _) => Done;

    [Fact(DisplayName = "Router#allowedMethods() › responds to OPTIONS requests")]
    public async Task Options()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        router.Get("/users", Noop);
        router.Put("/users", Noop);
        var res = await app.Request().Options("/users").ExpectAsync(200);
        Assert.Equal("0", res.Header("content-length"));
        Assert.Equal("HEAD, GET, PUT", res.Header("allow"));
    }

    [Fact(DisplayName = "Router#allowedMethods() › should handle requests to non-existent routes without crashing")]
    public async Task Non_existent()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/exists", (ctx, _) => { ctx.Body = "exists"; return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        await app.Request().Get("/does-not-exist").ExpectAsync(404);
    }

    [Fact(DisplayName = "Router#allowedMethods() › should set Allow header with correct methods for 405 responses")]
    public async Task Allow_for_405()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/resource", (ctx, _) => { ctx.Body = "get"; return Done; });
        router.Post("/resource", (ctx, _) => { ctx.Body = "post"; return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Delete("/resource").ExpectAsync(405);
        Assert.Contains("GET", res.Header("allow"));
        Assert.Contains("POST", res.Header("allow"));
    }

    [Fact(DisplayName = "Router#allowedMethods() › should return uppercase method names in Allow header")]
    public async Task Uppercase()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/test", (ctx, _) => { ctx.Body = "get"; return Done; });
        router.Post("/test", (ctx, _) => { ctx.Body = "post"; return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Options("/test").ExpectAsync(200);
        Assert.Contains("GET", res.Header("allow"));
        Assert.Contains("POST", res.Header("allow"));
        Assert.Contains("HEAD", res.Header("allow"));
    }

    [Fact(DisplayName = "responds with 405 Method Not Allowed")]
    public async Task Responds_405()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users", Noop);
        router.Put("/users", Noop);
        router.Post("/events", Noop);
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        var res = await app.Request().Post("/users").ExpectAsync(405);
        Assert.Equal("HEAD, GET, PUT", res.Header("allow"));
    }

    [Fact(DisplayName = "responds with 405 Method Not Allowed using the \"throw\" option")]
    public async Task Responds_405_throw()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (HttpError err)
            {
                Assert.IsType<MethodNotAllowedError>(err);
                Assert.Equal(405, err.Status);
                ctx.Body = "MethodNotAllowedError";
                ctx.Status = err.Status;
            }
        });
        app.Use(router.AllowedMethods(new AllowedMethodsOptions { Throw = true }));
        router.Get("/users", Noop);
        router.Put("/users", Noop);
        router.Post("/events", Noop);
        var res = await app.Request().Post("/users").ExpectAsync(405);
        Assert.False(res.HasHeader("allow"));
    }

    [Fact(DisplayName = "responds with user-provided throwable using the \"throw\" and \"methodNotAllowed\" options")]
    public async Task Responds_405_custom()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (CustomError err)
            {
                Assert.Equal("Custom Not Allowed Error", err.Message);
                Assert.Equal(405, err.StatusCode);
                ctx.Body = err.Body;
                ctx.Status = err.StatusCode;
            }
        });
        app.Use(router.AllowedMethods(new AllowedMethodsOptions
        {
            Throw = true,
            MethodNotAllowed = () => new CustomError("Custom Not Allowed Error", 405, Obj(("error", "Custom Not Allowed Error"), ("statusCode", 405), ("otherStuff", true))),
        }));
        router.Get("/users", Noop);
        router.Put("/users", Noop);
        router.Post("/events", Noop);
        var res = await app.Request().Post("/users").ExpectAsync(405);
        Assert.False(res.HasHeader("allow"));
        Assert.Equal("{\"error\":\"Custom Not Allowed Error\",\"statusCode\":405,\"otherStuff\":true}", res.Text);
    }

    [Fact(DisplayName = "responds with 501 Not Implemented")]
    public async Task Responds_501()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        router.Get("/users", Noop);
        router.Put("/users", Noop);
        await app.Request().Method("SEARCH", "/users").ExpectAsync(501);
    }

    [Fact(DisplayName = "responds with 501 Not Implemented using the \"throw\" option")]
    public async Task Responds_501_throw()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (HttpError err)
            {
                Assert.IsType<NotImplementedError>(err);
                Assert.Equal(501, err.Status);
                ctx.Body = "NotImplementedError";
                ctx.Status = err.Status;
            }
        });
        app.Use(router.AllowedMethods(new AllowedMethodsOptions { Throw = true }));
        router.Get("/users", Noop);
        router.Put("/users", Noop);
        var res = await app.Request().Method("SEARCH", "/users").ExpectAsync(501);
        Assert.False(res.HasHeader("allow"));
    }

    [Fact(DisplayName = "responds with user-provided throwable using the \"throw\" and \"notImplemented\" options")]
    public async Task Responds_501_custom()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (CustomError err)
            {
                Assert.Equal("Custom Not Implemented Error", err.Message);
                Assert.Equal("custom", err.Type);
                Assert.Equal(501, err.StatusCode);
                ctx.Body = err.Body;
                ctx.Status = err.StatusCode;
            }
        });
        app.Use(router.AllowedMethods(new AllowedMethodsOptions
        {
            Throw = true,
            NotImplemented = () => new CustomError("Custom Not Implemented Error", 501, Obj(("error", "Custom Not Implemented Error"), ("statusCode", 501), ("otherStuff", true))),
        }));
        router.Get("/users", Noop);
        router.Put("/users", Noop);
        var res = await app.Request().Method("SEARCH", "/users").ExpectAsync(501);
        Assert.False(res.HasHeader("allow"));
        Assert.Equal("{\"error\":\"Custom Not Implemented Error\",\"statusCode\":501,\"otherStuff\":true}", res.Text);
    }

    [Fact(DisplayName = "does not send 405 if route matched but status is 404")]
    public async Task No_405_when_404()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        router.Get("/users", (ctx, _) => { ctx.Status = 404; return Done; });
        await app.Request().Get("/users").ExpectAsync(404);
    }

    [Fact(DisplayName = "sets the allowed methods to a single Allow header #273")]
    public async Task Single_allow_header()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        router.Get("/", Noop);
        var res = await app.Request().Options("/").ExpectAsync(200);
        Assert.Equal("HEAD, GET", res.Header("allow"));
        Assert.Single(res.Headers.First(h => string.Equals(h.Key, "Allow", StringComparison.OrdinalIgnoreCase)).Value);
    }

    [Fact(DisplayName = "allowedMethods check if flow (allowedArr.length)")]
    public async Task Allowed_flow()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());
        router.Get("");
        await app.Request().Get("/users").EndAsync();
    }

    [Fact(DisplayName = "supports custom routing detect path: ctx.routerPath")]
    public async Task Custom_router_path()
    {
        var app = new Application();
        var router = new Router();
        app.Use((ctx, next) =>
        {
            var appname = ctx.Request.Hostname.Split('.')[0];
            ctx.NewRouterPath = "/" + appname + ctx.Path;
            return next();
        });
        app.Use(router.Routes());
        router.Get("/helloworld/users", (ctx, _) => { ctx.Body = ctx.Method + " " + ctx.Url; return Done; });
        await app.Request().Get("/users").Set("Host", "helloworld.example.com").Expect(200).ExpectAsync("GET /users");
    }

    [Fact(DisplayName = "parameter added to request in ctx")]
    public async Task Parameter_on_request()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/echo/:saying", (ctx, _) =>
        {
            Assert.Equal("helloWorld", ctx.Params["saying"]);
            Assert.Equal("helloWorld", ctx.Request.Params["saying"]);
            ctx.Body = Obj(("echo", ctx.Params["saying"]));
            return Done;
        });
        app.Use(router.Routes());
        var res = await app.Request().Get("/echo/helloWorld").ExpectAsync(200);
        Assert.Equal("{\"echo\":\"helloWorld\"}", res.Text);
    }

    [Fact(DisplayName = "two routes with the same path")]
    public async Task Two_routes_same_path()
    {
        var app = new Application();
        var router1 = new Router();
        var router2 = new Router();
        router1.Get("/echo/:saying", (ctx, next) =>
        {
            Assert.Equal("helloWorld", ctx.Params["saying"]);
            Assert.Equal("helloWorld", ctx.Request.Params["saying"]);
            return next();
        });
        router2.Get("/echo/:saying", (ctx, _) =>
        {
            Assert.Equal("helloWorld", ctx.Params["saying"]);
            ctx.Body = Obj(("echo", ctx.Params["saying"]));
            return Done;
        });
        app.Use(router1.Routes());
        app.Use(router2.Routes());
        var res = await app.Request().Get("/echo/helloWorld").ExpectAsync(200);
        Assert.Equal("{\"echo\":\"helloWorld\"}", res.Text);
    }

    [Fact(DisplayName = "parameter added to request in ctx with sub router")]
    public async Task Parameter_sub_router()
    {
        var app = new Application();
        var router = new Router();
        var subrouter = new Router();
        router.Use((ctx, next) => { ctx.State["foo"] = "boo"; return next(); });
        subrouter.Get("/:saying", (ctx, _) =>
        {
            Assert.Equal("helloWorld", ctx.Params["saying"]);
            Assert.Equal("helloWorld", ctx.Request.Params["saying"]);
            ctx.Body = Obj(("echo", ctx.Params["saying"]));
            return Done;
        });
        router.Use("/echo", subrouter.Routes());
        app.Use(router.Routes());
        var res = await app.Request().Get("/echo/helloWorld").ExpectAsync(200);
        Assert.Equal("{\"echo\":\"helloWorld\"}", res.Text);
    }
}
