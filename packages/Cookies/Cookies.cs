using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

[module: System.Runtime.CompilerServices.SkipLocalsInit]

namespace Koa;

/// <summary>
/// Reads request cookies and queues Set-Cookie headers, optionally signed with a <see cref="Keygrip"/>: a port of
/// the npm <c>cookies</c> 0.9.2 package (what Koa's <c>ctx.cookies</c> is). Signed cookies travel as
/// <c>name=value</c> plus <c>name.sig=&lt;keys.sign("name=value")&gt;</c>, byte-for-byte as Node Koa writes them,
/// so a .NET app and a Node app sharing keys accept each other's cookies.
/// </summary>
/// <remarks>
/// Values are written as given, not URL-encoded (ASP.NET Core's <c>Response.Cookies</c> encodes them), and every
/// component is validated so that no input can add an attribute or split the header.
/// </remarks>
/// <example>
/// <code>
/// var cookies = new Cookies(httpContext, new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) });
/// var visits = int.Parse(cookies.Get("visits", new() { Signed = true }) ?? "0") + 1;
/// cookies.Set("visits", visits.ToString(), new() { Signed = true, MaxAge = TimeSpan.FromDays(30) });
/// // Set-Cookie: visits=1; path=/; expires=...; httponly
/// // Set-Cookie: visits.sig=...; path=/; expires=...; httponly
/// </code>
/// </example>
public sealed class Cookies
{
    private const string RequestHeaderName = "Cookie";
    private const string SignatureSuffix = ".sig";
    private const string KeysRequired = ".keys required for signed cookies";

    /// <summary>Upstream: <c>this.set(sigName, null, { path: "/", signed: false })</c>.</summary>
    private static readonly CookieSetOptions RemoveSignature = new() { Path = "/", Signed = false };

    /// <summary>Upstream: <c>this.set(sigName, this.keys.sign(data), { signed: false })</c>.</summary>
    private static readonly CookieSetOptions Resign = new() { Signed = false };

    private readonly IDictionary<string, StringValues> _requestHeaders;
    private readonly IDictionary<string, StringValues> _responseHeaders;
    private readonly HttpRequest? _request;
    private readonly TimeProvider _clock;

