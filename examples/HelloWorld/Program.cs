namespace Koa.Examples.HelloWorld;

/// <summary>Koa's hello world: <c>ctx.body = 'Hello World'</c> on port 3000, all interfaces.</summary>
public static class Program
{
    /// <summary>The application, without a server (tests run it in memory).</summary>
    public static Application Build()
    {
        var app = new Application();
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
