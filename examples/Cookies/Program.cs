using System.Globalization;

namespace Koa.Examples.Cookies;

/// <summary>
/// Counts a visitor's page views in a signed cookie (koajs/examples "cookies"): <c>view</c> and its
/// <c>view.sig</c> signature; a tampered cookie starts the count again.
/// </summary>
public static class Program
{
    /// <summary>The application, signing with <paramref name="keys"/> (newest first).</summary>
    public static Application Build(IReadOnlyList<string>? keys = null)
    {
        var app = new Application(new ApplicationOptions { Keys = keys ?? ["im a newer secret", "i like turtle"] });
        app.Use(ctx =>
        {
            var signed = new CookieGetOptions { Signed = true };
            var views = int.TryParse(ctx.Cookies.Get("view", signed), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
            ctx.Cookies.Set("view", views.ToString(CultureInfo.InvariantCulture), new CookieSetOptions { Signed = true });
            ctx.Body = $"{views} views";
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
