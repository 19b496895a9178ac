using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

// Replays tests/conformance/content-type (npm content-type 1.0.5) and tests/conformance/media-typer (npm media-typer 1.1.1).
public sealed class ConformanceTests
{
    [Fact(DisplayName = "conformance › content-type 1.0.5 parse over generated headers")]
    public void ContentTypeParse()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("content-type/parse.json"))
        {
            var input = FixtureValues.Text(c, "input")!;
            var shown = FixtureValues.Show(input);
            if (c.TryGetProperty("error", out var error))
            {
                var thrown = Assert.ThrowsAny<ArgumentException>(() => ContentType.Parse(input));
                Assert.True(thrown.Message.StartsWith(error.GetString()!, StringComparison.Ordinal), $"parse({shown}): expected error {error}, got {thrown.Message}");
                Assert.False(ContentType.TryParse(input, out _), $"TryParse({shown}) should fail");
            }
            else
            {
                var expected = c.GetProperty("value");
                var actual = ContentType.Parse(input);
                Assert.True(expected.GetProperty("type").GetString() == actual.Type, $"parse({shown}).type: expected {expected.GetProperty("type")}, got {actual.Type}");
                var parameters = FixtureValues.Map(expected.GetProperty("parameters"));
                Assert.True(parameters.Count == actual.Parameters.Count && parameters.All(p => actual.Parameters.TryGetValue(p.Key, out var v) && v == p.Value),
                    $"parse({shown}).parameters: expected {string.Join(", ", parameters)}, got {string.Join(", ", actual.Parameters)}");
                Assert.True(ContentType.TryParse(input, out var tried) && tried == actual, $"TryParse({shown})");
            }

            count++;
        }

        Assert.True(count >= 6000, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › content-type 1.0.5 format over generated objects")]
    public void ContentTypeFormat()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("content-type/format.json"))
        {
            var input = c.GetProperty("input");
            var value = new ContentTypeValue(
                FixtureValues.Text(input, "type")!,
                input.TryGetProperty("parameters", out var p)
                    ? p.EnumerateArray().ToDictionary(pair => FixtureValues.Text(pair[0])!, pair => FixtureValues.Text(pair[1])!, StringComparer.Ordinal)
                    : null);
            var shown = input.GetRawText();
            if (c.TryGetProperty("error", out var error))
            {
                var thrown = Assert.ThrowsAny<ArgumentException>(() => ContentType.Format(value));
                Assert.True(thrown.Message.StartsWith(error.GetString()!, StringComparison.Ordinal), $"format({shown}): expected error {error}, got {thrown.Message}");
            }
            else
            {
                var expected = FixtureValues.Text(c, "value");
                var actual = ContentType.Format(value);
                Assert.True(expected == actual, $"format({shown}): expected {FixtureValues.Show(expected)}, got {FixtureValues.Show(actual)}");
            }

            count++;
        }

        Assert.True(count >= 2000, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › media-typer 1.1.1 parse and test over generated media types")]
    public void MediaTyperParseAndTest()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("media-typer/parse.json"))
        {
            var input = FixtureValues.Text(c, "input")!;
            var shown = FixtureValues.Show(input);
            var test = c.GetProperty("test").GetBoolean();
            Assert.True(test == MediaTyper.Test(input), $"test({shown}) should be {test}");
            var parse = c.GetProperty("parse");
            if (parse.TryGetProperty("error", out var error))
            {
                var thrown = Assert.ThrowsAny<ArgumentException>(() => MediaTyper.Parse(input));
                Assert.True(thrown.Message.StartsWith(error.GetString()!, StringComparison.Ordinal), $"parse({shown}): expected error {error}, got {thrown.Message}");
            }
            else
            {
                var expected = parse.GetProperty("value");
                var actual = MediaTyper.Parse(input);
                var wanted = new MediaType(
                    FixtureValues.Text(expected, "type")!,
                    FixtureValues.Text(expected, "subtype")!,
                    FixtureValues.Text(expected, "suffix"));
                Assert.True(wanted == actual, $"parse({shown}): expected {wanted}, got {actual}");
            }

            count++;
        }

        Assert.True(count >= 6000, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › media-typer 1.1.1 format over generated objects")]
    public void MediaTyperFormat()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("media-typer/format.json"))
        {
            // An object without a type or subtype ({}) is, in C#, a value whose type or subtype is empty.
            var input = c.GetProperty("input");
            var value = new MediaType
            {
                Type = FixtureValues.Text(input, "type") ?? "",
                Subtype = FixtureValues.Text(input, "subtype") ?? "",
                Suffix = FixtureValues.Text(input, "suffix"),
            };
            var shown = input.GetRawText();
            if (c.TryGetProperty("error", out var error))
            {
                var thrown = Assert.ThrowsAny<ArgumentException>(() => MediaTyper.Format(value));
                Assert.True(thrown.Message.StartsWith(error.GetString()!, StringComparison.Ordinal), $"format({shown}): expected error {error}, got {thrown.Message}");
            }
            else
            {
                var expected = FixtureValues.Text(c, "value");
                var actual = MediaTyper.Format(value);
                Assert.True(expected == actual, $"format({shown}): expected {FixtureValues.Show(expected)}, got {FixtureValues.Show(actual)}");
            }

            count++;
        }

        Assert.True(count >= 1500, $"only {count} cases");
    }
}
