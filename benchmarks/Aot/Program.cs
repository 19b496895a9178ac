using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Koa;

// KoaNet.Benchmarks.Aot <hello|json> <port>: the HTTP benchmark's hello and JSON scenarios (benchmarks/Http/Scenarios.cs)
// in a trimmed application. Prints "ready <scenario> <port>" and serves until stdin closes.
var scenario = args.Length > 0 ? args[0] : "hello";
var port = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3333;
var app = new Application(new ApplicationOptions
{
    Silent = true,
    JsonSerializerOptions = new JsonSerializerOptions { TypeInfoResolver = AotJson.Default },
});
switch (scenario)
{
    case "hello":
        app.Use(ctx =>
        {
            ctx.Body = "Hello World";
            return Task.CompletedTask;
        });
        break;
    case "json":
        app.Use(ctx =>
        {
            ctx.Body = new Message("Hello, World!");
            return Task.CompletedTask;
        });
        break;
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}; one of: hello, json");
        return 2;
}

await using var server = await app.ListenAsync(port, "127.0.0.1");
Console.WriteLine($"ready {scenario} {server.Port}");
while (Console.ReadLine() is not null)
{
}
return 0;

/// <summary>The JSON scenario's body: serialised as {"message":"Hello, World!"}.</summary>
/// <param name="message">The message.</param>
internal sealed record Message(string message);

/// <summary>Source-generated metadata for the JSON scenario (reflection-based serialization is off when trimmed).</summary>
[JsonSerializable(typeof(Message))]
internal sealed partial class AotJson : JsonSerializerContext;
