using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>
/// Replays tests/conformance/accepts/accepts.json: npm accepts 1.3.8 (negotiator 0.6.3, mime-types 2.1.35) calling
/// types / encodings / charsets / languages over generated request headers, with no argument or an argument list.
/// </summary>
public sealed class ConformanceTests
{
    [Fact(DisplayName = "accepts 1.3.8 fixtures")]
    public void Fixture_cases_match_npm()
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var fixture in Fixtures.Cases("accepts/accepts.json"))
        {
            count++;
            var headers = new Dictionary<string, StringValues>(StringComparer.Ordinal);
            foreach (var header in fixture.GetProperty("headers").EnumerateObject())
                headers[header.Name] = header.Value.GetString();
            var accepts = new Accepts(headers);
            var method = fixture.GetProperty("method").GetString();
            var arguments = fixture.GetProperty("args");
            var expected = fixture.GetProperty("result");

            string actual;
            if (arguments.ValueKind == JsonValueKind.Null)
            {
                var all = method switch
                {
                    "types" => accepts.Types(),
                    "encodings" => accepts.Encodings(),
                    "charsets" => accepts.Charsets(),
                    _ => accepts.Languages(),
                };
                actual = JsonSerializer.Serialize(all);
            }
            else
            {
                var list = arguments.EnumerateArray().Select(argument => argument.GetString()!).ToArray();
                var best = method switch
                {
                    "types" => accepts.Types(list),
                    "encodings" => accepts.Encodings(list),
                    "charsets" => accepts.Charsets(list),
                    _ => accepts.Languages(list),
                };
                actual = best is null ? "false" : JsonSerializer.Serialize(best);
            }

            if (actual != JsonSerializer.Serialize(expected) && failures.Length < 4000)
                failures.Append(fixture.GetRawText()).Append(": got ").Append(actual).Append('\n');
        }

        Assert.True(count >= 5000, $"only {count} cases");
        Assert.True(failures.Length == 0, failures.ToString());
    }
}
