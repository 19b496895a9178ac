using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>packages/Shared/JsUri.cs against node's decodeURIComponent / encodeURIComponent.</summary>
public sealed class JsUriTests
{
    [Fact(DisplayName = "decodeURIComponent and encodeURIComponent, malformed % and lone surrogates included")]
    public void Matches_node()
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var c in Fixtures.Cases("shared/uri.json"))
        {
            count++;
            var s = FixtureValues.Text(c.GetProperty("s"))!;
            var expected = FixtureValues.Text(c.GetProperty("result"));
            var encode = c.GetProperty("op").GetString() == "encode";
            var actual = encode ? JsUri.EncodeURIComponent(s) : JsUri.DecodeURIComponent(s);
            if (actual != expected && failures.Length < 4000)
                failures.Append(encode ? "encode(" : "decode(").Append(FixtureValues.Show(s)).Append("): expected ").Append(FixtureValues.Show(expected)).Append(", got ").Append(FixtureValues.Show(actual)).Append('\n');
        }
        Assert.True(count >= 5000, $"only {count} cases");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Theory]
    [InlineData("%E2%82%AC", "\u20ac")]
    [InlineData("a+b%20c", "a+b c")]
    [InlineData("%F0%9F%98%80", "\U0001F600")]
    [InlineData("%", null)]
    [InlineData("%C0%80", null)]
    [InlineData("%ED%A0%80", null)]
    [InlineData("%F4%90%80%80", null)]
    public void Decode(string value, string? expected) => Assert.Equal(expected, JsUri.DecodeURIComponent(value));

    [Fact]
    public void Encode_returns_null_on_a_lone_surrogate()
    {
        Assert.Null(JsUri.EncodeURIComponent("a\ud800"));
        Assert.Null(JsUri.EncodeURIComponent("\udc00b"));
        Assert.Equal("%F0%9F%98%80", JsUri.EncodeURIComponent("\U0001F600"));
        const string plain = "abc-_.!~*'()";
        Assert.Same(plain, JsUri.EncodeURIComponent(plain));
    }

    [Fact]
    public void Is_linear_over_100_KB()
    {
        var input = string.Concat(Enumerable.Repeat("%E2%82%AC", 11_000));
        CpuBudget.Within("%E2%82%AC…", "DecodeURIComponent", () => Assert.Equal(11_000, JsUri.DecodeURIComponent(input)!.Length));
        CpuBudget.Within("%E2%82%AC…", "EncodeURIComponent", () => JsUri.EncodeURIComponent(new string('\u20ac', 100_000)));
    }
}
