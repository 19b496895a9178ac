namespace Koa.Examples.StaticSite;

/// <summary>
/// A static site (koajs/examples "static" with koa-compress, koa-conditional-get and koa-etag): the files of a folder,
/// compressed with br/gzip/deflate when the client accepts it, with an ETag from the file's stats and 304 Not Modified
/// for a fresh request. Compress sits outermost so that the ETag and the 304 are decided on the file itself.
/// </summary>
public static class Program
{
    /// <summary>The application serving <paramref name="root"/> (the wwwroot folder beside this program by default).</summary>
    public static Application Build(string? root = null)
    {
        root ??= Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(ConditionalGet.Create());
        app.Use(Etag.Create());
        app.Use(Static.Create(root, new StaticOptions { MaxAge = TimeSpan.FromHours(1) }));
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
