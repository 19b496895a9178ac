using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace Koa;

/// <summary>
/// Options of <c>new Koa(options)</c>, plus the .NET-only settings of the Kestrel host and JSON output.
/// Like Koa, "empty" values fall back to the defaults (<c>options.subdomainOffset || 2</c>): a
/// <see cref="SubdomainOffset"/> of 0 means 2; set <see cref="ApplicationBase.SubdomainOffset"/> afterwards for 0.
/// </summary>
/// <example>
/// <code>
/// var app = new Application(new ApplicationOptions
/// {
///     Proxy = true,
///     Keys = ["im a newer secret", "i like turtle"],
///     MaxRequestBodySize = 1_000_000,
///     KeepAliveTimeout = TimeSpan.FromSeconds(5),
/// });
/// </code>
/// </example>
public sealed class ApplicationOptions
{
    // The limit properties start at Kestrel's own defaults and are copied onto KestrelServerOptions.Limits by
    // ListenAsync (KoaServer.ApplyLimits). Kestrel validates them there: an out-of-range value makes ListenAsync throw
    // ArgumentOutOfRangeException. Mounted with Callback(), the hosting ASP.NET Core server's limits apply instead.
    private static readonly KestrelServerLimits KestrelDefaults = new();

    /// <summary>The environment; defaults to <c>NODE_ENV</c>, then <c>ASPNETCORE_ENVIRONMENT</c>, <c>DOTNET_ENVIRONMENT</c>, then <c>"development"</c>.</summary>
    /// <example><c>new ApplicationOptions { Env = "production" }</c></example>
    public string? Env { get; set; }

    /// <summary>Signed-cookie keys, newest first (Koa's <c>keys</c> as an array).</summary>
    /// <example><c>new ApplicationOptions { Keys = ["im a newer secret", "i like turtle"] }</c></example>
    public IReadOnlyList<string>? Keys { get; set; }

    /// <summary>A ready <see cref="Koa.Keygrip"/> for signed cookies (Koa's <c>keys</c> as a Keygrip); wins over <see cref="Keys"/>.</summary>
    /// <example><c>new ApplicationOptions { Keygrip = new Keygrip(["secret"], "sha256") }</c></example>
    public Keygrip? Keygrip { get; set; }

    /// <summary>Trust the proxy headers <c>X-Forwarded-Host</c>, <c>X-Forwarded-Proto</c> and <see cref="ProxyIpHeader"/>.</summary>
    /// <example><c>new ApplicationOptions { Proxy = true }</c></example>
    public bool Proxy { get; set; }

    /// <summary>How many dot-separated parts of the hostname are the domain (<c>ctx.Subdomains</c>); 0 means the default 2.</summary>
    /// <example><c>new ApplicationOptions { SubdomainOffset = 3 }</c></example>
    public int SubdomainOffset { get; set; }

    /// <summary>The header holding the client chain when <see cref="Proxy"/> is on; defaults to <c>X-Forwarded-For</c>.</summary>
    /// <example><c>new ApplicationOptions { Proxy = true, ProxyIpHeader = "X-Client-IP" }</c></example>
    public string? ProxyIpHeader { get; set; }

    /// <summary>Keep only the last N addresses of <see cref="ProxyIpHeader"/> (0 = all).</summary>
    /// <example><c>new ApplicationOptions { Proxy = true, MaxIpsCount = 1 }</c></example>
    public int MaxIpsCount { get; set; }

    /// <summary>Track the current context in an <see cref="AsyncLocal{T}"/> so <see cref="ApplicationBase.CurrentContext"/> works (Koa's <c>asyncLocalStorage: true</c>).</summary>
    /// <example><c>new ApplicationOptions { AsyncLocalStorage = true }</c></example>
    public bool AsyncLocalStorage { get; set; }

    /// <summary>A given storage for the current context (Koa's <c>asyncLocalStorage: instance</c>); setting it turns the feature on.</summary>
    /// <example><c>new ApplicationOptions { ContextStorage = new AsyncLocal&lt;Context?&gt;() }</c></example>
    public AsyncLocal<Context?>? ContextStorage { get; set; }

    /// <summary>Do not write errors to stderr from the default error handler.</summary>
    /// <example><c>new ApplicationOptions { Silent = true }</c></example>
    public bool Silent { get; set; }

    /// <summary>A name for the application (koa-lite's <c>app.name</c>); informational.</summary>
    /// <example><c>new ApplicationOptions { Name = "api" }</c></example>
    public string? Name { get; set; }

    /// <summary>Indentation of JSON bodies, as <c>JSON.stringify(body, null, JsonSpaces)</c> (0 = compact, at most 10).</summary>
    /// <example><c>new ApplicationOptions { JsonSpaces = 2 }</c></example>
    public int JsonSpaces { get; set; }

    /// <summary>koa-lite's <c>outputErrors</c>: when false, the default error handler stays quiet while <see cref="Env"/> is <c>"test"</c>.</summary>
    /// <example><c>new ApplicationOptions { Env = "test", OutputErrors = false }</c></example>
    public bool OutputErrors { get; set; } = true;

