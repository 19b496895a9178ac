namespace Koa.Examples.Errors;

/// <summary>
/// Error handling (koajs/examples "errors"): an outer middleware turns any error into a friendly HTML page and
/// re-emits it, so the application's Error event still sees it; <c>ctx.Throw</c> gives exposed 4xx messages.
/// </summary>
public static class Program
{
    /// <summary>The application; reported errors go to <paramref name="log"/> (stderr by default).</summary>
    public static Application Build(TextWriter? log = null)
    {
        log ??= Console.Error;
        var app = new Application();

        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception err)
            {
                // some errors will have .status; default to 500
                ctx.Status = HttpErrors.GetStatus(err) ?? 500;
                ctx.Type = "html";
                ctx.Body = "<p>Something <em>exploded</em>, please contact Maru.</p>";
                // since we handled this manually we'll want to delegate to the regular app-level error handling as well
                ctx.App.EmitError(err, ctx);
            }
        });

        app.Use(ctx =>
        {
            if (ctx.Path == "/missing") ctx.Throw(404, "no such thing");
            if (ctx.Query.ContainsKey("name")) return Task.CompletedTask;
            throw new InvalidOperationException("boom boom");
        });

        app.Error += (err, ctx) => log.WriteLine($"sent error {err.Message} to the cloud");

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
