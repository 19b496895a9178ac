using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>packages/Shared/HttpRuleParser.cs: tchar against node's header-name check, quoted strings.</summary>
public sealed class HttpRuleParserTests
{
    [Fact(DisplayName = "tchar: node's header-name check over every UTF-16 code unit")]
    public void Token_chars_match_node()
    {
        var expected = Fixtures.Cases("shared/tchar.json").Select(c => c.GetInt32()).ToHashSet();
        Assert.Equal(77, expected.Count);
        for (var c = 0; c <= 0xFFFF; c++)
        {
            Assert.True(expected.Contains(c) == HttpRuleParser.IsTokenChar((char)c), $"U+{c:X4}");
            Assert.Equal(expected.Contains(c), HttpRuleParser.TokenCharacters.Contains((char)c, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("text", true)]
    [InlineData("x-forwarded-for", true)]
    [InlineData("a b", false)]
    [InlineData("a/b", false)]
    [InlineData("!#$%&'*+-.^_`|~09AZaz", true)]
    public void IsToken(string value, bool expected) => Assert.Equal(expected, HttpRuleParser.IsToken(value));

    [Theory]
    [InlineData("abc;q=1", 3)]
    [InlineData(";", 0)]
    [InlineData("abc", 3)]
    public void TokenLength(string value, int expected) => Assert.Equal(expected, HttpRuleParser.TokenLength(value));

    [Theory]
    [InlineData("\"abc\"", 5, "abc")]
    [InlineData("\"a\\\"b\";x", 6, "a\"b")]
    [InlineData("\"a\\\\b\"", 6, "a\\b")]
    [InlineData("\"\"", 2, "")]
    [InlineData("\"tab\there\"", 10, "tab\there")]
    [InlineData("\"caf\u00e9\"", 6, "caf\u00e9")]
    public void Reads_a_quoted_string(string text, int length, string content)
    {
        Assert.Equal(length, HttpRuleParser.QuotedStringLength(text));
        Assert.Equal(content, HttpRuleParser.Unquote(text.AsSpan(0, length)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("\"abc")]
    [InlineData("\"a\\")]
    [InlineData("\"a\nb\"")]
    [InlineData("\"a\u007fb\"")]
    [InlineData("\"a\u0100b\"")]
    [InlineData("\"a\\\u0001\"")]
    public void Rejects_a_malformed_quoted_string(string text) => Assert.Equal(-1, HttpRuleParser.QuotedStringLength(text));

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("", "\"\"")]
    public void Quote_escapes_quotes_and_backslashes(string value, string expected)
    {
        var quoted = HttpRuleParser.Quote(value);
        Assert.Equal(expected, quoted);
        Assert.Equal(quoted.Length, HttpRuleParser.QuotedStringLength(quoted));
        Assert.Equal(value, HttpRuleParser.Unquote(quoted));
    }

    [Fact]
    public void Quoted_strings_are_read_in_linear_time()
    {
        var input = "\"" + string.Concat(Enumerable.Repeat("\\\"", 50_000));
        CpuBudget.Within("\"\\\"…", "QuotedStringLength", () => Assert.Equal(-1, HttpRuleParser.QuotedStringLength(input)));
        var long1 = HttpRuleParser.Quote(new string('"', 100_000));
        Assert.Equal(new string('"', 100_000), HttpRuleParser.Unquote(long1));
    }
}
