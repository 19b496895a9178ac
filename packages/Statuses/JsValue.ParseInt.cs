using System.Globalization;

namespace Koa;

internal static partial class JsValue
{
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
        // Up to 15 digits are exact in a double: add them up; longer runs need correct rounding.
        double magnitude = 0;
        if (i - start <= 15)
        {
            foreach (var c in text[start..i]) magnitude = (magnitude * 10) + (c - '0');
        }
        else
        {
            magnitude = double.Parse(text[start..i], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return negative ? -magnitude : magnitude;
    }
}
