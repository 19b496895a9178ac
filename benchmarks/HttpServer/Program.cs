using System.Globalization;
using System.Text.RegularExpressions;
using Koa.Benchmarks.Http;

// The .NET side of the HTTP benchmark (benchmarks/http/run.js drives it).
//   KoaNet.Benchmarks.Http <scenario> <port>
//       Serves a scenario (Scenarios.cs; "raw" = bare ASP.NET Core) on 127.0.0.1 and prints "ready <scenario> <port>".
//       Commands on stdin: "stats" prints "stats <bytes allocated> <gen0> <gen1> <gen2> <methods jitted>";
//       "types-start" starts sampling the allocated types, "types" prints them on stderr.
//   KoaNet.Benchmarks.Http koanet-app|aspnet-app <port> [cert.pem key.pem]
//       The realistic-app benchmark's servers (RealisticApps.cs; TLS + HTTP/2 with a certificate), same commands.
//   KoaNet.Benchmarks.Http alloc [--requests N] [--depth D] [--connections C] [--warmup S] [--slice R] [--inline] [--types] [scenario regex]
//       Bytes allocated per request, in-process (AllocationProbe.cs), pipelined and one request at a time unless
//       --depth is given; prints a markdown table. A regex may name the serving scenarios too (static-10m with
//       --requests 200 --depth 1 --slice 20: the 10 MB body is skipped as it arrives; --slice sets the
//       requests per connection of a warm-up slice; --inline sets the transport's UnsafePreferInlineScheduling).
//       The realistic apps' routes are measured when named ("session@koanet-app", "hello@aspnet-app"; "param@…" is
//       GET /r73/42, the parameterised route among 100: the session ones log in first and send the cookie with every
//       request). --types samples the allocated types (the runtime's AllocationTick events) and prints them on stderr.
if (args.Length > 0 && args[0] == "alloc")
{
    var requests = 400_000;
    Regex? filter = null;
    for (var i = 1; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--requests": requests = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            case "--depth": AllocationProbe.Depth = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            case "--connections": AllocationProbe.Connections = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            case "--warmup": AllocationProbe.MinWarmUp = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
            case "--types": AllocationProbe.Types = new AllocationTypes(); break;
            case "--slice": AllocationProbe.SliceRounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            case "--inline": Scenarios.InlineScheduling = true; break;
            default: filter = new Regex(args[i], RegexOptions.CultureInvariant); break;
        }
    }
    // Without a regex the default set; a regex may also pick the serving scenarios (static-10m: use --requests 200)
    // and the realistic apps' routes.
    var selected = filter is null
        ? Scenarios.AllocationNames
        : Scenarios.Names.Concat(RealisticApps.ProbeNames).Where(name => filter.IsMatch(name)).ToArray();
    await AllocationProbe.RunAsync(selected, requests);
    return 0;
}

var scenario = args.Length > 0 ? args[0] : "hello";
var port = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3333;
if (RealisticApps.Names.Contains(scenario))
{
    // The realistic-app benchmark (benchmarks/http/realistic.js): <app> <port> [cert.pem key.pem] (TLS + HTTP/2).
    await using var app = await RealisticApps.StartAsync(scenario, port, args.Length > 3 ? args[2] : null, args.Length > 3 ? args[3] : null);
    Console.WriteLine($"ready {scenario} {app.Port}");
    await ServeStatsAsync();
    return 0;
}
if (!Scenarios.Names.Contains(scenario))
{
    Console.Error.WriteLine($"unknown scenario {scenario}; one of: {string.Join(", ", Scenarios.Names)}");
    return 2;
}

await using var server = await Scenarios.StartAsync(scenario, port);
Console.WriteLine($"ready {scenario} {server.Port}");
await ServeStatsAsync();
return 0;

// Answers the driver's commands on stdin until it closes stdin.
static Task ServeStatsAsync()
{
AllocationTypes? types = null;
while (Console.ReadLine() is { } line)
{
    switch (line)
    {
        case "stats":
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stats {GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {System.Runtime.JitInfo.GetCompiledMethodCount()}"));
            break;
        case "types-start":
            types ??= new AllocationTypes();
            types.Start();
            break;
        case "types" when types is not null:
            foreach (var (type, bytes) in types.Stop().Take(20)) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type} {bytes:N0} B"));
            break;
    }
}
// stdin closed: the driver went away.
return Task.CompletedTask;
}
