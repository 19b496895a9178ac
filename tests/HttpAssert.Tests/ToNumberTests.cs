namespace Koa.Tests;

// JavaScript Number(string), used by == between a string and a number (packages/HttpAssert/JsValue.ToNumber.cs).
public class ToNumberTests
{
    [Theory]
    [InlineData("", 0d)]
    [InlineData(" \t\n\u00A0\uFEFF ", 0d)]
    [InlineData("1", 1d)]
    [InlineData(" 1 ", 1d)]
    [InlineData("+1.5", 1.5)]
    [InlineData("-1.5e2", -150d)]
    [InlineData("1.", 1d)]
    [InlineData(".5", 0.5)]
    [InlineData("1E3", 1000d)]
    [InlineData("1e-2", 0.01)]
    [InlineData("0x1A", 26d)]
    [InlineData("0XfF", 255d)]
    [InlineData("0o17", 15d)]
    [InlineData("0b101", 5d)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("+Infinity", double.PositiveInfinity)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("00012", 12d)]
    public void ToNumber_reads_a_StringNumericLiteral(string text, double expected) => Assert.Equal(expected, JsValue.ToNumber(text));

    [Theory]
    [InlineData("x")]
    [InlineData("1x")]
    [InlineData("0x")]
    [InlineData("0xG")]
    [InlineData("0b2")]
    [InlineData("-0x1")]
    [InlineData("infinity")]
    [InlineData("NaN")]
    [InlineData(".")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1_000")]
    [InlineData("1 2")]
    [InlineData("\u0661")]
    [InlineData("\u200B1")]
    public void ToNumber_is_NaN_otherwise(string text) => Assert.True(double.IsNaN(JsValue.ToNumber(text)));
}
