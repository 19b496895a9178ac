using System.Buffers;

namespace Koa;

/// <summary>
/// The few JavaScript string semantics the jshttp packages rely on, reproduced exactly: the white space of
/// <c>String.prototype.trim</c> and of the regex class <c>\s</c>, and <c>toLowerCase</c> where its result is ASCII.
/// Shared as source by KoaNet.ContentType, KoaNet.MimeTypes and KoaNet.TypeIs (each gets an internal copy;
/// <c>JsText.Trim.cs</c> only where it is used).
/// </summary>
internal static partial class JsText
{
    /// <summary>
    /// ECMAScript WhiteSpace and LineTerminator (what <c>trim()</c> removes and <c>\s</c> matches):
    /// TAB, LF, VT, FF, CR, SP, NBSP, U+1680, U+2000–U+200A, LS, PS, U+202F, U+205F, U+3000 and the BOM U+FEFF.
    /// Unlike <see cref="char.IsWhiteSpace(char)"/> it has U+FEFF and not U+0085.
    /// </summary>
    public static readonly SearchValues<char> WhiteSpace = SearchValues.Create(WhiteSpaceChars);

    /// <summary>The characters of <see cref="WhiteSpace"/>.</summary>
    public const string WhiteSpaceChars =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary>The Kelvin sign, the only non-ASCII character that JavaScript lower-cases to ASCII (<c>'k'</c>).</summary>
    public const char KelvinSign = '\u212A';

    /// <summary>
    /// Writes JavaScript's <c>value.toLowerCase()</c> into <paramref name="destination"/> (same length) when that
    /// result is all ASCII: A–Z become a–z and the Kelvin sign becomes <c>k</c>. Returns false when any other
    /// non-ASCII character is present, i.e. when the JavaScript result could not equal an ASCII string.
    /// </summary>
    public static bool TryToLowerAscii(ReadOnlySpan<char> value, Span<char> destination)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterUpper(c)) c = (char)(c | 0x20);
            else if (c == KelvinSign) c = 'k';
            else if (!char.IsAscii(c)) return false;
            destination[i] = c;
        }
        return true;
    }
}
