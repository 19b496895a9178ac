using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Garnet;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace Koa.Tests;

/// <summary>
/// A real Redis-protocol server (Microsoft Garnet, started in process on a free loopback port) behind
/// <see cref="DistributedCacheSessionStore"/> over Microsoft.Extensions.Caching.StackExchangeRedis — no mock.
/// </summary>
public sealed class RedisStoreTests : IAsyncLifetime
{
    private static readonly string[] Keys = ["shared secret one", "shared secret two"];
    private GarnetServer? _garnet;
    private int _port;

    public Task InitializeAsync()
    {
        _port = FreePort();
        StartGarnet();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _garnet?.Dispose();
        return Task.CompletedTask;
    }

    private void StartGarnet()
    {
        _garnet = new GarnetServer(["--bind", "127.0.0.1", "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        _garnet.Start();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Timeouts of 20 s (were 2 s): a cache's first command connects to a Garnet that has served no one yet, both sides
    // still JIT-compiling; on 2 busy cores the first login took 1.4 s, and a little more load made it a timeout (a 503).
    // failFast: while the store is down a command fails at once (BacklogPolicy.FailFast) instead of waiting in the
    // backlog for the 20 s timeout, and a lost connection is retried every 250 ms rather than on the default backoff
    // (ConnectTimeout / 2: every 10 s once the timeout is 20 s), so the restart case needs no long waits.
    private RedisCache Cache(bool failFast = false)
    {
        var options = new ConfigurationOptions
        {
            EndPoints = { { "127.0.0.1", _port } },
            AbortOnConnectFail = false,
            ConnectTimeout = 20_000,
            SyncTimeout = 20_000,
            AsyncTimeout = 20_000,
            ConnectRetry = 3,
        };
        if (failFast)
        {
            options.BacklogPolicy = BacklogPolicy.FailFast;
            options.ReconnectRetryPolicy = new LinearRetry(250);
        }

        return new RedisCache(new RedisCacheOptions { ConfigurationOptions = options, InstanceName = "koanet-test:" });
    }

    /// <summary>
    /// Polls <paramref name="cache"/> (its own connection: every cache reconnects on its own schedule) until a read
    /// succeeds (<paramref name="usable"/>) or fails (not <paramref name="usable"/>), up to 60 s.
    /// </summary>
    private static async Task UntilAsync(IDistributedCache cache, bool usable)
    {
        var waited = Stopwatch.StartNew();
        Exception? last = null;
        while (true)
        {
            try
            {
                await cache.GetAsync("probe");
                last = null;
            }
            catch (Exception error)
            {
                last = error;
            }

            if ((last is null) == usable) return;
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
                Assert.Fail($"the cache was still {(usable ? "unusable" : "usable")} after 60 s{(last is null ? "" : ": " + last.Message)}");
            await Task.Delay(100);
        }
    }

    // The same application on every instance: same Keys, a store over the same Redis.
    private Application CreateInstance(string name, RedisCache cache, bool freshOnError = false)
    {
        var app = new Application(new ApplicationOptions { Keys = Keys, Silent = true });
        app.Use(Session.Create(app, new SessionOptions
        {
            Store = new DistributedCacheSessionStore(cache, new DistributedCacheSessionStoreOptions { FreshSessionOnError = freshOnError }),
        }));
        app.Use(ctx =>
        {
            switch (ctx.Path)
            {
                case "/login":
                    ctx.Session!["user"] = "ada";
                    ctx.Session!["server"] = name;
                    ctx.Body = "logged in on " + name;
                    break;
                case "/logout":
                    ctx.Session = null;
                    ctx.Body = "bye";
                    break;
                default:
                    ctx.Body = $"{name}: {(string?)ctx.Session!["user"] ?? "anonymous"} (from {(string?)ctx.Session!["server"] ?? "-"})";
                    break;
            }

            return Task.CompletedTask;
        });
        return app;
    }

    private static string CookieHeader(HttpResponseMessage res) =>
        string.Join("; ", res.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0])
            : []);

    private static async Task<(HttpStatusCode Status, string Text, HttpResponseMessage Response)> Get(HttpClient http, KoaServer server, string path, string? cookie)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{server.Port}{path}");
        if (!string.IsNullOrEmpty(cookie)) req.Headers.Add("Cookie", cookie);
        var res = await http.SendAsync(req);
        return (res.StatusCode, await res.Content.ReadAsStringAsync(), res);
    }

