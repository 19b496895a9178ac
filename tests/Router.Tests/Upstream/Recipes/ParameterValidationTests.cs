// Ported from @koa/router recipes/parameter-validation/parameter-validation.test.ts (describe 'Parameter Validation').
using System.Text.RegularExpressions;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed partial class ParameterValidationTests
{
    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    [Fact(DisplayName = "Parameter Validation › should validate UUID format with router.param()")]
    public async Task Validates_uuid()
    {
        var app = new Application();
        var router = new Router();
        router.Param("id", (value, ctx, next) =>
        {
            if (!Uuid().IsMatch(value))
                ctx.Throw(400, "Invalid ID format");
            return next();
        });
        router.Get("/users/:id", (ctx, _) =>
        {
            ctx.Body = Obj(("id", ctx.Params["id"]), ("valid", true));
            return Done;
        });
        app.Use(router.Routes());

        const string validUuid = "123e4567-e89b-12d3-a456-426614174000";
        var res1 = await app.Request().Get($"/users/{validUuid}").ExpectAsync(200);
        Assert.Equal(validUuid, Str(res1.Json, "id"));
        Assert.True(res1.Json.GetProperty("valid").GetBoolean());
        await app.Request().Get("/users/invalid-id").ExpectAsync(400);
    }

    [Fact(DisplayName = "Parameter Validation › should load resource from database with router.param()")]
    public async Task Loads_resource()
    {
        var app = new Application();
        var router = new Router();
        static async Task<Dictionary<string, object?>?> FindById(string id)
        {
            await Task.Yield();
            return id == "123" ? Obj(("id", "123"), ("name", "John")) : null;
        }
        router.Param("user", async (id, ctx, next) =>
        {
            var user = await FindById(id);
            if (user is null)
                ctx.Throw(404, "User not found");
            ctx.State["user"] = user;
            await next();
        });
        router.Get("/users/:user", (ctx, _) =>
        {
            ctx.Body = ctx.State["user"];
            return Done;
        });
        router.Get("/users/:user/posts", (ctx, _) =>
        {
            ctx.Body = Obj(("userId", ((Dictionary<string, object?>)ctx.State["user"]!)["id"]), ("posts", Array.Empty<object>()));
            return Done;
        });
        app.Use(router.Routes());

        var res1 = await app.Request().Get("/users/123").ExpectAsync(200);
        Assert.Equal("123", Str(res1.Json, "id"));
        Assert.Equal("John", Str(res1.Json, "name"));
        var res2 = await app.Request().Get("/users/123/posts").ExpectAsync(200);
        Assert.Equal("123", Str(res2.Json, "userId"));
        await app.Request().Get("/users/999").ExpectAsync(404);
    }

    [Fact(DisplayName = "Parameter Validation › should support multiple param handlers")]
    public async Task Multiple_param_handlers()
    {
        var app = new Application();
        var router = new Router();
        var validationCalled = false;
        var loadCalled = false;
        router.Param("id", (value, ctx, next) =>
        {
            if (!Digits().IsMatch(value))
                ctx.Throw(400, "Invalid ID format");
            validationCalled = true;
            return next();
        });
        router.Param("id", async (value, ctx, next) =>
        {
            ctx.State["resource"] = Obj(("id", value), ("loaded", true));
            loadCalled = true;
            await next();
        });
        router.Get("/resource/:id", (ctx, _) =>
        {
            ctx.Body = ctx.State["resource"];
            return Done;
        });
        app.Use(router.Routes());

        var res = await app.Request().Get("/resource/123").ExpectAsync(200);
        Assert.True(validationCalled);
        Assert.True(loadCalled);
        Assert.Equal("123", Str(res.Json, "id"));
        Assert.True(res.Json.GetProperty("loaded").GetBoolean());
    }
}
