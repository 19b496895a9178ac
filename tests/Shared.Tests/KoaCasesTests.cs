using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>
/// The cases Koa.Tests held for its former copies of the rules (JsString, JsNumber), now run against packages/Shared.
/// </summary>
public sealed class KoaCasesTests
{
    [Theory(DisplayName = "Koa internals › String.prototype.trim white space")]
    [InlineData("\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeffx\ufeff", "x")]
    [InlineData("\u0085x\u180e", "\u0085x\u180e")]
    [InlineData("", "")]
    public void Trim(string input, string expected) => Assert.Equal(expected, JsValue.Trim(input).ToString());

    [Fact(DisplayName = "Koa internals › splitCommaSeparatedValues(value, limit)")]
    public void Split()
    {
        Assert.Equal(["a", "b", "", "c"], HeaderList.SplitCommaSeparated(" a , b,, c "));
        Assert.Equal(["a"], HeaderList.SplitCommaSeparated(" a , b", 1));
        Assert.Equal("a", HeaderList.FirstCommaSeparated(" a , b"));
        Assert.Same("plain", HeaderList.FirstCommaSeparated("plain"));
    }

    [Theory(DisplayName = "Koa internals › parseInt(value, 10)")]
    [InlineData("12", 12L)]
    [InlineData("  -7px", -7L)]
    [InlineData("+3", 3L)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    [InlineData("99999999999999999999", long.MaxValue)]
    [InlineData("-99999999999999999999", long.MinValue)]
    public void ParseInt(string input, long? expected) => Assert.Equal(expected, JsValue.ParseInt64(input));

    [Fact(DisplayName = "Koa internals › truthiness of body values")]
    public void Truthiness()
    {
        foreach (var falsy in new object?[] { null, "", false, 0, 0L, 0.0, double.NaN, 0f, float.NaN, 0m, (short)0, (byte)0 }) Assert.False(JsValue.IsTruthy(falsy));
        foreach (var truthy in new object?[] { "a", true, 1, 1L, 0.5, 1f, 1m, (short)1, (byte)1, new object() }) Assert.True(JsValue.IsTruthy(truthy));
    }

    [Fact(DisplayName = "Koa internals › node's req.headers joins repeated values with ', '")]
    public void Header_value()
    {
        Assert.Equal("", HeaderList.Join(StringValues.Empty));
        Assert.Equal("a", HeaderList.Join("a"));
        Assert.Equal("a, b", HeaderList.Join(new StringValues(["a", "b"])));
    }

    [Theory(DisplayName = "Koa internals › Number.prototype.toString")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(-0.0, "0")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-2.5, "-2.5")]
    public void Number_to_string(double value, string expected) => Assert.Equal(expected, JsValue.ToString(value));

    [Fact(DisplayName = "Koa internals › singles print their own shortest digits")]
    public void Single_to_string()
    {
        Assert.Equal("1.1", JsValue.ToString(1.1f));
        Assert.Equal("NaN", JsValue.ToString(float.NaN));
        Assert.Equal("1e+21", JsValue.ToString(1e21f));
    }
}
