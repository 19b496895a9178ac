using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Koa;

/// <summary>
/// The settings, events and hosting every Koa application shares, whatever its context type — what a
/// context sees as <c>ctx.App</c>. Create applications with <see cref="Application"/> or
/// <see cref="Application{TContext}"/>.
/// </summary>
/// <example>
/// <code>
/// app.Use(async (ctx, next) =>
/// {
///     if (ctx.App.Env == "development") ctx.Set("X-Debug", "1");
///     await next();
/// });
/// </code>
/// </example>
public abstract class ApplicationBase
{
    private IReadOnlyList<string>? _keys;
    private Keygrip? _keygrip;
    private Keygrip? _keysKeygrip;
    private int _jsonSpaces;
    private JsonSerializerOptions? _jsonSerializerOptions;
    private JsonSerializerOptions? _effectiveJsonOptions;

    /// <summary>Applies the options like Koa's constructor (falsy values fall back to the defaults).</summary>
    /// <param name="options">The options, or null for the defaults.</param>
    private protected ApplicationBase(ApplicationOptions? options)
    {
        options ??= new ApplicationOptions();
        Options = options;
        Proxy = options.Proxy;
        SubdomainOffset = options.SubdomainOffset != 0 ? options.SubdomainOffset : 2;
        ProxyIpHeader = string.IsNullOrEmpty(options.ProxyIpHeader) ? "X-Forwarded-For" : options.ProxyIpHeader;
        MaxIpsCount = options.MaxIpsCount;
        Env = !string.IsNullOrEmpty(options.Env) ? options.Env : DefaultEnv();
        if (options.Keys is { Count: > 0 }) _keys = options.Keys;
        _keygrip = options.Keygrip;
        Silent = options.Silent;
        Name = options.Name;
        _jsonSpaces = options.JsonSpaces;
        _jsonSerializerOptions = options.JsonSerializerOptions;
        OutputErrors = options.OutputErrors;
        if (options.ContextStorage is not null) ContextStorage = options.ContextStorage;
        else if (options.AsyncLocalStorage) ContextStorage = new AsyncLocal<Context?>();
    }

    /// <summary>The options the application was created with (the Kestrel configuration is read from them).</summary>
    internal ApplicationOptions Options { get; }

    /// <summary>The environment (<c>app.env</c>).</summary>
    /// <example><c>if (app.Env == "production") app.Silent = true;</c></example>
    public string Env { get; set; }

    /// <summary>Whether proxy headers are trusted (<c>app.proxy</c>).</summary>
    /// <example><c>app.Proxy = true; // ctx.Protocol now honours X-Forwarded-Proto</c></example>
    public bool Proxy { get; set; }

    /// <summary>How many parts of the hostname form the domain (<c>app.subdomainOffset</c>); may be set to 0 here.</summary>
    /// <example><c>app.SubdomainOffset = 3; // tobi.ferrets.example.co.uk → ["ferrets", "tobi"]</c></example>
    public int SubdomainOffset { get; set; }

    /// <summary>The header read by <c>ctx.Ips</c> when <see cref="Proxy"/> is on (<c>app.proxyIpHeader</c>).</summary>
    /// <example><c>app.ProxyIpHeader = "X-Real-IP";</c></example>
    public string ProxyIpHeader { get; set; }

    /// <summary>Keep only the last N addresses of the proxy header (<c>app.maxIpsCount</c>; 0 = all).</summary>
    /// <example><c>app.MaxIpsCount = 1;</c></example>
    public int MaxIpsCount { get; set; }

    /// <summary>Signed-cookie keys, newest first (<c>app.keys</c> as an array); null when none.</summary>
    /// <example><c>app.Keys = ["im a newer secret", "i like turtle"];</c></example>
    public IReadOnlyList<string>? Keys
    {
        get => _keys;
        set
        {
            _keys = value;
            _keysKeygrip = null;
        }
    }

    /// <summary>A Keygrip for signed cookies (<c>app.keys</c> as a Keygrip); when null, one is built from <see cref="Keys"/>.</summary>
    /// <example><c>app.Keygrip = new Keygrip(["secret"], "sha256");</c></example>
    public Keygrip? Keygrip
    {
        get => _keygrip ?? (_keys is { Count: > 0 } ? _keysKeygrip ??= new Keygrip(_keys) : null);
        set => _keygrip = value;
    }

    /// <summary>Suppress the default error logging (<c>app.silent</c>).</summary>
    /// <example><c>app.Silent = true;</c></example>
    public bool Silent { get; set; }

    /// <summary>The application's name (koa-lite's <c>app.name</c>); informational.</summary>
    /// <example><c>app.Name = "api";</c></example>
    public string? Name { get; set; }

