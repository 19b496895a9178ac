// Ported from @koa/router recipes/restful-api-structure/restful-api-structure.test.ts (describe 'RESTful API Structure').
using System.Text.Json.Nodes;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class RestfulApiStructureTests
{
    private static Dictionary<string, object?> With(object? id, object? body)
    {
        var result = Obj(("id", id));
        if (body is JsonObject o)
        {
            foreach (var (k, v) in o)
                result[k] = v?.DeepClone();
        }
        return result;
    }

    [Fact(DisplayName = "RESTful API Structure › should organize API with nested routers")]
    public async Task Nested_routers()
    {
        var app = new Application();
        app.Use(BodyParser.Create());

        var usersRouter = new Router(new RouterOptions { Prefix = "/users" });
        usersRouter.Get("/", (ctx, _) => { ctx.Body = new[] { Obj(("id", 1), ("name", "John")), Obj(("id", 2), ("name", "Jane")) }; return Done; });
        usersRouter.Post("/", (ctx, _) => { ctx.Body = With(3, ctx.Request.Body); return Done; });
        usersRouter.Get("/:id", (ctx, _) => { ctx.Body = Obj(("id", ctx.Params["id"]), ("name", "John")); return Done; });
        usersRouter.Put("/:id", (ctx, _) => { ctx.Body = With(ctx.Params["id"], ctx.Request.Body); return Done; });
        usersRouter.Delete("/:id", (ctx, _) => { ctx.Status = 204; return Done; });

        var apiRouter = new Router(new RouterOptions { Prefix = "/api/v1" });
        apiRouter.Use(usersRouter.Routes(), usersRouter.AllowedMethods());
        app.Use(apiRouter.Routes());
        app.Use(apiRouter.AllowedMethods());

        var res1 = await app.Request().Get("/api/v1/users").ExpectAsync(200);
        Assert.Equal(2, res1.Json.GetArrayLength());
        var res2 = await app.Request().Get("/api/v1/users/123").ExpectAsync(200);
        Assert.Equal("123", Str(res2.Json, "id"));
        var res3 = await app.Request().Post("/api/v1/users").Send(new { name = "Alice", email = "alice@example.com" }).ExpectAsync(200);
        Assert.Equal("Alice", Str(res3.Json, "name"));
        var res4 = await app.Request().Delete("/api/v1/users/123").ExpectAsync(204);
        Assert.Equal(204, res4.Status);
    }
}
