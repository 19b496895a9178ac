using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// packages/Shared/JsJsonParser.cs over UTF-8 bytes (<c>ParseUtf8</c>, <c>TryParseDocument</c>): the compact
/// document path gives what <c>JSON.parse</c> gives (node's fixtures of tests/conformance/co-body), and the texts
/// where System.Text.Json would read or write differently take the careful path.
/// </summary>
public sealed class JsJsonParserUtf8Tests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact(DisplayName = "UTF-8: JSON.stringify(JSON.parse(x)) from node equals our parse of the bytes, documents and trees alike")]
    public void Round_trips_match_node()
    {
        var cases = Fixtures.Cases("co-body/json.json").ToList();
        Assert.True(cases.Count >= 1000);
        var failures = new List<string>();
        var documents = 0;
        foreach (var c in cases)
        {
            var input = c.GetProperty("input").GetString()!;
            var bytes = Encoding.UTF8.GetBytes(input);
            if (JsJsonParser.TryParseDocument(bytes, out _)) documents++;
            string actual;
            try
            {
                actual = "ok:" + (JsJsonParser.ParseUtf8(bytes)?.ToJsonString(Relaxed) ?? "null");
            }
            catch (JsonException)
            {
                actual = "error";
            }
            var expected = c.TryGetProperty("output", out var output)
                ? "ok:" + (JsonNode.Parse(output.GetString()!)?.ToJsonString(Relaxed) ?? "null")
                : "error";
            // lone surrogates do not survive UTF-8 encoding of the input; the string parser covers them
            if (input.Any(char.IsSurrogate)) continue;
            if (actual != expected && failures.Count < 10) failures.Add($"{input}: expected {expected}, got {actual}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(documents >= 100, $"only {documents} fixtures took the document path");
    }

    [Theory(DisplayName = "UTF-8: texts System.Text.Json reads as JSON.parse does become documents")]
    [InlineData("{\"id\":42,\"name\":\"Ada\",\"score\":97.5,\"tags\":[\"a\",\"b\"],\"n\":null,\"t\":true}")]
    [InlineData(" [1, -2, 0, 0.5, -0.25, 123456789012345, 0.000001, 0.30000000000000004] ")]
    [InlineData("{\"a\":{\"a\":{\"a\":1}},\"b\":\"\\u00e9\\n\\\"\"}")]
    [InlineData("[\"\\ud83d\"]")]
    [InlineData("[-12.5,7,99999.125,{\"x\":-1},true,false,null,123456789.123456]")]
    public void Documents(string text)
    {
        if (text.Contains("\\ud83d")) // a lone escaped surrogate: the careful path
        {
            Assert.False(JsJsonParser.TryParseDocument(Encoding.UTF8.GetBytes(text), out _));
            return;
        }
        Assert.True(JsJsonParser.TryParseDocument(Encoding.UTF8.GetBytes(text), out var root));
        Assert.Equal(JsJsonParser.Parse(text)!.ToJsonString(), JsJsonParser.Wrap(root).ToJsonString());
    }

    [Theory(DisplayName = "UTF-8: duplicate, index, escaped and __proto__ keys, JavaScript-only number forms and bad UTF-8 take the careful path")]
    [InlineData("{\"a\":1,\"a\":2}", "{\"a\":2}")]
    [InlineData("{\"b\":1,\"1\":2}", "{\"1\":2,\"b\":1}")]
    [InlineData("{\"a\\u0062\":1,\"ab\":2}", "{\"ab\":2}")]
    [InlineData("{\"__proto__\":{}}", "{\"__proto__\":{}}")]
    [InlineData("[1.0]", "[1]")]
    [InlineData("[1e3]", "[1000]")]
    [InlineData("[-0]", "[0]")]
    [InlineData("[0.0000001]", "[1e-7]")]
    [InlineData("[12345678901234567890]", "[12345678901234567000]")]
    [InlineData("[1234567890123456789012]", "[1.2345678901234568e+21]")]
    [InlineData("[\"\\ud800\"]", "[\"\\ud800\"]")]
    [InlineData("[1.50]", "[1.5]")]
    [InlineData("[-10.250]", "[-10.25]")]
    [InlineData("[1.5e2]", "[150]")]
    [InlineData("[25E-1]", "[2.5]")]
    [InlineData("[-0.0]", "[0]")]
    [InlineData("[1234567.123456789012]", "[1234567.123456789]")]
    public void Careful_path(string text, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.False(JsJsonParser.TryParseDocument(bytes, out _));
        Assert.Equal(JsJsonParser.Parse(text)!.ToJsonString(), JsJsonParser.ParseUtf8(bytes)!.ToJsonString());
        var js = JsJsonParser.ParseUtf8(bytes)!;
        if (!text.Contains("\\ud800")) Assert.Equal(expected, js.ToJsonString());
    }

    [Fact(DisplayName = "UTF-8: a BOM is dropped, bad UTF-8 becomes U+FFFD (raw-body's decoding), both by the careful path")]
    public void Bom_and_bad_utf8()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF, .. "{\"a\":1}"u8];
        Assert.False(JsJsonParser.TryParseDocument(bom, out _));
        Assert.Equal("{\"a\":1}", JsJsonParser.ParseUtf8(bom)!.ToJsonString());
        byte[] bad = [.. "[\""u8, 0xFF, .. "\"]"u8];
        Assert.False(JsJsonParser.TryParseDocument(bad, out _));
        Assert.Equal("\uFFFD", JsJsonParser.ParseUtf8(bad)![0]!.GetValue<string>());
    }

    [Fact(DisplayName = "UTF-8: invalid JSON gets V8's message; nesting past 1000 is refused")]
    public void Errors()
    {
        Assert.Equal("Unexpected token '}', \"{\"a\":1,}\" is not valid JSON",
            Assert.Throws<JsonException>(() => JsJsonParser.ParseUtf8("{\"a\":1,}"u8)).Message);
        Assert.Throws<JsonException>(() => JsJsonParser.ParseUtf8("[1] x"u8));
        var ok = new string('[', JsJsonParser.MaxDepth) + new string(']', JsJsonParser.MaxDepth);
        Assert.True(JsJsonParser.TryParseDocument(Encoding.UTF8.GetBytes(ok), out _));
        var deep = new string('[', JsJsonParser.MaxDepth + 1) + new string(']', JsJsonParser.MaxDepth + 1);
        Assert.Throws<JsonException>(() => JsJsonParser.ParseUtf8(Encoding.UTF8.GetBytes(deep)));
    }

    [Fact(DisplayName = "UTF-8: an object of many keys finds its duplicate (hashed), and 100 KB inputs stay linear")]
    public void Many_keys()
    {
        var keys = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"k{i}\":{i}"));
        Assert.True(JsJsonParser.TryParseDocument(Encoding.UTF8.GetBytes("{" + keys + "}"), out _));
        Assert.False(JsJsonParser.TryParseDocument(Encoding.UTF8.GetBytes("{" + keys + ",\"k4321\":0}"), out _));
        foreach (var (name, make) in new (string, Func<int, string>)[]
        {
            ("keys", n => "{" + string.Join(",", Enumerable.Range(0, n / 12).Select(i => $"\"k{i}\":{i}")) + "}"),
            ("records", n => "[" + string.Join(",", Enumerable.Range(0, n / 40).Select(i => $"{{\"id\":{i},\"name\":\"u{i}\",\"x\":1.5}}")) + "]"),
            ("string", n => "[\"" + new string('x', n) + "\"]"),
            ("same keys", n => "{" + string.Join(",", Enumerable.Range(0, n / 12).Select(i => $"\"k{i % 3000}\":{i}")) + "}"),
        })
        {
            var small = Encoding.UTF8.GetBytes(make(10_000));
            var large = Encoding.UTF8.GetBytes(make(100_000));
            JsJsonParser.ParseUtf8(small);
            var t10 = Measure.CpuTime(() => JsJsonParser.ParseUtf8(small));
            var t100 = Measure.CpuTime(() => JsJsonParser.ParseUtf8(large));
            Assert.True(t100 < Measure.Bound, $"{name}: {t100}");
            Assert.True(t100.Ticks < Math.Max(t10.Ticks, TimeSpan.FromMilliseconds(5).Ticks) * 40, $"{name}: 10 KB {t10}, 100 KB {t100}");
        }
    }
}
