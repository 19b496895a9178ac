using System.Globalization;
using System.Text;
using Koa;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Koa.Benchmarks.Http;

/// <summary>
/// The scenarios of the HTTP benchmark, shared by the server mode (driven by wrk from benchmarks/http/run.js) and
/// the in-process allocation probe. They mirror benchmarks/http/server.js (Node Koa 3.3.0) exactly: same routes,
/// bodies and headers. "raw" is bare ASP.NET Core on Kestrel (<c>app.Run</c> hello world), the platform ceiling.
/// </summary>
internal static class Scenarios
{
    public static readonly string[] Names =
        ["hello", "json", "mw-1", "mw-5", "mw-10", "mw-20", "mw-50", "mw-100", "cookies", "negotiation", "json-echo", "notfound", "router", "raw",
         .. ServingScenarios.Names];

    /// <summary>
    /// The scenarios the in-process allocation probe measures by default: the serving ones are left out (10 MB ×
    /// 200,000 requests is not a probe); name them with a regex and few requests (<c>alloc --requests 200 --depth 1
    /// static-10m</c>). tests/Send.Tests (AllocationTests) bounds the 10 MB file's allocation too.
    /// </summary>
    public static readonly string[] AllocationNames = [.. Names.Except(ServingScenarios.Names)];

    /// <summary>
    /// Runs the KoaNet scenarios with Kestrel's <c>SocketTransportOptions.UnsafePreferInlineScheduling</c> (alloc
    /// <c>--inline</c>): the socket sender runs inline on each flush, so every send is the one 16 KB chunk just written
    /// (≤ 8 buffers: no per-send IOVector[]/GCHandle[]) and flushes rarely wait. The 10 MB file: ~136 KB → ~5.6 KB per
    /// request.
    /// </summary>
    public static bool InlineScheduling { get; set; }

    /// <summary>The router scenario's route count: GET /r0/:id … /r99/:id, the request hitting the last one.</summary>
    public const int RouterRoutes = 100;

    public static readonly string[] Keys = ["im a newer secret", "i like turtle"];

    /// <summary>The request target and extra headers wrk sends for a scenario (run.js sends the same).</summary>
    public static (string Target, (string Name, string Value)[] Headers) RequestOf(string scenario) => scenario switch
    {
        _ when scenario.StartsWith("mw-", StringComparison.Ordinal) => ("/?foo[bar]=baz", []),
        "cookies" => ("/", [("Cookie", "visits=41; visits.sig=" + new Keygrip(Keys).Sign("visits=41"))]),
        "negotiation" => ("/", [
            ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            ("Accept-Encoding", "gzip, deflate, br"),
            ("Accept-Language", "en-US,en;q=0.9,fr;q=0.8"),
        ]),
        "notfound" => ("/missing", []),
        "router" => ($"/r{RouterRoutes - 1}/42", []),
        _ when ServingScenarios.Names.Contains(scenario) => ServingScenarios.RequestOf(scenario),
        _ => ("/", []),
    };

    /// <summary>The JSON document json-echo posts (benchmarks/http/json-echo.lua and run.js send the same bytes).</summary>
    public const string EchoBody =
        "{\"id\":42,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"active\":true,\"score\":97.5,\"tags\":[\"math\",\"poetry\",\"engines\"],\"address\":{\"city\":\"London\",\"zip\":\"W1\"},\"notes\":null}";

    /// <summary>The method and body a scenario's request carries (json-echo posts <see cref="EchoBody"/>).</summary>
    public static (string Method, string? ContentType, string? Body) BodyOf(string scenario) =>
        scenario == "json-echo" ? ("POST", "application/json", EchoBody)
        : scenario.StartsWith("json-post@", StringComparison.Ordinal) ? ("POST", "application/json", "{\"hello\":\"world\"}")
        : ("GET", null, null);

