using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// Node koa-session's cookie encoding: <c>Buffer.from(JSON.stringify(data)).toString('base64')</c> and back, byte
/// for byte, so that KoaNet and Node read each other's session cookies.
/// </summary>
public static class SessionCodec
{
    /// <summary>Base64 of the UTF-8 of <c>JSON.stringify(data)</c>.</summary>
    /// <param name="data">The session data.</param>
    /// <returns>The cookie value.</returns>
    /// <example><code>SessionCodec.Encode(new JsonObject { ["a"] = 1 }); // "eyJhIjoxfQ=="</code></example>
    public static string Encode(JsonObject data) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Stringify(data)));

    /// <summary>
    /// <c>JSON.parse(Buffer.from(value, 'base64').toString('utf8'))</c>: base64 decoded as leniently as Node does
    /// (URL-safe letters, missing padding and stray characters accepted), invalid UTF-8 replaced.
    /// </summary>
    /// <param name="value">The cookie value.</param>
    /// <returns>The parsed JSON (any JSON value).</returns>
    /// <exception cref="JsonException">The text is not JSON (npm: SyntaxError).</exception>
    /// <example><code>var data = SessionCodec.Decode("eyJhIjoxfQ==");</code></example>
    public static JsonNode? Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = Encoding.UTF8.GetString(NodeBase64(value));
        return JsJsonParser.Parse(text);
    }

    /// <summary>JavaScript's <c>JSON.parse</c>: any JSON value; strings may hold lone surrogates, numbers are doubles.</summary>
    /// <param name="text">The JSON text.</param>
    /// <returns>The value (<c>null</c> for JSON null).</returns>
    /// <exception cref="JsonException">Not JSON.</exception>
    /// <example><code>var node = SessionCodec.Parse("{\"a\":1}");</code></example>
    public static JsonNode? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return JsJsonParser.Parse(text);
    }

    /// <summary>JavaScript's <c>JSON.stringify</c> of a JSON value (compact, JavaScript's string escaping and number format).</summary>
    /// <param name="node">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <example><code>SessionCodec.Stringify(new JsonObject { ["s"] = "é" }); // {"s":"é"}</code></example>
    public static string Stringify(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    Quote(sb, key);
                    sb.Append(':');
                    Write(sb, value);
                }

                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, array[i]);
                }

                sb.Append(']');
                break;
            case JsonValue value:
                WriteValue(sb, value);
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                Quote(sb, value.GetValue<object>() is JsonElement e ? e.GetString()! : value.GetValue<string>());
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Number:
                sb.Append(JsNumber(value.GetValue<object>() switch
                {
                    JsonElement element => element.GetDouble(),
                    var other => Convert.ToDouble(other, CultureInfo.InvariantCulture),
                }));
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    internal static double Num(JsonValue value) => value.GetValue<object>() switch
    {
        JsonElement element => element.GetDouble(),
        var other => Convert.ToDouble(other, CultureInfo.InvariantCulture),
    };

    /// <summary>JavaScript's Number → string as JSON.stringify writes numbers (null for NaN and ±Infinity).</summary>
    internal static string JsNumber(double d) => double.IsFinite(d) ? JsValue.ToString(d) : "null";

    private static void Quote(StringBuilder sb, string s) => JsJsonString.Quote(sb, s);

    // Node's base64 decoder: '+'/'-' = 62, '/'/'_' = 63, stops at '=', skips anything else.
    internal static byte[] NodeBase64(string value)
    {
        var output = new byte[value.Length * 3 / 4 + 3];
        var count = 0;
        var acc = 0;
        var bits = 0;
        foreach (var c in value)
        {
            int v;
            if (c is >= 'A' and <= 'Z') v = c - 'A';
            else if (c is >= 'a' and <= 'z') v = c - 'a' + 26;
            else if (c is >= '0' and <= '9') v = c - '0' + 52;
            else if (c is '+' or '-') v = 62;
            else if (c is '/' or '_') v = 63;
            else if (c == '=') break;
            else continue;
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output[count++] = (byte)(acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }

        return output.AsSpan(0, count).ToArray();
    }
}
