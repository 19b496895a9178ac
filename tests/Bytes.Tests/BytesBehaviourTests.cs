using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Our own cases: the public surface, hostile sizes, the bounds of toFixed.</summary>
public sealed class BytesBehaviourTests
{
    [Fact(DisplayName = "bytes › public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Bytes).Assembly);

    [Theory(DisplayName = "bytes › a size beyond a long is an ArgumentOutOfRangeException (npm: a float, up to Infinity)")]
    [InlineData("9999999999pb")]
    [InlineData("99999999999999999999")]
    [InlineData("-99999999999999999999kb")]
    public void Out_of_range(string input) => Assert.Throws<ArgumentOutOfRangeException>(() => Bytes.Parse(input));

    [Fact(DisplayName = "bytes › decimal places outside 0–100 are refused as toFixed refuses them")]
    public void Decimal_places_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Bytes.Format(1, new BytesFormatOptions { DecimalPlaces = 101 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bytes.Format(1, new BytesFormatOptions { DecimalPlaces = -1 }));
        Assert.Equal("1.0000000000KB", Bytes.Format(1024, new BytesFormatOptions { DecimalPlaces = 10, FixedDecimals = true }));
    }

    [Fact(DisplayName = "bytes › parse is linear: 100 KB of digits or spaces cost about ten times 10 KB")]
    public void Linear()
    {
        static void Run(int n)
        {
            Bytes.Parse("x" + new string('1', n));
            Bytes.Parse("1" + new string(' ', n) + "kb");
            Bytes.Parse("1." + new string('5', n) + "k");
        }
        Run(1000);
        var small = Measure.CpuTime(() => Run(10_000));
        var large = Measure.CpuTime(() => Run(100_000));
        Assert.True(large.TotalMilliseconds < Math.Max(small.TotalMilliseconds, 1) * 40, $"10 KB: {small}, 100 KB: {large}");
    }
}
