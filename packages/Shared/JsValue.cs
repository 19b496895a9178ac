using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Koa;

/// <summary>
/// JavaScript value semantics the ports reproduce exactly, written once (linked as source into every package that
/// needs them, tested by tests/Shared.Tests against node): white space and <c>trim()</c>, <c>Number(string)</c>,
/// <c>parseInt(string, 10)</c>, <c>parseFloat</c>, <c>Number::toString</c>, <c>typeof x === 'number'</c> and truthiness.
/// </summary>
/// <remarks>
/// <code>
/// WhiteSpace      = TAB / VT / FF / SP / NBSP / ZWNBSP (U+FEFF) / USP (Zs: U+1680, U+2000–U+200A, U+202F, U+205F, U+3000)
/// LineTerminator  = LF / CR / LS (U+2028) / PS (U+2029)
/// StringNumericLiteral     = [ StrWhiteSpace ] [ StrNumericLiteral [ StrWhiteSpace ] ]          ; Number(): empty is 0
/// StrNumericLiteral        = NonDecimalIntegerLiteral / StrDecimalLiteral
/// NonDecimalIntegerLiteral = "0" ("x" / "X") 1*HEXDIG / "0" ("o" / "O") 1*%x30-37 / "0" ("b" / "B") 1*%x30-31
/// StrDecimalLiteral        = [ "+" / "-" ] ( "Infinity" / 1*DIGIT [ "." *DIGIT ] [ Exponent ] / "." 1*DIGIT [ Exponent ] )
/// Exponent                 = ( "e" / "E" ) [ "+" / "-" ] 1*DIGIT
/// </code>
/// Unlike <see cref="char.IsWhiteSpace(char)"/>, JavaScript white space has U+FEFF and not U+0085. Numeric separators
/// (<c>1_000</c>) are not part of StringNumericLiteral.
/// </remarks>
internal static class JsValue
{
    /// <summary>The characters of JavaScript WhiteSpace and LineTerminator (what <c>trim()</c> removes and <c>\s</c> matches).</summary>
    public const string WhiteSpaceChars =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary><see cref="WhiteSpaceChars"/> as a search table.</summary>
    public static readonly SearchValues<char> WhiteSpace = SearchValues.Create(WhiteSpaceChars);

    /// <summary>JavaScript WhiteSpace or LineTerminator (<c>\s</c>).</summary>
    public static bool IsWhiteSpace(char c) =>
        c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= '\u00A0' && WhiteSpace.Contains(c);

    /// <summary><c>String.prototype.trim</c>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> value)
    {
        if (value.Length > 0 && value[0] is > ' ' and < '\u007F' && value[^1] is > ' ' and < '\u007F')
            return value; // starts and ends with visible ASCII: nothing to trim
        var start = 0;
        var end = value.Length;
        while (start < end && IsWhiteSpace(value[start])) start++;
        while (end > start && IsWhiteSpace(value[end - 1])) end--;
        return value[start..end];
    }

