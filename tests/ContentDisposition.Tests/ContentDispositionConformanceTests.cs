using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// Replays tests/conformance/content-disposition: npm content-disposition 1.0.1 run over generated file names ×
/// options (Latin-1, non-Latin-1, astral, <c>%XX</c>, quotes, backslashes, paths, control characters, lone
/// surrogates) and over generated header values, valid and broken.
/// </summary>
public sealed class ContentDispositionConformanceTests
{
    [Fact(DisplayName = "conformance › contentDisposition(filename, options) matches npm content-disposition 1.0.1 on every fixture case")]
    public void Create_matches_npm()
    {
        var cases = Fixtures.Cases("content-disposition/create.json").ToList();
        Assert.True(cases.Count >= 1000, $"expected at least 1,000 cases, found {cases.Count}");
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var filename = FixtureText.Read(c.GetProperty("filename"));
            ContentDispositionOptions? options = null;
            if (c.TryGetProperty("options", out var o))
            {
                options = new ContentDispositionOptions();
                if (o.TryGetProperty("type", out var type))
                    options.Type = FixtureText.Read(type)!;
                if (o.TryGetProperty("fallback", out var fallback))
                {
                    options.Fallback = fallback.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => ContentDispositionFallback.Named(FixtureText.Read(fallback)!),
                    };
                }
            }

            string actual;
            try
            {
                actual = ContentDisposition.Create(filename, options);
            }
            catch (ArgumentException e)
            {
                actual = $"error: {e.Message}";
            }
            var expected = c.TryGetProperty("error", out var error)
                ? $"error: {FixtureText.ArgumentMessage(error.GetString()!, error.GetString() == "URI malformed" ? "filename" : "options")}"
                : c.GetProperty("value").GetString()!;
            if (actual != expected && failed++ < 10)
                failures.AppendLine($"create({FixtureText.Describe(c.GetProperty("filename"))}, {(o.ValueKind == JsonValueKind.Undefined ? "-" : o.GetRawText())}): expected {Shorten(expected)}, got {Shorten(actual)}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }

    [Fact(DisplayName = "conformance › contentDisposition.parse(string) matches npm content-disposition 1.0.1 on every fixture case")]
    public void Parse_matches_npm()
    {
        var cases = Fixtures.Cases("content-disposition/parse.json").ToList();
        Assert.True(cases.Count >= 1000, $"expected at least 1,000 cases, found {cases.Count}");
        var failures = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var header = FixtureText.Read(c.GetProperty("header"))!;
            string actual;
            try
            {
                actual = Render(ContentDisposition.Parse(header));
            }
            catch (ArgumentException e)
            {
                actual = $"error: {e.Message}";
            }
            var tried = ContentDisposition.TryParse(header, out var triedResult);

            string expected;
            if (c.TryGetProperty("error", out var error))
            {
                expected = $"error: {FixtureText.ArgumentMessage(error.GetString()!, "header")}";
            }
            else
            {
                var value = c.GetProperty("value");
                var parameters = value.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
                expected = Render(new ContentDispositionHeader(value.GetProperty("type").GetString()!, parameters));
            }
            var triedExpected = tried ? Render(triedResult) : actual.StartsWith("error: ", StringComparison.Ordinal) ? actual : "TryParse failed";
            if ((actual != expected || triedExpected != actual) && failed++ < 10)
                failures.AppendLine($"parse({FixtureText.Describe(c.GetProperty("header"))}): expected {Shorten(expected)}, got {Shorten(actual)}, TryParse {tried}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }

    // Parameters in name order: npm's object puts integer-like names first, which is not part of the contract.
    private static string Render(ContentDispositionHeader header) =>
        header.Type + string.Concat(header.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"; {p.Key}={JsonSerializer.Serialize(p.Value)}"));

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..190] + $"… ({text.Length} chars)";
}
