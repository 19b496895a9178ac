namespace Koa;

/// <summary>
/// The character classes of negotiator's regexes over JavaScript white space (<see cref="JsValue.IsWhiteSpace"/>):
/// <c>[^\s;]+</c>, <c>[^\s\-;]+</c>, <c>[^\s\/;]+</c>, and the LineTerminators JavaScript's <c>.</c> does not match.
/// </summary>
internal static class TokenScanner
{
    /// <summary>
    /// The end of a token run from <paramref name="start"/>: the index of the first JavaScript white space, <c>;</c>
    /// or <paramref name="stop"/> (pass <c>';'</c> for none), or <c>text.Length</c>. Negotiator's classes
    /// <c>[^\s;]+</c>, <c>[^\s\-;]+</c> (stop <c>-</c>) and <c>[^\s\/;]+</c> (stop <c>/</c>).
    /// </summary>
    public static int TokenEnd(ReadOnlySpan<char> text, int start, char stop)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c > ' ' && c < 0x7F)
            {
                if (c == ';' || c == stop)
                    return i;
            }
            else if (JsValue.IsWhiteSpace(c))
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>Whether the text holds a character JavaScript's <c>.</c> does not match (LineTerminator).</summary>
    public static bool HasLineTerminator(ReadOnlySpan<char> text) =>
        text.IndexOfAny('\n', '\r') >= 0 || text.IndexOfAnyInRange('\u2028', '\u2029') >= 0;
}
