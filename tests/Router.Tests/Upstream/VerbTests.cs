// Ported from @koa/router test/router.test.ts ('Router#[verb]()').
using System.Text.RegularExpressions;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed class VerbTests
{
    private static Func<Context, Func<Task>, Task> Noop => (_, _) => Done;

    [Fact(DisplayName = "Router#[verb]() › registers route specific to HTTP verb")]
    public void Registers_verb()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        foreach (var method in HttpMethods.All)
            Assert.Same(router, router.Method(method, "/", Noop));
        Assert.Equal(HttpMethods.All.Length, router.Stack.Count);
    }

    [Fact(DisplayName = "Router#[verb]() › registers route with a regexp path")]
    public void Registers_regexp()
    {
        var router = new Router();
        Assert.Same(router, router.Get(new Regex(@"^\/\w$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Post(new Regex(@"^\/\w$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Put(new Regex(@"^\/\w$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Patch(new Regex(@"^\/\w$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Delete(new Regex(@"^\/\w$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Head(new Regex(@"^\/\w$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Options(new Regex(@"^\/\w$", RegexOptions.IgnoreCase), Noop));
    }

    [Fact(DisplayName = "Router#[verb]() › registers route with a given name")]
    public void Registers_named()
    {
        var router = new Router();
        Assert.Same(router, router.Get("get", "/", Noop));
        Assert.Same(router, router.Post("post", "/", Noop));
        Assert.Same(router, router.Put("put", "/", Noop));
        Assert.Same(router, router.Patch("patch", "/", Noop));
        Assert.Same(router, router.Delete("delete", "/", Noop));
        Assert.Same(router, router.Head("head", "/", Noop));
        Assert.Same(router, router.Options("options", "/", Noop));
        Assert.Equal("/", router.Route("patch")!.Path);
    }

    [Fact(DisplayName = "Router#[verb]() › registers route with with a given name and regexp path")]
    public void Registers_named_regexp()
    {
        var router = new Router();
        Assert.Same(router, router.Get("get", new Regex("^/$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Post("post", new Regex("^/$", RegexOptions.IgnoreCase), Noop));
        Assert.Same(router, router.Delete("delete", new Regex("^/$", RegexOptions.IgnoreCase), Noop));
        Assert.NotNull(router.Route("post"));
    }

    [Fact(DisplayName = "Router#[verb]() › enables route chaining")]
    public void Chaining()
    {
        var router = new Router();
        foreach (var method in HttpMethods.All)
            Assert.Same(router, router.Method(method, "/", Noop));
    }

    [Fact(DisplayName = "Router#[verb]() › registers array of paths (gh-203)")]
    public void Array_of_paths()
    {
        var router = new Router();
        router.Get(["/one", "/two"], (ctx, next) => next());
        Assert.Equal(2, router.Stack.Count);
        Assert.Equal("/one", router.Stack[0].Path);
        Assert.Equal("/two", router.Stack[1].Path);
    }

    [Fact(DisplayName = "Router#[verb]() › resolves non-parameterized routes without attached parameters")]
    public async Task Non_parameterized()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/notparameter", (ctx, _) => { ctx.Body = Obj(("param", ctx.Params.GetValueOrDefault("parameter"))); return Done; });
        router.Get("/:parameter", (ctx, _) => { ctx.Body = Obj(("param", ctx.Params.GetValueOrDefault("parameter"))); return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/notparameter").ExpectAsync(200);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, res.Json.GetProperty("param").ValueKind); // JSON drops undefined; null here
    }

    [Fact(DisplayName = "Router#[verb]() › correctly returns an error when not passed a path for verb-specific registration (gh-147)")]
    public void Verb_without_path()
    {
        var router = new Router();
        var e = Assert.Throws<ArgumentException>(() => router.Get(Array.Empty<string>(), Noop));
        Assert.Equal("You have to provide a path when adding a get handler", e.Message);
    }

    [Fact(DisplayName = "Router#[verb]() › correctly returns an error when not passed a path for \"all\" registration (gh-147)")]
    public void All_without_path()
    {
        var router = new Router();
        var e = Assert.Throws<ArgumentException>(() => router.All(Array.Empty<string>(), Noop));
        Assert.Equal("You have to provide a path when adding an all handler", e.Message);
    }

    private static readonly Regex Uuid = new("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    [Fact(DisplayName = "Router#[verb]() › validates parameters in route handlers (v14 approach for custom regex)")]
    public async Task Validates_in_handler()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/user/:id", (ctx, _) =>
        {
            if (!Uuid.IsMatch(ctx.Params["id"]))
            {
                ctx.Status = 400;
                ctx.Body = Obj(("error", "Invalid UUID format"));
                return Done;
            }
            ctx.Body = Obj(("id", ctx.Params["id"]), ("valid", true));
            return Done;
        });
        app.Use(router.Routes());
        var res1 = await app.Request().Get("/user/123e4567-e89b-12d3-a456-426614174000").ExpectAsync(200);
        Assert.True(res1.Json.GetProperty("valid").GetBoolean());
        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", Str(res1.Json, "id"));
        var res2 = await app.Request().Get("/user/invalid-uuid").ExpectAsync(400);
        Assert.Equal("Invalid UUID format", Str(res2.Json, "error"));
    }

    [Fact(DisplayName = "Router#[verb]() › validates parameters with middleware (v14 approach for custom regex)")]
    public async Task Validates_with_middleware()
    {
        static Func<Context, Func<Task>, Task> ValidateUuid(string name) => async (ctx, next) =>
        {
            if (!Uuid.IsMatch(ctx.Params[name]))
            {
                ctx.Status = 400;
                ctx.Body = Obj(("error", $"Invalid {name} format"));
                return;
            }
            await next();
        };
        var app = new Application();
        var router = new Router();
        router.Get("/role/:id", ValidateUuid("id"), (ctx, _) => { ctx.Body = Obj(("id", ctx.Params["id"]), ("valid", true)); return Done; });
        app.Use(router.Routes());
        var res1 = await app.Request().Get("/role/550e8400-e29b-41d4-a716-446655440000").ExpectAsync(200);
        Assert.True(res1.Json.GetProperty("valid").GetBoolean());
        var res2 = await app.Request().Get("/role/not-a-uuid").ExpectAsync(400);
        Assert.Equal("Invalid id format", Str(res2.Json, "error"));
    }

    [Fact(DisplayName = "Router#[verb]() › should support del() method as alias for delete()")]
    public async Task Del_alias()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Del("/users/:id", (ctx, _) => { ctx.Body = Obj(("deleted", ctx.Params["id"])); return Done; });
        await app.Request().Delete("/users/123").ExpectAsync(200, "{\"deleted\":\"123\"}");
    }
}
