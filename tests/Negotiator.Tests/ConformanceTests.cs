using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// Replays tests/conformance/negotiator/*.json: npm negotiator 0.6.3 run over generated headers, each without
/// an available list (<c>listed</c>) and with one (<c>preferred</c>). Every case is checked through the plural
/// functions and, as <c>list[0]</c> or null, through the singular ones (which find the best without sorting).
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Files => ["mediaTypes.json", "languages.json", "charsets.json", "encodings.json"];

    [Theory(DisplayName = "negotiator 0.6.3 fixtures")]
    [MemberData(nameof(Files))]
    public void Fixture_cases_match_npm(string file)
    {
        Func<string?, IReadOnlyList<string>?, IReadOnlyList<string>> plural = file switch
        {
            "mediaTypes.json" => (h, a) => Negotiator.PreferredMediaTypes(h, a),
            "languages.json" => (h, a) => Negotiator.PreferredLanguages(h, a),
            "charsets.json" => (h, a) => Negotiator.PreferredCharsets(h, a),
            _ => (h, a) => Negotiator.PreferredEncodings(h, a),
        };
        Func<string?, IReadOnlyList<string>?, string?> singular = file switch
        {
            "mediaTypes.json" => (h, a) => Negotiator.PreferredMediaType(h, a),
            "languages.json" => (h, a) => Negotiator.PreferredLanguage(h, a),
            "charsets.json" => (h, a) => Negotiator.PreferredCharset(h, a),
            _ => (h, a) => Negotiator.PreferredEncoding(h, a),
        };

        var failures = new StringBuilder();
        var count = 0;
        foreach (var fixture in Fixtures.Cases("negotiator/" + file))
        {
            count++;
            var header = FixtureText.String(fixture.GetProperty("header"));
            var available = FixtureText.List(fixture.GetProperty("available"));
            var listed = FixtureText.List(fixture.GetProperty("listed"));
            var preferred = FixtureText.List(fixture.GetProperty("preferred"));

            Check(failures, header, null, listed, plural(header, null), singular(header, null));
            Check(failures, header, available, preferred, plural(header, available), singular(header, available));
        }

        Assert.True(count >= 5000, $"{file}: only {count} cases");
        Assert.True(failures.Length == 0, $"{file}:\n{failures}");
    }

    [Fact(DisplayName = "negotiator 1.1 encodings fixtures (koa-compress 5.2.2's copy), with preferred lists")]
    public void Negotiator11_encoding_cases_match_npm()
    {
        var options = new NegotiatorOptions { Negotiator11Encodings = true };
        var failures = new StringBuilder();
        var count = 0;
        foreach (var fixture in Fixtures.Cases("negotiator/encodings-1.1.json"))
        {
            count++;
            var header = FixtureText.String(fixture.GetProperty("header"));
            var preference = fixture.GetProperty("preference") is { ValueKind: JsonValueKind.Array } list ? FixtureText.List(list) : null;
            var available = FixtureText.List(fixture.GetProperty("available"));
            var listed = FixtureText.List(fixture.GetProperty("listed"));
            var preferred = FixtureText.List(fixture.GetProperty("preferred"));

            Check(failures, header, null, listed, Negotiator.PreferredEncodings(header, null, preference, options), Negotiator.PreferredEncoding(header, null, preference, options));
            Check(failures, header, available, preferred, Negotiator.PreferredEncodings(header, available, preference, options), Negotiator.PreferredEncoding(header, available, preference, options));
            if (preference is not null && failures.Length > 0 && !failures.ToString().Contains("preferred ", StringComparison.Ordinal))
                failures.Append("preferred ").Append(JsonSerializer.Serialize(preference)).Append('\n');
        }

        Assert.True(count >= 5000, $"only {count} cases");
        Assert.True(failures.Length == 0, $"encodings-1.1.json:\n{failures}");
    }

    private static void Check(StringBuilder failures, string? header, IReadOnlyList<string>? available, IReadOnlyList<string> expected, IReadOnlyList<string> actual, string? best)
    {
        if (failures.Length > 4000)
            return;
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal) || best != (expected.Count > 0 ? expected[0] : null))
        {
            failures.Append("header ").Append(JsonSerializer.Serialize(header))
                .Append(", available ").Append(available is null ? "undefined" : JsonSerializer.Serialize(available))
                .Append(": expected ").Append(JsonSerializer.Serialize(expected))
                .Append(", got ").Append(JsonSerializer.Serialize(actual))
                .Append(" / ").Append(JsonSerializer.Serialize(best)).Append('\n');
        }
    }
}

/// <summary>Fixture strings: JSON strings, or <c>{ "utf16": [code units] }</c> for text that is not well-formed UTF-16.</summary>
internal static class FixtureText
{
    public static string? String(JsonElement element) => Fixtures.Text(element);

    public static IReadOnlyList<string> List(JsonElement element) =>
        element.EnumerateArray().Select(item => String(item)!).ToArray();
}
