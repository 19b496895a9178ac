using System.Buffers;
using System.Text;

namespace Koa;

/// <summary>
/// Port of encodeurl 2.0.3, which Koa applies to every <c>Location</c> it sets. It percent-encodes what
/// <c>encodeURI</c> would, leaves already-encoded sequences alone and fixes stray <c>%</c>:
/// <code>
/// ENCODE_CHARS = [^ \x21 \x23-\x3B \x3D \x3F-\x5F \x61-\x7A \x7C \x7E]   →  encodeURI (UTF-8, upper-case hex)
///              | "%" not followed by 2 hex digits                           →  "%25"
/// unpaired surrogate                                                        →  U+FFFD, then encoded
/// </code>
/// </summary>
/// <example>
/// <code>
/// EncodeUrl.Encode("/a b?q=é&amp;p=%2F%zz")   // "/a%20b?q=%C3%A9&amp;p=%2F%25zz"
/// </code>
/// </example>
public static class EncodeUrl
{
    // Characters left as they are: ! # $ % & ' ( ) * + , - . / 0-9 : ; = ? @ A-Z [ \ ] ^ _ a-z | ~
    private static readonly SearchValues<char> Allowed = SearchValues.Create(
        "!#$%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz|~");

    /// <summary>Encodes <paramref name="url"/> for a <c>Location</c> header, as <c>encodeurl(url)</c>.</summary>
    /// <param name="url">A URL, possibly partly encoded already.</param>
    /// <returns>The encoded URL; the same instance when nothing needs encoding.</returns>
    /// <example><c>EncodeUrl.Encode("/caf\u00e9 100%")</c> is <c>"/caf%C3%A9%20100%25"</c>.</example>
    public static string Encode(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var span = url.AsSpan();
        var first = FirstToEncode(span);
        if (first < 0) return url;

        var output = new StringBuilder(url.Length + 16);
        output.Append(span[..first]);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = first; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '%')
            {
                output.Append(IsHexPair(span, i + 1) ? "%" : "%25");
                continue;
            }
            if (Allowed.Contains(c))
            {
                output.Append(c);
                continue;
            }
            Rune rune;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                rune = new Rune(c, span[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                rune = Rune.ReplacementChar;
            }
            else
            {
                rune = new Rune(c);
            }
            var length = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++) AppendPercent(output, utf8[b]);
        }
        return output.ToString();
    }

    private static int FirstToEncode(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '%')
            {
                if (!IsHexPair(span, i + 1)) return i;
            }
            else if (!Allowed.Contains(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsHexPair(ReadOnlySpan<char> span, int index) =>
        index + 1 < span.Length && char.IsAsciiHexDigit(span[index]) && char.IsAsciiHexDigit(span[index + 1]);

    internal static void AppendPercent(StringBuilder output, byte value)
    {
        const string Hex = "0123456789ABCDEF";
        output.Append('%').Append(Hex[value >> 4]).Append(Hex[value & 0xF]);
    }

    internal static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
