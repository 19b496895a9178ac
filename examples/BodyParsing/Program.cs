using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Koa.Examples.BodyParsing;

/// <summary>The user a client posts (JSON or a form).</summary>
/// <param name="Name">The user's name (required).</param>
/// <param name="Email">The user's e-mail address.</param>
public sealed record NewUser(string? Name, string? Email);

/// <summary>Source-generated System.Text.Json metadata for <see cref="NewUser"/> (trimming/AOT friendly).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NewUser))]
public sealed partial class ExampleJson : JsonSerializerContext;

/// <summary>
/// Accepts JSON and urlencoded-form posts through KoaNet.BodyParser (koajs/examples "body-parsing"): <c>POST /users</c>
/// with <c>{"name":…,"email":…}</c> or <c>name=…&amp;email=…</c> answers 201 with what it read; bad JSON is a 400,
/// a missing name a 422, a body over 1 KB a 413.
/// </summary>
public static class Program
{
    /// <summary>The application.</summary>
    public static Application Build()
    {
        var app = new Application();
        app.Use(BodyParser.Create(new BodyParserOptions { JsonLimit = 1024, FormLimit = 1024 }));
        app.Use(ctx =>
        {
            if (ctx.Method != "POST" || ctx.Path != "/users")
            {
                ctx.Status = 404;
                return Task.CompletedTask;
            }
            var user = ctx.Request.BodyAs(ExampleJson.Default.NewUser);
            if (string.IsNullOrEmpty(user?.Name)) ctx.Throw(422, "name is required");
            ctx.Status = 201;
            ctx.Body = new JsonObject
            {
                ["name"] = user!.Name,
                ["email"] = user.Email,
                ["as"] = ctx.Request.Is("json") is { Length: > 0 } ? "json" : "form",
            };
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
