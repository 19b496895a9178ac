using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Koa;

/// <summary>
/// A running Kestrel server for a Koa application (what <c>app.listen()</c> returns in node): bare
/// <see cref="KestrelServer"/>, no generic host, no <c>Server</c> header, HTTP only (Koa leaves TLS to
/// <c>https.createServer</c>; terminate TLS in a proxy, or mount <see cref="ApplicationBase.Callback"/> in an
/// ASP.NET Core app configured for HTTPS). Dispose it to stop: in-flight requests get
/// <see cref="ShutdownTimeout"/> to finish, idle keep-alive connections close at once.
/// </summary>
/// <example>
/// <code>
/// await using var server = await app.ListenAsync(0, "127.0.0.1");
/// using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };
/// </code>
/// </example>
public sealed class KoaServer : IAsyncDisposable
{
    private const string DisableLineFeedTerminators = "Microsoft.AspNetCore.Server.Kestrel.DisableHttp1LineFeedTerminators";

    private readonly KestrelServer _server;
    private readonly ServiceProvider _transport;
    private int _stopped;

    private KoaServer(KestrelServer server, ServiceProvider transport, int port, IReadOnlyList<string> addresses)
    {
        _server = server;
        _transport = transport;
        Port = port;
        Addresses = addresses;
    }

    /// <summary>The bound TCP port (the chosen one when listening on port 0).</summary>
    /// <example><c>var url = $"http://localhost:{server.Port}/";</c></example>
    public int Port { get; }

    /// <summary>The addresses the server listens on, e.g. <c>http://[::]:3000</c>.</summary>
    /// <example><c>Console.WriteLine(string.Join(", ", server.Addresses));</c></example>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>How long <see cref="DisposeAsync"/> waits for in-flight requests before aborting them (default 5 s).</summary>
    /// <example><c>server.ShutdownTimeout = TimeSpan.FromSeconds(30);</c></example>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Completes when the process is asked to stop (Ctrl+C, SIGTERM) — what keeps a node server alive until then.
    /// Dispose the server afterwards to stop it gracefully.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting early.</param>
    /// <returns>A task that completes on the first stop signal.</returns>
    /// <example>
    /// <code>
    /// await using var server = await app.ListenAsync(3000);
    /// await server.WaitForShutdownAsync();
    /// </code>
    /// </example>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken = default)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.TrySetResult();
        }

        Console.CancelKeyPress += OnCancelKeyPress;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using var registration = cancellationToken.Register(() => stop.TrySetResult());
        try
        {
            await stop.Task.ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
        }
    }

    /// <summary>Stops accepting connections and waits for in-flight requests until <paramref name="cancellationToken"/> fires, then aborts them.</summary>
    /// <param name="cancellationToken">Ends the graceful wait.</param>
    /// <returns>A task that completes when the server has stopped.</returns>
    /// <example><c>await server.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);</c></example>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        try
        {
            await _server.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _server.Dispose();
            await _transport.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server gracefully within <see cref="ShutdownTimeout"/>.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    /// <example><c>await server.DisposeAsync();</c></example>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(ShutdownTimeout);
        await StopAsync(timeout.Token).ConfigureAwait(false);
    }

    internal static async Task<KoaServer> StartAsync(ApplicationBase app, int port, string? host, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);

        RejectBareLineFeeds();
        var options = new KestrelServerOptions
        {
            AddServerHeader = false,
            // node's http reads every header byte as one char (Latin-1) and sends header strings char by char:
            // never refuse a byte 0x80–0xFF that node accepts (Kestrel's default answers 400 to invalid UTF-8 and
            // 500 to a non-ASCII response value).
            RequestHeaderEncodingSelector = static _ => Encoding.Latin1,
            ResponseHeaderEncodingSelector = static _ => Encoding.Latin1,
        };
        ApplyLimits(app.Options, options.Limits);
        app.Options.Kestrel?.Invoke(options);
        var clientErrors = new ClientErrorLog(app);
        ListenOptions? listen = null;
        var endpoint = new IPEndPoint(ResolveHost(host), port);
        options.Listen(endpoint, listenOptions =>
        {
            listen = listenOptions;
            listenOptions.Use(clientErrors.Track);
        });

        var services = KestrelTransport.CreateServices(app.Options.Transport);
        var transport = services.GetRequiredService<IConnectionListenerFactory>();
        var server = new KestrelServer(Options.Create(options), transport, clientErrors);
        try
        {
            await app.StartAsync(server, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = (listen?.EndPoint as IPEndPoint)?.Port ?? port;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        return new KoaServer(server, services, bound, addresses);
    }

    /// <summary>
    /// Turns on Kestrel's <c>Microsoft.AspNetCore.Server.Kestrel.DisableHttp1LineFeedTerminators</c> switch (read when a
    /// server is created) so that a request line or header ended by a bare LF is answered 400, as RFC 9112 §2.2 allows
    /// and as proxies that would read the same bytes differently require (request smuggling). The switch is
    /// process-wide; an explicit setting (runtimeconfig.json, <c>AppContext.SetSwitch</c>) is left as it is.
    /// </summary>
    private static void RejectBareLineFeeds()
    {
        if (!AppContext.TryGetSwitch(DisableLineFeedTerminators, out _)) AppContext.SetSwitch(DisableLineFeedTerminators, true);
    }

    /// <summary>Copies the limits of <see cref="ApplicationOptions"/> onto Kestrel's (which validates them).</summary>
    private static void ApplyLimits(ApplicationOptions from, KestrelServerLimits to)
    {
        to.MaxRequestLineSize = from.MaxRequestLineSize;
        to.MaxRequestHeadersTotalSize = from.MaxRequestHeadersTotalSize;
        to.MaxRequestHeaderCount = from.MaxRequestHeaderCount;
        to.MaxRequestBodySize = from.MaxRequestBodySize;
        to.RequestHeadersTimeout = from.RequestHeadersTimeout;
        to.KeepAliveTimeout = from.KeepAliveTimeout;
        to.MinRequestBodyDataRate = from.MinRequestBodyDataRate;
        to.MinResponseDataRate = from.MinResponseDataRate;
        to.MaxConcurrentConnections = from.MaxConcurrentConnections;
    }

    private static IPAddress ResolveHost(string? host)
    {
        // All interfaces: the IPv6 wildcard (dual-stack, like node), or the IPv4 one where the OS has no IPv6.
        if (string.IsNullOrEmpty(host)) return Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.Loopback;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address)) return address;
        var resolved = Dns.GetHostAddresses(host);
        return resolved.Length > 0 ? resolved[0] : throw new ArgumentException("cannot resolve host " + host, nameof(host));
    }
}
