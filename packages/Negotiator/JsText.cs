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
    /// <summary>White space or <c>;</c>: ends a token in negotiator's <c>[^\s;]+</c>.</summary>
    public static readonly SearchValues<char> WhiteSpaceOrSemicolon = SearchValues.Create(JsWhiteSpace.Characters + ";");

    /// <summary>White space, <c>-</c> or <c>;</c>: ends a language prefix (<c>[^\s\-;]+</c>).</summary>
    public static readonly SearchValues<char> WhiteSpaceDashOrSemicolon = SearchValues.Create(JsWhiteSpace.Characters + "-;");

    /// <summary>White space, <c>/</c> or <c>;</c>: ends a media type (<c>[^\s\/;]+</c>).</summary>
    public static readonly SearchValues<char> WhiteSpaceSlashOrSemicolon = SearchValues.Create(JsWhiteSpace.Characters + "/;");

    /// <summary>The characters JavaScript's <c>.</c> does not match (LineTerminator).</summary>
    public static readonly SearchValues<char> LineTerminators = SearchValues.Create("\n\r\u2028\u2029");

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
        return double.Parse(text[start..i], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

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
