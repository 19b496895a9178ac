using System.Buffers;
using System.Text;

namespace Koa;

/// <summary>
/// JavaScript's <c>toLowerCase()</c> where the ports compare or look up lower-cased text (tokens, media types,
/// language tags, header names), written once (linked as source, tested by tests/Shared.Tests).
/// </summary>
/// <remarks>
/// JavaScript lower-cases by the Unicode default case mapping. The only non-ASCII character whose lower case is ASCII
/// is the Kelvin sign U+212A (<c>k</c>); U+0130 lower-cases to two characters (<c>i</c> + U+0307), so it never
/// equals a single <c>i</c>; U+0131 and U+017F only upper-case to ASCII. Comparisons here go code point by code point
/// with .NET's invariant simple mapping, which agrees with JavaScript's except for U+0130 (kept as itself).
/// </remarks>
internal static class JsLowerCase
{
    /// <summary>The Kelvin sign, the only non-ASCII character that JavaScript lower-cases to ASCII (<c>'k'</c>).</summary>
    public const char KelvinSign = '\u212A';

    /// <summary>JavaScript's lower case of <paramref name="c"/> where it is one ASCII character, else <paramref name="c"/>.</summary>
    public static char ToAscii(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        KelvinSign => 'k',
        _ => c,
    };

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

    /// <summary>
    /// <c>a.toLowerCase() === b.toLowerCase()</c>, compared code point by code point (ASCII fast path; no allocation).
    /// </summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            char x = a[i], y = b[j];
            if ((x | y) < 0x80)
            {
                if (x != y && (!char.IsAsciiLetter(x) || (x | 0x20) != (y | 0x20))) return false;
                i++;
                j++;
                continue;
            }
            if (LowerCodePoint(a, ref i) != LowerCodePoint(b, ref j)) return false;
        }
        return i == a.Length && j == b.Length;
    }

    /// <summary>A hash consistent with <see cref="EqualsIgnoreCase"/>.</summary>
    public static int GetHashCodeIgnoreCase(ReadOnlySpan<char> text)
    {
        var hash = new HashCode();
        for (var i = 0; i < text.Length;) hash.Add(LowerCodePoint(text, ref i));
        return hash.ToHashCode();
    }

    // The lower-cased code point at text[index]; a lone surrogate stands for itself (it cannot collide with a scalar
    // value), and so does U+0130 (whose JavaScript lower case is two code points). Advances index past it.
    private static int LowerCodePoint(ReadOnlySpan<char> text, ref int index)
    {
        var c = text[index];
        if (c < 0x80)
        {
            index++;
            return char.IsAsciiLetterUpper(c) ? c | 0x20 : c;
        }
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
            return rune.Value == 0x130 ? 0x130 : Rune.ToLowerInvariant(rune).Value;
        }
        index++;
        return c;
    }
}
