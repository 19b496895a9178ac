using System.Buffers;

namespace Koa;

/// <summary>
/// JavaScript's white space: the characters of <c>\s</c>, <c>String.prototype.trim</c> and <c>parseFloat</c>
/// (shared by the Negotiator and Fresh packages).
/// </summary>
internal static class JsWhiteSpace
{
    // ECMAScript WhiteSpace and LineTerminator: the set of \s, String.prototype.trim and parseFloat.
    // (.NET's char.IsWhiteSpace differs: it has U+0085 and lacks U+FEFF.)
    public const string Characters =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary>JavaScript white space (<c>\s</c>).</summary>
    public static readonly SearchValues<char> Set = SearchValues.Create(Characters);

    public static bool Is(char c) =>
        c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= '\u00A0' && Set.Contains(c);

    /// <summary><c>String.prototype.trim</c>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && Is(text[start]))
            start++;
        var end = text.Length;
        while (end > start && Is(text[end - 1]))
            end--;
        return text[start..end];
    }
}
