using System.Text.Json.Nodes;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>JSON.parse semantics of the JSON reader, echoed through System.Text.Json, against node's JSON.stringify(JSON.parse(x)) (fixtures in tests/conformance/co-body).</summary>
public sealed class CoBodyJsonTests
{
    [Fact(DisplayName = "public API matches the committed snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(CoBody).Assembly);

    [Fact(DisplayName = "JSON round trips: JSON.stringify(JSON.parse(x)) from node equals our parse written by System.Text.Json")]
    public void Round_trips()
    {
        var cases = Fixtures.Cases("co-body/json.json").ToList();
        Assert.True(cases.Count >= 1000, $"expected at least 1,000 cases, found {cases.Count}");
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var input = c.GetProperty("input").GetString()!;
            string actual;
            try
            {
                actual = "ok:" + (CoBody.ParseJson(input, strict: false)?.ToJsonString(Options) ?? "null");
            }
            catch (JsonSyntaxException)
            {
                actual = "error";
            }
            // node's bytes, re-escaped the way System.Text.Json escapes (it writes non-BMP characters as \u pairs); numbers,
            // key order and values are compared as node wrote them
            var expected = c.TryGetProperty("output", out var output)
                ? "ok:" + (JsonNode.Parse(output.GetString()!)?.ToJsonString(Options) ?? "null")
                : "error";
            if (actual != expected && failures.Count < 10) failures.Add($"{input}: expected {expected}, got {actual}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory(DisplayName = "JSON.parse semantics: numbers, escapes, duplicate keys, key order")]
    [InlineData("{\"a\":1.0}", "{\"a\":1}")]
    [InlineData("{\"a\":1e3}", "{\"a\":1000}")]
    [InlineData("{\"a\":-0}", "{\"a\":0}")]
    [InlineData("{\"a\":1e21}", "{\"a\":1e+21}")]
    [InlineData("{\"a\":0.0000001}", "{\"a\":1e-7}")]
    [InlineData("{\"a\":1,\"a\":2}", "{\"a\":2}")]
    [InlineData("{\"b\":1,\"1\":2,\"a\":3,\"0\":4}", "{\"0\":4,\"1\":2,\"b\":1,\"a\":3}")]
    [InlineData("[1e400]", "[null]")]
    public void Semantics(string input, string expected) => Assert.Equal(expected, CoBody.ParseJson(input, true)!.ToJsonString());

    [Fact(DisplayName = "100 KB hostile JSON (deep nesting, long strings) is a 400 or parsed, never a crash")]
    public void Hostile()
    {
        Assert.Throws<JsonSyntaxException>(() => CoBody.ParseJson(new string('[', 100_000), true));
        var deep = new string('[', 5000) + new string(']', 5000);
        try { CoBody.ParseJson(deep, true); } catch (JsonSyntaxException) { }
        Assert.Equal(100_000, ((string?)CoBody.ParseJson("[\"" + new string('x', 100_000) + "\"]", true)![0])!.Length);
    }
}
