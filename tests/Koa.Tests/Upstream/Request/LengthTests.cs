namespace Koa.Tests.Requests;

// __tests__/request/length.test.js (3.2.0), then the parseInt cases koa 3.2.1 shipped (koajs/koa PR branch
// "fix: request.length overflows on Content-Length > 2GB").
public sealed class LengthTests
{
    private static long? LengthOf(string contentLength)
    {
        var req = TestContexts.Request();
        req.Header["content-length"] = contentLength;
        return req.Length;
    }

    [Fact(DisplayName = "ctx.length › should return length in content-length")]
    public void Returns_the_length() => Assert.Equal(10, LengthOf("10"));

    [Fact(DisplayName = "ctx.length › should return undefined with no content-length present")]
    public void No_content_length() => Assert.Null(TestContexts.Request().Length);

    [Fact(DisplayName = "ctx.length › should handle zero content-length")]
    public void Zero() => Assert.Equal(0, LengthOf("0"));

    [Fact(DisplayName = "ctx.length › should handle Content-Length > 2GB (2147483648)")]
    public void Above_two_gigabytes() => Assert.Equal(2147483648L, LengthOf("2147483648"));

    [Fact(DisplayName = "ctx.length › should handle very large Content-Length (10GB)")]
    public void Ten_gigabytes() => Assert.Equal(10000000000L, LengthOf("10000000000"));

    [Fact(DisplayName = "ctx.length › should handle floating-point-like strings (truncate decimal)")]
    public void Truncates_decimals() => Assert.Equal(10, LengthOf("10.5"));

    [Fact(DisplayName = "ctx.length › should return undefined for non-numeric strings")]
    public void Non_numeric() => Assert.Null(LengthOf("invalid"));

    [Fact(DisplayName = "ctx.length › should return undefined for empty string")]
    public void Empty() => Assert.Null(LengthOf(string.Empty));

    // Beyond those: more parseInt(len, 10) semantics (expected values from koa 3.3.0).
    [Theory(DisplayName = "ctx.length › should parse like parseInt(len, 10)")]
    [InlineData("12abc", 12L)]
    [InlineData(" 12", 12L)]
    [InlineData("\t+7", 7L)]
    [InlineData(" -5", -5L)]
    [InlineData("0x10", 0L)]
    [InlineData("1e3", 1L)]
    [InlineData("\u00a012", 12L)]
    [InlineData("abc12", null)]
    [InlineData("-", null)]
    [InlineData(" ", null)]
    public void Parses_like_parse_int(string contentLength, long? expected) => Assert.Equal(expected, LengthOf(contentLength));

    // JavaScript's parseInt gives a double: above 2^53 it rounds, above long.MaxValue C# cannot follow. The C#
    // getter keeps every long exactly and saturates beyond, so `length > limit` checks still reject the request.
    [Theory(DisplayName = "ctx.length › beyond Number.MAX_SAFE_INTEGER › should keep the exact value and saturate at long.MaxValue")]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9223372036854775808", long.MaxValue)]
    [InlineData("99999999999999999999999999999", long.MaxValue)]
    [InlineData("-99999999999999999999999999999", long.MinValue)]
    public void Huge_values(string contentLength, long expected) => Assert.Equal(expected, LengthOf(contentLength));

    [Fact(DisplayName = "ctx.length › with a 100 KB hostile Content-Length › should finish in linear time")]
    public void Hostile_length()
    {
        Assert.Equal(long.MaxValue, HostileInput.FinishesQuickly(() => LengthOf(new string('9', 100_000))));
        Assert.Null(HostileInput.FinishesQuickly(() => LengthOf(new string(' ', 100_000) + "x")));
    }
}