    /// <summary>koa-lite's <c>outputErrors</c>: when false, the default error handler stays quiet while <see cref="Env"/> is <c>"test"</c>.</summary>
    /// <example><c>app.OutputErrors = false;</c></example>
    public bool OutputErrors { get; set; }

    /// <summary>Indentation of JSON bodies, as <c>JSON.stringify(body, null, JsonSpaces)</c> (0 = compact, at most 10).</summary>
    /// <example><c>app.JsonSpaces = 2; // ctx.Body = new { a = 1 } → "{\n  \"a\": 1\n}"</c></example>
    public int JsonSpaces
    {
        get => _jsonSpaces;
        set
        {
            _jsonSpaces = value;
            _effectiveJsonOptions = null;
        }
    }

    /// <summary>Base System.Text.Json options for JSON bodies; JSON.stringify's escaping, numbers and indentation are layered on top.</summary>
    /// <example><c>app.JsonSerializerOptions = new(JsonSerializerDefaults.Web); // camelCase property names</c></example>
    public JsonSerializerOptions? JsonSerializerOptions
    {
        get => _jsonSerializerOptions;
        set
        {
            _jsonSerializerOptions = value;
            _effectiveJsonOptions = null;
        }
    }

    /// <summary>The options JSON bodies are serialized with (compact; <see cref="JsonIndent"/> lays them out).</summary>
    internal JsonSerializerOptions JsonOptions =>
        _effectiveJsonOptions ??= _jsonSerializerOptions is null ? JsJson.Compact : JsJson.CreateOptions(_jsonSerializerOptions);

    /// <summary><see cref="JsonSpaces"/> as <c>JSON.stringify</c> takes it: 0 to 10.</summary>
    internal int JsonIndent => Math.Clamp(_jsonSpaces, 0, 10);

    /// <summary>
    /// Serializes <paramref name="value"/> exactly as this application writes a JSON body:
    /// <c>JSON.stringify(value, null, JsonSpaces)</c> over <see cref="JsonSerializerOptions"/> (JavaScript's escaping,
    /// numbers and dates).
    /// </summary>
    /// <param name="value">Any value a body may hold.</param>
    /// <returns>The JSON text.</returns>
    /// <example><c>app.Stringify(new { a = 1.5e21 })</c> is <c>{"a":1.5e+21}</c> with <c>JsonSpaces = 0</c>.</example>
    public string Stringify(object? value) => JsJson.Stringify(value, JsonOptions);

    /// <summary>The storage of the current context (<c>app.ctxStorage</c>), or null when the feature is off.</summary>
    /// <example><c>new Application(new() { AsyncLocalStorage = true }).ContextStorage</c> is not null.</example>
    public AsyncLocal<Context?>? ContextStorage { get; }

    /// <summary>The context of the request being handled on this async flow (<c>app.currentContext</c>); null when <see cref="ApplicationOptions.AsyncLocalStorage"/> is off or outside a request.</summary>
    /// <example><c>void Log(string message) => Console.WriteLine($"{app.CurrentContext?.Url}: {message}");</c></example>
    public Context? CurrentContext => ContextStorage?.Value;

    /// <summary>
    /// Koa's <c>'error'</c> event: raised for every error a request meets (4xx included), with the context when there
    /// is one. Without subscribers, <see cref="OnError"/> runs instead (Koa installs it as the default listener).
    /// </summary>
    /// <example><c>app.Error += (err, ctx) => logger.LogError(err, "{Url}", ctx?.Url);</c></example>
    public event Action<Exception, Context?>? Error;

    /// <summary>Whether anything listens to <see cref="Error"/>.</summary>
    /// <example><c>if (!app.HasErrorListeners) app.Error += (e, c) => { };</c></example>
    public bool HasErrorListeners => Error is not null;

