using System.Globalization;
using System.Text;

namespace Koa;

/// <summary>
/// <c>JSON.stringify</c> of a string (ECMA-262 QuoteJSONString, well-formed since ES2019), written once (linked as
/// source, tested by tests/Shared.Tests against node): <c>"</c> and <c>\</c> escaped, U+0000–U+001F as
/// <c>\b \f \n \r \t</c> or lower-case <c>\u00xx</c>, a lone surrogate as lower-case <c>\udxxx</c>; nothing else.
/// </summary>
internal static class JsJsonString
{
    /// <summary><c>JSON.stringify(value)</c>; <c>null</c> gives <c>"null"</c>.</summary>
    public static string Quote(string? value)
    {
        if (value is null) return "null";
        var output = new StringBuilder(value.Length + 2);
        Quote(output, value);
        return output.ToString();
    }

    /// <summary>Appends <c>JSON.stringify(value)</c>: the quoted, escaped string.</summary>
    public static void Quote(StringBuilder output, ReadOnlySpan<char> value)
    {
        output.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        output.Append(c).Append(value[++i]);
                    else if (c < 0x20 || char.IsSurrogate(c))
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        output.Append(c);
                    break;
            }
        }
        output.Append('"');
    }

    /// <summary>True when the text holds a surrogate that is not part of a pair (not well-formed UTF-16).</summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<char> value)
    {
        var i = value.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return false;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            return true;
        }
        return false;
    }
}
