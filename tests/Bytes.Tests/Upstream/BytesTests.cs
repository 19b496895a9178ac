namespace Koa.Tests;

// visionmedia/bytes.js test/bytes.js (bytes 3.1.2): npm's bytes(value) dispatches on the argument's type; in C# the
// two directions are Bytes.Parse(string) and Bytes.Format(double).
public sealed class BytesTests
{
    [Fact(DisplayName = "Test constructor › Expect a function")]
    public void Is_a_class() => Assert.True(typeof(Bytes).IsAbstract && typeof(Bytes).IsSealed);

    [Fact(DisplayName = "Test constructor › Should return null if input is invalid")]
    public void Invalid()
    {
        Assert.Null(Bytes.Parse(null));
        Assert.Null(Bytes.Format(double.NaN));
        Assert.Null(Bytes.Parse("foobar"));
    }

    [Fact(DisplayName = "Test constructor › Should be able to parse a string into a number")]
    public void Parses() => Assert.Equal(1024, Bytes.Parse("1KB"));

    [Fact(DisplayName = "Test constructor › Should convert a number into a string")]
    public void Formats() => Assert.Equal("1KB", Bytes.Format(1024));

    [Fact(DisplayName = "Test constructor › Should convert a number into a string with options")]
    public void Formats_with_options() => Assert.Equal("1 000B", Bytes.Format(1000, new BytesFormatOptions { ThousandsSeparator = " " }));
}
