using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>packages/Shared/JsJsonString.cs against node's JSON.stringify of strings.</summary>
public sealed class JsJsonStringTests
{
    [Fact(DisplayName = "JSON.stringify(string): control characters, quotes and lone surrogates as node escapes them")]
    public void Matches_node()
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var c in Fixtures.Cases("shared/jsonstring.json"))
        {
            count++;
            var s = FixtureValues.Text(c.GetProperty("s"))!;
            var expected = c.GetProperty("json").GetString();
            var actual = JsJsonString.Quote(s);
            if (actual != expected && failures.Length < 4000)
                failures.Append(FixtureValues.Show(s)).Append(": expected ").Append(FixtureValues.Show(expected)).Append(", got ").Append(FixtureValues.Show(actual)).Append('\n');
            // A lone surrogate is exactly what makes JSON.stringify escape beyond the control characters.
            Assert.Equal(expected!.Contains("\\ud", StringComparison.Ordinal), JsJsonString.HasLoneSurrogate(s));
        }
        Assert.True(count >= 2000, $"only {count} cases");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public void Null_is_the_json_null() => Assert.Equal("null", JsJsonString.Quote(null));
}
