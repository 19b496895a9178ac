using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>JavaScript string semantics Koa's accessors rely on: <c>trim()</c>, <c>\s</c>, truthiness, <c>parseInt</c>.</summary>
internal static class JsString
{
    /// <summary>ECMAScript WhiteSpace and LineTerminator (what <c>\s</c> and <c>String.prototype.trim</c> use).</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary><c>String.prototype.trim</c>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsWhiteSpace(value[start])) start++;
        while (end > start && IsWhiteSpace(value[end - 1])) end--;
        return value[start..end];
    }

    /// <summary><c>value.split(',', limit).map(v =&gt; v.trim())</c> — Koa's splitCommaSeparatedValues, no regex (CVE-2025-25200).</summary>
    public static List<string> SplitCommaSeparated(string value, int limit = int.MaxValue)
    {
        var result = new List<string>();
        var span = value.AsSpan();
        while (result.Count < limit)
        {
            var comma = span.IndexOf(',');
            result.Add(Trim(comma < 0 ? span : span[..comma]).ToString());
            if (comma < 0) break;
            span = span[(comma + 1)..];
        }
        return result;
    }

    /// <summary>The first item of <c>value.split(',', 1)</c>, trimmed.</summary>
    public static string FirstCommaSeparated(string value)
    {
        var comma = value.IndexOf(',');
        var first = Trim(comma < 0 ? value : value.AsSpan(0, comma));
        return first.Length == value.Length ? value : first.ToString();
    }

    /// <summary>JavaScript truthiness of a body value: null, <c>""</c>, false, 0 and NaN are falsy.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        bool b => b,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0 && !double.IsNaN(d),
        float f => f != 0 && !float.IsNaN(f),
        decimal m => m != 0,
        short s => s != 0,
        byte b => b != 0,
        _ => true,
    };

    /// <summary>
    /// <c>parseInt(value, 10)</c>: leading white space, an optional sign, decimal digits; null for NaN. Where
    /// JavaScript's double goes beyond a long, the result saturates at <see cref="long.MaxValue"/> /
    /// <see cref="long.MinValue"/> (so size checks still see a huge number).
    /// </summary>
    public static long? ParseInt(ReadOnlySpan<char> value)
    {
        value = Trim(value);
        var negative = false;
        if (value.Length > 0 && value[0] is '+' or '-')
        {
            negative = value[0] == '-';
            value = value[1..];
        }
        var digits = 0;
        ulong result = 0;
        const ulong limit = (ulong)long.MaxValue + 1;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            result = result > limit / 10 ? limit + 1 : Math.Min((result * 10) + (uint)(value[digits] - '0'), limit + 1);
            digits++;
        }
        if (digits == 0) return null;
        if (negative) return result >= limit ? long.MinValue : -(long)result;
        return result > long.MaxValue ? long.MaxValue : (long)result;
    }

    /// <summary>A header as node presents it in <c>req.headers</c>: one value, or several joined by <c>", "</c>; <c>""</c> when absent.</summary>
    public static string HeaderValue(StringValues values) => values.Count switch
    {
        0 => string.Empty,
        1 => values[0] ?? string.Empty,
        _ => string.Join(", ", values.ToArray()),
    };
}
