using Koa.Tests.Shared;

namespace Koa.Tests;

// Replays tests/conformance/koa-logger/*.json: koa-logger's length (bytes 3.1.2, lower-cased) and time
// (humanize-number) formatting, computed by node.
public sealed class LoggerConformanceTests
{
    [Fact]
    public void Lengths_format_like_npm_bytes()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("koa-logger/bytes.json"))
        {
            count++;
            Assert.Equal(c.GetProperty("formatted").GetString(), Logger.Bytes(c.GetProperty("length").GetInt64()).ToLowerInvariant());
        }

        Assert.Equal(321, count);
    }

    [Fact]
    public void Times_humanize_like_npm()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("koa-logger/humanize.json"))
        {
            count++;
            Assert.Equal(c.GetProperty("output").GetString(), Logger.Humanize(c.GetProperty("input").GetString()!));
        }

        Assert.Equal(110, count);
    }
}
