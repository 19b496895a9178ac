using System.Text;
using Koa;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// The .NET side of the HTTP benchmark. Usage: KoaNet.Benchmarks.Http <scenario> <port>
// Scenarios mirror benchmarks/http/server.js (Node Koa 3.3.0) exactly; "raw" is bare ASP.NET Core on Kestrel
// (app.Run hello world), the platform ceiling.
var scenario = args.Length > 0 ? args[0] : "hello";
var port = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3333;

if (scenario == "raw")
{
    var builder = WebApplication.CreateSlimBuilder(args);
    builder.Logging.ClearProviders();
    builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
    builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
    var web = builder.Build();
    var hello = Encoding.UTF8.GetBytes("Hello World");
    web.Run(ctx =>
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        ctx.Response.ContentLength = hello.Length;
        return ctx.Response.Body.WriteAsync(hello).AsTask();
    });
    await web.StartAsync();
    Console.WriteLine($"ready {scenario} {port}");
    await Task.Delay(Timeout.Infinite);
    return;
}

var app = new Application();
app.Silent = true;
if (scenario.StartsWith("mw-", StringComparison.Ordinal))
{
    // Koa's own benchmark: N pass-through middleware, then one that sets a byte[] body after awaiting next().
    var n = int.Parse(scenario.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);
    for (var i = 0; i < n; i++) app.Use((ctx, next) => next());
    var body = Encoding.UTF8.GetBytes("Hello World");
    app.Use(async (ctx, next) =>
    {
        await next();
        ctx.Body = body;
    });
}
else
{
    switch (scenario)
    {
        case "hello":
            app.Use(ctx => { ctx.Body = "Hello World"; return Task.CompletedTask; });
            break;
        case "json":
            app.Use(ctx => { ctx.Body = new Message("Hello, World!"); return Task.CompletedTask; });
            break;
        case "cookies":
            app.Keys = ["im a newer secret", "i like turtle"];
            app.Use(ctx =>
            {
                var previous = ctx.Cookies.Get("visits", new CookieGetOptions { Signed = true });
                var visits = (previous is null ? 0 : int.Parse(previous, System.Globalization.CultureInfo.InvariantCulture)) + 1;
                var text = visits.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ctx.Cookies.Set("visits", text, new CookieSetOptions { Signed = true });
                ctx.Body = "visits: " + text;
                return Task.CompletedTask;
            });
            break;
        case "negotiation":
            app.Use(ctx =>
            {
                var type = ctx.Accepts("json", "html", "text");
                var encoding = ctx.AcceptsEncodings("br", "gzip", "identity");
                var language = ctx.AcceptsLanguages("en", "fr", "de");
                ctx.Body = $"{type} {encoding} {language}";
                return Task.CompletedTask;
            });
            break;
        case "notfound":
            break;
        default:
            Console.Error.WriteLine($"unknown scenario {scenario}");
            return;
    }
}

await using var server = await app.ListenAsync(port, "127.0.0.1");
Console.WriteLine($"ready {scenario} {port}");
await Task.Delay(Timeout.Infinite);

/// <summary>The JSON scenario's body: serialised as {"message":"Hello, World!"}.</summary>
internal sealed record Message(string message);
