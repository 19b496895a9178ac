using System.Buffers;
using System.Collections;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Koa's lib/search-params.js: <c>ctx.query</c> parsing and stringifying with WHATWG <c>URLSearchParams</c>
/// semantics (URL Standard §5, application/x-www-form-urlencoded):
/// <code>
/// parse:     input (a leading "?" dropped) split on "&amp;"; empty sequences skipped; name/value split at the
///            first "="; "+" → space; %XX → byte; bytes decoded as UTF-8 (invalid → U+FFFD); a bad "%" stays.
///            A repeated key collects its values in order; keys keep their first-seen order.
/// stringify: name=value pairs joined by "&amp;"; every byte of the UTF-8 form outside
///            ALPHA / DIGIT / "*" / "-" / "." / "_" is %XX (upper-case), space is "+".
///            Arrays expand to repeated keys; strings, numbers and booleans are kept (3.3.0); anything else → "".
/// </code>
/// </summary>
public static class SearchParams
{
    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("*-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Parses a query string into keys (first-seen order) and their values.</summary>
    /// <param name="input">The query, with or without a leading <c>?</c>.</param>
    /// <returns>A new dictionary: each key once, its values in order.</returns>
    /// <example><c>SearchParams.Parse("?a=1&amp;a=2&amp;b=x+y")["a"]</c> is <c>["1", "2"]</c>; <c>["b"]</c> is <c>"x y"</c>.</example>
    public static Dictionary<string, StringValues> Parse(string input)
    {
        var result = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        Dictionary<string, List<string>>? repeated = null; // values of repeated keys, gathered in lists (no quadratic re-concatenation)
        var span = input.AsSpan();
        if (span.Length > 0 && span[0] == '?') span = span[1..];
        while (true)
        {
            var amp = span.IndexOf('&');
            var sequence = amp < 0 ? span : span[..amp];
            if (!sequence.IsEmpty)
            {
                var eq = sequence.IndexOf('=');
                var name = Decode(eq < 0 ? sequence : sequence[..eq]);
                var value = eq < 0 ? string.Empty : Decode(sequence[(eq + 1)..]);
                if (!result.TryGetValue(name, out var existing))
                {
                    result[name] = new StringValues(value);
                }
                else
                {
                    repeated ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    if (!repeated.TryGetValue(name, out var list)) repeated[name] = list = [existing[0]!];
                    list.Add(value);
                }
            }
            if (amp < 0) break;
            span = span[(amp + 1)..];
        }
        if (repeated is not null)
        {
            foreach (var (name, list) in repeated) result[name] = new StringValues(list.ToArray());
        }
        return result;
    }

    /// <summary>Stringifies string-valued pairs (an empty <see cref="StringValues"/> is an empty array: no pair).</summary>
    /// <param name="values">The pairs, in order; several values of a key become repeated pairs.</param>
    /// <returns>The query without <c>?</c>.</returns>
    /// <example><c>SearchParams.Stringify(new Dictionary&lt;string, StringValues&gt; { ["a"] = new(["1", "2"]), ["f"] = "a b&amp;c" })</c> is <c>"a=1&amp;a=2&amp;f=a+b%26c"</c>.</example>
    public static string Stringify(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        var output = new StringBuilder();
        foreach (var (key, list) in values)
        {
            foreach (var item in list)
            {
                Append(output, key, item ?? string.Empty);
            }
        }
        return output.ToString();
    }

    /// <summary>Stringifies loosely typed values the way search-params.js does with a JavaScript object: a list is an array (expanded), any other non-scalar is <c>""</c>.</summary>
    /// <param name="values">The pairs: strings, booleans and numbers (JavaScript's <c>String(n)</c>) are kept, lists expand to repeated keys.</param>
    /// <returns>The query without <c>?</c>.</returns>
    /// <example><c>SearchParams.Stringify(new Dictionary&lt;string, object?&gt; { ["a"] = new object[] { 1, 2 }, ["b"] = true })</c> is <c>"a=1&amp;a=2&amp;b=true"</c>.</example>
    public static string Stringify(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var output = new StringBuilder();
        foreach (var (key, value) in values)
        {
            if (value is IList items)
            {
                foreach (var item in items) Append(output, key, Scalar(item));
            }
            else
            {
                Append(output, key, Scalar(value));
            }
        }
        return output.ToString();
    }

    private static string Scalar(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => JsNumber.Format(d),
        float f => JsNumber.Format(f),
        decimal m => JsNumber.Format((double)m),
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        _ => string.Empty,
    };

    private static void Append(StringBuilder output, string key, string value)
    {
        if (output.Length > 0) output.Append('&');
        Encode(output, key);
        output.Append('=');
        Encode(output, value);
    }

    /// <summary>The application/x-www-form-urlencoded byte serializer over the UTF-8 form of <paramref name="value"/>.</summary>
    /// <param name="output">Where the encoded text is appended.</param>
    /// <param name="value">The text to encode (a lone surrogate is encoded as U+FFFD).</param>
    /// <example><c>SearchParams.Encode(builder, "a b/é")</c> appends <c>"a+b%2F%C3%A9"</c>.</example>
    public static void Encode(StringBuilder output, ReadOnlySpan<char> value)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ' ')
            {
                output.Append('+');
            }
            else if (Unreserved.Contains(c))
            {
                output.Append(c);
            }
            else
            {
                Rune rune;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) rune = new Rune(c, value[++i]);
                else if (char.IsSurrogate(c)) rune = Rune.ReplacementChar;
                else rune = new Rune(c);
                var length = rune.EncodeToUtf8(utf8);
                for (var b = 0; b < length; b++) EncodeUrl.AppendPercent(output, utf8[b]);
            }
        }
    }

    /// <summary>"+" → space, percent-decode, UTF-8 decode (invalid bytes and lone surrogates → U+FFFD).</summary>
    /// <param name="value">An encoded name or value.</param>
    /// <returns>The decoded text.</returns>
    /// <example><c>SearchParams.Decode("a+b%2F%C3%A9%")</c> is <c>"a b/é%"</c>.</example>
    public static string Decode(ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny('%', '+') < 0 && value.IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return value.ToString();

        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '+')
            {
                bytes[count++] = 0x20;
            }
            else if (c == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                bytes[count++] = (byte)((EncodeUrl.HexValue(value[i + 1]) << 4) | EncodeUrl.HexValue(value[i + 2]));
                i += 2;
            }
            else
            {
                Rune rune;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) rune = new Rune(c, value[++i]);
                else if (char.IsSurrogate(c)) rune = Rune.ReplacementChar;
                else rune = new Rune(c);
                count += rune.EncodeToUtf8(bytes.AsSpan(count));
            }
        }
        return Encoding.UTF8.GetString(bytes, 0, count);
    }
}
