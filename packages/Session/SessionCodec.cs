using System.Buffers;
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
    public static string Encode(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var w = new JsonCharWriter(stackalloc char[SessionJson.StackChars]);
        try
        {
            SessionJson.Write(ref w, data);
            return SessionJson.Base64(w.Written);
        }
        finally
        {
            w.Dispose();
        }
    }

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
        return Decode(value.AsSpan());
    }

    /// <summary>
    /// <see cref="Decode(string)"/> over a span (the cookie's text in the request header), decoded into a stack
    /// buffer; the usual flat object is parsed from those bytes (<see cref="SessionFlatJson"/>), anything else from
    /// their text by <see cref="JsJsonParser"/>.
    /// </summary>
    internal static JsonNode? Decode(ReadOnlySpan<char> value)
    {
        byte[]? rented = null;
        var max = value.Length / 4 * 3 + 3;
        var bytes = max <= 768 ? stackalloc byte[768] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var json = bytes[..NodeBase64(value, bytes)];
            if (SessionFlatJson.TryParse(json, out var flat))
                return flat;
            return JsJsonParser.Parse(Encoding.UTF8.GetString(json));
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
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
        var w = new JsonCharWriter(stackalloc char[SessionJson.StackChars]);
        try
        {
            SessionJson.Write(ref w, node);
            return new string(w.Written);
        }
        finally
        {
            w.Dispose();
        }
    }

    internal static double Num(JsonValue value) => value.TryGetValue<double>(out var d) ? d : value.GetValue<object>() switch
    {
        JsonElement element => element.GetDouble(),
        var other => Convert.ToDouble(other, CultureInfo.InvariantCulture),
    };

    // Node's base64 decoder: '+'/'-' = 62, '/'/'_' = 63, stops at '=', skips anything else.
    internal static int NodeBase64(ReadOnlySpan<char> value, Span<byte> output)
    {
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

        return count;
    }
}
