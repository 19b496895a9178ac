using System.Text.Json;
using System.Text.Json.Nodes;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// packages/Shared/JsJsonParser.cs (JSON.parse, used by CoBody and Session) against node: JSON.stringify(JSON.parse(x))
/// over the generated texts of tests/conformance/co-body/json.json, plus the rules node cannot show through
/// JSON.stringify (lone surrogates, __proto__, nesting).
/// </summary>
public sealed class JsJsonParserTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact(DisplayName = "JSON.stringify(JSON.parse(x)) from node equals our parse written by System.Text.Json")]
    public void Round_trips_match_node()
    {
        var cases = Fixtures.Cases("co-body/json.json").ToList();
        Assert.True(cases.Count >= 1000);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var input = c.GetProperty("input").GetString()!;
            string actual;
            try
            {
                actual = "ok:" + (JsJsonParser.Parse(input)?.ToJsonString(Relaxed) ?? "null");
            }
            catch (JsonException)
            {
                actual = "error";
            }
            var expected = c.TryGetProperty("output", out var output)
                ? "ok:" + (JsonNode.Parse(output.GetString()!)?.ToJsonString(Relaxed) ?? "null")
                : "error";
            if (actual != expected && failures.Count < 10) failures.Add($"{input}: expected {expected}, got {actual}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory(DisplayName = "numbers: the double JSON.parse gives, written as JSON.stringify writes it")]
    [InlineData("1.0", "1", 1.0)]
    [InlineData("1e3", "1000", 1000.0)]
    [InlineData("-0", "0", 0.0)]
    [InlineData("-0.0", "0", 0.0)]
    [InlineData("1e21", "1e+21", 1e21)]
    [InlineData("1e15", "1000000000000000", 1e15)]
    [InlineData("123456789012345678901234", "1.2345678901234569e+23", 1.2345678901234569e23)]
    [InlineData("0.0000001", "1e-7", 1e-7)]
    [InlineData("0.000001", "0.000001", 1e-6)]
    [InlineData("9007199254740993", "9007199254740992", 9007199254740992.0)]
    [InlineData("-12.50", "-12.5", -12.5)]
    [InlineData("5e-324", "5e-324", 5e-324)]
    public void Numbers(string input, string written, double value)
    {
        var node = (JsonValue)JsJsonParser.Parse(input)!;
        Assert.Equal(written, node.ToJsonString());
        Assert.Equal(value, node.GetValue<double>());
    }

    [Fact(DisplayName = "1e400 is Infinity, which JSON.stringify writes as null")]
    public void Infinity_is_null() => Assert.Equal("[null,null]", JsJsonParser.Parse("[1e400,-1e400]")!.ToJsonString());

    [Fact(DisplayName = "escapes decode to any UTF-16, lone surrogates included")]
    public void Lone_surrogates()
    {
        Assert.Equal("a\ud800b\udc00", JsJsonParser.Parse("\"a\\ud800b\\uDC00\"")!.GetValue<string>());
        Assert.Equal("\ud83d\ude00", JsJsonParser.Parse("\"\\ud83d\\ude00\"")!.GetValue<string>());
        Assert.Equal("\u00e9/\"\\\b\f\n\r\t", JsJsonParser.Parse("\"\\u00E9\\/\\\"\\\\\\b\\f\\n\\r\\t\"")!.GetValue<string>());
    }

    [Fact(DisplayName = "duplicate keys: the last value at the first key's place; array-index keys first, ascending")]
    public void Property_order()
    {
        Assert.Equal("{\"a\":3,\"b\":2}", JsJsonParser.Parse("{\"a\":1,\"b\":2,\"a\":3}")!.ToJsonString());
        Assert.Equal("{\"0\":4,\"1\":2,\"b\":1,\"01\":3,\"4294967295\":5}",
            JsJsonParser.Parse("{\"b\":1,\"1\":2,\"01\":3,\"0\":4,\"4294967295\":5}")!.ToJsonString());
        Assert.Equal("{\"2\":1,\"10\":2}", JsJsonParser.Parse("{\"10\":2,\"2\":1}")!.ToJsonString());
    }

    [Fact(DisplayName = "repeated property names (records) come out right, colliding names included, and share one string")]
    public void Repeated_keys()
    {
        var text = "[" + string.Join(",", Enumerable.Range(0, 50).Select(i => $"{{\"a{i % 7}b\":{i},\"ab\":1,\"ba\":2,\"a\\u0062\":3,\"{new string('k', 70)}\":4}}")) + "]";
        var array = (JsonArray)JsJsonParser.Parse(text)!;
        for (var i = 0; i < 50; i++)
        {
            var o = (JsonObject)array[i]!;
            Assert.Equal([$"a{i % 7}b", "ab", "ba", new string('k', 70)], o.Select(p => p.Key));
            Assert.Equal(i, o[$"a{i % 7}b"]!.GetValue<double>());
            Assert.Equal(3, o["ab"]!.GetValue<double>()); // "a\u0062" is "ab": the duplicate keeps the last value
        }
        Assert.Same(((JsonObject)array[0]!).ElementAt(2).Key, ((JsonObject)array[1]!).ElementAt(2).Key);
    }

    [Fact(DisplayName = "__proto__: kept (JSON.parse), removed, or refused (@hapi/bourne protoAction)")]
    public void Proto_key()
    {
        const string text = "{\"a\":1,\"x\":{\"__proto__\":{\"p\":1}}}";
        Assert.Equal(text, JsJsonParser.Parse(text)!.ToJsonString());
        Assert.Equal("{\"a\":1,\"x\":{}}", JsJsonParser.Parse(text, JsJsonProtoAction.Remove)!.ToJsonString());
        var error = Assert.Throws<JsonException>(() => JsJsonParser.Parse(text, JsJsonProtoAction.Error));
        Assert.Equal("Object contains forbidden prototype property", error.Message);
        Assert.Equal("{\"__proto_\":1}", JsJsonParser.Parse("{\"__proto_\":1}", JsJsonProtoAction.Error)!.ToJsonString());
        Assert.Equal("{\"__proto__\":1}", JsJsonParser.Parse("\"{\\\"__proto__\\\":1}\"", JsJsonProtoAction.Error)!.GetValue<string>());
    }

    [Theory(DisplayName = "invalid JSON is a JsonException with V8's message")]
    [InlineData("", "Unexpected end of JSON input")]
    [InlineData("[1,", "Unexpected end of JSON input")]
    [InlineData("{\"a\":1,}", "Unexpected token '}', \"{\"a\":1,}\" is not valid JSON")]
    [InlineData("tru", "Unexpected end of JSON input")]
    [InlineData("[01]", "Unexpected token '1', \"[01]\" is not valid JSON")]
    [InlineData("\"a", "Unterminated string in JSON at position 2")]
    [InlineData("\"\t\"", "Bad control character in string literal in JSON at position 1")]
    [InlineData("\"\\x\"", "Bad escaped character in JSON at position 1")]
    [InlineData("\"\\u12g4\"", "Bad Unicode escape in JSON at position 1")]
    public void Errors(string input, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => JsJsonParser.Parse(input)).Message);

    [Fact(DisplayName = "nesting: 1000 levels parse, deeper is refused, never a stack overflow")]
    public void Nesting()
    {
        var ok = new string('[', JsJsonParser.MaxDepth) + new string(']', JsJsonParser.MaxDepth);
        Assert.NotNull(JsJsonParser.Parse(ok));
        var deep = new string('[', JsJsonParser.MaxDepth + 1) + new string(']', JsJsonParser.MaxDepth + 1);
        Assert.Throws<JsonException>(() => JsJsonParser.Parse(deep));
        Assert.Throws<JsonException>(() => JsJsonParser.Parse(new string('{', 100_000)));
        Assert.Throws<JsonException>(() => JsJsonParser.Parse(string.Concat(Enumerable.Repeat("{\"a\":", 100_000))));
    }

    [Fact(DisplayName = "100 KB inputs are linear: long strings, many keys, many numbers, many escapes")]
    public void Linear()
    {
        foreach (var (name, make) in new (string, Func<int, string>)[]
        {
            ("string", n => "\"" + new string('x', n) + "\""),
            ("escapes", n => "\"" + string.Concat(Enumerable.Repeat("\\u00e9", n / 6)) + "\""),
            ("keys", n => "{" + string.Join(",", Enumerable.Range(0, n / 12).Select(i => $"\"k{i}\":{i}")) + "}"),
            ("index keys", n => "{" + string.Join(",", Enumerable.Range(0, n / 12).Select(i => $"\"{n - i}\":{i}")) + "}"),
            ("duplicates", n => "{" + string.Join(",", Enumerable.Repeat("\"a\":1.5", n / 8)) + "}"),
            ("numbers", n => "[" + string.Join(",", Enumerable.Repeat("1.5e-300", n / 9)) + "]"),
        })
        {
            var small = make(10_000);
            var large = make(100_000);
            JsJsonParser.Parse(small);
            var t10 = Measure.CpuTime(() => JsJsonParser.Parse(small));
            var t100 = Measure.CpuTime(() => JsJsonParser.Parse(large));
            Assert.True(t100 < Measure.Bound, $"{name}: {t100}");
            Assert.True(t100.Ticks < Math.Max(t10.Ticks, TimeSpan.FromMilliseconds(5).Ticks) * 40, $"{name}: 10 KB {t10}, 100 KB {t100}");
        }
    }
}
