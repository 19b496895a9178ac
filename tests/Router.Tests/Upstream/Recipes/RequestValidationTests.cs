// Ported from @koa/router recipes/request-validation/request-validation.test.ts (describe 'Request Validation').
using System.Text.Json.Nodes;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class RequestValidationTests
{
    private static List<(string Field, string Message)> ValidateCreateUser(JsonObject data)
    {
        string? S(string name) => data[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var errors = new List<(string, string)>();
        if (S("email") is not { } email || !email.Contains('@', StringComparison.Ordinal))
            errors.Add(("email", "Email is invalid"));
        if (S("password") is not { Length: >= 8 })
            errors.Add(("password", "Password must be at least 8 characters"));
        if (S("name") is not { Length: >= 2 })
            errors.Add(("name", "Name must be at least 2 characters"));
        return errors;
    }

    [Fact(DisplayName = "Request Validation › should validate request data with middleware")]
    public async Task Validates_body()
    {
        var app = new Application();
        var router = new Router();
        app.Use(BodyParser.Create());

        Func<Context, Func<Task>, Task> validate = async (ctx, next) =>
        {
            var body = ctx.Request.Body as JsonObject ?? [];
            var errors = ValidateCreateUser(body);
            if (errors.Count > 0)
            {
                ctx.Status = 400;
                ctx.Body = Obj(("error", "Validation failed"), ("details", errors.Select(e => Obj(("field", e.Field), ("message", e.Message))).ToArray()));
                return;
            }
            await next();
        };
        router.Post("/users", validate, (ctx, _) =>
        {
            ctx.Body = Obj(("success", true), ("user", ctx.Request.Body));
            return Done;
        });
        app.Use(router.Routes());

        var res1 = await app.Request().Post("/users").Send(new { email = "test@example.com", password = "password123", name = "John Doe" }).ExpectAsync(200);
        Assert.True(res1.Json.GetProperty("success").GetBoolean());
        Assert.Equal("test@example.com", Str(res1.Json.GetProperty("user"), "email"));

        var res2 = await app.Request().Post("/users").Send(new { email = "invalid-email", password = "short" }).ExpectAsync(400);
        Assert.Equal("Validation failed", Str(res2.Json, "error"));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, res2.Json.GetProperty("details").ValueKind);
    }
}
