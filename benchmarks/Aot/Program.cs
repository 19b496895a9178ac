using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Koa;
using Koa.Benchmarks;

// KoaNet.Benchmarks.Aot <hello|json> <port>: the HTTP benchmark's hello and JSON scenarios (benchmarks/HttpServer/Scenarios.cs)
// in a trimmed application. Prints "ready <scenario> <port>" and serves until stdin closes.
var scenario = args.Length > 0 ? args[0] : "hello";
var port = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3333;
var app = new Application(new ApplicationOptions
{
    Silent = true,
    JsonSerializerOptions = new JsonSerializerOptions { TypeInfoResolver = AotJson.Default },
});
if (!BasicScenarios.TryUse(app, scenario))
{
    Console.Error.WriteLine($"unknown scenario {scenario}; one of: hello, json");
    return 2;
}

await using var server = await app.ListenAsync(port, "127.0.0.1");
Console.WriteLine($"ready {scenario} {server.Port}");
while (Console.ReadLine() is not null)
{
}
return 0;

/// <summary>Source-generated metadata for the JSON scenario (reflection-based serialization is off when trimmed).</summary>
[JsonSerializable(typeof(Message))]
internal sealed partial class AotJson : JsonSerializerContext;
