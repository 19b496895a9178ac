namespace Koa;

/// <summary>
/// Options of <see cref="Cookies.Set"/>: upstream's <c>cookies.set(name, value, { maxAge, expires, path, domain,
/// secure, httpOnly, sameSite, signed, overwrite, partitioned, priority })</c>, with the same defaults
/// (<c>path=/</c>, <c>httponly</c>, everything else off).
/// </summary>
/// <remarks>
/// As in npm <c>cookies</c>, <see cref="Cookies.Set"/> with <em>no</em> options object never signs; passing one with
/// <see cref="Signed"/> unset signs whenever the instance has keys.
/// </remarks>
/// <example>
/// <code>
/// cookies.Set("sid", "abc", new CookieSetOptions
/// {
///     MaxAge = TimeSpan.FromDays(1),
///     SameSite = CookieSameSite.Lax,
///     Signed = true,
/// });
/// </code>
/// </example>
public sealed class CookieSetOptions
{
    /// <summary>
    /// Lifetime from now. Only sets the <c>expires</c> attribute (now + maxAge, from
    /// <see cref="CookiesOptions.TimeProvider"/>); cookies 0.9.2 writes no Max-Age attribute. <see cref="TimeSpan.Zero"/>
    /// and <see langword="null"/> leave a session cookie; a negative value gives an expiry in the past. Upstream takes
    /// milliseconds; use <see cref="TimeSpan.FromMilliseconds(long, long)"/> to carry such a number over.
    /// Overrides <see cref="Expires"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { MaxAge = TimeSpan.FromHours(1) };
    /// </code>
    /// </example>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>The <c>expires</c> attribute, written as <c>Date.toUTCString()</c> does (<c>Thu, 01 Jan 1970 00:00:00 GMT</c>).</summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Expires = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };
    /// </code>
    /// </example>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>
    /// The <c>path</c> attribute; <c>"/"</c> by default. <see langword="null"/> or empty writes no path attribute.
    /// Must match <c>/^[ -:=-~]*$/</c> (printable ASCII without <c>;</c> or <c>&lt;</c>).
    /// </summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Path = "/admin" };
    /// </code>
    /// </example>
    public string? Path { get; init; } = "/";

    /// <summary>
    /// The <c>domain</c> attribute; none by default. Must be an RFC 1034 subdomain (letters, digits, hyphens,
    /// labels of 1 to 63 chars), optionally with a leading dot.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Domain = "example.com" };
    /// </code>
    /// </example>
    public string? Domain { get; init; }

    /// <summary>
    /// The <c>secure</c> attribute. <see langword="null"/> (the default): secure exactly when the connection is.
    /// <see langword="true"/> on an insecure connection throws <see cref="InvalidOperationException"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Secure = true };
    /// </code>
    /// </example>
    public bool? Secure { get; init; }

    /// <summary>The <c>httponly</c> attribute; <see langword="true"/> by default.</summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { HttpOnly = false }; // readable from document.cookie
    /// </code>
    /// </example>
    public bool HttpOnly { get; init; } = true;

    /// <summary>The <c>samesite</c> attribute; none by default (upstream <c>false</c>).</summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { SameSite = CookieSameSite.Strict }; // upstream sameSite: true
    /// </code>
    /// </example>
    public CookieSameSite? SameSite { get; init; }

    /// <summary>
    /// Whether to also send a <c>&lt;name&gt;.sig</c> cookie holding <c>keys.Sign("name=value")</c>, with the same
    /// attributes. <see langword="null"/>: sign when the <see cref="Cookies"/> instance has keys.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Signed = true };
    /// </code>
    /// </example>
    public bool? Signed { get; init; }

    /// <summary>
    /// Whether to drop the Set-Cookie headers already queued for the same name (any path or domain) before adding
    /// this one; <see langword="false"/> by default.
    /// </summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Overwrite = true };
    /// </code>
    /// </example>
    public bool Overwrite { get; init; }

    /// <summary>The <c>partitioned</c> attribute (CHIPS); <see langword="false"/> by default.</summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Partitioned = true, Secure = true, SameSite = CookieSameSite.None };
    /// </code>
    /// </example>
    public bool Partitioned { get; init; }

    /// <summary>The <c>priority</c> attribute; none by default.</summary>
    /// <example>
    /// <code>
    /// new CookieSetOptions { Priority = CookiePriority.High };
    /// </code>
    /// </example>
    public CookiePriority? Priority { get; init; }
}
