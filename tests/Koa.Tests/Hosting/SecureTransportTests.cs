using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Koa.Tests.Hosting;

// KoaNet's own hosting contract (issue 16): the Koa behaviour the upstream suites check over a socket — respond rules,
// errors, cookies, redirects, request fields — once per wire: HTTP/1.1, HTTPS (HTTP/1.1 and HTTP/2 through ALPN) and
// h2c, each with a test certificate made at test time. Titles name the upstream case they mirror.
public sealed class SecureTransportTests
{
    private static Application App(Action<Context> middleware)
    {
        var app = new Application { Silent = true };
        app.Use(ctx =>
        {
            middleware(ctx);
            return Task.CompletedTask;
        });
        return app;
    }

    [Theory(DisplayName = "wire › ctx.protocol, ctx.secure, method, url, host and href from the connection (pseudo-headers on HTTP/2)")]
    [Wires]
    public async Task Request_fields(WireMode wire)
    {
        var app = App(ctx => ctx.Body = new Dictionary<string, object?>
        {
            ["protocol"] = ctx.Protocol,
            ["secure"] = ctx.Secure,
            ["method"] = ctx.Method,
            ["url"] = ctx.Url,
            ["path"] = ctx.Path,
            ["querystring"] = ctx.Querystring,
            ["host"] = ctx.Host,
            ["hostname"] = ctx.Hostname,
            ["href"] = ctx.Href,
            ["ip"] = ctx.Ip,
            ["version"] = ctx.Req.Protocol,
        });
        await using var w = await SecureWire.StartAsync(app, wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/a/b%20c?x=1&y=2");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var scheme = w.Secure ? "https" : "http";
        var host = "127.0.0.1:" + w.Server.Port;
        Assert.Equal(scheme, json.GetProperty("protocol").GetString());
        Assert.Equal(w.Secure, json.GetProperty("secure").GetBoolean());
        Assert.Equal("GET", json.GetProperty("method").GetString());
        Assert.Equal("/a/b%20c?x=1&y=2", json.GetProperty("url").GetString());
        Assert.Equal("/a/b%20c", json.GetProperty("path").GetString());
        Assert.Equal("x=1&y=2", json.GetProperty("querystring").GetString());
        Assert.Equal(host, json.GetProperty("host").GetString());
        Assert.Equal("127.0.0.1", json.GetProperty("hostname").GetString());
        Assert.Equal(scheme + "://" + host + "/a/b%20c?x=1&y=2", json.GetProperty("href").GetString());
        Assert.EndsWith("127.0.0.1", json.GetProperty("ip").GetString(), StringComparison.Ordinal);
        Assert.Equal(w.Protocol, json.GetProperty("version").GetString());
    }

    [Theory(DisplayName = "wire › ctx.protocol › when X-Forwarded-Proto is set on a TLS connection › should stay https")]
    [Wires]
    public async Task Forwarded_proto(WireMode wire)
    {
        var app = App(ctx => ctx.Body = ctx.Protocol);
        app.Proxy = true;
        await using var w = await SecureWire.StartAsync(app, wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/", r => r.Headers.Add("X-Forwarded-Proto", "https, http"));
        Assert.Equal("https", await response.Content.ReadAsStringAsync());
        using var plain = await w.SendAsync(HttpMethod.Get, "/", r => r.Headers.Add("X-Forwarded-Proto", "http"));
        Assert.Equal(w.Secure ? "https" : "http", await plain.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "app.respond › when .body is a string › should respond")]
    [Wires]
    public async Task String_body(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx => ctx.Body = "Hello"), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(5, response.Content.Headers.ContentLength);
        Assert.Equal("Hello", await response.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "app.respond › when .body is an Object › should respond with json")]
    [Wires]
    public async Task Json_body(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx => ctx.Body = new Dictionary<string, string> { ["hello"] = "world" }), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("{\"hello\":\"world\"}", await response.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "app.respond › when .body is a Stream › should respond")]
    [Wires]
    public async Task Stream_body(WireMode wire)
    {
        var payload = Encoding.UTF8.GetBytes(new string('x', 100_000));
        await using var w = await SecureWire.StartAsync(App(ctx =>
        {
            ctx.Type = "application/octet-stream";
            ctx.Body = new MemoryStream(payload);
        }), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(payload, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory(DisplayName = "app.respond › when .body is missing › should respond with the status text (HTTP/2: the code)")]
    [Wires]
    public async Task Missing_body(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx => ctx.Status = 400), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(w.Version.Major == 2 ? "400" : "Bad Request", await response.Content.ReadAsStringAsync());
        using var notFound = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.BadRequest, notFound.StatusCode);
    }

