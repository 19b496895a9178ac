using System.Text;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// A port of the npm package qs 6.17.1: parses query strings and <c>application/x-www-form-urlencoded</c> bodies into
/// nested objects and arrays (<c>a[b][]=1</c>), and writes them back.
/// </summary>
public static class Qs
{
    internal static readonly QsDecoder DefaultDecoder = (value, _, charset, _) => Decode(value, charset);
    internal static readonly QsEncoder DefaultEncoder = (value, _, charset, _, format) => Encode(value, charset, format);

    /// <summary>
    /// Parses a query string as qs does. Objects come out as <see cref="JsonObject"/> (keys in JavaScript's property
    /// order), arrays as <see cref="JsonArray"/>, values as JSON strings (or null with
    /// <see cref="QsOptions.StrictNullHandling"/>, <c>true</c> for a key merged into an object with
    /// <see cref="QsOptions.StrictMerge"/> off).
    /// </summary>
    /// <exception cref="ArgumentException">An invalid option, or input nested too deeply to parse.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit was exceeded with <see cref="QsOptions.ThrowOnLimitExceeded"/> or <see cref="QsOptions.StrictDepth"/>.</exception>
    public static JsonObject Parse(string? query, QsOptions? options = null)
    {
        var opts = QsParser.Normalize(options);
        if (query is not null && QsFastPath.TryParse(query, opts) is { } fast) return fast;
        return JsModel.ToNode(QsParser.Parse(query, opts));
    }

    /// <summary>
    /// Writes an object as a query string as qs does. Accepts <see cref="JsonNode"/>s, dictionaries
    /// (<c>IDictionary&lt;string, object?&gt;</c> and friends), lists and arrays, strings, numbers, booleans,
    /// <see cref="DateTime"/>/<see cref="DateTimeOffset"/> and <c>byte[]</c> (written as UTF-8 text, as a Buffer).
    /// Anything that is not an object or array gives <c>""</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An invalid option, or a cyclic object.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The input is deeper than <see cref="QsStringifyOptions.Depth"/>.</exception>
    public static string Stringify(object? value, QsStringifyOptions? options = null) => QsStringifier.Stringify(value, options);

    /// <summary>
    /// qs's default decoder: <c>+</c> becomes a space, then percent-escapes are decoded (UTF-8 as
    /// <c>decodeURIComponent</c>, the whole text left as it is when that fails; ISO-8859-1 byte by byte).
    /// </summary>
    public static string Decode(string value, string charset = "utf-8")
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Contains('%')) return value.Contains('+') ? value.Replace('+', ' ') : value;
        var withoutPlus = value.Replace('+', ' ');
        if (charset == "iso-8859-1")
        {
            var sb = new StringBuilder(withoutPlus.Length);
            for (var i = 0; i < withoutPlus.Length; i++)
            {
                if (withoutPlus[i] == '%' && i + 2 < withoutPlus.Length && IsHex(withoutPlus[i + 1]) && IsHex(withoutPlus[i + 2]))
                {
                    sb.Append((char)(HexValue(withoutPlus[i + 1]) * 16 + HexValue(withoutPlus[i + 2])));
                    i += 2;
                }
                else
                {
                    sb.Append(withoutPlus[i]);
                }
            }
            return sb.ToString();
        }
        return JsUri.DecodeURIComponent(withoutPlus) ?? withoutPlus;
    }

    /// <summary>
    /// qs's default encoder: RFC 3986 unreserved characters are kept (plus <c>(</c> <c>)</c> in RFC 1738, <c>*</c> but not
    /// <c>~</c> in WHATWG), everything else is percent-encoded as UTF-8 (a lone surrogate as U+FFFD); with
    /// <c>"iso-8859-1"</c>, JavaScript's <c>escape</c> with non-Latin-1 characters as <c>%26%23NNN%3B</c> entities.
    /// Numbers are written as JavaScript writes them, booleans as <c>true</c>/<c>false</c>, bytes as UTF-8 text.
    /// </summary>
    public static string Encode(object? value, string charset = "utf-8", QsFormat format = QsFormat.RFC3986)
    {
        var str = QsStringifier.ToJsString(value);
        if (str.Length == 0) return str;
        if (charset == "iso-8859-1")
        {
            var sb = new StringBuilder(str.Length * 3);
            foreach (var c in str)
            {
                if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '@' or '*' or '_' or '-' or '.' or '/')
                    sb.Append(c);
                else if (c == '+')
                    sb.Append("%2B");
                else if (c < 256)
                    sb.Append('%').Append(HexUpper[c >> 4]).Append(HexUpper[c & 0xF]);
                else
                    sb.Append("%26%23").Append((int)c).Append("%3B");
            }
            return sb.ToString();
        }

        var output = new StringBuilder(str.Length + 16);
        AppendUtf8(output, str, format);
        return output.ToString();
    }

    /// <summary>qs's utf-8 encoding of <paramref name="str"/> appended to <paramref name="output"/> (see <see cref="Encode"/>).
    /// Pairs of surrogates are the only context, so encoding pieces split at ASCII characters equals encoding the whole.</summary>
    internal static void AppendUtf8(StringBuilder output, string str, QsFormat format)
    {
        var plain = str.AsSpan().IndexOfAnyExcept(Unreserved);
        if (plain < 0)
        {
            output.Append(str);
            return;
        }
        output.Append(str, 0, plain);
        for (var i = plain; i < str.Length; i++)
        {
            int c = str[i];
            if (c is '-' or '.' or '_' or (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
                || (c == '~' && format != QsFormat.WHATWG)
                || (format == QsFormat.RFC1738 && c is '(' or ')')
                || (format == QsFormat.WHATWG && c == '*'))
            {
                output.Append((char)c);
                continue;
            }
            if (c < 0x80)
            {
                AppendByte(output, c);
                continue;
            }
            if (c < 0x800)
            {
                AppendByte(output, 0xC0 | (c >> 6));
                AppendByte(output, 0x80 | (c & 0x3F));
                continue;
            }
            if (c < 0xD800 || c >= 0xE000)
            {
                AppendByte(output, 0xE0 | (c >> 12));
                AppendByte(output, 0x80 | ((c >> 6) & 0x3F));
                AppendByte(output, 0x80 | (c & 0x3F));
                continue;
            }
            if (c <= 0xDBFF && i + 1 < str.Length && str[i + 1] is >= '\uDC00' and <= '\uDFFF')
            {
                var next = str[++i];
                c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
                AppendByte(output, 0xF0 | (c >> 18));
                AppendByte(output, 0x80 | ((c >> 12) & 0x3F));
                AppendByte(output, 0x80 | ((c >> 6) & 0x3F));
                AppendByte(output, 0x80 | (c & 0x3F));
            }
            else
            {
                output.Append("%EF%BF%BD");
            }
        }
    }

    // kept as they are by every format
    private static readonly System.Buffers.SearchValues<char> Unreserved =
        System.Buffers.SearchValues.Create("-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private const string HexUpper = "0123456789ABCDEF";

    private static void AppendByte(StringBuilder sb, int b) => sb.Append('%').Append(HexUpper[b >> 4]).Append(HexUpper[b & 0xF]);

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
