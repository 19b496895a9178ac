using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Koa's request (<c>ctx.request</c>, lib/request.js): URL, method, headers, negotiation, proxy-aware host,
/// protocol and client addresses, over the server's <see cref="IHttpRequestFeature"/>. Most members are also
/// on the context (<c>ctx.Path</c> is <c>ctx.Request.Path</c>).
/// </summary>
/// <example>
/// <code>
/// app.Use(ctx =>
/// {
///     ctx.Body = ctx.Request.Accepts("json", "html") == "json" ? new { path = ctx.Request.Path } : $"&lt;p&gt;{ctx.Request.Path}&lt;/p&gt;";
///     return Task.CompletedTask;
/// });
/// </code>
/// </example>
public class Request
{
    private const string HttpPrefix = "http://";
    private const string HttpsPrefix = "https://";

    // node's IncomingMessage keeps only the first of these when a request repeats them (matchKnownFields in
    // _http_incoming.js); Cookie lines are joined with "; ", every other repeated header with ", ".
    private static readonly FrozenSet<string> FirstValueOnly = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "age", "authorization", "content-length", "content-type", "etag", "expires", "from", "host", "if-modified-since",
        "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization", "referer", "retry-after",
        "server", "user-agent");

    private Context? _ctx;
    private string _url = "/";
    private string _originalUrl = "/";

    // parseurl's cache: the URL it was computed for and the parts Koa reads.
    private string? _parsedFor;
    private string _pathname = "/";
    private string? _querystring;

    // _querycache: the querystring last parsed and its result.
    private string? _queryFor;
    private IReadOnlyDictionary<string, StringValues>? _query;

    private string? _ip;
    private Accepts? _accept;
    private bool _acceptIsOwn;
    private WhatwgUrl? _memoizedUrl;
    private bool _urlMemoized;

    /// <summary>Creates a request; a <see cref="Context"/> binds it (override <c>Context.CreateRequest</c> to use a subclass).</summary>
    /// <example><c>sealed class MyRequest : Request { public bool IsApi => Path.StartsWith("/api"); }</c></example>
    protected internal Request()
    {
    }

    /// <summary>The context (<c>request.ctx</c>).</summary>
    /// <example><c>ctx.Request.Ctx == ctx</c></example>
    public Context Ctx => _ctx ?? throw new InvalidOperationException("This request is not bound to a context.");

    /// <summary>The application (<c>request.app</c>).</summary>
    /// <example><c>ctx.Request.App.Proxy</c></example>
    public ApplicationBase App => Ctx.App;

    /// <summary>The response of the same context (<c>request.response</c>).</summary>
    /// <example><c>ctx.Request.Response.Status</c></example>
    public Response Response => Ctx.Response;

    /// <summary>The server's request feature (<c>request.req</c>).</summary>
    /// <example><c>ctx.Request.Req.Protocol</c> is <c>"HTTP/1.1"</c>.</example>
    public IHttpRequestFeature Req => Ctx.Req;

    /// <summary>The request headers (<c>request.header</c>); names are case-insensitive. Settable to replace them.</summary>
    /// <example><c>ctx.Request.Header["x-api-key"]</c></example>
    public IHeaderDictionary Header
    {
        get => Req.Headers;
        set => ReplaceHeaders(value);
    }

    /// <summary>The request headers (<c>request.headers</c>), an alias of <see cref="Header"/>.</summary>
    /// <example><c>ctx.Request.Headers.ContainsKey("Authorization")</c></example>
    public IHeaderDictionary Headers
    {
        get => Req.Headers;
        set => ReplaceHeaders(value);
    }

    /// <summary>The request URL (<c>request.url</c>): the raw request target, rewritable (e.g. for mounting).</summary>
    /// <example><c>ctx.Request.Url = "/index.html";</c></example>
    public string Url
    {
        get => _url;
        set => _url = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The URL as received (<c>request.originalUrl</c>).</summary>
    /// <example><c>ctx.Request.OriginalUrl</c></example>
    public string OriginalUrl => _originalUrl;

    /// <summary>The <c>Origin</c> header, or null (<c>request.origin</c>; Koa 2 returned protocol://host instead).</summary>
    /// <example><c>ctx.Request.Origin</c> is <c>"https://example.com"</c> for <c>Origin: https://example.com</c>.</example>
    public string? Origin
    {
        get
        {
            var origin = HeaderList.Join(Req.Headers.Origin);
            return origin.Length > 0 ? origin : null;
        }
    }

    /// <summary>The full request URL (<c>request.href</c>): protocol, host and original URL, or the original URL when it is absolute.</summary>
    /// <example><c>ctx.Request.Href</c> is <c>"http://example.com/foo?x=1"</c>.</example>
    public string Href => StartsWithHttpScheme(OriginalUrl) ? OriginalUrl : Protocol + "://" + Host + OriginalUrl;

    /// <summary>The request method (<c>request.method</c>), settable.</summary>
    /// <example><c>if (ctx.Request.Method == "POST") { … }</c></example>
    public string Method
    {
        get => Req.Method;
        set => Req.Method = value;
    }

    /// <summary>The path of the URL (<c>request.path</c>, parseurl's pathname); setting it keeps the query string.</summary>
    /// <example><c>ctx.Request.Path = "/logout"; // "/login?next=/" becomes "/logout?next=/"</c></example>
    public string Path
    {
        get
        {
            Parse();
            return _pathname;
        }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            var url = LegacyUrl.Parse(_url);
            if (url.Pathname == value) return;
            url.Pathname = value;
            Url = url.Format();
        }
    }

    /// <summary>
    /// The query string parsed like <c>URLSearchParams</c> (<c>request.query</c>): every key a string, a repeated key
    /// several values, <c>+</c> a space; cached while the query string stays the same. Setting it stringifies.
    /// </summary>
    /// <example><c>ctx.Request.Query["page"]</c> is <c>"2"</c> for <c>/shoes?page=2</c>; <c>ctx.Request.Query = new Dictionary&lt;string, StringValues&gt; { ["page"] = "3" };</c></example>
    public IReadOnlyDictionary<string, StringValues> Query
    {
        get
        {
            var querystring = Querystring;
            if (_query is not null && string.Equals(_queryFor, querystring, StringComparison.Ordinal)) return _query;
            _queryFor = querystring;
            return _query = SearchParams.Parse(querystring);
        }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Querystring = SearchParams.Stringify(value);
        }
    }

    /// <summary>The query string without <c>?</c> (<c>request.querystring</c>), <c>""</c> when none or once the request has ended; settable.</summary>
    /// <example><c>ctx.Request.Querystring = "page=2&amp;color=blue";</c></example>
    public string Querystring
    {
        get
        {
            if (_ctx is null) return string.Empty;
            Parse();
            return _querystring ?? string.Empty;
        }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            var url = LegacyUrl.Parse(_url);
            if (url.Search == "?" + value) return;
            url.Search = value;
            Url = url.Format();
        }
    }

    /// <summary>The query string with its <c>?</c> (<c>request.search</c>), <c>""</c> when none; settable.</summary>
    /// <example><c>ctx.Request.Search</c> is <c>"?page=2"</c>.</example>
    public string Search
    {
        get
        {
            var querystring = Querystring;
            return querystring.Length == 0 ? string.Empty : "?" + querystring;
        }
        set => Querystring = value;
    }

    /// <summary>
    /// The host and port (<c>request.host</c>): <c>X-Forwarded-Host</c> when <see cref="ApplicationBase.Proxy"/> is on,
    /// else <c>:authority</c> (HTTP/2) or <c>Host</c>; the first of a comma-separated list; userinfo dropped through the
    /// WHATWG URL parser (CVE-2026-27959); <c>""</c> when none or invalid.
    /// </summary>
    /// <example><c>ctx.Request.Host</c> is <c>"example.com:8080"</c>.</example>
    public string Host
    {
        get
        {
            var host = App.Proxy ? Get("X-Forwarded-Host") : string.Empty;
            if (host.Length == 0)
            {
                if (Ctx.IsHttp2) host = Get(":authority");
                if (host.Length == 0) host = Get("Host");
            }
            if (host.Length == 0) return string.Empty;
            host = HeaderList.FirstCommaSeparated(host);
            if (host.Contains('@'))
            {
                return WhatwgUrl.TryParse(HttpPrefix + host, null, out var url) ? url.Host : string.Empty;
            }
            return host;
        }
    }

    /// <summary>
    /// The host without port (<c>request.hostname</c>); an IPv6 literal keeps its brackets and is normalised by the
    /// WHATWG URL parser (<c>"[::1]"</c>), <c>""</c> when invalid.
    /// </summary>
    /// <example><c>ctx.Request.Hostname</c> is <c>"example.com"</c> for <c>Host: example.com:8080</c>.</example>
    public string Hostname
    {
        get
        {
            var host = Host;
            if (host.Length == 0) return string.Empty;
            if (host[0] == '[')
            {
                foreach (var c in host)
                {
                    if (c is '/' or '?' or '#' or '\\' || JsValue.IsWhiteSpace(c)) return string.Empty;
                }
                return WhatwgUrl.TryParse(HttpPrefix + host, null, out var url) ? url.Hostname : string.Empty;
            }
            var colon = host.IndexOf(':');
            return colon < 0 ? host : host[..colon];
        }
    }

    /// <summary>
    /// The request URL parsed by the WHATWG URL parser (<c>request.URL</c>), memoized; null when it does not parse
    /// (Koa returns an empty object).
    /// </summary>
    /// <example><c>ctx.Request.URL?.Pathname</c></example>
    public WhatwgUrl? URL
    {
        get
        {
            if (_urlMemoized) return _memoizedUrl;
            var originalUrl = OriginalUrl;
            var input = StartsWithHttpScheme(originalUrl) ? originalUrl : Protocol + "://" + Host + originalUrl;
            _memoizedUrl = WhatwgUrl.TryParse(input, null, out var url) ? url : null;
            _urlMemoized = true;
            return _memoizedUrl;
        }
    }

    /// <summary>
    /// Whether the client's cached copy is still good (<c>request.fresh</c>): GET or HEAD, a 2xx or 304 response
    /// status, and <c>If-None-Match</c>/<c>If-Modified-Since</c> matching the response's <c>ETag</c>/<c>Last-Modified</c>.
    /// </summary>
    /// <example><c>ctx.Status = 200; ctx.Etag = "123"; if (ctx.Fresh) { ctx.Status = 304; return; }</c></example>
    public bool Fresh
    {
        get
        {
            var method = Method;
            if (method != "GET" && method != "HEAD") return false;
            var status = Ctx.Response.Status;
            if (status is >= 200 and < 300 or 304) return Koa.Fresh.IsFresh(Req.Headers, Ctx.Res.Headers);
            return false;
        }
    }

    /// <summary>The opposite of <see cref="Fresh"/> (<c>request.stale</c>).</summary>
    /// <example><c>if (ctx.Stale) ctx.Body = LoadBody();</c></example>
    public bool Stale => !Fresh;

    /// <summary>Whether the method is GET, HEAD, PUT, DELETE, OPTIONS or TRACE (<c>request.idempotent</c>).</summary>
    /// <example><c>ctx.Request.Idempotent</c> is false for POST.</example>
    public bool Idempotent => Method is "GET" or "HEAD" or "PUT" or "DELETE" or "OPTIONS" or "TRACE";

    /// <summary>The connection (<c>request.socket</c>): remote and local addresses and ports; null when the server has no connection feature.</summary>
    /// <example><c>ctx.Request.Socket?.RemotePort</c></example>
    public IHttpConnectionFeature? Socket => Ctx.Features.Get<IHttpConnectionFeature>();

    /// <summary>The <c>charset</c> parameter of <c>Content-Type</c> (<c>request.charset</c>), <c>""</c> when absent or invalid.</summary>
    /// <example><c>ctx.Request.Charset</c> is <c>"utf-8"</c> for <c>Content-Type: text/plain; charset=utf-8</c>.</example>
    public string Charset =>
        ContentType.TryParse(Req.Headers, out var parsed) && parsed.Parameters.TryGetValue("charset", out var charset) ? charset : string.Empty;

    /// <summary><c>Content-Length</c> as <c>parseInt(value, 10)</c> (<c>request.length</c>, 3.2.1+): null when missing or not a number.</summary>
    /// <example><c>ctx.Request.Length</c> is 12 for <c>Content-Length: 12</c>.</example>
    public long? Length
    {
        get
        {
            var length = Get("Content-Length");
            return length.Length == 0 ? null : JsValue.ParseInt64(length);
        }
    }

    /// <summary>
    /// <c>"https"</c> or <c>"http"</c> (<c>request.protocol</c>): from the connection, or — when
    /// <see cref="ApplicationBase.Proxy"/> is on — the first <c>X-Forwarded-Proto</c> value, lower-cased.
    /// </summary>
    /// <example><c>ctx.Request.Protocol</c> is <c>"https"</c> behind a trusted TLS proxy.</example>
    public string Protocol
    {
        get
        {
            if (string.Equals(Req.Scheme, "https", StringComparison.OrdinalIgnoreCase)) return "https";
            if (!App.Proxy) return "http";
            var proto = Get("X-Forwarded-Proto");
            return proto.Length > 0 ? HeaderList.FirstCommaSeparated(proto).ToLowerInvariant() : "http";
        }
    }

    /// <summary>Whether <see cref="Protocol"/> is https (<c>request.secure</c>).</summary>
    /// <example><c>if (!ctx.Secure) ctx.Redirect("https://" + ctx.Host + ctx.Url);</c></example>
    public bool Secure => Protocol == "https";

    /// <summary>
    /// The client chain from <see cref="ApplicationBase.ProxyIpHeader"/> when <see cref="ApplicationBase.Proxy"/> is
    /// on (<c>request.ips</c>): client first, then proxies; only the last <see cref="ApplicationBase.MaxIpsCount"/> when set.
    /// </summary>
    /// <example><c>ctx.Request.Ips</c> is <c>["client", "proxy1", "proxy2"]</c>.</example>
    public IReadOnlyList<string> Ips
    {
        get
        {
            var app = App;
            if (!app.Proxy) return [];
            var value = Get(app.ProxyIpHeader);
            if (value.Length == 0) return [];
            var ips = HeaderList.SplitCommaSeparated(value);
            if (app.MaxIpsCount > 0 && ips.Count > app.MaxIpsCount) ips.RemoveRange(0, ips.Count - app.MaxIpsCount);
            return ips;
        }
    }

    /// <summary>The client address (<c>request.ip</c>): the first of <see cref="Ips"/>, else the connection's remote address, else <c>""</c>; memoized, settable.</summary>
    /// <example><c>ctx.Request.Ip</c> is <c>"127.0.0.1"</c>.</example>
    public string Ip
    {
        get
        {
            if (!string.IsNullOrEmpty(_ip)) return _ip;
            var ips = Ips;
            var ip = ips.Count > 0 ? ips[0] : string.Empty;
            if (ip.Length == 0) ip = Socket?.RemoteIpAddress?.ToString() ?? string.Empty;
            return _ip = ip;
        }
        set => _ip = value;
    }

    /// <summary>
    /// The subdomains (<c>request.subdomains</c>): the hostname's labels, right to left, without the
    /// <see cref="ApplicationBase.SubdomainOffset"/> domain labels; empty for an IP address.
    /// </summary>
    /// <example><c>ctx.Request.Subdomains</c> is <c>["ferrets", "tobi"]</c> for <c>tobi.ferrets.example.com</c>.</example>
    public IReadOnlyList<string> Subdomains
    {
        get
        {
            var offset = App.SubdomainOffset;
            var hostname = Hostname;
            var ip = hostname.Length >= 2 && hostname[0] == '[' ? hostname.AsSpan(1, hostname.Length - 2) : hostname.AsSpan();
            if (IpAddresses.IsIP(ip)) return [];
            var labels = hostname.Split('.');
            Array.Reverse(labels);
            // Array.prototype.slice(offset): a negative offset counts from the end.
            var start = offset >= 0 ? Math.Min(offset, labels.Length) : Math.Max(labels.Length + offset, 0);
            return start == 0 ? labels : labels[start..];
        }
    }

    /// <summary>The negotiator over the request headers (<c>request.accept</c>), created on first use; settable.</summary>
    /// <example><c>ctx.Request.Accept.Languages()</c></example>
    public Accepts Accept
    {
        get
        {
            if (_accept is null)
            {
                _accept = new Accepts(Req.Headers);
                _acceptIsOwn = true;
            }
            return _accept;
        }
        set
        {
            _accept = value;
            _acceptIsOwn = false;
        }
    }

    /// <summary>The accepted media types, best first (<c>request.accepts()</c>).</summary>
    /// <returns>The types of the <c>Accept</c> header; <c>*/*</c> when it is absent.</returns>
    /// <example><c>ctx.Request.Accepts()</c> is <c>["text/html", "application/json"]</c>.</example>
    public IReadOnlyList<string> Accepts() => Accept.Types();

    /// <summary>The best of <paramref name="types"/> for the <c>Accept</c> header, as given (<c>request.accepts('json', 'html')</c>), or null (respond 406).</summary>
    /// <param name="types">Extensions (<c>"json"</c>), media types or wildcards.</param>
    /// <returns>The best type, or null when none is acceptable; the first type when there is no <c>Accept</c>.</returns>
    /// <example><c>ctx.Request.Accepts("html", "json")</c> is <c>"json"</c> for <c>Accept: application/json</c>.</example>
    public string? Accepts(params string[] types) => Accept.Types(types);

    /// <summary>The accepted encodings, best first (<c>request.acceptsEncodings()</c>).</summary>
    /// <returns>The encodings.</returns>
    /// <example><c>ctx.Request.AcceptsEncodings()</c> is <c>["gzip", "deflate", "identity"]</c>.</example>
    public IReadOnlyList<string> AcceptsEncodings() => Accept.Encodings();

    /// <summary>The best of <paramref name="encodings"/> (<c>request.acceptsEncodings('gzip', 'deflate')</c>), or null.</summary>
    /// <param name="encodings">The candidate encodings.</param>
    /// <returns>The best encoding, or null.</returns>
    /// <example><c>ctx.Request.AcceptsEncodings("gzip", "identity")</c></example>
    public string? AcceptsEncodings(params string[] encodings) => Accept.Encodings(encodings);

    /// <summary>The accepted charsets, best first (<c>request.acceptsCharsets()</c>).</summary>
    /// <returns>The charsets.</returns>
    /// <example><c>ctx.Request.AcceptsCharsets()</c> is <c>["utf-8", "utf-7", "iso-8859-1"]</c>.</example>
    public IReadOnlyList<string> AcceptsCharsets() => Accept.Charsets();

    /// <summary>The best of <paramref name="charsets"/> (<c>request.acceptsCharsets('utf-8')</c>), or null.</summary>
    /// <param name="charsets">The candidate charsets.</param>
    /// <returns>The best charset, or null.</returns>
    /// <example><c>ctx.Request.AcceptsCharsets("utf-8", "utf-16")</c></example>
    public string? AcceptsCharsets(params string[] charsets) => Accept.Charsets(charsets);

    /// <summary>The accepted languages, best first (<c>request.acceptsLanguages()</c>).</summary>
    /// <returns>The languages.</returns>
    /// <example><c>ctx.Request.AcceptsLanguages()</c> is <c>["es", "pt", "en"]</c>.</example>
    public IReadOnlyList<string> AcceptsLanguages() => Accept.Languages();

    /// <summary>The best of <paramref name="languages"/> (<c>request.acceptsLanguages('es', 'en')</c>), or null.</summary>
    /// <param name="languages">The candidate languages.</param>
    /// <returns>The best language, or null.</returns>
    /// <example><c>ctx.Request.AcceptsLanguages("en", "es")</c></example>
    public string? AcceptsLanguages(params string[] languages) => Accept.Languages(languages);

    /// <summary>
    /// Whether the request body is one of <paramref name="types"/> (<c>request.is(...)</c>, type-is): the matching
    /// type, or null when there is no body, no <c>Content-Type</c> or no match (<see cref="HasBody"/> tells which);
    /// without arguments, the request's media type.
    /// </summary>
    /// <param name="types">Extensions (<c>"json"</c>), <c>"urlencoded"</c>, <c>"multipart"</c>, media types or wildcards.</param>
    /// <returns>The match, or null.</returns>
    /// <example><c>ctx.Request.Is("json", "urlencoded")</c> is <c>"json"</c> for a JSON body.</example>
    public string? Is(params string[] types) => TypeIs.IsRequest(Req.Headers, types);

    /// <summary>Whether the request has a body (type-is's <c>hasBody</c>: <c>Transfer-Encoding</c>, or a numeric <c>Content-Length</c>, 0 included).</summary>
    /// <example><c>if (ctx.Request.HasBody &amp;&amp; ctx.Request.Is("json") is null) ctx.Throw(415);</c></example>
    public bool HasBody => TypeIs.HasBody(Req.Headers);

    /// <summary>The request media type without parameters (<c>request.type</c>), <c>""</c> when absent.</summary>
    /// <example><c>ctx.Request.Type</c> is <c>"image/png"</c>.</example>
    public string Type
    {
        get
        {
            var type = Get("Content-Type");
            if (type.Length == 0) return string.Empty;
            var semicolon = type.IndexOf(';');
            return semicolon < 0 ? type : type[..semicolon];
        }
    }

    /// <summary>
    /// A request header (<c>request.get(field)</c>), case-insensitive, <c>""</c> when missing; <c>Referer</c> and
    /// <c>Referrer</c> are interchangeable. A repeated header reads as node presents it: the first value of
    /// <c>Host</c>, <c>Content-Type</c>, <c>Content-Length</c>, <c>Authorization</c>, <c>User-Agent</c>, <c>Referer</c>
    /// and the other single-valued fields; <c>Cookie</c> values joined by <c>"; "</c>; any other joined by <c>", "</c>.
    /// </summary>
    /// <param name="field">The header name.</param>
    /// <returns>The value, or <c>""</c>.</returns>
    /// <example><c>ctx.Request.Get("Content-Type")</c> is <c>"text/plain"</c>.</example>
    public string Get(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var headers = Req.Headers;
        if (field.Equals("referer", StringComparison.OrdinalIgnoreCase) || field.Equals("referrer", StringComparison.OrdinalIgnoreCase))
        {
            var referrer = NodeHeaderValue("referrer", headers["Referrer"]);
            return referrer.Length > 0 ? referrer : NodeHeaderValue("referer", headers["Referer"]);
        }
        return NodeHeaderValue(field, headers[field]);
    }

    /// <summary>Koa's <c>request.toJSON()</c>: <c>method</c>, <c>url</c> and <c>header</c> (lower-case names).</summary>
    /// <returns>A new dictionary.</returns>
    /// <example><c>ctx.Request.ToJSON()["method"]</c> is <c>"GET"</c>.</example>
    public IReadOnlyDictionary<string, object?> ToJSON() => new Dictionary<string, object?>
    {
        ["method"] = Method,
        ["url"] = Url,
        ["header"] = NodeHeaders(Req.Headers),
    };

    /// <summary>Koa's <c>request.inspect()</c>: <see cref="ToJSON"/>, or null when not bound to a request.</summary>
    /// <returns>The JSON representation, or null.</returns>
    /// <example><c>ctx.Request.Inspect()</c></example>
    public IReadOnlyDictionary<string, object?>? Inspect() => _ctx is null ? null : ToJSON();

    /// <summary>Headers as node shows them: lower-case names, one value as a string, several as an array.</summary>
    internal static Dictionary<string, object?> HeaderJson(IHeaderDictionary headers)
    {
        var json = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            json[name.ToLowerInvariant()] = value.Count == 1 ? value[0] : value.ToArray();
        }
        return json;
    }

    /// <summary>node's <c>req.headers</c>: lower-case names, repeated headers folded as <see cref="Get"/> reads them.</summary>
    private static Dictionary<string, object?> NodeHeaders(IHeaderDictionary headers)
    {
        var json = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            json[name.ToLowerInvariant()] = NodeHeaderValue(name, value);
        }
        return json;
    }

    private static string NodeHeaderValue(string name, StringValues values) => values.Count switch
    {
        0 => string.Empty,
        1 => values[0] ?? string.Empty,
        _ when FirstValueOnly.Contains(name) => values[0] ?? string.Empty,
        _ when name.Equals("cookie", StringComparison.OrdinalIgnoreCase) => string.Join("; ", values.ToArray()),
        _ => HeaderList.Join(values),
    };

    // accepts(req) reads req.headers on every call: the negotiator Koa created follows replaced headers, one the
    // application assigned stays.
    private void ReplaceHeaders(IHeaderDictionary value)
    {
        Req.Headers = value;
        if (_acceptIsOwn) _accept = null;
    }

    internal void Attach(Context ctx, string url)
    {
        _ctx = ctx;
        _url = url;
        _originalUrl = url;
    }

    internal void Detach()
    {
        _ctx = null;
        _parsedFor = null;
        _querystring = null;
        _queryFor = null;
        _query = null;
        _ip = null;
        _accept = null;
        _acceptIsOwn = false;
        _memoizedUrl = null;
        _urlMemoized = false;
    }

    // parseurl(req), cached for the current URL.
    private void Parse()
    {
        var url = _url;
        if (ReferenceEquals(url, _parsedFor)) return;
        if (LegacyUrl.TrySplitFast(url, out var question))
        {
            _pathname = question < 0 ? url : url[..question];
            _querystring = question < 0 ? null : url[(question + 1)..];
        }
        else
        {
            var parsed = LegacyUrl.Parse(url);
            _pathname = parsed.Pathname ?? string.Empty;
            _querystring = parsed.Query;
        }
        _parsedFor = url;
    }

    private static bool StartsWithHttpScheme(string url) =>
        url.StartsWith(HttpPrefix, StringComparison.OrdinalIgnoreCase) || url.StartsWith(HttpsPrefix, StringComparison.OrdinalIgnoreCase);
}
