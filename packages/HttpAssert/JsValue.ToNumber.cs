using System.Globalization;

namespace Koa;

internal static partial class JsValue
{
    /// <summary>
    /// <c>Number(text)</c> (StringToNumber): trimmed; empty is 0; <c>0x</c>/<c>0o</c>/<c>0b</c> integers;
    /// <c>[+-]Infinity</c>; a decimal literal with optional fraction and exponent; anything else is <c>NaN</c>.
    /// </summary>
    public static double ToNumber(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start])) start++;
        while (end > start && IsWhiteSpace(text[end - 1])) end--;
        var s = text[start..end];
        if (s.IsEmpty) return 0;

        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            var radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            double result = 0;
            foreach (var c in s[2..])
            {
                var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : 99;
                if (digit >= radix) return double.NaN;
                result = (result * radix) + digit;
            }
            return result;
        }

        var i = 0;
        var negative = false;
        if (s[0] == '+' || s[0] == '-')
        {
            negative = s[0] == '-';
            i = 1;
        }
        if (s[i..].SequenceEqual("Infinity")) return negative ? double.NegativeInfinity : double.PositiveInfinity;

        // StrDecimalLiteral: (digits [. digits?] | . digits) ([eE] [+-]? digits)?
        var integer = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        var digits = i - integer;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var fraction = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            digits += i - fraction;
        }
        if (digits == 0) return double.NaN;
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            var exponent = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == exponent) return double.NaN;
        }
        if (i != s.Length) return double.NaN;
        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
