namespace Koa.Tests.Support;

/// <summary>Builds the canonical form of an expected cookie, upstream's <c>{ name, value, path: '/', httponly: true }</c>.</summary>
internal static class Expected
{
    public static string Cookie(string name, string value, params string[] attributes) =>
        new SetCookie(name, value, attributes.ToDictionary(
            a => a.Split('=', 2)[0],
            a => a.Contains('=', StringComparison.Ordinal) ? a.Split('=', 2)[1] : null)).Canonical();

    /// <summary>Upstream <c>shouldSetCookies(expected)</c>: the exact list, in order.</summary>
    public static void ShouldSetCookies(Reply reply, params string[] expected) =>
        Assert.Equal(expected, reply.Cookies.Select(c => c.Canonical()));
}
