namespace Koa.Tests.Upstream;

// helmet 8.3.0 test/helpers.ts: a server that sets X-Powered-By, runs the middleware, answers "Hello world!" (or
// 500 with String(err) when the middleware fails), and checks the expected headers (null = absent).
internal static class Check
{
    public static async Task<TestResponse> RunAsync(Func<Context, Func<Task>, Task> middleware, IReadOnlyDictionary<string, string?> expected, int status = 200, string body = "Hello world!")
    {
        var app = new Application { Silent = true };
        app.Use(async (ctx, next) =>
        {
            ctx.Set("X-Powered-By", "Helmet test");
            try
            {
                await next();
            }
            catch (Exception err)
            {
                ctx.Status = 500;
                ctx.Body = "Error: " + err.Message;
            }
        });
        app.Use(middleware);
        app.Use(ctx => { ctx.Body = "Hello world!"; return Task.CompletedTask; });

        var res = await app.Request().Get("/").ExpectAsync(status, body);
        foreach (var (name, value) in expected)
        {
            if (value is null)
                Assert.False(res.HasHeader(name), $"{name} should not be set");
            else
                Assert.Equal(value, res.Header(name));
        }

        return res;
    }

    public static Task<TestResponse> RunAsync(Func<Context, Func<Task>, Task> middleware, params (string Name, string? Value)[] expected) =>
        RunAsync(middleware, expected.ToDictionary(e => e.Name, e => e.Value));
}
