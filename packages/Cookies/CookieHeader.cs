namespace Koa;

/// <summary>
/// Finds one cookie in a request's <c>Cookie</c> header the way cookies 0.9.2 does with the regex
/// <c>(?:^|;) *&lt;escaped name&gt;=([^;]*)</c>: the first occurrence wins, the name is compared exactly
/// (case-sensitive), spaces before it are skipped, nothing is trimmed after the value, and a value starting with
/// <c>"</c> loses its first and last character. An index walk over the header: linear time, no allocation.
/// </summary>
/// <remarks>
/// <code>
/// cookie-header = cookie-string *( ";" cookie-string )   ; lenient: no OWS rule, any bytes between ";"
/// cookie-string = *SP cookie-name "=" cookie-value
/// cookie-value  = *( %x00-3A / %x3C-FFFF )               ; everything up to the next ";"
/// </code>
/// </remarks>
internal static class CookieHeader
{
    /// <summary>
    /// Looks for the cookie named <paramref name="name"/> followed by <paramref name="suffix"/> (e.g. <c>.sig</c>,
    /// so the companion name needs no concatenation).
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> header, ReadOnlySpan<char> name, ReadOnlySpan<char> suffix, out ReadOnlySpan<char> value)
    {
        var nameLength = name.Length + suffix.Length;

        // The regex's " *" is greedy but backtracks, so a name that itself starts with m spaces matches when the
        // boundary is followed by s >= m spaces, starting s - m spaces in.
        var leadingSpaces = CountSpaces(name);
        if (leadingSpaces == name.Length)
            leadingSpaces += CountSpaces(suffix);

        var boundary = 0;
        while (true)
        {
            var spaces = CountSpaces(header[boundary..]);
            if (spaces >= leadingSpaces)
            {
                var candidate = header[(boundary + spaces - leadingSpaces)..];
                if (candidate.Length > nameLength
                    && candidate[nameLength] == '='
                    && candidate.StartsWith(name, StringComparison.Ordinal)
                    && candidate[name.Length..].StartsWith(suffix, StringComparison.Ordinal))
                {
                    value = Unquote(UpToSemicolon(candidate[(nameLength + 1)..]));
                    return true;
                }
            }

            var next = header[boundary..].IndexOf(';');
            if (next < 0)
            {
                value = default;
                return false;
            }
            boundary += next + 1;
        }
    }

    private static int CountSpaces(ReadOnlySpan<char> text)
    {
        var count = text.IndexOfAnyExcept(' ');
        return count < 0 ? text.Length : count;
    }

    private static ReadOnlySpan<char> UpToSemicolon(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf(';');
        return end < 0 ? text : text[..end];
    }

    /// <summary>Upstream: <c>if (value[0] === '"') value = value.slice(1, -1)</c>, even without a closing quote.</summary>
    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length > 0 && value[0] == '"'
            ? (value.Length > 1 ? value[1..^1] : [])
            : value;
}
