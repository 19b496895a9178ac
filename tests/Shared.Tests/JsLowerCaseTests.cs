namespace Koa.Tests;

/// <summary>packages/Shared/JsLowerCase.cs: <c>toLowerCase()</c> comparisons (expected values from node 20).</summary>
public sealed class JsLowerCaseTests
{
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
    [InlineData("\u0131", "i", false)]
    [InlineData("\u0130", "i", false)]
    [InlineData("\u0130", "\u0130", true)]
    [InlineData("\U00010400", "\U00010428", true)]
    [InlineData("\U00010400", "\U00010400", true)]
    public void EqualsIgnoreCase_compares_lower_cased_code_points(string a, string b, bool expected)
    {
        Assert.Equal(expected, JsLowerCase.EqualsIgnoreCase(a, b));
        Assert.Equal(expected, JsLowerCase.EqualsIgnoreCase(b, a));
        if (expected)
            Assert.Equal(JsLowerCase.GetHashCodeIgnoreCase(a), JsLowerCase.GetHashCodeIgnoreCase(b));
    }

    // Lone surrogates cannot be InlineData: attribute strings are stored as UTF-8, which replaces them by U+FFFD.
    [Fact]
    public void EqualsIgnoreCase_compares_lone_surrogates_as_themselves()
    {
        Assert.True(JsLowerCase.EqualsIgnoreCase("\ud800", "\ud800"));
        Assert.False(JsLowerCase.EqualsIgnoreCase("\ud800", "\udc00"));
        Assert.True(JsLowerCase.EqualsIgnoreCase("\ud800x", "\ud800X"));
        Assert.False(JsLowerCase.EqualsIgnoreCase("\ufffd", "\ud800"));
        Assert.False(JsLowerCase.EqualsIgnoreCase("\udc00\ud800", "\U00010000"));
        Assert.Equal(JsLowerCase.GetHashCodeIgnoreCase("\ud800A"), JsLowerCase.GetHashCodeIgnoreCase("\ud800a"));
    }

    [Theory]
    [InlineData("Text/HTML", true, "text/html")]
    [InlineData("\u212aB", true, "kb")]
    [InlineData("caf\u00e9", false, null)]
    [InlineData("\u0130", false, null)]
    public void TryToLowerAscii_only_where_javascript_gives_ascii(string value, bool ok, string? expected)
    {
        var buffer = new char[value.Length];
        Assert.Equal(ok, JsLowerCase.TryToLowerAscii(value, buffer));
        if (ok) Assert.Equal(expected, new string(buffer));
    }

    [Fact]
    public void ToAscii_maps_letters_and_the_kelvin_sign()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var expected = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == 0x212A ? 'k' : (char)c;
            Assert.Equal(expected, JsLowerCase.ToAscii((char)c));
        }
    }
}
