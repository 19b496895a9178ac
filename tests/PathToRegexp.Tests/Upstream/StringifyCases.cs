// Ported from path-to-regexp 8.4.2 src/cases.spec.ts (STRINGIFY_TESTS); generated once from the table, titles as vitest prints them.
using Koa.Tests.Support;

namespace Koa.Tests.Upstream;

public sealed class StringifyCases
{
    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"}] with undefined \u203a should stringify the path")]
    public void Stringify_0() => Assert.Equal("/", PathToRegexp.Stringify(new TokenData([new PathText("/")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"test\"}] with undefined \u203a should stringify the path")]
    public void Stringify_1() => Assert.Equal("/:test", PathToRegexp.Stringify(new TokenData([new PathText("/"), new PathParameter("test")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"caf\u00e9\"}] with undefined \u203a should stringify the path")]
    public void Stringify_2() => Assert.Equal("/:caf\u00e9", PathToRegexp.Stringify(new TokenData([new PathText("/"), new PathParameter("caf\u00e9")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"0\"}] with undefined \u203a should stringify the path")]
    public void Stringify_3() => Assert.Equal("/:\"0\"", PathToRegexp.Stringify(new TokenData([new PathText("/"), new PathParameter("0")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"wildcard\",\"name\":\"test\"}] with undefined \u203a should stringify the path")]
    public void Stringify_4() => Assert.Equal("/*test", PathToRegexp.Stringify(new TokenData([new PathText("/"), new PathWildcard("test")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"wildcard\",\"name\":\"0\"}] with undefined \u203a should stringify the path")]
    public void Stringify_5() => Assert.Equal("/*\"0\"", PathToRegexp.Stringify(new TokenData([new PathText("/"), new PathWildcard("0")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/users\"},{\"type\":\"group\",\"tokens\":[{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"id\"}]},{\"type\":\"text\",\"value\":\"/delete\"}] with undefined \u203a should stringify the path")]
    public void Stringify_6() => Assert.Equal("/users{/:id}/delete", PathToRegexp.Stringify(new TokenData([new PathText("/users"), new PathGroup([new PathText("/"), new PathParameter("id")]), new PathText("/delete")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/:+?*\"}] with undefined \u203a should stringify the path")]
    public void Stringify_7() => Assert.Equal("/\\:\\+\\?\\*", PathToRegexp.Stringify(new TokenData([new PathText("/:+?*")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"test\"},{\"type\":\"text\",\"value\":\"stuff\"}] with undefined \u203a should stringify the path")]
    public void Stringify_8() => Assert.Equal("/:\"test\"stuff", PathToRegexp.Stringify(new TokenData([new PathText("/"), new PathParameter("test"), new PathText("stuff")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"\\\\\"},{\"type\":\"param\",\"name\":\"test\"}] with undefined \u203a should stringify the path")]
    public void Stringify_9() => Assert.Equal("\\\\:test", PathToRegexp.Stringify(new TokenData([new PathText("\\"), new PathParameter("test")])));

    [Fact(DisplayName = "stringify [{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"test\"}] with undefined \u203a should stringify the path")]
    public void Stringify_10() => Assert.Equal("/:test", PathToRegexp.Stringify(new TokenData([new PathText("/"), new PathParameter("test")], "/:test")));

}
