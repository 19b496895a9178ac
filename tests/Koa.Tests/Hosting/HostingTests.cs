using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Koa.Tests.Applications;

// KoaNet's own hosting contract (no upstream file): ListenAsync on bare Kestrel, the per-connection context pool,
// Callback() inside ASP.NET Core, Kestrel limits and their errors, graceful stop.
public sealed class HostingTests
{
    [Fact(DisplayName = "app.listen() › listens on all interfaces like node, on any free port with port 0")]
    public async Task Listens_on_all_interfaces()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = ctx.Ip;
            return Task.CompletedTask;
        });
        await using var server = await app.ListenAsync();
        Assert.True(server.Port > 0);
        Assert.NotEmpty(server.Addresses);
        using var client = new HttpClient();
        var v4 = await client.GetStringAsync($"http://127.0.0.1:{server.Port}/");
        Assert.EndsWith("127.0.0.1", v4, StringComparison.Ordinal);
        if (Socket.OSSupportsIPv6)
        {
            Assert.Equal("::1", await client.GetStringAsync($"http://[::1]:{server.Port}/"));
        }
    }

    [Fact(DisplayName = "app.listen() › binds the given host (localhost, an address) and stops once")]
    public async Task Binds_given_host()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = "ok";
            return Task.CompletedTask;
        });
        var server = await app.ListenAsync(0, "localhost");
        using var client = new HttpClient();
        Assert.Equal("ok", await client.GetStringAsync($"http://127.0.0.1:{server.Port}/"));
        await server.StopAsync();
        await server.StopAsync();
        await server.DisposeAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetStringAsync($"http://127.0.0.1:{server.Port}/"));

        await using var second = await app.ListenAsync(0, "127.0.0.1");
        Assert.Equal("ok", await client.GetStringAsync($"http://127.0.0.1:{second.Port}/"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => app.ListenAsync(-1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => app.ListenAsync(70000));
    }

    [Fact(DisplayName = "app.listen() › sends no Server header and uses the raw request target for ctx.url")]
    public async Task Raw_target_and_no_server_header()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = ctx.Url + " " + ctx.Path;
            return Task.CompletedTask;
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        var response = await RawHttp.ExchangeAsync(server.Port, "GET //a//b/../c%20d?x=a+b%20c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        Assert.DoesNotContain("Server:", response, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("//a//b/../c%20d?x=a+b%20c //a//b/../c%20d", response, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "app.listen() › each request on a keep-alive connection gets its own context, starting fresh")]
    public async Task Context_per_request()
    {
        var app = new Application();
        var seen = new List<Context>();
        app.Use(ctx =>
        {
            seen.Add(ctx);
            ctx.Body = $"state {ctx.State.Count}, status {ctx.Status}, writable: {(ctx.Writable ? "true" : "false")}";
            ctx.State["mark"] = 1;
            ctx.Set("X-Seen", "1");
            return Task.CompletedTask;
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        var responses = await RawHttp.ExchangeAsync(server.Port, RawHttp.Get(server.Port) + RawHttp.Get(server.Port, "/2", close: true));
        Assert.Equal(2, seen.Count);
        Assert.NotSame(seen[0], seen[1]);
        Assert.Equal(2, CountOf(responses, "state 0, status 404, writable: true"));
    }

    [Fact(DisplayName = "app.listen() › a client gone before the response makes the context not writable, and nothing is reported")]
    public async Task Client_gone()
    {
        var app = new Application();
        var handled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = 0;
        app.Error += (_, _) => Interlocked.Increment(ref errors);
        app.Use(async ctx =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
            }
            finally
            {
                handled.TrySetResult(ctx.Writable);
            }
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        await RawHttp.SendAndDisconnectAsync(server.Port, RawHttp.Get(server.Port), TimeSpan.FromMilliseconds(50));
        Assert.False(await handled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        await Task.Delay(50);
        Assert.Equal(0, errors);
    }

    [Fact(DisplayName = "app.listen() › Kestrel limits stay on and are configurable; BadHttpRequestException maps to its status")]
    public async Task Kestrel_limits()
    {
        var app = new Application(new ApplicationOptions { Kestrel = kestrel => kestrel.Limits.MaxRequestBodySize = 10 });
        Exception? reported = null;
        app.Error += (err, _) => reported = err;
        app.Use(async ctx =>
        {
            using var reader = new StreamReader(ctx.Req.Body);
            ctx.Body = await reader.ReadToEndAsync();
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var client = new HttpClient();
        using var small = await client.PostAsync($"http://127.0.0.1:{server.Port}/", new StringContent("tiny"));
        Assert.Equal("tiny", await small.Content.ReadAsStringAsync());
        using var large = await client.PostAsync($"http://127.0.0.1:{server.Port}/", new StringContent(new string('x', 100)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("Payload Too Large", await large.Content.ReadAsStringAsync());
        Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.BadHttpRequestException>(reported);
    }

    [Fact(DisplayName = "app.listen() › Transport configures Kestrel's socket transport (inline scheduling serves as usual)")]
    public async Task Transport_options()
    {
        var calls = 0;
        var app = new Application(new ApplicationOptions
        {
            Transport = transport =>
            {
                calls++;
                transport.UnsafePreferInlineScheduling = true;
                transport.NoDelay = true;
            },
        });
        app.Use(ctx => { ctx.Body = "inline"; return Task.CompletedTask; });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var client = new HttpClient();
        for (var i = 0; i < 3; i++) Assert.Equal("inline", await client.GetStringAsync($"http://127.0.0.1:{server.Port}/"));
        Assert.Equal(1, calls);
    }

    [Fact(DisplayName = "app.listen() › WaitForShutdownAsync completes when cancelled")]
    public async Task Wait_for_shutdown()
    {
        await using var server = await new Application().ListenAsync(0, "127.0.0.1");
        server.ShutdownTimeout = TimeSpan.FromSeconds(1);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        await server.WaitForShutdownAsync(cancellation.Token).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(1), server.ShutdownTimeout);
    }

    [Fact(DisplayName = "app.callback() › mounts the app in an ASP.NET Core pipeline; ctx.url is relative to the mount")]
    public async Task Callback_in_aspnetcore()
    {
        var koa = new Application();
        koa.Use(ctx =>
        {
            ctx.Body = new { url = ctx.Url, originalUrl = ctx.OriginalUrl, host = ctx.Host };
            return Task.CompletedTask;
        });
        var callback = koa.Callback();
        koa.Use(ctx => throw new InvalidOperationException("composed after callback(): not seen"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var web = builder.Build();
        web.Map("/koa", branch => branch.Run(callback));
        web.MapGet("/", () => "aspnet");
        await web.StartAsync();
        try
        {
            var address = web.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient();
            Assert.Equal("aspnet", await client.GetStringAsync(address + "/"));
            var json = await client.GetStringAsync(address + "/koa/items?x=1");
            Assert.Equal("{\"url\":\"/items?x=1\",\"originalUrl\":\"/items?x=1\",\"host\":\"" + address["http://".Length..] + "\"}", json);
        }
        finally
        {
            await web.StopAsync();
        }
    }

    // The same guarantee as ListenAsync's (security › faults › a middleware not awaiting next): Callback() takes the
    // same path (create → handle → detach in finally), so a late write throws instead of touching a finished request.
    [Fact(DisplayName = "app.callback() › a next() not awaited: the late write throws, the next request on the connection is untouched")]
    public async Task Callback_detaches_contexts()
    {
        var lateWrite = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var koa = new Application();
        koa.Use((ctx, next) =>
        {
            if (ctx.Path != "/forgot-await") return next();
            _ = next();
            return Task.CompletedTask;
        });
        koa.Use(async ctx =>
        {
            if (ctx.Path == "/forgot-await")
            {
                await Task.Delay(300);
                try
                {
                    ctx.Set("X-Leak", "from /forgot-await");
                    ctx.Body = "secret of the first request";
                    lateWrite.TrySetResult("written");
                }
                catch (Exception error)
                {
                    lateWrite.TrySetResult(error.GetType().Name);
                }
                return;
            }
            await Task.Delay(600);
            ctx.Body ??= "second";
        });

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var web = builder.Build();
        web.Map("/koa", branch => branch.Run(koa.Callback()));
        await web.StartAsync();
        try
        {
            var address = new Uri(web.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var wire = await Security.Wire.ConnectAsync(address.Port);
            await wire.SendAsync("GET /koa/forgot-await HTTP/1.1\r\nHost: a\r\n\r\n");
            var first = await wire.ReadResponseAsync();
            await wire.SendAsync("GET /koa/second HTTP/1.1\r\nHost: a\r\n\r\n");
            var second = await wire.ReadResponseAsync();

            Assert.Equal(404, first.Status);
            Assert.Equal(200, second.Status);
            Assert.Equal("second", second.Body);
            Assert.Null(second.Header("X-Leak"));
            Assert.Equal(nameof(InvalidOperationException), await lateWrite.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        }
        finally
        {
            await web.StopAsync();
        }
    }

    [Theory(DisplayName = "app.handleRequest(ctx) › runs the middleware and the respond step on a given context")]
    [Transports]
    public async Task Handle_request(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = "handled";
            return Task.CompletedTask;
        });
        var ctx = TestContexts.Create(app: app);
        await app.HandleRequestAsync(ctx);
        Assert.Equal("handled", TestContexts.ResponseOf(ctx).BodyText);
        Assert.Equal(7, ctx.ResponseLength);
        await app.Request(transport).Get("/").ExpectAsync(200, "handled");
    }

    [Fact(DisplayName = "app.createContext() › needs the request, response and body features")]
    public void Create_context_requires_features()
    {
        var app = new Application();
        var features = new Microsoft.AspNetCore.Http.Features.FeatureCollection();
        Assert.Throws<InvalidOperationException>(() => app.CreateContext(features));
        Assert.Throws<ArgumentNullException>(() => app.CreateContext(null!));
        Assert.Throws<InvalidOperationException>(() => new Context().Req);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
