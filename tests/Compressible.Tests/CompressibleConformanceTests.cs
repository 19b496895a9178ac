using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Replays tests/conformance/compressible: npm compressible 2.0.18 over every mime-db type and generated ones.</summary>
public sealed class CompressibleConformanceTests
{
    [Fact(DisplayName = "conformance › Compressible.Check matches npm compressible over the whole mime-db and generated types")]
    public void Matches_npm()
    {
        var cases = Fixtures.Cases("compressible/compressible.json").ToList();
        Assert.True(cases.Count >= MimeTypes.Current.Entries.Count * 5);
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var type = c.GetProperty("type").GetString()!;
            var value = c.GetProperty("value");
            bool? expected = value.ValueKind == JsonValueKind.Null ? null : value.GetBoolean();
            var actual = Compressible.Check(type);
            if (actual != expected && failed++ < 10) failures.AppendLine($"{JsonSerializer.Serialize(type)}: expected {expected?.ToString() ?? "null"}, got {actual?.ToString() ?? "null"}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }
}
