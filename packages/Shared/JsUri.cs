using System.Buffers;
using System.Text;

namespace Koa;

/// <summary>
/// JavaScript's <c>decodeURIComponent</c> and <c>encodeURIComponent</c> (ECMA-262 §19.2.6), written once for the
/// router, query-string and file-serving ports (linked as source, tested by tests/Shared.Tests against node).
/// Where JavaScript throws <c>URIError</c> these return null.
/// </summary>
/// <remarks>
/// <code>
/// encode: every UTF-16 unit outside uriUnescaped becomes %XX of its UTF-8 bytes (a surrogate pair as one code point);
///         uriUnescaped = ALPHA / DIGIT / "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")"
///         a lone surrogate is URIError
/// decode: "%" 2HEXDIG sequences form UTF-8 (shortest form, no surrogates, at most U+10FFFF); anything else in a
///         "%" sequence (a "%" without two hex digits, a bad lead or continuation byte) is URIError
/// </code>
/// </remarks>
internal static class JsUri
{
    /// <summary>The characters <c>encodeURIComponent</c> leaves as they are.</summary>
    public static readonly SearchValues<char> Unescaped =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()");

    private const string Hex = "0123456789ABCDEF";

    /// <summary><c>encodeURIComponent(value)</c>; null where JavaScript throws (a lone surrogate).</summary>
    public static string? EncodeURIComponent(string value)
    {
        var first = value.AsSpan().IndexOfAnyExcept(Unescaped);
        if (first < 0) return value;
        var builder = new StringBuilder(value.Length + 16);
        builder.Append(value, 0, first);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (Unescaped.Contains(c))
            {
                builder.Append(c);
                continue;
            }
            int codePoint = c;
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1])) return null;
                codePoint = char.ConvertToUtf32(c, value[++i]);
            }
            var length = new Rune(codePoint).EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++)
                builder.Append('%').Append(Hex[utf8[b] >> 4]).Append(Hex[utf8[b] & 0xF]);
        }
        return builder.ToString();
    }

    /// <summary><c>decodeURIComponent(value)</c>; null where JavaScript throws <c>URIError</c> (malformed <c>%</c> sequences).</summary>
    public static string? DecodeURIComponent(string value)
    {
        var first = value.IndexOf('%');
        if (first < 0) return value;
        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '%')
            {
                builder.Append(c);
                continue;
            }
            var lead = HexByte(value, i);
            if (lead < 0) return null;
            i += 2;
            if (lead < 0x80)
            {
                builder.Append((char)lead);
                continue;
            }
            int count, codePoint, min;
            if ((lead & 0xE0) == 0xC0) { count = 1; codePoint = lead & 0x1F; min = 0x80; }
            else if ((lead & 0xF0) == 0xE0) { count = 2; codePoint = lead & 0x0F; min = 0x800; }
            else if ((lead & 0xF8) == 0xF0) { count = 3; codePoint = lead & 0x07; min = 0x10000; }
            else return null;
            for (var k = 0; k < count; k++)
            {
                if (i + 1 >= value.Length || value[i + 1] != '%') return null;
                var next = HexByte(value, i + 1);
                if (next < 0 || (next & 0xC0) != 0x80) return null;
                codePoint = (codePoint << 6) | (next & 0x3F);
                i += 3;
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) return null;
            if (codePoint < 0x10000)
            {
                builder.Append((char)codePoint);
            }
            else
            {
                builder.Append((char)(0xD7C0 + (codePoint >> 10))).Append((char)(0xDC00 | (codePoint & 0x3FF)));
            }
        }
        return builder.ToString();
    }

    // The byte of "%XX" at value[percent]; -1 when two hex digits do not follow.
    private static int HexByte(string value, int percent)
    {
        if (percent + 2 >= value.Length) return -1;
        var high = HexValue(value[percent + 1]);
        var low = HexValue(value[percent + 2]);
        return high < 0 || low < 0 ? -1 : (high << 4) | low;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
