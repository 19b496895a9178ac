using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Koa;

/// <summary>
/// The few JavaScript value rules these ports reproduce exactly: <c>typeof x === 'number'</c>, truthiness,
/// <c>Number::toString</c>, <c>parseInt(s, 10)</c> and <c>Number(s)</c>. One shared source file: HttpErrors and
/// HttpAssert compile it too (linked from their .csproj), so the rules exist once.
/// </summary>
internal static class JsValue
{
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

    /// <summary>ToBoolean: <c>null</c>, <c>false</c>, <c>0</c>, <c>-0</c>, <c>NaN</c> and <c>""</c> are falsy; everything else is truthy.</summary>
    public static bool IsTruthy([NotNullWhen(true)] object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length != 0,
        _ => !TryGetNumber(value, out var n) || (n != 0 && !double.IsNaN(n)),
    };

    /// <summary>
    /// ECMAScript <c>Number::toString(x)</c> (radix 10): the shortest round-trip digits, fixed notation for
    /// 1e-7 &lt;= |x| &lt; 1e21, otherwise <c>d.ddde+n</c>; <c>-0</c> prints <c>0</c>.
    /// </summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return "0";
        if (Math.Abs(value) < 1e21 && Math.Floor(value) == value && Math.Abs(value) < 1e15)
            return ((long)value).ToString(CultureInfo.InvariantCulture);

        // .NET prints the same shortest round-trip digits, only laid out differently: take digits and exponent.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));
        var n = (dot < 0 ? mantissa.Length : dot) + exponent;
        var lead = 0;
        while (digits[lead] == '0') lead++;
        digits = digits[lead..].TrimEnd('0');
        n -= lead;
        var k = digits.Length;

        string body;
        if (k <= n && n <= 21) body = digits + new string('0', n - k);
        else if (0 < n && n <= 21) body = string.Concat(digits.AsSpan(0, n), ".", digits.AsSpan(n));
        else if (-6 < n && n <= 0) body = "0." + new string('0', -n) + digits;
        else
        {
            var sign = n - 1 < 0 ? "-" : "+";
            var power = Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
            body = k == 1 ? digits + "e" + sign + power : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1)) + "e" + sign + power;
        }
        return value < 0 ? "-" + body : body;
    }

    /// <summary>
    /// <c>parseInt(text, 10)</c>: skip leading white space, an optional sign, then the longest run of ASCII
    /// digits (at least one, else <c>NaN</c>); the rest of the string is ignored.
    /// </summary>
    public static double ParseInt(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && IsWhiteSpace(text[i])) i++;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == start) return double.NaN;
        var magnitude = double.Parse(text[start..i], NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }

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

    /// <summary>ECMAScript WhiteSpace and LineTerminator (what <c>trim()</c> and <c>parseInt</c> skip).</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
