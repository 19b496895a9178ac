namespace Koa;

/// <summary>
/// Options of <see cref="Cookies.Get"/>: upstream's <c>cookies.get(name, { signed })</c>.
/// </summary>
/// <remarks>
/// As in npm <c>cookies</c>, passing <em>no</em> options object never verifies a signature, even when keys exist;
/// passing one with <see cref="Signed"/> unset verifies whenever keys exist.
/// </remarks>
/// <example>
/// <code>
/// string? raw = cookies.Get("sid");                        // never verified
/// string? checkedWhenKeys = cookies.Get("sid", new());      // verified when the instance has keys
/// string? mustVerify = cookies.Get("sid", new() { Signed = true });
/// </code>
/// </example>
public sealed class CookieGetOptions
{
    /// <summary>
    /// Whether to verify the <c>&lt;name&gt;.sig</c> companion cookie. <see langword="null"/>: verify when the
    /// <see cref="Cookies"/> instance has keys.
    /// </summary>
    /// <example>
    /// <code>
    /// cookies.Get("sid", new() { Signed = false }); // skip verification even with keys
    /// </code>
    /// </example>
    public bool? Signed { get; init; }
}