    [Theory(DisplayName = "app.respond › when .body is null › should respond 204 without a body")]
    [Wires]
    public async Task Null_body(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx =>
        {
            ctx.Body = "x";
            ctx.Body = null;
        }), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.False(response.Content.Headers.Contains("Content-Type"));
    }

    [Theory(DisplayName = "app.respond › when HEAD is used › should keep the Content-Length and send no body")]
    [Wires]
    public async Task Head(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx => ctx.Body = "Hello"), wire);
        using var response = await w.SendAsync(HttpMethod.Head, "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory(DisplayName = "ctx.throw(status, msg) › should set the status and expose the message")]
    [Wires]
    public async Task Throw_exposes(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx => ctx.Throw(403, "nope")), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("nope", await response.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "ctx.onerror(err) › should respond 500 and emit the error, the connection reusable")]
    [Wires]
    public async Task Server_error(WireMode wire)
    {
        var app = App(ctx =>
        {
            if (ctx.Path == "/boom") throw new InvalidOperationException("boom");
            ctx.Body = "fine";
        });
        var errors = 0;
        app.Error += (_, _) => Interlocked.Increment(ref errors);
        await using var w = await SecureWire.StartAsync(app, wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
        using var next = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal("fine", await next.Content.ReadAsStringAsync());
        Assert.Equal(1, Volatile.Read(ref errors));
    }

    [Theory(DisplayName = "ctx.redirect(url) › should redirect to the given url")]
    [Wires]
    public async Task Redirect(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx => ctx.Redirect("/login")), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.OriginalString);
        Assert.Equal("Redirecting to /login.", await response.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "ctx.cookies.set() › with .signed › should send a signed cookie that reads back")]
    [Wires]
    public async Task Signed_cookies(WireMode wire)
    {
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"] }) { Silent = true };
        app.Use(ctx =>
        {
            if (ctx.Path == "/set") ctx.Cookies.Set("name", "jon", new CookieSetOptions { Signed = true, Secure = ctx.Secure });
            else ctx.Body = ctx.Cookies.Get("name", new CookieGetOptions { Signed = true }) ?? "none";
            return Task.CompletedTask;
        });
        await using var w = await SecureWire.StartAsync(app, wire);
        using var set = await w.SendAsync(HttpMethod.Get, "/set");
        var cookies = set.Headers.GetValues("Set-Cookie").ToArray();
        Assert.Equal(2, cookies.Length);
        Assert.Equal(w.Secure, cookies[0].Contains("; secure", StringComparison.Ordinal));
        var header = string.Join("; ", cookies.Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]));
        using var get = await w.SendAsync(HttpMethod.Get, "/get", r => r.Headers.Add("Cookie", header));
        Assert.Equal("jon", await get.Content.ReadAsStringAsync());
        using var tampered = await w.SendAsync(HttpMethod.Get, "/get", r => r.Headers.Add("Cookie", header.Replace("jon", "bob", StringComparison.Ordinal)));
        Assert.Equal("none", await tampered.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "ctx.secure › a Secure cookie over plain HTTP without a proxy › should throw")]
    [Wires]
    public async Task Secure_cookie_over_plain(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx => ctx.Cookies.Set("a", "b", new CookieSetOptions { Secure = true })), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal(w.Secure ? HttpStatusCode.NotFound : HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Theory(DisplayName = "req body › a POST body reaches the middleware and the length is set")]
    [Wires]
    public async Task Post_body(WireMode wire)
    {
        var app = new Application { Silent = true };
        app.Use(async ctx =>
        {
            using var reader = new StreamReader(ctx.Req.Body);
            var text = await reader.ReadToEndAsync();
            ctx.Body = ctx.Method + " " + ctx.Request.Type + " " + ctx.Is("json") + " " + text;
        });
        await using var w = await SecureWire.StartAsync(app, wire);
        using var response = await w.SendAsync(HttpMethod.Post, "/", r => r.Content = new StringContent("{\"hello\":\"world\"}", Encoding.UTF8, "application/json"));
        Assert.Equal("POST application/json json {\"hello\":\"world\"}", await response.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "ctx.set('Connection') › connection-specific headers are dropped on HTTP/2, the response stands")]
    [Wires]
    public async Task Connection_headers(WireMode wire)
    {
        await using var w = await SecureWire.StartAsync(App(ctx =>
        {
            ctx.Set("Connection", "keep-alive");
            ctx.Set("Keep-Alive", "timeout=5");
            ctx.Body = "ok";
        }), wire);
        using var response = await w.SendAsync(HttpMethod.Get, "/");
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        if (w.Version.Major == 2)
        {
            Assert.Empty(response.Headers.Connection);
            Assert.False(response.Headers.Contains("Keep-Alive"));
        }
    }

    [Theory(DisplayName = "ctx.flushHeaders() › should send the headers before the streamed body")]
    [Wires]
    public async Task Flush_headers(WireMode wire)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new Application { Silent = true };
        app.Use(async ctx =>
        {
            ctx.Type = "text/plain";
            ctx.Set("X-Early", "yes");
            await ctx.FlushHeadersAsync();
            await release.Task;
            ctx.Body = "late";
        });
        await using var w = await SecureWire.StartAsync(app, wire);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/") { Version = w.Version, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var response = await w.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("yes", response.Headers.GetValues("X-Early").Single());
        release.SetResult();
        Assert.Equal("late", await response.Content.ReadAsStringAsync());
    }

    [Theory(DisplayName = "wire › concurrent requests (HTTP/2: streams of one connection) each get their own context")]
    [Wires]
    public async Task Concurrent_requests(WireMode wire)
    {
        var app = new Application { Silent = true };
        app.Use(async ctx =>
        {
            var id = ctx.Query["id"].ToString();
            ctx.State["id"] = id;
            await Task.Delay(10);
            ctx.Body = (string)ctx.State["id"]! + "=" + id;
        });
        await using var w = await SecureWire.StartAsync(app, wire);
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await w.SendAsync(HttpMethod.Get, "/?id=" + i);
            return await response.Content.ReadAsStringAsync();
        }));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i + "=" + i), answers);
    }
}
