namespace Koa;

/// <summary>
/// Options of a <see cref="Cookies"/> instance: upstream's <c>new Cookies(req, res, { keys, secure })</c>, plus the
/// clock used to turn <see cref="CookieSetOptions.MaxAge"/> into an <c>expires</c> date.
/// </summary>
/// <example>
/// <code>
/// var options = new CookiesOptions
/// {
///     Keys = new Keygrip(["im a newer secret", "i like turtle"]),
///     Secure = true,                 // behind a TLS-terminating proxy
/// };
/// var cookies = new Cookies(httpContext, options);
/// </code>
/// </example>
public sealed class CookiesOptions
{
    /// <summary>
    /// The keys that sign and verify cookies. When set, <see cref="Cookies.Get"/> and <see cref="Cookies.Set"/>
    /// sign by default whenever an options object is passed. <see langword="null"/> (the default): no signing;
    /// asking for a signed cookie then throws.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) };
    /// </code>
    /// </example>
    public Keygrip? Keys { get; init; }

    /// <summary>
    /// Whether the connection counts as secure (HTTPS). <see langword="null"/> (the default): the
    /// <see cref="Microsoft.AspNetCore.Http.HttpContext"/> constructor reads <c>Request.IsHttps</c> at each
    /// <see cref="Cookies.Set"/>, the header-dictionary constructor assumes an insecure connection.
    /// Koa passes <c>ctx.request.secure</c>, which honours <c>X-Forwarded-Proto</c> when the app trusts its proxy.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookiesOptions { Secure = ctx.Secure };
    /// </code>
    /// </example>
    public bool? Secure { get; init; }

    /// <summary>
    /// The clock behind <see cref="CookieSetOptions.MaxAge"/> (expires = now + maxAge).
    /// <see langword="null"/> (the default) means <see cref="System.TimeProvider.System"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookiesOptions { TimeProvider = TimeProvider.System };
    /// </code>
    /// </example>
    public TimeProvider? TimeProvider { get; init; }
}
