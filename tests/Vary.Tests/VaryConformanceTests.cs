using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>
/// Replays tests/conformance/vary: npm vary 1.1.2 run over generated header/field pairs (hostile ones included:
/// empty items, SP/HTAB, <c>*</c>, case variants, invalid tokens, non-ASCII, 10 KB values).
/// </summary>
public sealed class VaryConformanceTests
{
    [Fact(DisplayName = "conformance › vary.append(header, field) matches npm vary 1.1.2 on every fixture case")]
    public void Append_matches_npm()
    {
        var cases = Fixtures.Cases("vary/append.json").ToList();
        Assert.True(cases.Count >= 1000, $"expected at least 1,000 cases, found {cases.Count}");
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var header = FixtureText.Read(c.GetProperty("header"))!;
            var field = c.GetProperty("field");
            string actual;
            try
            {
                actual = field.ValueKind == JsonValueKind.Array
                    ? Vary.Append(header, field.EnumerateArray().Select(e => FixtureText.Read(e)!).ToArray())
                    : Vary.Append(header, FixtureText.Read(field)!);
            }
            catch (ArgumentException e)
            {
                actual = "error: " + e.Message;
            }
            var expected = Expected(c, field.ValueKind == JsonValueKind.Array ? "fields" : "field");
            if (actual != expected && failed++ < 10)
                failures.AppendLine($"append({FixtureText.Describe(c.GetProperty("header"))}, {FixtureText.Describe(field)}): expected {Shorten(expected)}, got {Shorten(actual)}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }

    [Theory(DisplayName = "conformance › vary(res, field) matches npm vary 1.1.2 on every fixture case")]
    [MemberData(nameof(VaryResFieldTests.Kinds), MemberType = typeof(VaryResFieldTests))]
    public void Add_matches_npm(string kind)
    {
        var cases = Fixtures.Cases("vary/vary.json").ToList();
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var headers = VaryResFieldTests.NewHeaders(kind);
            var initial = c.GetProperty("header");
            if (initial.ValueKind == JsonValueKind.Array)
                headers["Vary"] = new StringValues(initial.EnumerateArray().Select(FixtureText.Read).ToArray());
            else if (initial.ValueKind != JsonValueKind.Null)
                headers["Vary"] = FixtureText.Read(initial);
            var field = c.GetProperty("field");
            string actual;
            try
            {
                if (field.ValueKind == JsonValueKind.Array)
                    Vary.Add(headers, field.EnumerateArray().Select(e => FixtureText.Read(e)!).ToArray());
                else
                    Vary.Add(headers, FixtureText.Read(field)!);
                actual = headers.TryGetValue("Vary", out var value) ? Render(value) : "absent";
            }
            catch (ArgumentException e)
            {
                actual = "error: " + e.Message;
            }
            var expected = c.TryGetProperty("error", out var error)
                ? "error: " + FixtureText.ArgumentMessage(error.GetString()!, field.ValueKind == JsonValueKind.Array ? "fields" : "field")
                : c.GetProperty("value") switch
                {
                    { ValueKind: JsonValueKind.Null } => "absent",
                    { ValueKind: JsonValueKind.Array } values => Render(new StringValues(values.EnumerateArray().Select(FixtureText.Read).ToArray())),
                    var value => Render(FixtureText.Read(value)),
                };
            if (actual != expected && failed++ < 10)
                failures.AppendLine($"vary({FixtureText.Describe(initial)}, {FixtureText.Describe(field)}): expected {Shorten(expected)}, got {Shorten(actual)}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ ({kind}):\n{failures}");
    }

    // A header left as several values (npm keeps an array it did not need to rewrite) renders as a list; no value
    // at all is the same as no header (ASP.NET Core's HeaderDictionary removes a header set to no value).
    private static string Render(StringValues value) => value.Count switch
    {
        0 => "absent",
        1 => "value: " + value[0],
        _ => "values: [" + string.Join("|", value.ToArray()) + "]",
    };

    private static string Expected(JsonElement c, string parameter) =>
        c.TryGetProperty("error", out var error)
            ? "error: " + FixtureText.ArgumentMessage(error.GetString()!, parameter)
            : FixtureText.Read(c.GetProperty("value"))!;

    private static string Shorten(string text) => text.Length <= 160 ? JsonSerializer.Serialize(text) : JsonSerializer.Serialize(text[..150]) + $"… ({text.Length} chars)";
}
