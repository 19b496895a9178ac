using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Koa;

/// <summary>
/// The few JavaScript value rules these ports reproduce exactly: <c>typeof x === 'number'</c>, truthiness,
/// <c>Number::toString</c> and what counts as white space. One shared source file: HttpErrors and HttpAssert
/// compile it too (linked from their .csproj), so the rules exist once; <c>parseInt</c> (Statuses) and
/// <c>Number(s)</c> (HttpAssert) are partial parts kept in the package that uses them.
/// </summary>
internal static partial class JsValue
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

    /// <summary>ECMAScript WhiteSpace and LineTerminator (what <c>trim()</c> and <c>parseInt</c> skip).</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
