// Ported from @koa/router recipes/authentication-authorization/authentication-authorization.test.ts
// (describe 'Authentication & Authorization'); upstream's jwt is a stub too.
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class AuthenticationAuthorizationTests
{
    [Fact(DisplayName = "Authentication & Authorization › should authenticate requests with JWT token")]
    public async Task Authenticates_with_jwt()
    {
        var app = new Application();
        var router = new Router();
        static Task<Dictionary<string, object?>> FindById(string id) => Task.FromResult(Obj(("id", id), ("name", "John"), ("role", "user")));
        static string Verify(string token) => token == "valid-token" ? "123" : throw new InvalidOperationException("Invalid token");

        Func<Context, Func<Task>, Task> authenticate = async (ctx, next) =>
        {
            var header = ctx.Get("Authorization");
            var token = header.Length > 0 ? header.Replace("Bearer ", "", StringComparison.Ordinal) : null;
            if (string.IsNullOrEmpty(token))
                ctx.Throw(401, "Authentication required");
            string userId;
            try
            {
                userId = Verify(token!);
            }
            catch (InvalidOperationException)
            {
                ctx.Throw(401, "Invalid token");
                return;
            }
            ctx.State["user"] = await FindById(userId);
            await next();
        };
        Func<Context, Func<Task>, Task> RequireRole(string role) => async (ctx, next) =>
        {
            if (ctx.St("user") is not Dictionary<string, object?> user)
            {
                ctx.Throw(401, "Authentication required");
                return;
            }
            if ((string?)user["role"] != role)
                ctx.Throw(403, "Insufficient permissions");
            await next();
        };

        router.Get("/profile", authenticate, (ctx, _) => { ctx.Body = ctx.State["user"]; return Done; });
        router.Get("/admin", authenticate, RequireRole("admin"), (ctx, _) => { ctx.Body = Obj(("message", "Admin access granted")); return Done; });
        app.Use(router.Routes());
        app.Use(router.AllowedMethods());

        var res1 = await app.Request().Get("/profile").Set("Authorization", "Bearer valid-token").ExpectAsync(200);
        Assert.Equal("123", Str(res1.Json, "id"));
        Assert.Equal("John", Str(res1.Json, "name"));
        await app.Request().Get("/profile").ExpectAsync(401);
        await app.Request().Get("/admin").Set("Authorization", "Bearer valid-token").ExpectAsync(403);
    }
}
