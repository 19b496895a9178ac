namespace Koa.Tests;

// The shared JavaScript value rules (packages/Statuses/JsValue.cs). This file is compiled into the HttpErrors and
// HttpAssert test projects too, so each assembly's copy is tested.
public class JsValueTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(404d, "404")]
    [InlineData(-404d, "-404")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.25e-10, "1.25e-10")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-1.2345e25, "-1.2345e+25")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(0.5e21, "500000000000000000000")]
    public void ToString_is_Number_toString(double value, string expected) => Assert.Equal(expected, JsValue.ToString(value));

    [Fact]
    public void ToString_prints_negative_zero_as_zero() => Assert.Equal("0", JsValue.ToString(-0d));

    [Fact]
    public void Every_numeric_type_is_a_number()
    {
        object[] numbers = [1, 1d, 1L, 1f, 1m, (short)1, (byte)1, (sbyte)1, (ushort)1, 1u, 1ul, (nint)1, (nuint)1, (Half)1];
        Assert.All(numbers, n => Assert.True(JsValue.TryGetNumber(n, out var d) && d == 1, n.GetType().Name));
        Assert.False(JsValue.TryGetNumber("1", out _));
        Assert.False(JsValue.TryGetNumber('1', out _));
        Assert.False(JsValue.TryGetNumber(null, out _));
        Assert.False(JsValue.TryGetNumber(true, out _));
    }

    [Theory]
    [InlineData(404d, true, 404)]
    [InlineData(-1d, true, -1)]
    [InlineData(404.5, false, 0)]
    [InlineData(double.NaN, false, 0)]
    [InlineData(double.PositiveInfinity, false, 0)]
    [InlineData(3e9, false, 0)]
    public void TryGetInt32_accepts_integers_in_range(double value, bool ok, int expected)
    {
        Assert.Equal(ok, JsValue.TryGetInt32(value, out var result));
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Truthiness_is_JavaScript_ToBoolean()
    {
        object?[] falsy = [null, false, 0, 0d, -0d, double.NaN, 0L, 0m, ""];
        object?[] truthy = [true, 1, -1, 0.5, double.PositiveInfinity, "0", " ", "false", '\0', new object(), Array.Empty<int>()];
        Assert.All(falsy, v => Assert.False(JsValue.IsTruthy(v), $"{v}"));
        Assert.All(truthy, v => Assert.True(JsValue.IsTruthy(v), $"{v}"));
    }

    [Fact]
    public void White_space_is_ECMAScript_WhiteSpace_and_LineTerminator()
    {
        var expected = "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
        for (var c = '\0'; c < '\uffff'; c++)
            Assert.True(expected.Contains(c) == JsValue.IsWhiteSpace(c), $"U+{(int)c:X4}");
    }
}