    /// <summary>Starts the scenario's server on 127.0.0.1:<paramref name="port"/> (0 = any free port).</summary>
    public static async Task<IRunningServer> StartAsync(string scenario, int port)
    {
        if (scenario == "raw") return await RawKestrel.StartAsync(port);
        var app = CreateApplication(scenario);
        var server = await app.ListenAsync(port, "127.0.0.1");
        return new KoaRunningServer(server);
    }

    public static Application CreateApplication(string scenario)
    {
        var app = new Application(InlineScheduling ? new ApplicationOptions { Transport = t => t.UnsafePreferInlineScheduling = true } : null) { Silent = true };
        if (scenario.StartsWith("mw-", StringComparison.Ordinal))
        {
            // Koa's own benchmark (branch benchmark-v2.x, benchmarks/middleware.js): N pass-through middleware,
            // then one that sets a byte[] body (node: a Buffer) after awaiting next().
            var n = int.Parse(scenario.AsSpan(3), CultureInfo.InvariantCulture);
            for (var i = 0; i < n; i++) app.Use((ctx, next) => next());
            var body = Encoding.UTF8.GetBytes("Hello World");
            app.Use(async (ctx, next) =>
            {
                await next();
                ctx.Body = body;
            });
            return app;
        }

        if (BasicScenarios.TryUse(app, scenario) || ServingScenarios.TryUse(app, scenario)) return app;
        switch (scenario)
        {
            case "cookies":
                app.Keys = Keys;
                var signed = new CookieGetOptions { Signed = true };
                var setSigned = new CookieSetOptions { Signed = true };
                app.Use(ctx =>
                {
                    var previous = ctx.Cookies.Get("visits", signed);
                    var visits = (previous is null ? 0 : int.Parse(previous, CultureInfo.InvariantCulture)) + 1;
                    var text = visits.ToString(CultureInfo.InvariantCulture);
                    ctx.Cookies.Set("visits", text, setSigned);
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
                // No middleware: Koa answers 404 Not Found.
                break;
            case "router":
                // @koa/router with 100 parameterised routes, the last one hit (the router scans its layers in
                // registration order), then allowedMethods(), as most Koa apps mount it.
                var router = new Router();
                for (var i = 0; i < RouterRoutes; i++)
                {
                    router.Get($"/r{i}/:id", (ctx, _) =>
                    {
                        ctx.Body = ctx.Params["id"];
                        return Task.CompletedTask;
                    });
                }
                app.Use(router.Routes()).Use(router.AllowedMethods());
                break;
            case "json-echo":
                // @koa/bodyparser: the posted JSON parsed and sent back (KoaNet.BodyParser, JSON.parse semantics)
                app.Use(BodyParser.Create());
                app.Use(ctx =>
                {
                    ctx.Body = ctx.Request.Body;
                    return Task.CompletedTask;
                });
                break;
            default:
                throw new ArgumentException("unknown scenario " + scenario, nameof(scenario));
        }
        return app;
    }

    /// <summary>A started server: its port and how to stop it.</summary>
    public interface IRunningServer : IAsyncDisposable
    {
        int Port { get; }
    }

    private sealed class KoaRunningServer(KoaServer server) : IRunningServer
    {
        public int Port => server.Port;

        public ValueTask DisposeAsync() => server.DisposeAsync();
    }

    /// <summary>Bare ASP.NET Core on Kestrel: the slim builder, no logging, no Server header, one <c>app.Run</c>.</summary>
    private sealed class RawKestrel(WebApplication web, int port) : IRunningServer
    {
        private static readonly byte[] Hello = Encoding.UTF8.GetBytes("Hello World");

        public int Port => port;

        public static async Task<IRunningServer> StartAsync(int port)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            var web = builder.Build();
            web.Run(ctx =>
            {
                ctx.Response.StatusCode = 200;
                ctx.Response.ContentType = "text/plain; charset=utf-8";
                ctx.Response.ContentLength = Hello.Length;
                return ctx.Response.Body.WriteAsync(Hello).AsTask();
            });
            await web.StartAsync();
            var address = web.Urls.First();
            return new RawKestrel(web, new Uri(address).Port);
        }

        public async ValueTask DisposeAsync()
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }
    }
}
