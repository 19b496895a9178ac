namespace Koa;

/// <summary>
/// The <c>samesite</c> attribute of a Set-Cookie header. Upstream's <c>sameSite: true</c> is
/// <see cref="Strict"/>; <c>sameSite: false</c> (the default) is a <see langword="null"/>
/// <see cref="CookieSetOptions.SameSite"/>. Written lower-case, as cookies 0.9.2 does.
/// </summary>
/// <example>
/// <code>
/// cookies.Set("sid", "abc", new() { SameSite = CookieSameSite.Lax }); // sid=abc; path=/; samesite=lax; httponly
/// </code>
/// </example>
public enum CookieSameSite
{
    /// <summary><c>samesite=strict</c> (upstream <c>true</c> or <c>'strict'</c>).</summary>
    Strict,

    /// <summary><c>samesite=lax</c> (upstream <c>'lax'</c>).</summary>
    Lax,

    /// <summary><c>samesite=none</c> (upstream <c>'none'</c>); browsers then require <c>secure</c>.</summary>
    None,
}
