using System.Collections.Concurrent;
using System.Net;
using Koa.Tests.Security;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Koa.Tests.Hosting;

// Canaries: each assumption packages/Koa/Hosting makes about Kestrel, checked against Kestrel itself (not through
// KoaNet), so that a Kestrel upgrade that breaks one fails here with a message naming the assumption.
public sealed class KestrelCanaryTests
{
    private const string Upgrade = "Kestrel changed (ASP.NET Core upgrade?): packages/Koa/Hosting relies on ";

    [Fact(DisplayName = "hosting › canary › Kestrel reports a request it refuses as BadRequests/ConnectionBadRequest with a BadHttpRequestException, the ConnectionId and, with Information on, the bytes (ClientErrorLog)")]
    public async Task Bad_request_log_event()
    {
        var log = new RecordingLoggerFactory();
        await using var server = await StartAsync(log);
        var result = await Security.Wire.ExchangeAsync(server.Port, "G\u0001T / HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(400, result.Status);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (log.Events.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(10);
        var events = log.Events.ToArray();
        var bad = events.Where(e => e.Exception is Microsoft.AspNetCore.Http.BadHttpRequestException).ToArray();
        Assert.True(bad.Length == 1, Upgrade + "one log event per refused request carrying a BadHttpRequestException; saw " + string.Join("; ", events.Select(e => $"{e.Category}/{e.EventId}")));
        var e = bad[0];
        Assert.True(e.Category == "Microsoft.AspNetCore.Server.Kestrel.BadRequests", Upgrade + "the log category Microsoft.AspNetCore.Server.Kestrel.BadRequests; saw " + e.Category);
        Assert.True(e.EventId.Name == "ConnectionBadRequest", Upgrade + "the event name ConnectionBadRequest; saw " + e.EventId);
        Assert.True(e.ConnectionId is { Length: > 0 }, Upgrade + "a structured \"ConnectionId\" in the event's state");
        Assert.True(e.Exception!.Message.Contains("\\x01", StringComparison.Ordinal), Upgrade + "the offending bytes in the message once Information is enabled on Microsoft.AspNetCore.Server.Kestrel; saw " + e.Exception.Message);
    }

    [Fact(DisplayName = "hosting › canary › UseKestrelCore() registers only through ConfigureServices and gives the socket transport Kestrel's memory pool (KestrelTransport)")]
    public async Task Transport_registrations()
    {
        await using var services = KestrelTransport.CreateServices(o => o.NoDelay = false);
        var factory = services.GetService<IConnectionListenerFactory>();
        Assert.True(factory is SocketTransportFactory, Upgrade + "UseKestrelCore() registering SocketTransportFactory as IConnectionListenerFactory; got " + factory?.GetType().FullName);
        Assert.False(services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.NoDelay, Upgrade + "SocketTransportOptions configured through IOptions");
        var pools = services.GetService<IMemoryPoolFactory<byte>>();
        Assert.True(pools is not null, Upgrade + "UseKestrelCore() registering an IMemoryPoolFactory<byte> (the pinned-block pool)");
        using var pool = pools.Create();
        Assert.True(pool != System.Buffers.MemoryPool<byte>.Shared, Upgrade + "a pool of Kestrel's own, not MemoryPool<byte>.Shared");
    }

    [Fact(DisplayName = "hosting › canary › the DisableHttp1LineFeedTerminators switch exists and refuses a bare LF (KoaServer)")]
    public async Task Line_feed_switch()
    {
        // KoaServer sets the switch before it creates its server; check it refuses what the switch promises.
        await using var server = await new Application().ListenAsync(0, "127.0.0.1");
        Assert.True(AppContext.TryGetSwitch("Microsoft.AspNetCore.Server.Kestrel.DisableHttp1LineFeedTerminators", out var on) && on, Upgrade + "the AppContext switch name");
        var result = await Security.Wire.ExchangeAsync(server.Port, "GET / HTTP/1.1\nHost: a\n\n");
        Assert.True(result.Status == 400, Upgrade + "the switch refusing bare-LF line ends; got " + result.Status);
    }

    private static async Task<Running> StartAsync(ILoggerFactory log)
    {
        var options = new KestrelServerOptions { AddServerHeader = false };
        options.Listen(IPAddress.Loopback, 0);
        var services = KestrelTransport.CreateServices();
        var server = new KestrelServer(Options.Create(options), services.GetRequiredService<IConnectionListenerFactory>(), log);
        await server.StartAsync(new Ok(), default);
        var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Running(server, services, new Uri(address).Port);
    }

    private sealed class Running(KestrelServer server, ServiceProvider services, int port) : IAsyncDisposable
    {
        public int Port => port;

        public async ValueTask DisposeAsync()
        {
            await server.StopAsync(default);
            server.Dispose();
            await services.DisposeAsync();
        }
    }

    private sealed class Ok : IHttpApplication<IFeatureCollection>
    {
        public IFeatureCollection CreateContext(IFeatureCollection contextFeatures) => contextFeatures;

        public Task ProcessRequestAsync(IFeatureCollection context) => Task.CompletedTask;

        public void DisposeContext(IFeatureCollection context, Exception? exception)
        {
        }
    }

    private sealed record Event(string Category, EventId EventId, Exception? Exception, string? ConnectionId);

    private sealed class RecordingLoggerFactory : ILoggerFactory
    {
        public ConcurrentQueue<Event> Events { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(RecordingLoggerFactory owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (exception is null) return;
                var id = state is IReadOnlyList<KeyValuePair<string, object?>> values ? values.FirstOrDefault(v => v.Key == "ConnectionId").Value as string : null;
                owner.Events.Enqueue(new Event(category, eventId, exception, id));
            }
        }
    }
}
