using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Koa.Tests.Support;

/// <summary>
/// The upstream tests' <c>createServer(options, handler)</c> + supertest, on ASP.NET Core's in-memory TestServer:
/// each request gets <c>new Cookies(httpContext, options)</c>, the handler's string (if any) is the body, and an
/// exception becomes a 500 whose body is <c>"&lt;type&gt;: &lt;message&gt;"</c> (upstream: <c>e.name + ': ' + e.message</c>).
/// </summary>
internal sealed class CookieServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CookieServer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>Starts a server whose single route runs <paramref name="handler"/> with a fresh <see cref="Cookies"/>.</summary>
    public static Task<CookieServer> StartAsync(CookiesOptions? options, Func<HttpContext, Cookies, string?> handler, bool https = false) =>
        StartPipelineAsync(app => Terminal(app, async context =>
        {
            string? body;
            try
            {
                body = handler(context, new Cookies(context, options));
            }
            catch (Exception e)
            {
                context.Response.StatusCode = 500;
                body = $"{e.GetType().Name}: {e.Message}";
            }
            if (body is not null)
                await context.Response.WriteAsync(body);
        }), https);

    public static Task<CookieServer> StartAsync(Func<HttpContext, Cookies, string?> handler, bool https = false) =>
        StartAsync(null, handler, https);

    /// <summary>Starts a server with a custom pipeline (the Express and Restify ports).</summary>
    public static async Task<CookieServer> StartPipelineAsync(Action<WebApplication> configure, bool https = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        var server = app.GetTestServer();
        if (https)
            server.BaseAddress = new Uri("https://localhost/");
        return new CookieServer(app, server.CreateClient());
    }

    /// <summary><c>app.Run(handler)</c>; WebApplication's own <c>Run(url)</c> hides the middleware extension.</summary>
    public static void Terminal(IApplicationBuilder app, RequestDelegate handler) => app.Run(handler);

    public async Task<Reply> GetAsync(params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        using var response = await Client.SendAsync(request);
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), setCookies);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>What supertest's <c>.expect(...)</c> looked at: status, body and the Set-Cookie headers.</summary>
internal sealed record Reply(HttpStatusCode Status, string Body, IReadOnlyList<string> SetCookieHeaders)
{
    public IReadOnlyList<SetCookie> Cookies => SetCookie.ParseAll(SetCookieHeaders);

    /// <summary>The body as a JSON object of strings (upstream: <c>res.json({ foo: … })</c>).</summary>
    public Dictionary<string, string> JsonObject() => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(Body)!;

    /// <summary>Upstream <c>getCookieForName(res, name)</c>: the first cookie with that name.</summary>
    public SetCookie Cookie(string name) =>
        Cookies.FirstOrDefault(c => c.Name == name) ?? throw new Xunit.Sdk.XunitException($"should set cookie {name}; got [{string.Join(" | ", SetCookieHeaders)}]");
}
