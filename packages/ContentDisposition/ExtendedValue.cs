using System.Buffers;
using System.Text;

namespace Koa;

/// <summary>
/// RFC 5987 extended parameter values (<c>filename*=UTF-8''%E2%82%AC%20rates.pdf</c>): npm content-disposition
/// 1.0.1's <c>ustring</c> (encode) and <c>decodefield</c> (decode), as character scanners.
/// </summary>
/// <remarks>
/// <code>
/// ext-value     = charset  "'" [ language ] "'" value-chars
/// charset       = "UTF-8" / "ISO-8859-1" / mime-charset
/// mime-charset  = 1*mime-charsetc
/// language      = ( 2*3ALPHA [ extlang ] )
///               / 4ALPHA
///               / 5*8ALPHA
/// extlang       = *3( "-" 3ALPHA )
/// value-chars   = *( pct-encoded / attr-char )       ; npm requires at least one
/// pct-encoded   = "%" HEXDIG HEXDIG
/// </code>
/// Supported charsets (case-insensitive): <c>iso-8859-1</c>, <c>utf-8</c> and <c>utf8</c>.
/// </remarks>
internal static class ExtendedValue
{
    private const string Prefix = "UTF-8''";

    /// <summary>The length of <c>UTF-8''</c> plus the percent-encoded <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> has an unpaired surrogate ("URI malformed", as <c>encodeURIComponent</c> throws).</exception>
    public static int EncodedLength(ReadOnlySpan<char> value)
    {
        var length = Prefix.Length;
        for (var i = 0; i < value.Length;)
        {
            if (HttpGrammar.Unencoded.Contains(value[i]))
            {
                length++;
                i++;
                continue;
            }
            if (Rune.DecodeFromUtf16(value[i..], out var rune, out var consumed) != OperationStatus.Done)
                throw new ArgumentException("URI malformed", "filename");
            length += 3 * rune.Utf8SequenceLength;
            i += consumed;
        }
        return length;
    }

    /// <summary>Writes <c>UTF-8''</c> and the percent-encoded <paramref name="value"/>; returns the characters written.</summary>
    public static int Encode(ReadOnlySpan<char> value, Span<char> destination)
    {
        Prefix.CopyTo(destination);
        var written = Prefix.Length;
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length;)
        {
            if (HttpGrammar.Unencoded.Contains(value[i]))
            {
                destination[written++] = value[i++];
                continue;
            }
            Rune.DecodeFromUtf16(value[i..], out var rune, out var consumed);
            var count = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < count; b++)
            {
                destination[written++] = '%';
                destination[written++] = HexUpper[utf8[b] >> 4];
                destination[written++] = HexUpper[utf8[b] & 0xF];
            }
            i += consumed;
        }
        return written;
    }

    private const string HexUpper = "0123456789ABCDEF";

    /// <summary>Decodes an ext-value, or tells why it cannot.</summary>
    public static DispositionError TryDecode(ReadOnlySpan<char> value, out string decoded)
    {
        decoded = "";
        var charsetEnd = value.IndexOf('\'');
        if (charsetEnd <= 0 || value[..charsetEnd].ContainsAnyExcept(HttpGrammar.CharsetChars))
            return DispositionError.ExtendedValue;
        var rest = value[(charsetEnd + 1)..];
        var languageEnd = rest.IndexOf('\'');
        if (languageEnd < 0 || !IsLanguage(rest[..languageEnd]))
            return DispositionError.ExtendedValue;
        var encoded = rest[(languageEnd + 1)..];
        if (!IsValueChars(encoded, out var escapes))
            return DispositionError.ExtendedValue;

        var charset = value[..charsetEnd];
        var utf8 = charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        if (!utf8 && !charset.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase))
            return DispositionError.UnsupportedCharset;

        var length = encoded.Length - 2 * escapes;
        byte[]? rented = null;
        var bytes = length <= 256 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            PercentDecode(encoded, bytes);
            decoded = utf8 ? Encoding.UTF8.GetString(bytes[..length]) : Latin1(bytes[..length]);
            return DispositionError.None;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // language = 2*3ALPHA *3( "-" 3ALPHA ) / 4*8ALPHA / "" (the empty alternative of npm's EXT_VALUE_REGEXP)
    private static bool IsLanguage(ReadOnlySpan<char> language)
    {
        var letters = LeadingLetters(language);
        if (letters == language.Length)
            return letters is 0 or (>= 2 and <= 8);
        if (letters is < 2 or > 3)
            return false;
        var rest = language[letters..];
        for (var groups = 0; groups < 3 && rest.Length > 0; groups++)
        {
            if (rest.Length < 4 || rest[0] != '-' || LeadingLetters(rest[1..]) < 3)
                return false;
            rest = rest[4..];
        }
        return rest.Length == 0;
    }

    private static int LeadingLetters(ReadOnlySpan<char> value)
    {
        var i = 0;
        while (i < value.Length && char.IsAsciiLetter(value[i]))
            i++;
        return i;
    }

    // value-chars (at least one): pct-encoded / attr-char
    private static bool IsValueChars(ReadOnlySpan<char> value, out int escapes)
    {
        escapes = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                    return false;
                escapes++;
                i += 2;
            }
            else if (!HttpGrammar.AttrChars.Contains(value[i]))
            {
                return false;
            }
        }
        return value.Length > 0;
    }

    private static void PercentDecode(ReadOnlySpan<char> value, Span<byte> bytes)
    {
        var written = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%')
            {
                bytes[written++] = (byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2]));
                i += 2;
            }
            else
            {
                bytes[written++] = (byte)value[i];
            }
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // npm getlatin1: bytes as ISO-8859-1 characters, every non-printable one replaced with '?'.
    private static string Latin1(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = (char)bytes[i];
            chars[i] = HttpGrammar.IsLatin1(c) ? c : '?';
        }
        return new string(chars);
    }
}
