using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// The response's <c>Set-Cookie</c> list: upstream's <c>pushCookie</c> (with <c>overwrite</c>) followed by
/// <c>res.setHeader('Set-Cookie', headers)</c>, done as one rewrite of the header value.
/// </summary>
internal static class SetCookieHeaders
{
    public const string HeaderName = "Set-Cookie";

    /// <summary>
    /// Appends <paramref name="header"/> and, when signed, <paramref name="signatureHeader"/>. With
    /// <paramref name="overwrite"/>, first drops every queued entry starting with <c>name=</c> (and <c>name.sig=</c>
    /// when signed), whatever its path or domain. Null entries (which node cannot hold) are dropped.
    /// </summary>
    public static void Push(IDictionary<string, StringValues> headers, string name, bool overwrite, string header, string? signatureHeader)
    {
        headers.TryGetValue(HeaderName, out var existing);
        var signed = signatureHeader is not null;
        var added = signed ? 2 : 1;

        var kept = 0;
        foreach (var entry in existing)
        {
            if (Keeps(entry, name, overwrite, signed))
                kept++;
        }

        if (kept == 0 && !signed)
        {
            headers[HeaderName] = header;
            return;
        }

        var values = new string[kept + added];
        var at = 0;
        foreach (var entry in existing)
        {
            if (Keeps(entry, name, overwrite, signed))
                values[at++] = entry!;
        }
        values[at++] = header;
        if (signed)
            values[at] = signatureHeader!;
        headers[HeaderName] = values;
    }

    private static bool Keeps(string? entry, string name, bool overwrite, bool signed) =>
        entry is not null && !(overwrite && IsFor(entry, name, signed));

    /// <summary>Upstream: <c>headers[i].indexOf(cookie.name + '=') === 0</c>, for the cookie and its <c>.sig</c>.</summary>
    private static bool IsFor(string entry, string name, bool signed)
    {
        if (!entry.StartsWith(name, StringComparison.Ordinal))
            return false;
        var rest = entry.AsSpan(name.Length);
        return rest.StartsWith('=') || (signed && rest.StartsWith(".sig=", StringComparison.Ordinal));
    }
}
