using System.Globalization;
using System.Numerics;
using System.Text;

namespace Koa;

/// <summary>
/// Byte sizes as text and back: a port of the npm <c>bytes</c> package 3.1.2. <see cref="Parse"/> reads
/// <c>"1kb"</c>, <c>"2.5 MB"</c> or a plain number of bytes; <see cref="Format"/> writes <c>1024</c> as <c>"1KB"</c>.
/// Units are 1024-based: B, KB, MB, GB, TB, PB.
/// </summary>
/// <example>
/// <code>
/// Bytes.Parse("1kb");        // 1024
/// Bytes.Format(1536);        // "1.5KB"
/// </code>
/// </example>
public static class Bytes
{
    private const double Kb = 1 << 10;
    private const double Mb = 1 << 20;
    private const double Gb = 1 << 30;
    private const double Tb = 1099511627776d;        // Math.pow(1024, 4)
    private const double Pb = 1125899906842624d;     // Math.pow(1024, 5)

    /// <summary>
    /// npm <c>bytes.parse(value)</c>: a size with a unit (<c>^[+-]?\d+(\.\d+)? *(kb|mb|gb|tb|pb)$</c>, the unit in any
    /// ASCII case) is multiplied out and floored; anything else is read with <c>parseInt(value, 10)</c> as bytes
    /// (so <c>"1024"</c>, <c>" 12abc"</c> and <c>"1.9"</c> give 1024, 12 and 1, and <c>"1b"</c> gives 1).
    /// </summary>
    /// <param name="value">The text to read.</param>
    /// <returns>The number of bytes, or <c>null</c> when <paramref name="value"/> is null or holds no number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size does not fit a <see cref="long"/> (npm returns a float there, up to <c>Infinity</c>).</exception>
    /// <example>
    /// <code>
    /// Bytes.Parse("1kb");      // 1024
    /// Bytes.Parse("1.5 MB");   // 1572864
    /// Bytes.Parse("abc");      // null
    /// </code>
    /// </example>
    public static long? Parse(string? value)
    {
        if (value is null) return null;
        var size = TryUnit(value, out var number, out var factor) ? Math.Floor(factor * number) : JsValue.ParseInt(value);
        if (double.IsNaN(size)) return null;
        if (!(size >= -9.2233720368547758E18 && size < 9.2233720368547758E18))
            throw new ArgumentOutOfRangeException(nameof(value), "value is out of range of a size in bytes");
        return (long)size;
    }

    /// <summary>
    /// npm <c>bytes.format(value, options)</c>: <paramref name="value"/> in the largest unit it reaches (or
    /// <see cref="BytesFormatOptions.Unit"/>), with <see cref="BytesFormatOptions.DecimalPlaces"/> decimals
    /// (<c>toFixed</c>: half away from zero on the exact binary value), trailing zeros dropped unless
    /// <see cref="BytesFormatOptions.FixedDecimals"/>.
    /// </summary>
    /// <param name="value">A number of bytes; negative values keep their sign.</param>
    /// <param name="options">Formatting options; the defaults give <c>"1.5KB"</c>.</param>
    /// <returns>The text, or <c>null</c> when <paramref name="value"/> is NaN or infinite.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BytesFormatOptions.DecimalPlaces"/> is outside 0–100 (JavaScript's <c>toFixed</c> range).</exception>
    /// <example>
    /// <code>
    /// Bytes.Format(1024);                                                      // "1KB"
    /// Bytes.Format(1000, new BytesFormatOptions { ThousandsSeparator = "," });   // "1,000B"
    /// Bytes.Format(1024, new BytesFormatOptions { UnitSeparator = " ", FixedDecimals = true });   // "1.00 KB"
    /// </code>
    /// </example>
    public static string? Format(double value, BytesFormatOptions? options = null)
    {
        if (!double.IsFinite(value)) return null;
        var decimals = options?.DecimalPlaces ?? 2;
        if (decimals is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(options), "toFixed() digits argument must be between 0 and 100");

        var magnitude = Math.Abs(value);
        var thousands = options?.ThousandsSeparator is { Length: > 0 } t ? t : "";
        var unitSeparator = options?.UnitSeparator is { Length: > 0 } u ? u : "";
        var unit = options?.Unit is { Length: > 0 } given ? given : "";

        double factor;
        if (unit.Length == 0 || (factor = Factor(unit)) == 0)
        {
            (unit, factor) = magnitude >= Pb ? ("PB", Pb)
                : magnitude >= Tb ? ("TB", Tb)
                : magnitude >= Gb ? ("GB", Gb)
                : magnitude >= Mb ? ("MB", Mb)
                : magnitude >= Kb ? ("KB", Kb)
                : ("B", 1d);
        }

        var text = ToFixed(value / factor, decimals);
        if (!(options?.FixedDecimals ?? false)) text = DropZeros(text);
        if (thousands.Length > 0) text = Separate(text, thousands);
        return text + unitSeparator + unit;
    }