    /// <summary>
    /// Creates cookies over a request's and a response's header dictionaries: <c>new Cookies(req, res, options)</c>.
    /// Reads the <c>Cookie</c> request header and rewrites the <c>Set-Cookie</c> response header, so the dictionaries
    /// should compare names case-insensitively, as <see cref="IHeaderDictionary"/> does.
    /// </summary>
    /// <param name="requestHeaders">The request headers (e.g. <c>HttpRequest.Headers</c>).</param>
    /// <param name="responseHeaders">The response headers (e.g. <c>HttpResponse.Headers</c>).</param>
    /// <param name="options">Keys, connection security, clock; all optional. Without
    /// <see cref="CookiesOptions.Secure"/> the connection counts as insecure.</param>
    /// <exception cref="ArgumentNullException">A header dictionary is null.</exception>
    /// <example>
    /// <code>
    /// var cookies = new Cookies(request.Headers, response.Headers, new CookiesOptions { Secure = request.IsHttps });
    /// </code>
    /// </example>
    public Cookies(IDictionary<string, StringValues> requestHeaders, IDictionary<string, StringValues> responseHeaders, CookiesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(requestHeaders);
        ArgumentNullException.ThrowIfNull(responseHeaders);
        _requestHeaders = requestHeaders;
        _responseHeaders = responseHeaders;
        Keys = options?.Keys;
        Secure = options?.Secure;
        _clock = options?.TimeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Creates cookies for an ASP.NET Core request. Unless <see cref="CookiesOptions.Secure"/> is set, the connection
    /// is secure when <see cref="HttpRequest.IsHttps"/> is, read at each <see cref="Set"/> (so the forwarded-headers
    /// middleware is honoured), like upstream's <c>req.protocol === 'https' || req.socket.encrypted</c>.
    /// </summary>
    /// <param name="context">The request/response pair.</param>
    /// <param name="options">Keys, connection security, clock; all optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <example>
    /// <code>
    /// app.MapGet("/", (HttpContext http) =>
    /// {
    ///     var cookies = new Cookies(http, new CookiesOptions { Keys = keys });
    ///     cookies.Set("lastVisit", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(), new() { Signed = true });
    ///     return cookies.Get("lastVisit", new() { Signed = true }) ?? "first visit";
    /// });
    /// </code>
    /// </example>
    public Cookies(HttpContext context, CookiesOptions? options = null)
        : this(Request(context).Headers, context.Response.Headers, options)
    {
        _request = context.Request;
    }

    /// <summary>The keys given in <see cref="CookiesOptions.Keys"/>, or <see langword="null"/>: upstream's <c>cookies.keys</c>.</summary>
    /// <example>
    /// <code>
    /// string digest = cookies.Keys!.Sign("foo=bar");
    /// </code>
    /// </example>
    public Keygrip? Keys { get; }

    /// <summary>
    /// The <see cref="CookiesOptions.Secure"/> given at construction, or <see langword="null"/> when the connection
    /// decides: upstream's <c>cookies.secure</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// bool? forced = new Cookies(http, new CookiesOptions { Secure = true }).Secure; // true
    /// </code>
    /// </example>
    public bool? Secure { get; }

    /// <summary>
    /// The value of the cookie <paramref name="name"/> in the request, or <see langword="null"/>: <c>cookies.get(name, opts)</c>.
    /// </summary>
    /// <remarks>
    /// <para>The first occurrence wins; the value is taken up to the next <c>;</c>, untrimmed and not URL-decoded, and a
    /// value starting with <c>"</c> loses its first and last character.</para>
    /// <para>With <paramref name="options"/> passed and signing on (<see cref="CookieGetOptions.Signed"/>, or keys
    /// when it is unset), the <c>name.sig</c> cookie must hold the digest of <c>name=value</c> under one of the keys.
    /// A missing signature gives <see langword="null"/>; a wrong one gives <see langword="null"/> and queues the
    /// deletion of <c>name.sig</c>; one made with an older key returns the value and queues a fresh signature made
    /// with the first key. Without <paramref name="options"/> nothing is verified, as upstream.</para>
    /// </remarks>
    /// <param name="name">The cookie name, compared case-sensitively.</param>
    /// <param name="options">Whether to verify the signature; see the remarks.</param>
    /// <returns>The value, or <see langword="null"/> when absent or not verified.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A signed read found a signature but the instance has no keys
    /// (".keys required for signed cookies").</exception>
    /// <example>
    /// <code>
    /// // Cookie: foo=bar; foo.sig=iW2fuCIzk9Cg_rqLT1CAqrtdWs8
    /// cookies.Get("foo");                           // "bar"
    /// cookies.Get("foo", new() { Signed = true });  // "bar" with keys ["keyboard cat"]
    /// </code>
    /// </example>
    public string? Get(string name, CookieGetOptions? options = null) =>
        TryGet(name, options, out var value) ? value.ToString() : null;

    /// <summary>
    /// <see cref="Get"/> without allocating the value: the cookie's text as a span of the request's <c>Cookie</c>
    /// header, for callers that only decode it (e.g. a session codec). Same lookup, signature check and side effects
    /// (a wrong signature queues the deletion of <c>name.sig</c>, an older key's one a fresh signature).
    /// </summary>
    /// <param name="name">The cookie name, compared case-sensitively.</param>
    /// <param name="options">Whether to verify the signature, as for <see cref="Get"/>.</param>
    /// <param name="value">The value when found (and verified), else empty.</param>
    /// <returns><see langword="true"/> when <see cref="Get"/> would return a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A signed read found a signature but the instance has no keys.</exception>
    /// <example>
    /// <code>
    /// if (cookies.TryGet("koa.sess", new() { Signed = true }, out var raw))
    ///     Console.WriteLine(raw.Length);
    /// </code>
    /// </example>
    public bool TryGet(string name, CookieGetOptions? options, out ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var header = RequestCookieHeader();
        if (string.IsNullOrEmpty(header) || !CookieHeader.TryFind(header, name, [], out value))
        {
            value = default;
            return false;
        }

        var signed = options is not null && (options.Signed ?? Keys is not null);
        if (!signed)
            return true;

        if (!CookieHeader.TryFind(header, name, SignatureSuffix, out var remote) || remote.IsEmpty)
        {
            value = default;
            return false;
        }
        if (Keys is null)
            throw new InvalidOperationException(KeysRequired);

        int index;
        string? signature = null;
        using (var data = new SignedData(name, value, stackalloc char[SignedData.StackSize]))
        {
            index = Keys.Index(data.Chars, remote);
            if (index > 0)
                signature = Keys.Sign(data.Chars);
        }

        if (index < 0)
        {
            Set(name + SignatureSuffix, null, RemoveSignature);
            value = default;
            return false;
        }
        if (signature is not null)
            Set(name + SignatureSuffix, signature, Resign);
        return true;
    }

    /// <summary>
    /// Queues a <c>Set-Cookie</c> header: <c>cookies.set(name, value, opts)</c>. A <see langword="null"/> or empty
    /// <paramref name="value"/> deletes the cookie (empty value, expired at the epoch).
    /// </summary>
    /// <remarks>
    /// <para>The header has cookies 0.9.2's format: lower-case attributes in a fixed order
    /// (<c>path</c>, <c>expires</c>, <c>domain</c>, <c>priority</c>, <c>samesite</c>, <c>secure</c>, <c>httponly</c>,
    /// <c>partitioned</c>), <c>expires</c> as <c>Date.toUTCString()</c>, no Max-Age attribute, the value as given.</para>
    /// <para>With <paramref name="options"/> passed and signing on (<see cref="CookieSetOptions.Signed"/>, or keys
    /// when it is unset), a <c>name.sig</c> cookie with the same attributes follows. Without
    /// <paramref name="options"/> nothing is signed, as upstream.</para>
    /// </remarks>
    /// <param name="name">The cookie name: field-content (tab, printable ASCII, U+0080-U+00FF) without <c>;</c> or <c>=</c>.</param>
    /// <param name="value">The value: field-content without <c>;</c>; <see langword="null"/> or empty deletes.</param>
    /// <param name="options">Attributes and signing; see <see cref="CookieSetOptions"/>.</param>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A component is invalid, with upstream's text: "argument name is invalid",
    /// "argument value is invalid", "option path is invalid", "option domain is invalid", "option maxAge is invalid",
    /// "option priority is invalid", "option sameSite is invalid".</exception>
    /// <exception cref="InvalidOperationException"><see cref="CookieSetOptions.Secure"/> on an insecure connection
    /// ("Cannot send secure cookie over unencrypted connection"), or signing without keys
    /// (".keys required for signed cookies").</exception>
    /// <example>
    /// <code>
    /// cookies.Set("foo", "bar");                                        // foo=bar; path=/; httponly
    /// cookies.Set("foo", "bar", new() { Signed = true, Path = "/admin" }); // foo=… and foo.sig=…, both path=/admin
    /// cookies.Set("foo", null);                                         // foo=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly
    /// </code>
    /// </example>
    public Cookies Set(string name, string? value, CookieSetOptions? options = null)
    {
        var cookie = new Cookie(name, value, options, _clock);
        var signed = options is not null && (options.Signed ?? Keys is not null);
        var secure = Secure ?? _request?.IsHttps ?? false;

        if (!secure && options?.Secure == true)
            throw new InvalidOperationException("Cannot send secure cookie over unencrypted connection");
        cookie.Secure = options?.Secure ?? secure;
        if (signed && Keys is null)
            throw new InvalidOperationException(KeysRequired);

        var header = cookie.ToHeader();
        var signatureHeader = signed ? SignatureHeader(cookie, Keys!) : null;
        SetCookieHeaders.Push(_responseHeaders, cookie.Name, cookie.Overwrite, header, signatureHeader);
        return this;
    }

    /// <summary>The <c>name.sig=&lt;keys.sign("name=value")&gt;</c> header with the cookie's attributes.</summary>
    private static string SignatureHeader(in Cookie cookie, Keygrip keys)
    {
        using var data = new SignedData(cookie.Name, cookie.Value, stackalloc char[SignedData.StackSize]);
        Span<char> signature = stackalloc char[128];
        keys.TrySign(data.Chars, signature, out var length);
        return cookie.ToHeader(cookie.Name, SignatureSuffix, signature[..length]);
    }

    /// <summary>
    /// <c>req.headers.cookie</c>: Node joins repeated Cookie header lines with <c>"; "</c>, so several values are
    /// joined the same way (a single value, the usual case, is used as is).
    /// </summary>
    private string? RequestCookieHeader()
    {
        if (!_requestHeaders.TryGetValue(RequestHeaderName, out var values))
            return null;
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => string.Join("; ", (IEnumerable<string?>)values),
        };
    }

    private static HttpRequest Request(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request;
    }
}