    [Fact]
    public async Task Two_instances_on_two_ports_share_sessions_through_redis()
    {
        using var cacheA = Cache();
        using var cacheB = Cache();
        await using var a = await CreateInstance("A", cacheA).ListenAsync(0, "127.0.0.1");
        await using var b = await CreateInstance("B", cacheB).ListenAsync(0, "127.0.0.1");
        Assert.NotEqual(a.Port, b.Port);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false });

        // a login on A is seen by B
        var login = await Get(http, a, "/login", null);
        Assert.Equal(HttpStatusCode.OK, login.Status);
        var cookie = CookieHeader(login.Response);
        Assert.Contains("koa.sess=", cookie, StringComparison.Ordinal);
        Assert.Contains("koa.sess.sig=", cookie, StringComparison.Ordinal);
        Assert.Equal("B: ada (from A)", (await Get(http, b, "/", cookie)).Text);
        Assert.Equal("A: ada (from A)", (await Get(http, a, "/", cookie)).Text);

        // the cookie holds only the key: the data lives in Redis
        var key = cookie.Split("; ")[0]["koa.sess=".Length..];
        Assert.True(Guid.TryParse(key, out _), key);
        Assert.NotNull(await cacheA.GetAsync(key));

        // destroyed on B: gone on both
        var logout = await Get(http, b, "/logout", cookie);
        Assert.Equal(HttpStatusCode.OK, logout.Status);
        Assert.Null(await cacheA.GetAsync(key));
        Assert.Equal("A: anonymous (from -)", (await Get(http, a, "/", cookie)).Text);
        Assert.Equal("B: anonymous (from -)", (await Get(http, b, "/", cookie)).Text);

        // a forged key (unsigned) is not honoured
        Assert.Equal("B: anonymous (from -)", (await Get(http, b, "/", "koa.sess=" + key)).Text);
    }

    [Fact]
    public async Task Store_restart_mid_test_gives_503_or_a_fresh_session_never_a_crash()
    {
        using var cacheStrict = Cache(failFast: true);
        using var cacheLenient = Cache(failFast: true);
        await using var strict = await CreateInstance("strict", cacheStrict).ListenAsync(0, "127.0.0.1");
        await using var lenient = await CreateInstance("lenient", cacheLenient, freshOnError: true).ListenAsync(0, "127.0.0.1");
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false });

        var login = await Get(http, strict, "/login", null);
        Assert.Equal(HttpStatusCode.OK, login.Status);
        var cookie = CookieHeader(login.Response);
        Assert.Equal("lenient: ada (from strict)", (await Get(http, lenient, "/", cookie)).Text);

        // the store goes away; each cache's connection finds out on its own (the socket closing, or its next command
        // failing): both are seen failing before the apps are asked, so the answers below do not race the disconnect
        _garnet!.Dispose();
        _garnet = null;
        await UntilAsync(cacheStrict, usable: false);
        await UntilAsync(cacheLenient, usable: false);
        var down = await Get(http, strict, "/", cookie);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal("Service Unavailable", down.Text); // a 5xx message is not exposed
        var fresh = await Get(http, lenient, "/", cookie);
        Assert.Equal(HttpStatusCode.OK, fresh.Status); // configured for it: a fresh (empty, unsaved) session
        Assert.Equal("lenient: anonymous (from -)", fresh.Text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Get(http, lenient, "/login", null)).Status); // saving still needs the store

        // the store comes back (empty: an in-memory server): the old session is gone, nothing leaks, new logins work.
        // Each cache reconnects on its own schedule, so each is waited for (polling strict alone, as before, left
        // lenient's login racing lenient's reconnect: a 503 under load).
        StartGarnet();
        await UntilAsync(cacheStrict, usable: true);
        await UntilAsync(cacheLenient, usable: true);
        Assert.Equal("strict: anonymous (from -)", (await Get(http, strict, "/", cookie)).Text);
        var again = await Get(http, lenient, "/login", null);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("strict: ada (from lenient)", (await Get(http, strict, "/", CookieHeader(again.Response))).Text);
    }
}
