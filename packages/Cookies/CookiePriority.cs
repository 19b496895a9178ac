namespace Koa;

/// <summary>
/// The <c>priority</c> attribute of a Set-Cookie header (a Chromium extension), written lower-case as
/// cookies 0.9.2 does. Upstream's strings <c>'low'</c>, <c>'medium'</c>, <c>'high'</c> (any case) map to these values.
/// </summary>
/// <example>
/// <code>
/// cookies.Set("sid", "abc", new() { Priority = CookiePriority.High }); // sid=abc; path=/; priority=high; httponly
/// </code>
/// </example>
public enum CookiePriority
{
    /// <summary><c>priority=low</c>.</summary>
    Low,

    /// <summary><c>priority=medium</c>.</summary>
    Medium,

    /// <summary><c>priority=high</c>.</summary>
    High,
}
