using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Replays tests/conformance/etag: npm etag 1.8.1 over generated strings, Buffers and stats.</summary>
public sealed class EtagConformanceTests
{
    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Etag).Assembly);

    [Fact(DisplayName = "conformance › Etag.Generate matches npm etag 1.8.1 on every fixture case")]
    public void Matches_npm()
    {
        var cases = Fixtures.Cases("etag/etag.json").ToList();
        Assert.True(cases.Count >= 5000, $"expected at least 5,000 cases, found {cases.Count}");
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            bool? weak = c.GetProperty("weak").ValueKind == JsonValueKind.Null ? null : c.GetProperty("weak").GetBoolean();
            var actual = c.GetProperty("kind").GetString() switch
            {
                "string" => Etag.Generate(c.TryGetProperty("text", out var text) ? text.GetString()! : new string(c.GetProperty("units").EnumerateArray().Select(u => (char)u.GetInt32()).ToArray()), weak),
                "bytes" => Etag.Generate(Convert.FromBase64String(c.GetProperty("base64").GetString()!), weak),
                _ => Etag.Generate(c.GetProperty("size").GetInt64(), DateTimeOffset.FromUnixTimeMilliseconds(c.GetProperty("mtimeMs").GetInt64()), weak),
            };
            var expected = c.GetProperty("etag").GetString();
            if (actual != expected && failed++ < 10) failures.AppendLine($"{c.GetProperty("kind")}: expected {expected}, got {actual}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }
}