    // ^((-|\+)?(\d+(?:\.\d+)?)) *(kb|mb|gb|tb|pb)$ with the i flag (ASCII case only: no /u).
    private static bool TryUnit(string value, out double number, out double factor)
    {
        number = 0;
        factor = 0;
        var s = value.AsSpan();
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-') i++;
        var digits = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == digits) return false;
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        var end = i;
        while (i < s.Length && s[i] == ' ') i++;
        if (s.Length - i != 2 || (s[i + 1] | 0x20) != 'b') return false;
        factor = (s[i] | 0x20) switch { 'k' => Kb, 'm' => Mb, 'g' => Gb, 't' => Tb, 'p' => Pb, _ => 0 };
        if (factor == 0) return false;
        number = double.Parse(s[..end], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }

    // map[unit.toLowerCase()]: a unit of the table, or an Object.prototype member (a NaN size), else 0 (none).
    private static double Factor(string unit)
    {
        if (JsLowerCase.EqualsIgnoreCase(unit, "b")) return 1;
        if (JsLowerCase.EqualsIgnoreCase(unit, "kb")) return Kb;
        if (JsLowerCase.EqualsIgnoreCase(unit, "mb")) return Mb;
        if (JsLowerCase.EqualsIgnoreCase(unit, "gb")) return Gb;
        if (JsLowerCase.EqualsIgnoreCase(unit, "tb")) return Tb;
        if (JsLowerCase.EqualsIgnoreCase(unit, "pb")) return Pb;
        if (JsLowerCase.EqualsIgnoreCase(unit, "constructor") || JsLowerCase.EqualsIgnoreCase(unit, "__proto__")) return double.NaN;
        return 0;
    }

    // Number.prototype.toFixed(digits): n / 10^digits nearest to the exact binary value, the larger n on a tie (half up
    // on the magnitude, where .NET's "F" format rounds ties to even); 1e21 and above as String(x).
    internal static string ToFixed(double value, int digits)
    {
        if (double.IsNaN(value)) return "NaN";
        if (Math.Abs(value) >= 1e21) return JsValue.ToString(value);
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        exponent -= 1075;
        var scaled = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        BigInteger n;
        if (exponent >= 0)
        {
            n = scaled << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            n = (scaled + (denominator >> 1)) / denominator;
        }
        var text = n.ToString(CultureInfo.InvariantCulture);
        if (digits > 0)
        {
            if (text.Length <= digits) text = new string('0', digits - text.Length + 1) + text;
            text = string.Concat(text.AsSpan(0, text.Length - digits), ".", text.AsSpan(text.Length - digits));
        }
        return value < 0 ? "-" + text : text;
    }

    // str.replace(/(?:\.0*|(\.[^0]+)0+)$/, '$1')
    private static string DropZeros(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return text;
        var fraction = text.AsSpan(dot + 1);
        if (!fraction.ContainsAnyExcept('0')) return text[..dot];
        var zeros = fraction.Length - fraction.TrimEnd('0').Length;
        if (zeros == 0) return text;
        var kept = fraction[..^zeros];
        return kept.Contains('0') ? text : text[..^zeros];
    }

    // The integer part with s.replace(/\B(?=(\d{3})+(?!\d))/g, separator): a separator where no word boundary is and
    // a run of digits whose length is a multiple of three follows.
    private static string Separate(string text, string separator)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? text : text[..dot];
        var builder = new StringBuilder(text.Length + (integer.Length / 3 * separator.Length));
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && IsWord(integer[i - 1]) == IsWord(integer[i]))
            {
                var run = 0;
                while (i + run < integer.Length && char.IsAsciiDigit(integer[i + run])) run++;
                if (run > 0 && run % 3 == 0) builder.Append(separator);
            }
            builder.Append(integer[i]);
        }
        if (dot >= 0) builder.Append(text, dot, text.Length - dot);
        return builder.ToString();
    }

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
