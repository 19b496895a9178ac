using System.Diagnostics;

namespace Koa.Examples.Cascading;

/// <summary>
/// The cascading example from Koa's documentation: a logger that reads X-Response-Time after everything
/// downstream ran, a timer that sets it, and the response.
/// </summary>
public static class Program
{
    /// <summary>The application; log lines go to <paramref name="log"/> (stdout by default).</summary>
    public static Application Build(TextWriter? log = null)
    {
        log ??= Console.Out;
        var app = new Application();

        // logger
        app.Use(async (ctx, next) =>
        {
            await next();
            var rt = ctx.Response.Get("X-Response-Time");
            log.WriteLine($"{ctx.Method} {ctx.Url} - {rt}");
        });

        // x-response-time
        app.Use(async (ctx, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            await next();
            var ms = (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            ctx.Set("X-Response-Time", $"{ms}ms");
        });

        // response
        app.Use(ctx =>
        {
            ctx.Body = "Hello World";
            return Task.CompletedTask;
        });

        return app;
    }

    public static async Task Main(string[] args)
    {
        var port = args.Length > 0 && int.TryParse(args[0], out var given) ? given : 3000;
        await using var server = await Build().ListenAsync(port);
        Console.WriteLine($"listening on http://localhost:{server.Port}/ (Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
    }
}