    /// <summary>Raises <see cref="Error"/> (or runs <see cref="OnError"/> when nobody listens) — <c>ctx.app.emit('error', err, ctx)</c>.</summary>
    /// <param name="error">The error.</param>
    /// <param name="context">The request's context, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    /// <example>
    /// <code>
    /// app.Use(async (ctx, next) =>
    /// {
    ///     try { await next(); }
    ///     catch (Exception err) { ctx.Status = 500; ctx.Body = "oops"; ctx.App.EmitError(err, ctx); }
    /// });
    /// </code>
    /// </example>
    public void EmitError(Exception error, Context? context)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is BadHttpRequestException badRequest && context is not null) ClientErrorLog.NoteHandled(context.Features, badRequest);
        var handlers = Error;
        if (handlers is null) OnError(error);
        else handlers(error, context);
    }

    /// <summary>
    /// The default error listener (<c>app.onerror</c>): nothing for a 404 or an exposed error, nothing when
    /// <see cref="Silent"/>; otherwise the error with its stack, indented by two spaces, on stderr.
    /// </summary>
    /// <param name="error">The error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null (Koa: <c>TypeError: non-error thrown</c>).</exception>
    /// <example><c>app.OnError(new InvalidOperationException("boom")); // logs "\n  System.InvalidOperationException: boom\n"</c></example>
    public virtual void OnError(Exception error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error), "non-error thrown: null");
        if (ErrorStatus.Of(error) == 404 || ErrorStatus.Expose(error)) return;
        if (Silent) return;
        if (!OutputErrors && Env == "test") return;
        var text = error.ToString();
        var indented = new StringBuilder(text.Length + 64).Append('\n');
        foreach (var line in text.Split('\n')) indented.Append("  ").Append(line.TrimEnd('\r')).Append('\n');
        Console.Error.Write(indented.ToString());
    }

    /// <summary>
    /// Node's server <c>'clientError'</c>: a request Kestrel refused by itself, before any middleware ran — a malformed
    /// request line or header (400), a request line or header section over the limits (414, 431), headers that took
    /// too long (408). Kestrel has already answered with an empty response and closed the connection; this event is
    /// there to log it centrally. Not part of <see cref="Error"/>: there is no context, and an attacker must not be able
    /// to fill stderr through the default handler. Raised for servers started by <see cref="ListenAsync(int, string, CancellationToken)"/> (a host
    /// that mounts <see cref="Callback"/> logs these under <c>Microsoft.AspNetCore.Server.Kestrel.BadRequests</c>).
    /// An exception thrown by a listener is written to stderr (unless <see cref="Silent"/>) and goes no further.
    /// </summary>
    /// <example><c>app.ClientError += (err, connection) => logger.LogInformation("{Status} from {Remote}: {Message}", err.StatusCode, connection.RemoteEndPoint, err.Message);</c></example>
    public event Action<BadHttpRequestException, ClientConnection>? ClientError;

    /// <summary>Raises <see cref="ClientError"/>; a listener's exception is reported on stderr, never thrown into the server.</summary>
    internal void EmitClientError(BadHttpRequestException error, ClientConnection connection)
    {
        var handlers = ClientError;
        if (handlers is null) return;
        try
        {
            handlers(error, connection);
        }
        catch (Exception failure)
        {
            if (!Silent) Console.Error.WriteLine("\n  error in a clientError listener: " + failure + "\n");
        }
    }

    /// <summary>Koa's <c>app.toJSON()</c>: <c>subdomainOffset</c>, <c>proxy</c> and <c>env</c>.</summary>
    /// <returns>A new dictionary with the three settings.</returns>
    /// <example><c>app.ToJSON()["env"]</c> is <c>"development"</c> by default.</example>
    public IReadOnlyDictionary<string, object?> ToJSON() => new Dictionary<string, object?>
    {
        ["subdomainOffset"] = SubdomainOffset,
        ["proxy"] = Proxy,
        ["env"] = Env,
    };

    /// <summary>Koa's <c>app.inspect()</c>: the same as <see cref="ToJSON"/>.</summary>
    /// <returns>The JSON representation.</returns>
    /// <example><c>app.Inspect()["proxy"]</c> is <c>false</c> by default.</example>
    public IReadOnlyDictionary<string, object?> Inspect() => ToJSON();

    /// <summary>What node's <c>util.inspect(app)</c> prints: <c>{ subdomainOffset: 2, proxy: false, env: 'development' }</c>.</summary>
    /// <returns>The inspection string.</returns>
    /// <example><c>new Application(new() { Env = "test" }).ToString()</c> is <c>"{ subdomainOffset: 2, proxy: false, env: 'test' }"</c>.</example>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{{ subdomainOffset: {SubdomainOffset}, proxy: {(Proxy ? "true" : "false")}, env: '{Env.Replace("'", "\\'", StringComparison.Ordinal)}' }}");

    /// <summary>
    /// The application as an ASP.NET Core <see cref="RequestDelegate"/> (<c>app.callback()</c>): mount Koa in any
    /// ASP.NET Core pipeline. The middleware is composed now; later <c>Use</c> calls are not seen by this delegate.
    /// </summary>
    /// <returns>The request delegate.</returns>
    /// <example>
    /// <code>
    /// var web = WebApplication.Create();
    /// web.Map("/koa", branch => branch.Run(koaApp.Callback()));
    /// </code>
    /// </example>
    public abstract RequestDelegate Callback();

    /// <summary>
    /// Starts a Kestrel server for this application (<c>app.listen(port, host)</c>): HTTP/1.1 on <paramref name="port"/>
    /// (0 = any free port, see <see cref="KoaServer.Port"/>) on all interfaces, or on <paramref name="host"/>.
    /// </summary>
    /// <param name="port">The TCP port; 0 picks a free one.</param>
    /// <param name="host">An IP address or <c>localhost</c>; null listens on all interfaces, as node does.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop gracefully.</returns>
    /// <example><c>await using var server = await app.ListenAsync(3000);</c></example>
    public Task<KoaServer> ListenAsync(int port = 0, string? host = null, CancellationToken cancellationToken = default) =>
        KoaServer.StartAsync(this, port, host, cancellationToken);

    /// <summary>
    /// Starts an HTTPS server for this application (<c>https.createServer({ cert, key }, app.callback()).listen(port, host)</c>):
    /// TLS with <paramref name="certificate"/>, HTTP/1.1 and HTTP/2 chosen through ALPN; <c>ctx.Protocol</c> is
    /// <c>"https"</c> and <c>ctx.Secure</c> true.
    /// </summary>
    /// <param name="port">The TCP port; 0 picks a free one.</param>
    /// <param name="certificate">The server certificate with its private key (the caller disposes it after the server).</param>
    /// <param name="host">An IP address or <c>localhost</c>; null listens on all interfaces.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop gracefully.</returns>
    /// <example><c>await using var server = await app.ListenAsync(443, X509Certificate2.CreateFromPemFile("cert.pem", "key.pem"));</c></example>
    public Task<KoaServer> ListenAsync(int port, X509Certificate2 certificate, string? host = null, CancellationToken cancellationToken = default) =>
        KoaServer.StartAsync(this, [ListenEndpoint.Https(port, certificate, host)], cancellationToken);

    /// <summary>
    /// Starts one Kestrel server listening on every endpoint given — HTTP and HTTPS from one app, h2c — the way node
    /// calls <c>http.createServer(app.callback()).listen(…)</c> and <c>https.createServer(…)</c> for the same callback.
    /// </summary>
    /// <param name="endpoints">The endpoints, at least one; <see cref="KoaServer.Ports"/> follows their order.</param>
    /// <returns>The running server; dispose it to stop gracefully.</returns>
    /// <example>
    /// <code>
    /// await using var server = await app.ListenAsync(ListenEndpoint.Http(80), ListenEndpoint.Https(443, "cert.pem", "key.pem"));
    /// </code>
    /// </example>
    public Task<KoaServer> ListenAsync(params ListenEndpoint[] endpoints) =>
        KoaServer.StartAsync(this, endpoints, CancellationToken.None);

    /// <summary>Starts one Kestrel server listening on every endpoint given; see <see cref="ListenAsync(ListenEndpoint[])"/>.</summary>
    /// <param name="endpoints">The endpoints, at least one; <see cref="KoaServer.Ports"/> follows their order.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop gracefully.</returns>
    /// <example><c>await using var server = await app.ListenAsync([ListenEndpoint.Http(0, "127.0.0.1", HttpProtocols.Http2)], token);</c></example>
    public Task<KoaServer> ListenAsync(IEnumerable<ListenEndpoint> endpoints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return KoaServer.StartAsync(this, endpoints.ToArray(), cancellationToken);
    }

    /// <summary>
    /// Advanced: starts this application on a server the caller built and owns — Kestrel from a host builder's
    /// services, TestHost's <c>TestServer</c>, any <see cref="Microsoft.AspNetCore.Hosting.Server.IServer"/>. The server
    /// runs Koa's own <c>IHttpApplication</c> (a context per request, detached when the request ends), as under
    /// <see cref="ListenAsync(int, string, CancellationToken)"/>; the caller configures its addresses and stops and disposes it.
    /// </summary>
    /// <param name="server">The server; not yet started.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the server has started.</returns>
    /// <example><c>using var server = new TestServer(services, features, options); await app.StartAsync(server);</c></example>
    public Task StartAsync(Microsoft.AspNetCore.Hosting.Server.IServer server, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        return StartCoreAsync(server, cancellationToken);
    }

    private protected abstract Task StartCoreAsync(Microsoft.AspNetCore.Hosting.Server.IServer server, CancellationToken cancellationToken);

    private static string DefaultEnv()
    {
        foreach (var name in (ReadOnlySpan<string>)["NODE_ENV", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"])
        {
            var value = Environment.GetEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(value)) return value;
        }
        return "development";
    }
}
