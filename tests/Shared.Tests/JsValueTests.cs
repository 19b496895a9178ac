using System.Globalization;
using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// packages/Shared/JsValue.cs against node (tests/conformance/shared): white space over every UTF-16 code unit,
/// Number()/parseInt/parseFloat over thousands of hostile strings, Number#toString over thousands of doubles,
/// truthiness over every CLR numeric type.
/// </summary>
public sealed class JsValueTests
{
    [Fact(DisplayName = "white space: \\s over every UTF-16 code unit")]
    public void White_space_matches_javascript_over_every_code_unit()
    {
        var expected = Fixtures.Cases("shared/whitespace.json").Select(c => c.GetInt32()).ToHashSet();
        Assert.Equal(25, expected.Count);
        for (var c = 0; c <= 0xFFFF; c++)
        {
            Assert.True(expected.Contains(c) == JsValue.IsWhiteSpace((char)c), $"U+{c:X4}");
            Assert.Equal(expected.Contains(c), JsValue.WhiteSpace.Contains((char)c));
            Assert.Equal(expected.Contains(c), JsValue.WhiteSpaceChars.Contains((char)c, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  a b  ", "a b")]
    [InlineData("\uFEFF\u00A0a\u2028\u3000", "a")]
    [InlineData("\u0085a\u0085", "\u0085a\u0085")]
    [InlineData(" \t\n ", "")]
    [InlineData("abc", "abc")]
    public void Trim_removes_javascript_white_space(string value, string expected) =>
        Assert.Equal(expected, JsValue.Trim(value).ToString());

    [Fact(DisplayName = "Number(), parseInt(s, 10), parseFloat over hostile strings")]
    public void Number_parseInt_parseFloat_match_node()
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var c in Fixtures.Cases("shared/numbers.json"))
        {
            count++;
            var s = FixtureValues.Text(c.GetProperty("s"))!;
            Check(failures, s, "Number", FixtureValues.Number(c.GetProperty("number")), JsValue.ToNumber(s));
            Check(failures, s, "parseInt", FixtureValues.Number(c.GetProperty("parseInt")), JsValue.ParseInt(s));
            Check(failures, s, "parseFloat", FixtureValues.Number(c.GetProperty("parseFloat")), JsValue.ParseFloat(s));
            var isNumber = !double.IsNaN(FixtureValues.Number(c.GetProperty("number")));
            if (JsValue.IsNumber(s) != isNumber) failures.Append(FixtureValues.Show(s)).Append(" IsNumber\n");
        }
        Assert.True(count >= 5000, $"only {count} cases");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static void Check(StringBuilder failures, string s, string name, double expected, double actual)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual) && !(double.IsNaN(expected) && double.IsNaN(actual)) && failures.Length < 4000)
            failures.Append(name).Append('(').Append(FixtureValues.Show(s)).Append("): expected ").Append(FixtureValues.Show(expected)).Append(", got ").Append(FixtureValues.Show(actual)).Append('\n');
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData(" -7px", -7L)]
    [InlineData("99999999999999999999", long.MaxValue)]
    [InlineData("-99999999999999999999", long.MinValue)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9223372036854775808", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("\u00a0+12\u2028", 12L)]
    public void ParseInt64_saturates_and_is_null_for_nan(string text, long? expected) =>
        Assert.Equal(expected, JsValue.ParseInt64(text));

    [Fact(DisplayName = "Number#toString over generated doubles")]
    public void ToString_matches_node()
    {
        var failures = new StringBuilder();
        var count = 0;
        Span<char> buffer = stackalloc char[32];
        foreach (var c in Fixtures.Cases("shared/tostring.json"))
        {
            count++;
            var bits = ulong.Parse(c.GetProperty("bits").GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var value = BitConverter.UInt64BitsToDouble(bits);
            var expected = c.GetProperty("s").GetString()!;
            var actual = JsValue.ToString(value);
            if (actual != expected && failures.Length < 4000) failures.Append(bits.ToString("x16", CultureInfo.InvariantCulture)).Append(": expected ").Append(expected).Append(", got ").Append(actual).Append('\n');
            if (double.IsFinite(value) && new string(buffer[..JsValue.Format(value, buffer)]) != expected && failures.Length < 4000)
                failures.Append(expected).Append(": Format differs\n");
        }
        Assert.True(count >= 3000, $"only {count} cases");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Theory]
    [InlineData(1.1f, "1.1")]
    [InlineData(0.1f, "0.1")]
    [InlineData(1e21f, "1e+21")]
    [InlineData(-0f, "0")]
    public void ToString_of_a_float_uses_its_own_shortest_digits(float value, string expected) =>
        Assert.Equal(expected, JsValue.ToString(value));

    [Fact(DisplayName = "truthiness of every CLR numeric type, strings, booleans and null")]
    public void IsTruthy_matches_javascript()
    {
        foreach (var c in Fixtures.Cases("shared/truthy.json"))
        {
            var value = c.GetProperty("value");
            var expected = c.GetProperty("truthy").GetBoolean();
            switch (value.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Null: Assert.Equal(expected, JsValue.IsTruthy(null)); break;
                case System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False: Assert.Equal(expected, JsValue.IsTruthy(value.GetBoolean())); break;
                case System.Text.Json.JsonValueKind.String when value.GetString() is not ("NaN" or "Infinity" or "-Infinity" or "-0"):
                    Assert.Equal(expected, JsValue.IsTruthy(value.GetString()));
                    break;
                default:
                    var number = FixtureValues.Number(value);
                    Assert.Equal(expected, JsValue.IsTruthy(number));
                    Assert.Equal(expected, JsValue.IsTruthy((float)number));
                    if (double.IsFinite(number) && Math.Floor(number) == number)
                    {
                        foreach (var boxed in Integers(number)) Assert.True(expected == JsValue.IsTruthy(boxed), $"{boxed.GetType().Name} {number}");
                    }
                    break;
            }
        }
        Assert.False(JsValue.IsTruthy((uint)0));
        Assert.True(JsValue.IsTruthy(new object()));
    }

    private static IEnumerable<object> Integers(double number)
    {
        yield return (int)number;
        yield return (long)number;
        yield return (decimal)number;
        yield return (short)number;
        yield return (sbyte)number;
        yield return (nint)number;
        yield return (Half)number;
        if (number >= 0)
        {
            yield return (uint)number;
            yield return (ulong)number;
            yield return (byte)number;
            yield return (ushort)number;
            yield return (nuint)number;
        }
    }

    [Theory]
    [InlineData(3.0, true, 3)]
    [InlineData(3.5, false, 0)]
    [InlineData(1e10, false, 0)]
    [InlineData(double.NaN, false, 0)]
    public void TryGetInt32_takes_integers_in_range(double number, bool ok, int expected)
    {
        Assert.Equal(ok, JsValue.TryGetInt32(number, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Scanners_are_linear_over_100_KB()
    {
        var digits = new string('1', 100_000);
        var hex = "0x" + new string('f', 100_000);
        var blanks = new string(' ', 100_000) + "x";
        foreach (var input in new[] { digits, hex, blanks, "0b" + new string('1', 100_000), "." + digits + "e" })
        {
            CpuBudget.Within(input[..10], "ToNumber", () => JsValue.ToNumber(input));
            CpuBudget.Within(input[..10], "ParseInt", () => JsValue.ParseInt(input));
            CpuBudget.Within(input[..10], "ParseFloat", () => JsValue.ParseFloat(input));
        }
        Assert.Equal(double.PositiveInfinity, JsValue.ToNumber(hex));
    }

    // Cases from the former copies (Statuses/JsValue, Negotiator/JsText), node 20 values.
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

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("0.5abc", 0.5)]
    [InlineData("abc", double.NaN)]
    [InlineData("", double.NaN)]
    [InlineData("1.5", 1.5)]
    [InlineData("-1", -1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData(".", double.NaN)]
    [InlineData("+.5", 0.5)]
    [InlineData("-.5", -0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1e", 1.0)]
    [InlineData("1e+", 1.0)]
    [InlineData("1e-2x", 0.01)]
    [InlineData("2E-1", 0.2)]
    [InlineData("0x10", 0.0)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("+Infinity", double.PositiveInfinity)]
    [InlineData("infinity", double.NaN)]
    [InlineData("Infinityx", double.PositiveInfinity)]
    [InlineData("  \t\u00a0\ufeff\u2028 0.25", 0.25)]
    [InlineData("\u0085 1", double.NaN)]
    [InlineData("1_0", 1.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("00.25", 0.25)]
    [InlineData("0.1.2", 0.1)]
    [InlineData("\u0660.5", double.NaN)]
    [InlineData("\"0.1\"", double.NaN)]
    [InlineData("1e-400", 0.0)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568e+29)]
    [InlineData("1234567890123456", 1234567890123456.0)]
    [InlineData("0.123456789012345", 0.123456789012345)]
    [InlineData("-0.125", -0.125)]
    [InlineData("0.30000000000000004440892098500626", 0.30000000000000004)]
    public void ParseFloat_matches_javascript(string text, double expected)
    {
        Assert.Equal(expected, JsValue.ParseFloat(text));
    }

    [Fact]
    public void ParseFloat_fast_path_agrees_with_double_parse()
    {
        var random = new Random(1234);
        for (var n = 0; n < 20_000; n++)
        {
            var integer = random.NextInt64(0, 1_000_000_000);
            var fraction = random.Next(0, 7);
            var text = fraction == 0
                ? integer.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : (integer / 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + (integer % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)[..fraction];
            Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), JsValue.ParseFloat(text));
        }
    }

    [Fact]
    public void ParseFloat_keeps_negative_zero()
    {
        Assert.True(double.IsNegative(JsValue.ParseFloat("-0")));
    }


    // Former HttpAssert ToNumberTests (Number(s) as == uses it).
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
