using System.Globalization;

namespace Koa;

/// <summary>
/// Formats numbers the way JavaScript's <c>Number.prototype.toString()</c> does (ECMA-262 §6.1.6.1.20
/// Number::toString): the shortest round-trip digits, integers below 1e21 without exponent, small
/// magnitudes down to 1e-7 as plain decimals, otherwise <c>d.ddde+n</c>; NaN and the infinities by name.
/// JSON output uses it for doubles (where NaN and infinities become <c>null</c>, as in JSON.stringify).
/// </summary>
internal static class JsNumber
{
    /// <summary>Formats a double like JavaScript's <c>String(value)</c>.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0"; // -0 prints as 0 too
        Span<char> buffer = stackalloc char[64];
        var written = Format(value, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Formats a single-precision value from its own shortest digits (1.1f prints 1.1).</summary>
    public static string Format(float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value) || value == 0) return Format((double)value);
        Span<char> buffer = stackalloc char[64];
        var written = Layout(value.ToString("R", CultureInfo.InvariantCulture), buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Writes a finite, non-zero double into <paramref name="destination"/> (at least 32 chars); returns the length.</summary>
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

    // .NET's "R" gives the shortest round-trip digits as either "ddd.ddd" or "d.dddE+xx"; re-lay them out per ECMA-262.
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

        // Strip leading zeros (e.g. "0.001" → digits "0001"), adjusting the decimal point.
        var start = 0;
        while (start < digitCount - 1 && digits[start] == '0')
        {
            start++;
            pointIndex--;
        }
        var end = digitCount;
        while (end > start + 1 && digits[end - 1] == '0') end--;
        var k = end - start;                 // number of significant digits
        var n = pointIndex + exponent;       // value = 0.d1d2..dk × 10^n
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
            Math.Abs(e).TryFormat(destination[pos..], out var expLength, default, CultureInfo.InvariantCulture);
            pos += expLength;
        }
        return pos;
    }
}
