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
}
