using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Koa;

/// <summary>
/// A running Kestrel server for a Koa application (what <c>app.listen()</c> returns in node): bare
/// <see cref="KestrelServer"/>, no generic host, no <c>Server</c> header. One or several endpoints
/// (<see cref="ListenEndpoint"/>): HTTP/1.1, HTTPS with HTTP/1.1 and HTTP/2 through ALPN, HTTP/2 with prior knowledge
/// (h2c) when asked — what node needs <c>http</c>, <c>https</c> and <c>http2</c> servers for. Dispose it to stop: in-flight requests get
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
    private readonly List<X509Certificate2> _certificates;
    private int _stopped;

    private KoaServer(KestrelServer server, ServiceProvider transport, int[] ports, IReadOnlyList<string> addresses, List<X509Certificate2> certificates)
    {
        _server = server;
        _transport = transport;
        _certificates = certificates;
        Ports = ports;
        Port = ports[0];
        Addresses = addresses;
    }

    /// <summary>The bound TCP port (the chosen one when listening on port 0); the first endpoint's when there are several.</summary>
    /// <example><c>var url = $"http://localhost:{server.Port}/";</c></example>
    public int Port { get; }

    /// <summary>The bound TCP port of each endpoint, in the order they were given to <see cref="ApplicationBase.ListenAsync(ListenEndpoint[])"/>.</summary>
    /// <example><c>var https = $"https://localhost:{server.Ports[1]}/";</c></example>
    public IReadOnlyList<int> Ports { get; }

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
            foreach (var certificate in _certificates) certificate.Dispose();
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

    internal static Task<KoaServer> StartAsync(ApplicationBase app, int port, string? host, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return StartAsync(app, [new ListenEndpoint { Port = port, Host = host }], cancellationToken);
    }

    internal static async Task<KoaServer> StartAsync(ApplicationBase app, IReadOnlyList<ListenEndpoint> endpoints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.Count == 0) throw new ArgumentException("At least one endpoint is needed.", nameof(endpoints));
        foreach (var endpoint in endpoints)
        {
            ArgumentNullException.ThrowIfNull(endpoint, nameof(endpoints));
            endpoint.Validate();
        }

        RejectBareLineFeeds();
        var services = KestrelTransport.CreateServices(app.Options.Transport);
        var options = new KestrelServerOptions
        {
            AddServerHeader = false,
            // node's http reads every header byte as one char (Latin-1) and sends header strings char by char:
            // never refuse a byte 0x80–0xFF that node accepts (Kestrel's default answers 400 to invalid UTF-8 and
            // 500 to a non-ASCII response value).
            RequestHeaderEncodingSelector = static _ => Encoding.Latin1,
            ResponseHeaderEncodingSelector = static _ => Encoding.Latin1,
            // UseHttps finds its logger factory and metrics here.
            ApplicationServices = services,
        };
        ApplyLimits(app.Options, options.Limits);
        app.Options.Kestrel?.Invoke(options);
        var clientErrors = new ClientErrorLog(app);
        var listens = new ListenOptions?[endpoints.Count];
        var owned = new List<X509Certificate2>();
        KestrelServer? server = null;
        try
        {
            for (var i = 0; i < endpoints.Count; i++)
            {
                var endpoint = endpoints[i];
                var index = i;
                var certificate = endpoint.LoadCertificate(out var loaded);
                if (loaded && certificate is not null) owned.Add(certificate);
                options.Listen(new IPEndPoint(ResolveHost(endpoint.Host), endpoint.Port), listenOptions =>
                {
                    listens[index] = listenOptions;
                    listenOptions.Protocols = endpoint.EffectiveProtocols;
                    listenOptions.Use(clientErrors.Track);
                    if (certificate is not null) listenOptions.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate });
                });
            }

            var transport = services.GetRequiredService<IConnectionListenerFactory>();
            server = new KestrelServer(Options.Create(options), transport, clientErrors);
            await app.StartAsync(server, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server?.Dispose();
            await services.DisposeAsync().ConfigureAwait(false);
            foreach (var certificate in owned) certificate.Dispose();
            throw;
        }

        var ports = new int[endpoints.Count];
        for (var i = 0; i < ports.Length; i++) ports[i] = (listens[i]?.EndPoint as IPEndPoint)?.Port ?? endpoints[i].Port;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        return new KoaServer(server, services, ports, addresses, owned);
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
