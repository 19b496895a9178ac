using System.Text.Json;
using Koa.Tests.Shared;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Replays tests/conformance/type-is (npm type-is 2.1.0 over content-type 2.1.0, media-typer 1.1.1, mime-types 3.0.2).
// npm's false and null are both null in C#.
public sealed class ConformanceTests
{
    [Fact(DisplayName = "conformance › typeis.is(value, types) over generated headers and type lists")]
    public void Is()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("type-is/is.json"))
        {
            var value = FixtureValues.Text(c, "value");
            var types = FixtureValues.List(c.GetProperty("types"));
            var expected = FixtureValues.Text(c, "result");
            Check($"is({FixtureValues.Show(value)}, [{string.Join(", ", types.Select(FixtureValues.Show))}])", expected, TypeIs.Is(value, types!));
            Check("is (list form)", expected, TypeIs.Is(value, (IReadOnlyList<string>)types.ToList()!));
            count++;
        }

        Assert.True(count >= 6000, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › typeis(req, types) over generated request headers")]
    public void Request()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("type-is/request.json"))
        {
            var headers = Headers(c.GetProperty("headers"));
            var types = FixtureValues.List(c.GetProperty("types"));
            var shown = c.GetProperty("headers").GetRawText();
            Check($"typeis({shown}, [{string.Join(", ", types.Select(FixtureValues.Show))}])", FixtureValues.Text(c, "result"), TypeIs.IsRequest(headers, types!));
            Assert.True(c.GetProperty("hasBody").GetBoolean() == TypeIs.HasBody(headers), $"hasBody({shown})");
            count++;
        }

        Assert.True(count >= 2000, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › typeis.hasBody(req) over Content-Length values read as JavaScript numbers")]
    public void HasBody()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("type-is/hasBody.json"))
        {
            var headers = Headers(c.GetProperty("headers"));
            Assert.True(c.GetProperty("result").GetBoolean() == TypeIs.HasBody(headers), $"hasBody({c.GetProperty("headers").GetRawText()})");
            count++;
        }

        Assert.True(count >= 1000, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › typeis.normalize(type)")]
    public void Normalize()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("type-is/normalize.json"))
        {
            var type = FixtureValues.Text(c, "type");
            Check($"normalize({FixtureValues.Show(type)})", FixtureValues.Text(c, "result"), TypeIs.Normalize(type));
            count++;
        }

        Assert.True(count >= 5000, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › typeis.match(expected, actual)")]
    public void Match()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("type-is/match.json"))
        {
            var expected = FixtureValues.Text(c, "expected");
            var actual = FixtureValues.Text(c, "actual")!;
            Assert.True(c.GetProperty("result").GetBoolean() == TypeIs.Match(expected, actual),
                $"match({FixtureValues.Show(expected)}, {FixtureValues.Show(actual)}) should be {c.GetProperty("result")}");
            count++;
        }

        Assert.True(count >= 5000, $"only {count} cases");
    }

    private static Dictionary<string, StringValues> Headers(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => new StringValues(FixtureValues.Text(p.Value)), StringComparer.Ordinal);

    private static void Check(string call, string? expected, string? actual)
    {
        if (expected != actual)
        {
            Assert.Fail($"{call}: expected {FixtureValues.Show(expected)}, got {FixtureValues.Show(actual)}");
        }
    }
}
