namespace Koa.Examples.Negotiation;

/// <summary>
/// Content negotiation (koajs/examples "negotiation"): the inner middleware sets an object as the body, the
/// outer one renders it as JSON, HTML, XML or text according to <c>Accept</c>, or answers 406.
/// </summary>
public static class Program
{
    private static readonly Pet Tobi = new("123", "tobi", "ferret");

    /// <summary>The application.</summary>
    public static Application Build()
    {
        var app = new Application();

        app.Use(async (ctx, next) =>
        {
            await next();
            if (ctx.Body is not Pet pet) return;

            var type = ctx.Accepts("json", "html", "xml", "text");
            switch (type)
            {
                case null:
                    ctx.Throw(406);
                    break;
                case "json":
                    ctx.Body = new { _id = pet.Id, name = pet.Name, species = pet.Species };
                    break;
                case "html":
                    ctx.Type = "html";
                    ctx.Body = $"<h1>{pet.Name}</h1>";
                    break;
                case "xml":
                    ctx.Type = "xml";
                    ctx.Body = $"<name>{pet.Name}</name>";
                    break;
                default:
                    ctx.Type = "text";
                    ctx.Body = pet.Name;
                    break;
            }
        });

        app.Use(ctx =>
        {
            ctx.Body = Tobi;
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

    /// <summary>What the inner middleware produces.</summary>
    public sealed record Pet(string Id, string Name, string Species);
}
