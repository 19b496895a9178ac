namespace Koa.Tests;

public class ParseIntTests
{
    [Theory]
    [InlineData("403", 403d)]
    [InlineData("  403abc", 403d)]
    [InlineData("\u00A0\uFEFF\u2028403", 403d)]
    [InlineData("+403", 403d)]
    [InlineData("-403", -403d)]
    [InlineData("0x1F", 0d)]
    [InlineData("4e2", 4d)]
    [InlineData("404.9", 404d)]
    [InlineData("00404", 404d)]
    [InlineData("1000000000000000000000000", 1e24)]
    public void ParseInt_reads_leading_digits(string text, double expected) => Assert.Equal(expected, JsValue.ParseInt(text));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData("+-1")]
    [InlineData("abc")]
    [InlineData("Infinity")]
    [InlineData("\u0664\u0660\u0664")]
    [InlineData("\u200B404")]
    public void ParseInt_is_NaN_without_digits(string text) => Assert.True(double.IsNaN(JsValue.ParseInt(text)));

    [Fact]
    public void ParseInt_keeps_negative_zero() => Assert.True(double.IsNegative(JsValue.ParseInt("-0")));
}
