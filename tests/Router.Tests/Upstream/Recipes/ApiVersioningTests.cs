// Ported from @koa/router recipes/api-versioning/api-versioning.test.ts (describe 'API Versioning').
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class ApiVersioningTests
{
    [Fact(DisplayName = "API Versioning › should support multiple API versions")]
    public async Task Multiple_versions()
    {
        var app = new Application();
        Func<Context, Func<Task>, Task> getUsersV1 = (ctx, _) => { ctx.Body = Obj(("users", new[] { Obj(("id", 1)) }), ("version", "v1")); return Done; };
        Func<Context, Func<Task>, Task> getUserV1 = (ctx, _) => { ctx.Body = Obj(("user", Obj(("id", ctx.Params["id"]))), ("version", "v1")); return Done; };
        Func<Context, Func<Task>, Task> getUsersV2 = (ctx, _) =>
        {
            ctx.Body = Obj(("users", new[] { Obj(("id", 1)) }), ("version", "v2"), ("metadata", Obj(("count", 1), ("timestamp", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)))));
            return Done;
        };
        Func<Context, Func<Task>, Task> getUserV2 = (ctx, _) =>
        {
            ctx.Body = Obj(("user", Obj(("id", ctx.Params["id"]))), ("version", "v2"), ("links", Obj(("self", $"/api/v2/users/{ctx.Params["id"]}"))));
            return Done;
        };

        var v1Router = new Router(new RouterOptions { Prefix = "/v1" });
        v1Router.Get("/users", getUsersV1);
        v1Router.Get("/users/:id", getUserV1);
        var v2Router = new Router(new RouterOptions { Prefix = "/v2" });
        v2Router.Get("/users", getUsersV2);
        v2Router.Get("/users/:id", getUserV2);
        var apiRouter = new Router(new RouterOptions { Prefix = "/api" });
        apiRouter.Use(v1Router.Routes(), v1Router.AllowedMethods());
        apiRouter.Use(v2Router.Routes(), v2Router.AllowedMethods());
        app.Use(apiRouter.Routes());
        app.Use(apiRouter.AllowedMethods());

        var res1 = await app.Request().Get("/api/v1/users").ExpectAsync(200);
        Assert.Equal("v1", Str(res1.Json, "version"));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, res1.Json.GetProperty("users").ValueKind);
        var res2 = await app.Request().Get("/api/v1/users/123").ExpectAsync(200);
        Assert.Equal("v1", Str(res2.Json, "version"));
        Assert.Equal("123", Str(res2.Json.GetProperty("user"), "id"));
        var res3 = await app.Request().Get("/api/v2/users").ExpectAsync(200);
        Assert.Equal("v2", Str(res3.Json, "version"));
        Assert.Equal(1, res3.Json.GetProperty("metadata").GetProperty("count").GetInt32());
        var res4 = await app.Request().Get("/api/v2/users/456").ExpectAsync(200);
        Assert.Equal("v2", Str(res4.Json, "version"));
        Assert.Equal("/api/v2/users/456", Str(res4.Json.GetProperty("links"), "self"));
    }
}
