using System.Buffers;
using System.Globalization;
using System.Text;

namespace Koa;

/// <summary>
/// The JavaScript string semantics negotiator's results depend on, beside <see cref="JsWhiteSpace"/>:
/// <c>parseFloat</c>, <c>a.toLowerCase() === b.toLowerCase()</c> and the character classes of its regexes.
/// </summary>
internal static class JsText
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
            else if (JsWhiteSpace.Is(c))
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>Whether the text holds a character JavaScript's <c>.</c> does not match (LineTerminator).</summary>
    public static bool HasLineTerminator(ReadOnlySpan<char> text) =>
        text.IndexOfAny('\n', '\r') >= 0 || text.IndexOfAnyInRange('\u2028', '\u2029') >= 0;

    /// <summary>Index of the first character that is not white space, from <paramref name="start"/>.</summary>
    public static int SkipWhiteSpace(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length && JsWhiteSpace.Is(text[start]))
            start++;
        return start;
    }

    /// <summary>
    /// <c>parseFloat(text)</c>: leading white space skipped, then the longest prefix that is a decimal literal
    /// (<c>0.5abc</c> → 0.5, <c>.5</c>, <c>5.</c>, <c>1e3</c>, <c>-1</c>, <c>Infinity</c>), else NaN
    /// (<c>abc</c>, <c>""</c>, <c>.</c>).
    /// </summary>
    /// <remarks>
    /// StrDecimalLiteral ::: [+-] ( "Infinity" | DecimalDigits [ "." [DecimalDigits] ] [ExponentPart]
    ///                             | "." DecimalDigits [ExponentPart] )
    /// ExponentPart ::: ("e" | "E") [+-] DecimalDigits
    /// </remarks>
    public static double ParseFloat(ReadOnlySpan<char> text)
    {
        var start = SkipWhiteSpace(text, 0);
        var i = start;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        if (text[i..].StartsWith("Infinity", StringComparison.Ordinal))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;

        var integerDigits = CountDigits(text, i);
        i += integerDigits;
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            fractionDigits = CountDigits(text, i + 1);
            if (integerDigits > 0 || fractionDigits > 0)
                i += 1 + fractionDigits;
        }
        if (integerDigits == 0 && fractionDigits == 0)
            return double.NaN;

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var exponent = i + 1;
            if (exponent < text.Length && (text[exponent] == '+' || text[exponent] == '-'))
                exponent++;
            var exponentDigits = CountDigits(text, exponent);
            if (exponentDigits > 0)
                i = exponent + exponentDigits;
        }
        return TryExactDecimal(text[start..i], out var value) ? value : double.Parse(text[start..i], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // Clinger's fast path for the usual q-values ("1", "0.8", "0.125"): with at most 15 digits and no exponent the
    // digits form an exact integer m and the value is m / 10^k, which one IEEE division rounds correctly, so the
    // result is the double.Parse result.
    private static bool TryExactDecimal(ReadOnlySpan<char> literal, out double value)
    {
        value = 0;
        var negative = literal.Length > 0 && literal[0] == '-';
        if (negative || (literal.Length > 0 && literal[0] == '+'))
            literal = literal[1..];
        if (literal.Length > 16)
            return false;
        long mantissa = 0;
        var digits = 0;
        var fraction = -1;
        foreach (var c in literal)
        {
            if (c == '.')
            {
                fraction = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c))
                return false;
            mantissa = (mantissa * 10) + (c - '0');
            digits++;
            if (fraction >= 0)
                fraction++;
        }
        if (digits > 15)
            return false;
        value = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        if (negative)
            value = -value;
        return true;
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

    private static int CountDigits(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
            end++;
        return end - start;
    }

    /// <summary>
    /// <c>a.toLowerCase() === b.toLowerCase()</c>, compared code point by code point with .NET's invariant
    /// simple lower-case mapping (ASCII fast path; no allocation).
    /// </summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            char x = a[i], y = b[j];
            if ((x | y) < 0x80)
            {
                if (x != y && (!char.IsAsciiLetter(x) || (x | 0x20) != (y | 0x20)))
                    return false;
                i++;
                j++;
                continue;
            }
            if (LowerCodePoint(a, ref i) != LowerCodePoint(b, ref j))
                return false;
        }
        return i == a.Length && j == b.Length;
    }

    /// <summary>A hash consistent with <see cref="EqualsIgnoreCase"/>.</summary>
    public static int GetHashCodeIgnoreCase(ReadOnlySpan<char> text)
    {
        var hash = new HashCode();
        for (var i = 0; i < text.Length;)
            hash.Add(LowerCodePoint(text, ref i));
        return hash.ToHashCode();
    }

    // The lower-cased code point at text[index]; a lone surrogate stands for itself (it cannot collide with a
    // scalar value). Advances index past it.
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
            return Rune.ToLowerInvariant(rune).Value;
        }
        index++;
        return c;
    }
}
