using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>
/// Replays tests/conformance/fresh/fresh.json: npm fresh 0.5.2 (with the HTAB fix) over generated request and
/// response headers, through both the dictionary and the raw-value overloads.
/// </summary>
public sealed class ConformanceTests
{
    [Fact(DisplayName = "fresh 0.5.2 (+ HTAB fix) fixtures")]
    public void Fixture_cases_match_npm()
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var fixture in Fixtures.Cases("fresh/fresh.json"))
        {
            count++;
            var request = Headers(fixture.GetProperty("request"));
            var response = Headers(fixture.GetProperty("response"));
            var expected = fixture.GetProperty("fresh").GetBoolean();

            var fromDictionaries = Fresh.IsFresh(request, response);
            var fromValues = Fresh.IsFresh(
                Value(request, "if-modified-since"), Value(request, "if-none-match"), Value(request, "cache-control"),
                Value(response, "etag"), Value(response, "last-modified"));
            if ((fromDictionaries != expected || fromValues != expected) && failures.Length < 4000)
            {
                failures.Append(fixture.GetRawText()).Append(": got ").Append(fromDictionaries).Append(" / ").Append(fromValues).Append('\n');
            }
        }

        Assert.True(count >= 5000, $"only {count} cases");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static Dictionary<string, StringValues> Headers(JsonElement element)
    {
        var headers = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            headers[property.Name] = property.Value.GetString();
        return headers;
    }

    private static string? Value(Dictionary<string, StringValues> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
