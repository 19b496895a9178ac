// Ported from path-to-regexp 8.4.2 src/cases.spec.ts (PARSER_TESTS); generated once from the table, titles as vitest prints them.
using Koa.Tests.Support;

namespace Koa.Tests.Upstream;

public sealed class ParseCases
{
    [Fact(DisplayName = "parse / with undefined \u203a should parse the path")]
    public void Parse_0() => Assert.Equal(new TokenData([new PathText("/")], "/"), PathToRegexp.Parse("/", null));

    [Fact(DisplayName = "parse /:test with undefined \u203a should parse the path")]
    public void Parse_1() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("test")], "/:test"), PathToRegexp.Parse("/:test", null));

    [Fact(DisplayName = "parse /:a:b with undefined \u203a should parse the path")]
    public void Parse_2() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("a"), new PathParameter("b")], "/:a:b"), PathToRegexp.Parse("/:a:b", null));

    [Fact(DisplayName = "parse /:\"0\" with undefined \u203a should parse the path")]
    public void Parse_3() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("0")], "/:\"0\""), PathToRegexp.Parse("/:\"0\"", null));

    [Fact(DisplayName = "parse /:_ with undefined \u203a should parse the path")]
    public void Parse_4() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("_")], "/:_"), PathToRegexp.Parse("/:_", null));

    [Fact(DisplayName = "parse /:caf\u00e9 with undefined \u203a should parse the path")]
    public void Parse_5() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("caf\u00e9")], "/:caf\u00e9"), PathToRegexp.Parse("/:caf\u00e9", null));

    [Fact(DisplayName = "parse /:\"123\" with undefined \u203a should parse the path")]
    public void Parse_6() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("123")], "/:\"123\""), PathToRegexp.Parse("/:\"123\"", null));

    [Fact(DisplayName = "parse /:\"1\\\"\\2\\\"3\" with undefined \u203a should parse the path")]
    public void Parse_7() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("1\"2\"3")], "/:\"1\\\"\\2\\\"3\""), PathToRegexp.Parse("/:\"1\\\"\\2\\\"3\"", null));

    [Fact(DisplayName = "parse /*path with undefined \u203a should parse the path")]
    public void Parse_8() => Assert.Equal(new TokenData([new PathText("/"), new PathWildcard("path")], "/*path"), PathToRegexp.Parse("/*path", null));

    [Fact(DisplayName = "parse /:\"test\"stuff with undefined \u203a should parse the path")]
    public void Parse_9() => Assert.Equal(new TokenData([new PathText("/"), new PathParameter("test"), new PathText("stuff")], "/:\"test\"stuff"), PathToRegexp.Parse("/:\"test\"stuff", null));

    [Fact(DisplayName = "parse \\\\:test with undefined \u203a should parse the path")]
    public void Parse_10() => Assert.Equal(new TokenData([new PathText("\\"), new PathParameter("test")], "\\\\:test"), PathToRegexp.Parse("\\\\:test", null));

}
