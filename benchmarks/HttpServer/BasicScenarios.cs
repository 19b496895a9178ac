namespace Koa.Benchmarks;

/// <summary>
/// The hello and JSON scenarios of the HTTP benchmark (benchmarks/http/server.js has the node side), in one place for
/// the JIT server (benchmarks/HttpServer) and the trimmed one (benchmarks/Aot, which links this file).
/// </summary>
internal static class BasicScenarios
{
    /// <summary>Adds the scenario's handler to <paramref name="app"/>; false for a scenario that is not one of these.</summary>
    public static bool TryUse(Application app, string scenario)
    {
        switch (scenario)
        {
            case "hello":
                app.Use(ctx =>
                {
                    ctx.Body = "Hello World";
                    return Task.CompletedTask;
                });
                return true;
            case "json":
                app.Use(ctx =>
                {
                    ctx.Body = new Message("Hello, World!");
                    return Task.CompletedTask;
                });
                return true;
            default:
                return false;
        }
    }
}

/// <summary>The JSON scenario's body: serialised as {"message":"Hello, World!"}.</summary>
/// <param name="message">The message.</param>
internal sealed record Message(string message);