    /// <summary>
    /// Base System.Text.Json options for JSON bodies (naming policy, converters…); Koa's JSON.stringify rules are layered
    /// on top. Trimmed and native AOT applications, where reflection-based serialization is off, set
    /// <see cref="JsonSerializerOptions.TypeInfoResolver"/> to their source-generated <c>JsonSerializerContext</c>.
    /// </summary>
    /// <example><c>new ApplicationOptions { JsonSerializerOptions = new(JsonSerializerDefaults.Web) }</c>; AOT: <c>new ApplicationOptions { JsonSerializerOptions = new() { TypeInfoResolver = AppJson.Default } }</c></example>
    public JsonSerializerOptions? JsonSerializerOptions { get; set; }

    /// <summary>
    /// Configures the Kestrel server used by <see cref="ApplicationBase.ListenAsync(int, string, CancellationToken)"/> (protocols, anything not covered
    /// by the limit properties). Runs after the limit properties are applied, so it has the last word.
    /// </summary>
    /// <example><c>new ApplicationOptions { Kestrel = k => k.Limits.MaxRequestBufferSize = 64 * 1024 }</c></example>
    public Action<KestrelServerOptions>? Kestrel { get; set; }

    /// <summary>
    /// Configures Kestrel's socket transport used by <see cref="ApplicationBase.ListenAsync(int, string, CancellationToken)"/> (Kestrel's
    /// <c>SocketTransportOptions</c>: I/O queue count, buffer sizes, <c>NoDelay</c>, inline scheduling).
    /// </summary>
    /// <example><c>new ApplicationOptions { Transport = t => t.UnsafePreferInlineScheduling = true }</c></example>
    public Action<SocketTransportOptions>? Transport { get; set; }

    /// <summary>
    /// The longest request line (method, target, version, CRLF) in bytes; longer → Kestrel answers 414 and closes.
    /// Default 8,192 (Kestrel's, nginx's <c>large_client_header_buffers</c>).
    /// </summary>
    /// <example><c>new ApplicationOptions { MaxRequestLineSize = 4096 }</c></example>
    public int MaxRequestLineSize { get; set; } = KestrelDefaults.MaxRequestLineSize;

    /// <summary>
    /// The largest header section (every name, value and line ending, request line excluded) in bytes; larger →
    /// 431 and close. Default 32,768 (node's <c>maxHeaderSize</c> is 16 KiB).
    /// </summary>
    /// <example><c>new ApplicationOptions { MaxRequestHeadersTotalSize = 16 * 1024 }</c></example>
    public int MaxRequestHeadersTotalSize { get; set; } = KestrelDefaults.MaxRequestHeadersTotalSize;

    /// <summary>The most header fields a request may carry; more → 431 and close. Default 100 (Apache's <c>LimitRequestFields</c>).</summary>
    /// <example><c>new ApplicationOptions { MaxRequestHeaderCount = 50 }</c></example>
    public int MaxRequestHeaderCount { get; set; } = KestrelDefaults.MaxRequestHeaderCount;

    /// <summary>
    /// The largest request body in bytes: a larger <c>Content-Length</c>, or a chunked body growing past it, makes the
    /// body read throw <see cref="Microsoft.AspNetCore.Http.BadHttpRequestException"/> (413), which Koa's error
    /// handling answers. null = no limit. Default 30,000,000 (IIS's <c>maxAllowedContentLength</c>).
    /// </summary>
    /// <example><c>new ApplicationOptions { MaxRequestBodySize = 1_000_000 }</c></example>
    public long? MaxRequestBodySize { get; set; } = KestrelDefaults.MaxRequestBodySize;

    /// <summary>
    /// How long a client may take to send the request line and headers (node's <c>headersTimeout</c>); then the
    /// connection is closed (408 when nothing of the response has been sent). Default 30 s.
    /// </summary>
    /// <example><c>new ApplicationOptions { RequestHeadersTimeout = TimeSpan.FromSeconds(10) }</c></example>
    public TimeSpan RequestHeadersTimeout { get; set; } = KestrelDefaults.RequestHeadersTimeout;

    /// <summary>How long an idle keep-alive connection stays open (node's <c>keepAliveTimeout</c>, 5 s there). Default 130 s.</summary>
    /// <example><c>new ApplicationOptions { KeepAliveTimeout = TimeSpan.FromSeconds(5) }</c></example>
    public TimeSpan KeepAliveTimeout { get; set; } = KestrelDefaults.KeepAliveTimeout;

    /// <summary>
    /// The slowest a request body may arrive once its grace period is over (slowloris defence); slower → the body
    /// read throws (408) and the connection closes. null = no minimum. Default 240 bytes/s after 5 s.
    /// </summary>
    /// <example><c>new ApplicationOptions { MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(10)) }</c></example>
    public MinDataRate? MinRequestBodyDataRate { get; set; } = KestrelDefaults.MinRequestBodyDataRate;

    /// <summary>
    /// The slowest a client may read the response (a reader that stalls holds buffers); slower → the connection is
    /// aborted. null = no minimum. Default 240 bytes/s after 5 s.
    /// </summary>
    /// <example><c>new ApplicationOptions { MinResponseDataRate = null }</c></example>
    public MinDataRate? MinResponseDataRate { get; set; } = KestrelDefaults.MinResponseDataRate;

    /// <summary>
    /// The most connections open at once (node's <c>server.maxConnections</c>); further connections are closed at
    /// once, before any byte is read. null = no limit (the default).
    /// </summary>
    /// <example><c>new ApplicationOptions { MaxConcurrentConnections = 10_000 }</c></example>
    public long? MaxConcurrentConnections { get; set; } = KestrelDefaults.MaxConcurrentConnections;
}