    /// <summary>The index of the first character from <paramref name="start"/> that is not white space (or the length).</summary>
    public static int SkipWhiteSpace(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length && IsWhiteSpace(text[start])) start++;
        return start;
    }

    /// <summary><c>Number(text)</c> (StringToNumber): see the grammar above; anything else is <c>NaN</c>.</summary>
    public static double ToNumber(ReadOnlySpan<char> text)
    {
        var s = Trim(text);
        if (s.IsEmpty) return 0;

        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            var radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            var digits = s[2..];
            if (radix == 16 ? digits.ContainsAnyExcept(HexDigits) : digits.ContainsAnyExceptInRange('0', (char)('0' + radix - 1)))
                return double.NaN;
            return ParseRadix(digits, radix);
        }

        var end = ScanDecimalLiteral(s, 0, out var infinity);
        if (end != s.Length) return double.NaN;
        if (infinity != 0) return infinity;
        return ParseDecimal(s);
    }

    /// <summary>Whether <c>Number(text)</c> is a number (not NaN), without computing it.</summary>
    public static bool IsNumber(ReadOnlySpan<char> text)
    {
        var s = Trim(text);
        if (s.IsEmpty) return true;
        if (s.Length > 2 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x' or 'X': return !s[2..].ContainsAnyExcept(HexDigits);
                case 'o' or 'O': return !s[2..].ContainsAnyExceptInRange('0', '7');
                case 'b' or 'B': return !s[2..].ContainsAnyExceptInRange('0', '1');
            }
        }
        return ScanDecimalLiteral(s, 0, out _) == s.Length;
    }

    /// <summary>
    /// <c>parseInt(text, 10)</c>: skip leading white space, an optional sign, then the longest run of ASCII digits
    /// (at least one, else <c>NaN</c>); the rest of the string is ignored.
    /// </summary>
    public static double ParseInt(ReadOnlySpan<char> text)
    {
        var i = SkipWhiteSpace(text, 0);
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == start) return double.NaN;
        double magnitude = 0;
        if (i - start <= 15)
        {
            // Up to 15 digits are exact in a double; longer runs need correct rounding.
            foreach (var c in text[start..i]) magnitude = (magnitude * 10) + (c - '0');
        }
        else
        {
            magnitude = double.Parse(text[start..i], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return negative ? -magnitude : magnitude;
    }

    /// <summary>
    /// <c>parseInt(text, 10)</c> as a <see cref="long"/>, for sizes (<c>Content-Length</c>): null for <c>NaN</c>; the
    /// digits are read exactly (beyond 2^53, where JavaScript's double rounds, the long keeps the exact value), and
    /// beyond the range of a long the result saturates at <see cref="long.MaxValue"/> / <see cref="long.MinValue"/>
    /// (so size checks still see a huge number).
    /// </summary>
    public static long? ParseInt64(ReadOnlySpan<char> text)
    {
        var i = SkipWhiteSpace(text, 0);
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        var start = i;
        ulong result = 0;
        const ulong limit = (ulong)long.MaxValue + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            result = result > limit / 10 ? limit + 1 : Math.Min((result * 10) + (uint)(text[i] - '0'), limit + 1);
            i++;
        }
        if (i == start) return null;
        if (negative) return result >= limit ? long.MinValue : -(long)result;
        return result > long.MaxValue ? long.MaxValue : (long)result;
    }

    /// <summary>
    /// <c>parseFloat(text)</c>: leading white space skipped, then the longest prefix that is a StrDecimalLiteral
    /// (<c>0.5abc</c> → 0.5, <c>.5</c>, <c>5.</c>, <c>1e3</c>, <c>-1</c>, <c>Infinity</c>), else <c>NaN</c>.
    /// </summary>
    public static double ParseFloat(ReadOnlySpan<char> text)
    {
        var start = SkipWhiteSpace(text, 0);
        var end = ScanDecimalLiteral(text, start, out var infinity);
        if (infinity != 0) return infinity;
        if (end < 0) return double.NaN;
        return ParseDecimal(text[start..end]);
    }

    // The end of the longest StrDecimalLiteral at text[start..] (-1 when there is none); "Infinity" sets infinity.
    private static int ScanDecimalLiteral(ReadOnlySpan<char> text, int start, out double infinity)
    {
        infinity = 0;
        var i = start;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        if (text[i..].StartsWith("Infinity", StringComparison.Ordinal))
        {
            infinity = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return i + 8;
        }
        var integerDigits = CountDigits(text, i);
        i += integerDigits;
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            fractionDigits = CountDigits(text, i + 1);
            if (integerDigits > 0 || fractionDigits > 0) i += 1 + fractionDigits;
        }
        if (integerDigits == 0 && fractionDigits == 0) return -1;
        if (i < text.Length && (text[i] | 0x20) == 'e')
        {
            var exponent = i + 1;
            if (exponent < text.Length && (text[exponent] == '+' || text[exponent] == '-')) exponent++;
            var exponentDigits = CountDigits(text, exponent);
            if (exponentDigits > 0) i = exponent + exponentDigits;
        }
        return i;
    }

    private static int CountDigits(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - start;
    }

    // A StrDecimalLiteral without "Infinity". Clinger's fast path for the usual short literals ("1", "0.8", "0.125"):
    // with at most 15 digits and no exponent the digits form an exact integer m and the value is m / 10^k, which one
    // IEEE division rounds correctly; otherwise the BCL's correctly rounded parser.
    private static double ParseDecimal(ReadOnlySpan<char> literal)
    {
        var negative = literal[0] == '-';
        var body = negative || literal[0] == '+' ? literal[1..] : literal;
        if (body.Length <= 16)
        {
            long mantissa = 0;
            var digits = 0;
            var fraction = -1;
            foreach (var c in body)
            {
                if (c == '.')
                {
                    fraction = 0;
                    continue;
                }
                if (!char.IsAsciiDigit(c)) goto slow;
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                if (fraction >= 0) fraction++;
            }
            if (digits <= 15)
            {
                var value = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
                return negative ? -value : value;
            }
        }
    slow:
        // "5." and ".5" are valid here and for double.Parse; a JavaScript -0 stays -0.
        return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // 0x/0o/0b digits, read exactly and rounded once (to nearest, ties to even) as V8 does: the leading 64 bits in a
    // ulong whose lowest bit also records any non-zero bit below them (sticky), so the one conversion to double
    // rounds as the exact value would; then scaled by the bits that did not fit. Linear in the length.
    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var bitsPerDigit = radix == 8 ? 3 : radix == 2 ? 1 : 4;
        ulong mantissa = 0;
        var used = 0;     // significant bits in mantissa
        var dropped = 0;  // bits shifted out below it
        var sticky = false;
        foreach (var c in digits)
        {
            var digit = (ulong)(char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
            for (var bit = bitsPerDigit - 1; bit >= 0; bit--)
            {
                var b = (digit >> bit) & 1;
                if (used == 0 && b == 0) continue;
                if (used < 64)
                {
                    mantissa = (mantissa << 1) | b;
                    used++;
                }
                else
                {
                    sticky |= b != 0;
                    dropped++;
                }
            }
        }
        if (sticky) mantissa |= 1;
        return dropped == 0 ? mantissa : Math.ScaleB(mantissa, dropped);
    }

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

    /// <summary><c>typeof value === 'number'</c>: every CLR numeric primitive counts, read as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int v: number = v; return true;
            case double v: number = v; return true;
            case long v: number = v; return true;
            case float v: number = v; return true;
            case decimal v: number = (double)v; return true;
            case short v: number = v; return true;
            case byte v: number = v; return true;
            case sbyte v: number = v; return true;
            case ushort v: number = v; return true;
            case uint v: number = v; return true;
            case ulong v: number = v; return true;
            case nint v: number = v; return true;
            case nuint v: number = v; return true;
            case Half v: number = (double)v; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>A number that is an integer in <see cref="int"/> range (what can be an HTTP status).</summary>
    public static bool TryGetInt32(double number, out int value)
    {
        if (number >= int.MinValue && number <= int.MaxValue && Math.Floor(number) == number)
        {
            value = (int)number;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>
    /// ToBoolean: <c>null</c>, <c>false</c>, <c>""</c>, and 0, -0 and NaN of every numeric type (<c>(uint)0</c>
    /// included) are falsy; everything else is truthy.
    /// </summary>
    public static bool IsTruthy([NotNullWhen(true)] object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length != 0,
        _ => !TryGetNumber(value, out var n) || (n != 0 && !double.IsNaN(n)),
    };

    /// <summary>
    /// ECMAScript <c>Number::toString(x)</c> (radix 10, what <c>String(x)</c> gives): the shortest round-trip digits,
    /// fixed notation for 1e-7 &lt;= |x| &lt; 1e21, otherwise <c>d.ddde+n</c>; <c>-0</c> prints <c>0</c>; NaN and
    /// the infinities by name.
    /// </summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";
        if (Math.Abs(value) < 1e15 && Math.Floor(value) == value)
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        Span<char> buffer = stackalloc char[32];
        var written = Format(value, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>A single-precision value from its own shortest digits (<c>1.1f</c> prints <c>1.1</c>).</summary>
    public static string ToString(float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value) || value == 0) return ToString((double)value);
        Span<char> shortest = stackalloc char[32];
        value.TryFormat(shortest, out var length, "R", CultureInfo.InvariantCulture);
        Span<char> buffer = stackalloc char[32];
        var written = Layout(shortest[..length], buffer);
        return new string(buffer[..written]);
    }

    /// <summary>
    /// Writes a finite double as <see cref="ToString(double)"/> does into <paramref name="destination"/> (at least 32
    /// characters); returns the length.
    /// </summary>
    public static int Format(double value, Span<char> destination)
    {
        if (value == 0)
        {
            destination[0] = '0';
            return 1;
        }
        Span<char> shortest = stackalloc char[32];
        value.TryFormat(shortest, out var length, "R", CultureInfo.InvariantCulture);
        return Layout(shortest[..length], destination);
    }

    // .NET's "R" gives the same shortest round-trip digits as "ddd.ddd" or "d.dddE+xx"; re-lay them out per ECMA-262.
    private static int Layout(ReadOnlySpan<char> shortest, Span<char> destination)
    {
        var pos = 0;
        var negative = shortest[0] == '-';
        if (negative) shortest = shortest[1..];

        Span<char> digits = stackalloc char[32];
        var digitCount = 0;
        var pointIndex = -1;
        var exponent = 0;
        for (var i = 0; i < shortest.Length; i++)
        {
            var c = shortest[i];
            if (c == '.')
            {
                pointIndex = digitCount;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(shortest[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[digitCount++] = c;
            }
        }
        if (pointIndex < 0) pointIndex = digitCount;

        // Strip leading zeros ("0.001" gives digits "0001"), moving the decimal point with them.
        var start = 0;
        while (start < digitCount - 1 && digits[start] == '0')
        {
            start++;
            pointIndex--;
        }
        var end = digitCount;
        while (end > start + 1 && digits[end - 1] == '0') end--;
        var k = end - start;           // number of significant digits
        var n = pointIndex + exponent; // value = 0.d1d2..dk × 10^n
        var sig = digits[start..end];

        if (negative) destination[pos++] = '-';
        if (k <= n && n <= 21)
        {
            sig.CopyTo(destination[pos..]);
            pos += k;
            for (var i = 0; i < n - k; i++) destination[pos++] = '0';
        }
        else if (0 < n && n <= 21)
        {
            sig[..n].CopyTo(destination[pos..]);
            pos += n;
            destination[pos++] = '.';
            sig[n..].CopyTo(destination[pos..]);
            pos += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            destination[pos++] = '0';
            destination[pos++] = '.';
            for (var i = 0; i < -n; i++) destination[pos++] = '0';
            sig.CopyTo(destination[pos..]);
            pos += k;
        }
        else
        {
            destination[pos++] = sig[0];
            if (k > 1)
            {
                destination[pos++] = '.';
                sig[1..].CopyTo(destination[pos..]);
                pos += k - 1;
            }
            destination[pos++] = 'e';
            var e = n - 1;
            destination[pos++] = e < 0 ? '-' : '+';
            Math.Abs(e).TryFormat(destination[pos..], out var exponentLength, default, CultureInfo.InvariantCulture);
            pos += exponentLength;
        }
        return pos;
    }
}
