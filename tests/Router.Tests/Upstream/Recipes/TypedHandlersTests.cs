// Ported from @koa/router recipes/typescript-recipe/typescript-recipe.test.ts (describe 'TypeScript Recipe'): typed
// handlers are C#'s own; the case checks typed bodies, a param handler added after the routes, 400 and 201.
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Koa.Tests.Upstream.Recipes;

public sealed partial class TypedHandlersTests
{
    private sealed record User(int id, string name, string email);

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    [Fact(DisplayName = "TypeScript Recipe › should work with typed route handlers")]
    public async Task Typed_handlers()
    {
        var app = new Application();
        var router = new Router();
        app.Use(BodyParser.Create());

        router.Get("/users/:id", async (ctx, _) =>
        {
            if (!int.TryParse(ctx.Params["id"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var userId))
                ctx.Throw(400, "Invalid user ID");
            ctx.Body = await Task.FromResult(new User(userId, "John Doe", "john@example.com"));
        });
        router.Post("/users", async (ctx, _) =>
        {
            var body = ctx.Request.Body as JsonObject;
            var user = await Task.FromResult(new User(1, body?["name"]?.GetValue<string>() ?? "", body?["email"]?.GetValue<string>() ?? ""));
            ctx.Status = 201;
            ctx.Body = user;
        });
        router.Param("id", (value, ctx, next) =>
        {
            if (!Digits().IsMatch(value))
                ctx.Throw(400, "Invalid ID");
            return next();
        });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());

        var res1 = await app.Request().Get("/users/123").ExpectAsync(200);
        Assert.Equal(123, res1.Json.GetProperty("id").GetInt32());
        Assert.Equal("John Doe", res1.Json.GetProperty("name").GetString());
        Assert.Equal("john@example.com", res1.Json.GetProperty("email").GetString());
        await app.Request().Get("/users/abc").ExpectAsync(400);
        var res2 = await app.Request().Post("/users").Send(new { name = "Jane Doe", email = "jane@example.com" }).ExpectAsync(201);
        Assert.Equal("Jane Doe", res2.Json.GetProperty("name").GetString());
        Assert.Equal("jane@example.com", res2.Json.GetProperty("email").GetString());
        Assert.Equal(1, res2.Json.GetProperty("id").GetInt32());
    }
}
