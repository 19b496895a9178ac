namespace Koa.Tests;

// visionmedia/bytes.js test/byte-parse.js (bytes 3.1.2). Bytes.Parse takes text: npm's non-string inputs (undefined,
// true, {}) have no C# counterpart beyond null, and a raw number needs no parsing (see Should parse raw number).
public sealed class ByteParseTests
{
    [Fact(DisplayName = "Test byte parse function › Should parse KB")]
    public void parse_KB()
    {
        Assert.Equal((long)(1 * Math.Pow(1024, 1)), Bytes.Parse("1kb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 1)), Bytes.Parse("1KB"));
        Assert.Equal((long)(1 * Math.Pow(1024, 1)), Bytes.Parse("1Kb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 1)), Bytes.Parse("1kB"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 1)), Bytes.Parse("0.5kb"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 1)), Bytes.Parse("0.5KB"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 1)), Bytes.Parse("0.5Kb"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 1)), Bytes.Parse("0.5kB"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 1)), Bytes.Parse("1.5kb"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 1)), Bytes.Parse("1.5KB"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 1)), Bytes.Parse("1.5Kb"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 1)), Bytes.Parse("1.5kB"));
    }

    [Fact(DisplayName = "Test byte parse function › Should parse MB")]
    public void parse_MB()
    {
        Assert.Equal((long)(1 * Math.Pow(1024, 2)), Bytes.Parse("1mb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 2)), Bytes.Parse("1MB"));
        Assert.Equal((long)(1 * Math.Pow(1024, 2)), Bytes.Parse("1Mb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 2)), Bytes.Parse("1mB"));
    }

    [Fact(DisplayName = "Test byte parse function › Should parse GB")]
    public void parse_GB()
    {
        Assert.Equal((long)(1 * Math.Pow(1024, 3)), Bytes.Parse("1gb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 3)), Bytes.Parse("1GB"));
        Assert.Equal((long)(1 * Math.Pow(1024, 3)), Bytes.Parse("1Gb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 3)), Bytes.Parse("1gB"));
    }

    [Fact(DisplayName = "Test byte parse function › Should parse TB")]
    public void parse_TB()
    {
        Assert.Equal((long)(1 * Math.Pow(1024, 4)), Bytes.Parse("1tb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 4)), Bytes.Parse("1TB"));
        Assert.Equal((long)(1 * Math.Pow(1024, 4)), Bytes.Parse("1Tb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 4)), Bytes.Parse("1tB"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 4)), Bytes.Parse("0.5tb"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 4)), Bytes.Parse("0.5TB"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 4)), Bytes.Parse("0.5Tb"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 4)), Bytes.Parse("0.5tB"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 4)), Bytes.Parse("1.5tb"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 4)), Bytes.Parse("1.5TB"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 4)), Bytes.Parse("1.5Tb"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 4)), Bytes.Parse("1.5tB"));
    }

    [Fact(DisplayName = "Test byte parse function › Should parse PB")]
    public void parse_PB()
    {
        Assert.Equal((long)(1 * Math.Pow(1024, 5)), Bytes.Parse("1pb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 5)), Bytes.Parse("1PB"));
        Assert.Equal((long)(1 * Math.Pow(1024, 5)), Bytes.Parse("1Pb"));
        Assert.Equal((long)(1 * Math.Pow(1024, 5)), Bytes.Parse("1pB"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 5)), Bytes.Parse("0.5pb"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 5)), Bytes.Parse("0.5PB"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 5)), Bytes.Parse("0.5Pb"));
        Assert.Equal((long)(0.5 * Math.Pow(1024, 5)), Bytes.Parse("0.5pB"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 5)), Bytes.Parse("1.5pb"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 5)), Bytes.Parse("1.5PB"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 5)), Bytes.Parse("1.5Pb"));
        Assert.Equal((long)(1.5 * Math.Pow(1024, 5)), Bytes.Parse("1.5pB"));
    }

    [Fact(DisplayName = "Test byte parse function › Should assume bytes when no units")]
    public void assume_bytes_when_no_units()
    {
        Assert.Equal((long)(0), Bytes.Parse("0"));
        Assert.Equal((long)(-1), Bytes.Parse("-1"));
        Assert.Equal((long)(1024), Bytes.Parse("1024"));
        Assert.Equal((long)(0), Bytes.Parse("0x11"));
    }

    [Fact(DisplayName = "Test byte parse function › Should accept negative values")]
    public void accept_negative_values()
    {
        Assert.Equal((long)(-1), Bytes.Parse("-1"));
        Assert.Equal((long)(-1024), Bytes.Parse("-1024"));
        Assert.Equal((long)(-1.5 * Math.Pow(1024, 4)), Bytes.Parse("-1.5TB"));
    }

    [Fact(DisplayName = "Test byte parse function › Should drop partial bytes")]
    public void drop_partial_bytes()
    {
        Assert.Equal((long)(1), Bytes.Parse("1.1b"));
        Assert.Equal((long)(1024), Bytes.Parse("1.0001kb"));
    }

    [Fact(DisplayName = "Test byte parse function › Should allow whitespace")]
    public void allow_whitespace()
    {
        Assert.Equal((long)(1 * Math.Pow(1024, 4)), Bytes.Parse("1 TB"));
    }

    [Fact(DisplayName = "Test byte parse function › Should return null if input is invalid")]
    public void Invalid()
    {
        Assert.Null(Bytes.Parse(null));
        Assert.Null(Bytes.Parse("foobar"));
    }

    // npm returns a number argument as it is (10.5 included). In C# a number is already a number; its text goes
    // through parseInt, so whole values come back unchanged.
    [Theory(DisplayName = "Test byte parse function › Should parse raw number")]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1)]
    public void Raw_number(long value) => Assert.Equal(value, Bytes.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
