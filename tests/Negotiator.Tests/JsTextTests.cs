namespace Koa.Tests;

/// <summary>The JavaScript string semantics the port reproduces (expected values from node 20).</summary>
public sealed class JsTextTests
{
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
        Assert.Equal(expected, JsText.ParseFloat(text));
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
            Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), JsText.ParseFloat(text));
        }
    }

    [Fact]
    public void The_ignore_case_comparer_matches_EqualsIgnoreCase()
    {
        var comparer = JsIgnoreCaseComparer.Instance;

        Assert.True(comparer.Equals("Level", "LEVEL"));
        Assert.False(comparer.Equals("level", "levels"));
        Assert.True(comparer.Equals("\u212a".AsSpan(), "k"));
        Assert.Equal(comparer.GetHashCode("ABC"), comparer.GetHashCode("abc".AsSpan()));
        Assert.Equal("abc", comparer.Create("abc".AsSpan()));
    }

    [Fact]
    public void ParseFloat_keeps_negative_zero()
    {
        Assert.True(double.IsNegative(JsText.ParseFloat("-0")));
    }

    [Fact]
    public void White_space_is_javascripts_set()
    {
        var expected = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
        var actual = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(JsWhiteSpace.Is).ToArray());

        Assert.Equal(expected, actual);
        Assert.Equal("a b", JsWhiteSpace.Trim("\u3000\ufeff a b\u2029\t").ToString());
        Assert.Equal("\u0085x\u180e", JsWhiteSpace.Trim("\u0085x\u180e").ToString());
    }

    [Theory]
    [InlineData("text/HTML", "TEXT/html", true)]
    [InlineData("utf-8", "UTF-8", true)]
    [InlineData("a", "b", false)]
    [InlineData("ab", "a", false)]
    [InlineData("", "", true)]
    [InlineData("@", "`", false)]
    [InlineData("[", "{", false)]
    [InlineData("caf\u00c9", "CAF\u00e9", true)]
    [InlineData("\u212a", "k", true)]
    [InlineData("\u212a", "K", true)]
    [InlineData("\u00df", "SS", false)]
    [InlineData("\u017f", "s", false)]
    [InlineData("\U00010400", "\U00010428", true)]
    [InlineData("\U00010400", "\U00010400", true)]
    public void EqualsIgnoreCase_compares_lower_cased_code_points(string a, string b, bool expected)
    {
        Assert.Equal(expected, JsText.EqualsIgnoreCase(a, b));
        Assert.Equal(expected, JsText.EqualsIgnoreCase(b, a));
        if (expected)
            Assert.Equal(JsText.GetHashCodeIgnoreCase(a), JsText.GetHashCodeIgnoreCase(b));
    }

    // Lone surrogates cannot be InlineData: attribute strings are stored as UTF-8, which replaces them by U+FFFD.
    [Fact]
    public void EqualsIgnoreCase_compares_lone_surrogates_as_themselves()
    {
        Assert.True(JsText.EqualsIgnoreCase("\ud800", "\ud800"));
        Assert.False(JsText.EqualsIgnoreCase("\ud800", "\udc00"));
        Assert.True(JsText.EqualsIgnoreCase("\ud800x", "\ud800X"));
        Assert.False(JsText.EqualsIgnoreCase("\ufffd", "\ud800"));
        Assert.False(JsText.EqualsIgnoreCase("\udc00\ud800", "\U00010000"));
        Assert.Equal(JsText.GetHashCodeIgnoreCase("\ud800A"), JsText.GetHashCodeIgnoreCase("\ud800a"));
    }

    [Fact]
    public void Header_lists_split_like_javascript()
    {
        static string[] Split(string text, bool quoteAware)
        {
            var items = new List<string>();
            for (var position = 0; ListSplitter.HasNext(text, position);)
                items.Add(text[ListSplitter.Next(text, ref position, ',', quoteAware)]);
            return [.. items];
        }

        Assert.Equal(new[] { "" }, Split("", quoteAware: false));
        Assert.Equal(new[] { "a", " b", "", "" }, Split("a, b,,", quoteAware: false));
        Assert.Equal(new[] { "a;x=\"1,2\"", " b" }, Split("a;x=\"1,2\", b", quoteAware: true));
        Assert.Equal(new[] { "a;x=\"1", "2\"", " b" }, Split("a;x=\"1,2\", b", quoteAware: false));
        Assert.Equal(new[] { "\"a,b,c" }, Split("\"a,b,c", quoteAware: true));
    }
}
