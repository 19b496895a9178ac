// Ported from @koa/router recipes/error-handling/error-handling.test.ts (describe 'Error Handling').
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class ErrorHandlingTests
{
    private sealed class AppError(string message, int status = 500, string code = "INTERNAL_ERROR") : Exception(message)
    {
        public int Status { get; } = status;

        public string Code { get; } = code;
    }

    private static Func<Context, Func<Task>, Task> ErrorHandler(bool emit) => async (ctx, next) =>
    {
        try
        {
            await next();
        }
        catch (Exception error)
        {
            var app = error as AppError;
            ctx.Status = app?.Status ?? HttpErrors.GetStatus(error) ?? 500;
            ctx.Body = Obj(("error", Obj(("message", error.Message), ("code", app?.Code ?? "INTERNAL_ERROR"))));
            if (emit)
                ctx.App.EmitError(error, ctx);
        }
    };

    [Fact(DisplayName = "Error Handling › should handle errors with custom error class")]
    public async Task Custom_error_class()
    {
        var app = new Application { Silent = true };
        var router = new Router();
        router.Get("/users/:id", async (ctx, _) =>
        {
            await Task.Yield();
            if (ctx.Params["id"] != "123")
                throw new AppError("User not found", 404, "USER_NOT_FOUND");
            ctx.Body = Obj(("id", "123"), ("name", "John"));
        });
        app.Use(ErrorHandler(emit: true));
        app.Use(router.Routes());
        app.Use(router.AllowedMethods(new AllowedMethodsOptions { Throw = true }));

        var res1 = await app.Request().Get("/users/123").ExpectAsync(200);
        Assert.Equal("123", Str(res1.Json, "id"));
        Assert.Equal("John", Str(res1.Json, "name"));
        var res2 = await app.Request().Get("/users/999").ExpectAsync(404);
        Assert.Equal("User not found", Str(res2.Json.GetProperty("error"), "message"));
        Assert.Equal("USER_NOT_FOUND", Str(res2.Json.GetProperty("error"), "code"));
    }

    [Fact(DisplayName = "Error Handling › should handle generic errors")]
    public async Task Generic_errors()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/error", (_, _) => throw new InvalidOperationException("Something went wrong"));
        app.Use(ErrorHandler(emit: false));
        app.Use(router.Routes());

        var res = await app.Request().Get("/error").ExpectAsync(500);
        Assert.Equal("Something went wrong", Str(res.Json.GetProperty("error"), "message"));
        Assert.Equal("INTERNAL_ERROR", Str(res.Json.GetProperty("error"), "code"));
    }
}
