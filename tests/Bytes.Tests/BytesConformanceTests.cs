using System.Globalization;
using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Replays tests/conformance/bytes: npm bytes 3.1.2 over generated size strings, numbers and options.</summary>
public sealed class BytesConformanceTests
{
    [Fact(DisplayName = "conformance › Bytes.Parse matches npm bytes.parse on every fixture case")]
    public void Parse_matches_npm()
    {
        var cases = Fixtures.Cases("bytes/parse.json").ToList();
        Assert.True(cases.Count >= 1000);
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var input = c.GetProperty("input").GetString()!;
            var value = c.GetProperty("value");
            string expected;
            if (value.ValueKind == JsonValueKind.Null) expected = "null";
            else
            {
                var number = double.Parse(value.GetString()!, CultureInfo.InvariantCulture);
                expected = Math.Abs(number) >= 9.2233720368547758E18 ? "out of range" : ((long)number).ToString(CultureInfo.InvariantCulture);
            }
            string actual;
            try
            {
                actual = Bytes.Parse(input)?.ToString(CultureInfo.InvariantCulture) ?? "null";
            }
            catch (ArgumentOutOfRangeException)
            {
                actual = "out of range";
            }
            if (actual != expected && failed++ < 10) failures.AppendLine($"parse({JsonSerializer.Serialize(input)}): expected {expected}, got {actual}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }

    [Fact(DisplayName = "conformance › Bytes.Format matches npm bytes.format on every fixture case")]
    public void Format_matches_npm()
    {
        var cases = Fixtures.Cases("bytes/format.json").ToList();
        Assert.True(cases.Count >= 1000);
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var value = double.Parse(c.GetProperty("value").GetString()!, CultureInfo.InvariantCulture);
            var o = c.GetProperty("options");
            BytesFormatOptions? options = o.ValueKind == JsonValueKind.Null ? null : new BytesFormatOptions
            {
                DecimalPlaces = o.TryGetProperty("decimalPlaces", out var d) ? d.GetInt32() : 2,
                FixedDecimals = o.TryGetProperty("fixedDecimals", out var f) && f.GetBoolean(),
                ThousandsSeparator = o.TryGetProperty("thousandsSeparator", out var t) ? t.GetString() : null,
                Unit = o.TryGetProperty("unit", out var u) ? u.GetString() : null,
                UnitSeparator = o.TryGetProperty("unitSeparator", out var s) ? s.GetString() : null,
            };
            var result = c.GetProperty("result");
            var expected = result.ValueKind == JsonValueKind.Null ? null : result.GetString();
            var actual = Bytes.Format(value, options);
            if (actual != expected && failed++ < 10) failures.AppendLine($"format({c.GetProperty("value")}, {o}): expected {expected}, got {actual}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }
}
