using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa.Tests;

// The flat-object fast path of the session cookie's decode against the full JSON.parse port (JsJsonParser): every
// text it accepts gives the same nodes, and it declines everything else.
public sealed class SessionFlatJsonTests
{
    private static readonly string[] Samples =
    [
        "{}", " { } ", "{\"user\":\"jon\",\"_expire\":1796398013931,\"_maxAge\":86400000}",
        "{\"a\":1,\"b\":-2,\"c\":0,\"d\":-0,\"e\":true,\"f\":false,\"g\":null,\"h\":\"\"}",
        "{\"\":\"empty key\"}", "{\"a\":\"é ü 中 😀\"}", "{\"é\":1}", "{\"a\":123456789012345}", "{\"a\":1234567890123456}",
        "{\"a\":-12345678901234}", "{\"a\":-123456789012345}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":01}", "{\"a\":-}",
        "{\"a\":\"x\\\"y\"}", "{\"a\":\"tab\there\"}", "{\"a\":[1]}", "{\"a\":{\"b\":1}}", "{\"a\":1,\"a\":2}",
        "{\"0\":1}", "{\"b\":1,\"1\":2}", "{\"__proto__\":1}", "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":1} x", "{\"a\":1}}",
        "[1]", "\"str\"", "1", "null", "", " ", "{", "{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}", "{\"a\":\"unterminated}",
        "\t\r\n{\"a\"\t:\r\n\"b\" }\n", "{\"a\":1 ,\"b\":2}", "{\"long\":\"" + new string('x', 300) + "\"}",
        "{\"" + new string('k', 80) + "\":1}", "{\"a\":\"\u007f\"}", "{\"a\":\"\u001f\"}",
    ];

    [Fact]
    public void Accepted_texts_give_the_nodes_JSON_parse_gives()
    {
        Assert.True(Samples.Count(text => Check(Encoding.UTF8.GetBytes(text))) >= 10);
    }

    [Fact]
    public void Invalid_utf8_and_random_texts_agree_with_JSON_parse()
    {
        Check([(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xFF, 0xC3, (byte)'"', (byte)'}']);
        Check([(byte)'{', (byte)'"', 0xE4, 0xB8, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        Check([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}']);
        string[] tokens = ["{", "}", "\"a\"", "\"b\"", "\"_expire\"", ":", ",", " ", "1", "-", "0", "12", ".5", "e2", "true", "false", "null", "\"x\"", "\"é\"", "[", "]", "\\", "\"1\""];
        var random = new Random(7);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var sb = new StringBuilder(random.Next(2) == 0 ? "{" : "");
            var n = random.Next(1, 12);
            for (var j = 0; j < n; j++) sb.Append(tokens[random.Next(tokens.Length)]);
            if (random.Next(2) == 0) sb.Append('}');
            if (Check(Encoding.UTF8.GetBytes(sb.ToString()))) accepted++;
        }
        // well-formed flat objects, one byte in three of them mutated
        string[] keys = ["a", "b", "user", "_expire", "_maxAge", "_session", "maxAge", "é", "", "0", "12", "__proto__", "k\\n"];
        string[] values = ["1", "-1", "0", "-0", "123456789012345", "1234567890123456", "1.5", "2e3", "true", "false", "null", "\"jon\"", "\"\"", "\"é😀\"", "\"a\\nb\"", "[]", "{}"];
        string[] white = ["", " ", "\t", "\r\n"];
        for (var i = 0; i < 20_000; i++)
        {
            var sb = new StringBuilder("{");
            var n = random.Next(0, 5);
            for (var j = 0; j < n; j++)
            {
                if (j > 0) sb.Append(',');
                sb.Append(white[random.Next(white.Length)]).Append('"').Append(keys[random.Next(keys.Length)]).Append('"')
                    .Append(white[random.Next(white.Length)]).Append(':').Append(white[random.Next(white.Length)])
                    .Append(values[random.Next(values.Length)]).Append(white[random.Next(white.Length)]);
            }
            var bytes = Encoding.UTF8.GetBytes(sb.Append('}').ToString());
            const string Mutations = "{}[]:,\"\\ -.0e9tn\u00ff";
            if (random.Next(3) == 0) bytes[random.Next(bytes.Length)] = (byte)Mutations[random.Next(Mutations.Length)];
            if (Check(bytes)) accepted++;
        }
        Assert.True(accepted > 5_000, accepted.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <returns>Whether the fast path accepted the text.</returns>
    private static bool Check(byte[] utf8)
    {
        var text = Encoding.UTF8.GetString(utf8);
        JsonNode? expected;
        try
        {
            expected = JsJsonParser.Parse(text);
        }
        catch (JsonException)
        {
            Assert.False(SessionFlatJson.TryParse(utf8, out _), text);
            return false;
        }
        if (!SessionFlatJson.TryParse(utf8, out var actual)) return false;
        var obj = Assert.IsType<JsonObject>(expected);
        Assert.NotNull(actual);
        Assert.Equal(obj.Select(p => p.Key), actual.Select(p => p.Key));
        foreach (var (key, value) in obj) AssertSameNode(value, actual[key], text);
        return true;
    }

    private static void AssertSameNode(JsonNode? expected, JsonNode? actual, string text)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }
        var e = Assert.IsAssignableFrom<JsonValue>(expected);
        var a = Assert.IsAssignableFrom<JsonValue>(actual);
        Assert.Equal(e.GetValueKind(), a.GetValueKind());
        Assert.Equal(e.GetType(), a.GetType());
        if (e.TryGetValue<double>(out var d))
            Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(a.GetValue<double>()));
        else if (e.TryGetValue<string>(out var s))
            Assert.Equal(s, a.GetValue<string>());
        else
            Assert.Equal(e.GetValue<bool>(), a.GetValue<bool>());
        Assert.Equal(SessionCodec.Stringify(expected), SessionCodec.Stringify(actual));
        _ = text;
    }
}
