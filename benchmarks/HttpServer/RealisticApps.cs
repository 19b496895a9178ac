using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koa;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Koa.Benchmarks.Http;

/// <summary>
/// The realistic-app benchmark (benchmarks/http/realistic.js; modelled on fastify/benchmarks): one app per framework
/// with the same four routes as benchmarks/http/apps.js serves for Koa + @koa/router, Express 5 and Fastify 5.
/// <code>
/// GET  /hello           {"hello":"world"}                     a static route
/// GET  /r{0..99}/:id    {"route":n,"id":"…"}                  a parameterised route among 100
/// POST /echo            the JSON body, parsed and sent back   through the body parser
/// GET  /login           sets a signed-cookie session {user: "jon"}
/// GET  /session         {"user":"jon"} read from it           the signed-cookie session read
/// </code>
/// "koanet-app": KoaNet + KoaNet.Router + KoaNet.BodyParser + KoaNet.Session (cookie sessions, signed).
/// "aspnet-app": ASP.NET Core minimal APIs (<c>MapGet</c>/<c>MapPost</c> on WebApplication, the slim builder), the JSON
/// body bound by the framework; the session is a cookie holding base64 JSON signed with HMAC-SHA256 (ASP.NET Core's
/// own session middleware keeps data server-side, which would not be the same work).
/// With a certificate and key (PEM), both listen with TLS and HTTP/1.1 + HTTP/2 (ALPN) instead of plain HTTP/1.1.
/// </summary>
internal static class RealisticApps
{
    public static readonly string[] Names = ["koanet-app", "aspnet-app"];

    private static readonly string[] Keys = ["im a newer secret", "i like turtle"];

    /// <summary>
    /// The realistic apps' GET routes the allocation probe can measure, as "&lt;route&gt;@&lt;app&gt;" (not in the
    /// probe's default list: name them, e.g. <c>alloc 'session@'</c>).
    /// </summary>
    public static readonly string[] ProbeNames = ["session@koanet-app", "session@aspnet-app", "hello@koanet-app", "hello@aspnet-app", "param@koanet-app", "param@aspnet-app", "json-post@koanet-app", "json-post@aspnet-app"];

    /// <summary>The app and path of a probe name ("session@koanet-app" → koanet-app, /session), or null.</summary>
    public static (string App, string Path)? ProbeOf(string scenario)
    {
        var at = scenario.IndexOf('@', StringComparison.Ordinal);
        if (at < 0) return null;
        return (scenario[(at + 1)..], scenario[..at] switch
        {
            "json-post" => "/echo", // the POST of fastify/benchmarks' body (see Scenarios.BodyOf)
            "param" => "/r73/42", // the parameterised route among 100
            var route => "/" + route,
        });
    }

    /// <summary>A free loopback port (the ASP.NET Core app listens on the port it is given).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>GET /login: the session cookies the app sets, as a Cookie header value.</summary>
    public static async Task<string> LoginAsync(int port)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        using var response = await client.GetAsync($"http://127.0.0.1:{port}/login");
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    public static async Task<Scenarios.IRunningServer> StartAsync(string name, int port, string? certificatePath, string? keyPath)
    {
        var certificate = certificatePath is null ? null : X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        return name == "koanet-app" ? await StartKoaAsync(port, certificate) : await StartAspNetAsync(port, certificate);
    }

    private static async Task<Scenarios.IRunningServer> StartKoaAsync(int port, X509Certificate2? certificate)
    {
        var app = new Application(new ApplicationOptions { Keys = Keys }) { Silent = true };
        var router = new Router();
        var hello = new Hello("world");
        router.Get("/hello", (ctx, _) =>
        {
            ctx.Body = hello;
            return Task.CompletedTask;
        });
        for (var i = 0; i < 100; i++)
        {
            var route = i;
            router.Get($"/r{i}/:id", (ctx, _) =>
            {
                ctx.Body = new RouteAnswer(route, ctx.Params["id"]);
                return Task.CompletedTask;
            });
        }
        var bodyParser = BodyParser.Create();
        router.Post("/echo", bodyParser, (ctx, _) =>
        {
            ctx.Body = ctx.Request.Body;
            return Task.CompletedTask;
        });
        var session = Session.Create(app);
        router.Get("/login", session, (ctx, _) =>
        {
            ctx.Session!["user"] = "jon";
            ctx.Body = hello;
            return Task.CompletedTask;
        });
        router.Get("/session", session, (ctx, _) =>
        {
            ctx.Body = new User(ctx.Session!["user"]?.GetValue<string>());
            return Task.CompletedTask;
        });
        app.Use(router.Routes()).Use(router.AllowedMethods());
        var endpoint = certificate is null ? ListenEndpoint.Http(port, "127.0.0.1") : ListenEndpoint.Https(port, certificate, "127.0.0.1");
        return new KoaServerHandle(await app.ListenAsync(endpoint));
    }

    private static async Task<Scenarios.IRunningServer> StartAspNetAsync(int port, X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(System.Net.IPAddress.Loopback, port, listen =>
            {
                if (certificate is null) return;
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(certificate);
            });
        });
        var web = builder.Build();
        var hello = new Hello("world");
        web.MapGet("/hello", () => hello);
        for (var i = 0; i < 100; i++)
        {
            var route = i;
            web.MapGet($"/r{i}/{{id}}", (string id) => new RouteAnswer(route, id));
        }
        web.MapPost("/echo", (JsonObject body) => body);
        var key = Encoding.UTF8.GetBytes(Keys[0]);
        web.MapGet("/login", (HttpContext http) =>
        {
            var value = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new User("jon")));
            http.Response.Cookies.Append("sess", value + "." + Sign(key, value), new CookieOptions { HttpOnly = true, Path = "/" });
            return hello;
        });
        web.MapGet("/session", (HttpContext http) =>
        {
            var cookie = http.Request.Cookies["sess"];
            var dot = cookie?.LastIndexOf('.') ?? -1;
            if (cookie is null || dot < 0 || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(key, cookie[..dot])), Encoding.ASCII.GetBytes(cookie[(dot + 1)..])))
            {
                return new User(null);
            }
            return JsonSerializer.Deserialize<User>(Convert.FromBase64String(cookie[..dot]))!;
        });
        await web.StartAsync();
        return new WebHandle(web, port);
    }

    private static string Sign(byte[] key, string value) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class KoaServerHandle(KoaServer server) : Scenarios.IRunningServer
    {
        public int Port => server.Port;

        public ValueTask DisposeAsync() => server.DisposeAsync();
    }

    private sealed class WebHandle(WebApplication web, int port) : Scenarios.IRunningServer
    {
        public int Port => port;

        public ValueTask DisposeAsync() => web.DisposeAsync();
    }
}

/// <summary>fastify/benchmarks' body.</summary>
/// <param name="hello">"world".</param>
internal sealed record Hello(string hello);

/// <summary>The parameterised route's answer.</summary>
/// <param name="route">Which of the 100 routes matched.</param>
/// <param name="id">The parameter.</param>
internal sealed record RouteAnswer(int route, string id);

/// <summary>The session read's answer.</summary>
/// <param name="user">The session's user, null without a valid session.</param>
internal sealed record User(string? user);
