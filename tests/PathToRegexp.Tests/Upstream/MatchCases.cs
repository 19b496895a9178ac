// Ported from path-to-regexp 8.4.2 src/cases.spec.ts (MATCH_TESTS); generated once from the table, titles as vitest prints them.
using Koa.Tests.Support;

namespace Koa.Tests.Upstream;

public sealed class MatchCases
{
    [Fact(DisplayName = "match / with undefined \u203a should match /")]
    public void Match_0_0() => Cases.AssertMatch([(PathPattern)"/"], null, "/", ("/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match / with undefined \u203a should match /route")]
    public void Match_0_1() => Cases.AssertMatch([(PathPattern)"/"], null, "/route", null);

    [Fact(DisplayName = "match /test with undefined \u203a should match /test")]
    public void Match_1_0() => Cases.AssertMatch([(PathPattern)"/test"], null, "/test", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with undefined \u203a should match /route")]
    public void Match_1_1() => Cases.AssertMatch([(PathPattern)"/test"], null, "/route", null);

    [Fact(DisplayName = "match /test with undefined \u203a should match /test/route")]
    public void Match_1_2() => Cases.AssertMatch([(PathPattern)"/test"], null, "/test/route", null);

    [Fact(DisplayName = "match /test with undefined \u203a should match /test/")]
    public void Match_1_3() => Cases.AssertMatch([(PathPattern)"/test"], null, "/test/", ("/test/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with undefined \u203a should match /TEST/")]
    public void Match_1_4() => Cases.AssertMatch([(PathPattern)"/test"], null, "/TEST/", ("/TEST/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test/ with undefined \u203a should match /test/")]
    public void Match_2_0() => Cases.AssertMatch([(PathPattern)"/test/"], null, "/test/", ("/test/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test/ with undefined \u203a should match /route")]
    public void Match_2_1() => Cases.AssertMatch([(PathPattern)"/test/"], null, "/route", null);

    [Fact(DisplayName = "match /test/ with undefined \u203a should match /test")]
    public void Match_2_2() => Cases.AssertMatch([(PathPattern)"/test/"], null, "/test", null);

    [Fact(DisplayName = "match /test/ with undefined \u203a should match /test//")]
    public void Match_2_3() => Cases.AssertMatch([(PathPattern)"/test/"], null, "/test//", ("/test//", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /:test with undefined \u203a should match /route")]
    public void Match_3_0() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/route", ("/route", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test with undefined \u203a should match /route/")]
    public void Match_3_1() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/route/", ("/route/", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test with undefined \u203a should match /route.json")]
    public void Match_3_2() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/route.json", ("/route.json", new Dictionary<string, object?> { ["test"] = "route.json" }));

    [Fact(DisplayName = "match /:test with undefined \u203a should match /route.json/")]
    public void Match_3_3() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/route.json/", ("/route.json/", new Dictionary<string, object?> { ["test"] = "route.json" }));

    [Fact(DisplayName = "match /:test with undefined \u203a should match /route/test")]
    public void Match_3_4() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/route/test", null);

    [Fact(DisplayName = "match /:test with undefined \u203a should match /caf%C3%A9")]
    public void Match_3_5() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/caf%C3%A9", ("/caf%C3%A9", new Dictionary<string, object?> { ["test"] = "caf\u00e9" }));

    [Fact(DisplayName = "match /:test with undefined \u203a should match /;,:@&=+$-_.!~*()")]
    public void Match_3_6() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/;,:@&=+$-_.!~*()", ("/;,:@&=+$-_.!~*()", new Dictionary<string, object?> { ["test"] = ";,:@&=+$-_.!~*()" }));

    [Fact(DisplayName = "match /:test with undefined \u203a should match /param%2523")]
    public void Match_3_7() => Cases.AssertMatch([(PathPattern)"/:test"], null, "/param%2523", ("/param%2523", new Dictionary<string, object?> { ["test"] = "param%23" }));

    [Fact(DisplayName = "match /test with {\"sensitive\":true} \u203a should match /test")]
    public void Match_4_0() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { Sensitive = true }, "/test", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"sensitive\":true} \u203a should match /TEST")]
    public void Match_4_1() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { Sensitive = true }, "/TEST", null);

    [Fact(DisplayName = "match /TEST with {\"sensitive\":true} \u203a should match /test")]
    public void Match_5_0() => Cases.AssertMatch([(PathPattern)"/TEST"], new MatchOptions { Sensitive = true }, "/test", null);

    [Fact(DisplayName = "match /TEST with {\"sensitive\":true} \u203a should match /TEST")]
    public void Match_5_1() => Cases.AssertMatch([(PathPattern)"/TEST"], new MatchOptions { Sensitive = true }, "/TEST", ("/TEST", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"trailing\":false} \u203a should match /test")]
    public void Match_6_0() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { Trailing = false }, "/test", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"trailing\":false} \u203a should match /test/")]
    public void Match_6_1() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { Trailing = false }, "/test/", null);

    [Fact(DisplayName = "match /test/ with {\"trailing\":false} \u203a should match /test/")]
    public void Match_7_0() => Cases.AssertMatch([(PathPattern)"/test/"], new MatchOptions { Trailing = false }, "/test/", ("/test/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test/ with {\"trailing\":false} \u203a should match /test")]
    public void Match_7_1() => Cases.AssertMatch([(PathPattern)"/test/"], new MatchOptions { Trailing = false }, "/test", null);

    [Fact(DisplayName = "match /:test with {\"trailing\":false} \u203a should match /route")]
    public void Match_8_0() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { Trailing = false }, "/route", ("/route", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test with {\"trailing\":false} \u203a should match /route/")]
    public void Match_8_1() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { Trailing = false }, "/route/", null);

    [Fact(DisplayName = "match /*path with {\"trailing\":false} \u203a should match /route")]
    public void Match_9_0() => Cases.AssertMatch([(PathPattern)"/*path"], new MatchOptions { Trailing = false }, "/route", ("/route", new Dictionary<string, object?> { ["path"] = new string[] { "route" } }));

    [Fact(DisplayName = "match /*path with {\"trailing\":false} \u203a should match /route/nested")]
    public void Match_9_1() => Cases.AssertMatch([(PathPattern)"/*path"], new MatchOptions { Trailing = false }, "/route/nested", ("/route/nested", new Dictionary<string, object?> { ["path"] = new string[] { "route", "nested" } }));

    [Fact(DisplayName = "match /*path with {\"trailing\":false} \u203a should match /route/nested/")]
    public void Match_9_2() => Cases.AssertMatch([(PathPattern)"/*path"], new MatchOptions { Trailing = false }, "/route/nested/", ("/route/nested/", new Dictionary<string, object?> { ["path"] = new string[] { "route", "nested", "" } }));

    [Fact(DisplayName = "match /test with {\"trailing\":false,\"end\":false} \u203a should match /test")]
    public void Match_10_0() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { Trailing = false, End = false }, "/test", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"trailing\":false,\"end\":false} \u203a should match /test/route")]
    public void Match_10_1() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { Trailing = false, End = false }, "/test/route", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/:test}/bar with {\"trailing\":false} \u203a should match /bar")]
    public void Match_11_0() => Cases.AssertMatch([(PathPattern)"{/:test}/bar"], new MatchOptions { Trailing = false }, "/bar", ("/bar", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/:test}/bar with {\"trailing\":false} \u203a should match /foo/bar")]
    public void Match_11_1() => Cases.AssertMatch([(PathPattern)"{/:test}/bar"], new MatchOptions { Trailing = false }, "/foo/bar", ("/foo/bar", new Dictionary<string, object?> { ["test"] = "foo" }));

    [Fact(DisplayName = "match {/:test}/bar with {\"trailing\":false} \u203a should match /foo/bar/")]
    public void Match_11_2() => Cases.AssertMatch([(PathPattern)"{/:test}/bar"], new MatchOptions { Trailing = false }, "/foo/bar/", null);

    [Fact(DisplayName = "match /test with {\"end\":false} \u203a should match /test")]
    public void Match_12_0() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { End = false }, "/test", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"end\":false} \u203a should match /test/")]
    public void Match_12_1() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { End = false }, "/test/", ("/test/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"end\":false} \u203a should match /test////")]
    public void Match_12_2() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { End = false }, "/test////", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"end\":false} \u203a should match /route/test")]
    public void Match_12_3() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { End = false }, "/route/test", null);

    [Fact(DisplayName = "match /test with {\"end\":false} \u203a should match /test/route")]
    public void Match_12_4() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { End = false }, "/test/route", ("/test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test with {\"end\":false} \u203a should match /route")]
    public void Match_12_5() => Cases.AssertMatch([(PathPattern)"/test"], new MatchOptions { End = false }, "/route", null);

    [Fact(DisplayName = "match /test/ with {\"end\":false} \u203a should match /test")]
    public void Match_13_0() => Cases.AssertMatch([(PathPattern)"/test/"], new MatchOptions { End = false }, "/test", null);

    [Fact(DisplayName = "match /test/ with {\"end\":false} \u203a should match /test/")]
    public void Match_13_1() => Cases.AssertMatch([(PathPattern)"/test/"], new MatchOptions { End = false }, "/test/", ("/test/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test/ with {\"end\":false} \u203a should match /test//")]
    public void Match_13_2() => Cases.AssertMatch([(PathPattern)"/test/"], new MatchOptions { End = false }, "/test//", ("/test//", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test/ with {\"end\":false} \u203a should match /test/route")]
    public void Match_13_3() => Cases.AssertMatch([(PathPattern)"/test/"], new MatchOptions { End = false }, "/test/route", null);

    [Fact(DisplayName = "match /test/ with {\"end\":false} \u203a should match /route/test/deep")]
    public void Match_13_4() => Cases.AssertMatch([(PathPattern)"/test/"], new MatchOptions { End = false }, "/route/test/deep", null);

    [Fact(DisplayName = "match /:test with {\"end\":false} \u203a should match /route")]
    public void Match_14_0() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { End = false }, "/route", ("/route", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test with {\"end\":false} \u203a should match /route/")]
    public void Match_14_1() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { End = false }, "/route/", ("/route/", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test with {\"end\":false} \u203a should match /route.json")]
    public void Match_14_2() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { End = false }, "/route.json", ("/route.json", new Dictionary<string, object?> { ["test"] = "route.json" }));

    [Fact(DisplayName = "match /:test with {\"end\":false} \u203a should match /route.json/")]
    public void Match_14_3() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { End = false }, "/route.json/", ("/route.json/", new Dictionary<string, object?> { ["test"] = "route.json" }));

    [Fact(DisplayName = "match /:test with {\"end\":false} \u203a should match /route/test")]
    public void Match_14_4() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { End = false }, "/route/test", ("/route", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test with {\"end\":false} \u203a should match /route.json/test")]
    public void Match_14_5() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { End = false }, "/route.json/test", ("/route.json", new Dictionary<string, object?> { ["test"] = "route.json" }));

    [Fact(DisplayName = "match /:test with {\"end\":false} \u203a should match /caf%C3%A9")]
    public void Match_14_6() => Cases.AssertMatch([(PathPattern)"/:test"], new MatchOptions { End = false }, "/caf%C3%A9", ("/caf%C3%A9", new Dictionary<string, object?> { ["test"] = "caf\u00e9" }));

    [Fact(DisplayName = "match /:test/ with {\"end\":false} \u203a should match /route")]
    public void Match_15_0() => Cases.AssertMatch([(PathPattern)"/:test/"], new MatchOptions { End = false }, "/route", null);

    [Fact(DisplayName = "match /:test/ with {\"end\":false} \u203a should match /route/")]
    public void Match_15_1() => Cases.AssertMatch([(PathPattern)"/:test/"], new MatchOptions { End = false }, "/route/", ("/route/", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test/ with {\"end\":false} \u203a should match /route/test")]
    public void Match_15_2() => Cases.AssertMatch([(PathPattern)"/:test/"], new MatchOptions { End = false }, "/route/test", null);

    [Fact(DisplayName = "match /:test/ with {\"end\":false} \u203a should match /route/test/")]
    public void Match_15_3() => Cases.AssertMatch([(PathPattern)"/:test/"], new MatchOptions { End = false }, "/route/test/", null);

    [Fact(DisplayName = "match /:test/ with {\"end\":false} \u203a should match /route//test")]
    public void Match_15_4() => Cases.AssertMatch([(PathPattern)"/:test/"], new MatchOptions { End = false }, "/route//test", ("/route/", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match  with {\"end\":false} \u203a should match ")]
    public void Match_16_0() => Cases.AssertMatch([(PathPattern)""], new MatchOptions { End = false }, "", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match  with {\"end\":false} \u203a should match /")]
    public void Match_16_1() => Cases.AssertMatch([(PathPattern)""], new MatchOptions { End = false }, "/", ("/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match  with {\"end\":false} \u203a should match route")]
    public void Match_16_2() => Cases.AssertMatch([(PathPattern)""], new MatchOptions { End = false }, "route", null);

    [Fact(DisplayName = "match  with {\"end\":false} \u203a should match /route")]
    public void Match_16_3() => Cases.AssertMatch([(PathPattern)""], new MatchOptions { End = false }, "/route", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match  with {\"end\":false} \u203a should match /route/")]
    public void Match_16_4() => Cases.AssertMatch([(PathPattern)""], new MatchOptions { End = false }, "/route/", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/route} with undefined \u203a should match ")]
    public void Match_17_0() => Cases.AssertMatch([(PathPattern)"{/route}"], null, "", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/route} with undefined \u203a should match /")]
    public void Match_17_1() => Cases.AssertMatch([(PathPattern)"{/route}"], null, "/", ("/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/route} with undefined \u203a should match /foo")]
    public void Match_17_2() => Cases.AssertMatch([(PathPattern)"{/route}"], null, "/foo", null);

    [Fact(DisplayName = "match {/route} with undefined \u203a should match /route")]
    public void Match_17_3() => Cases.AssertMatch([(PathPattern)"{/route}"], null, "/route", ("/route", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/:test} with undefined \u203a should match /route")]
    public void Match_18_0() => Cases.AssertMatch([(PathPattern)"{/:test}"], null, "/route", ("/route", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match {/:test} with undefined \u203a should match ")]
    public void Match_18_1() => Cases.AssertMatch([(PathPattern)"{/:test}"], null, "", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/:test} with undefined \u203a should match /")]
    public void Match_18_2() => Cases.AssertMatch([(PathPattern)"{/:test}"], null, "/", ("/", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/:test}/bar with undefined \u203a should match /bar")]
    public void Match_19_0() => Cases.AssertMatch([(PathPattern)"{/:test}/bar"], null, "/bar", ("/bar", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/:test}/bar with undefined \u203a should match /foo/bar")]
    public void Match_19_1() => Cases.AssertMatch([(PathPattern)"{/:test}/bar"], null, "/foo/bar", ("/foo/bar", new Dictionary<string, object?> { ["test"] = "foo" }));

    [Fact(DisplayName = "match {/:test}/bar with undefined \u203a should match /foo/bar/")]
    public void Match_19_2() => Cases.AssertMatch([(PathPattern)"{/:test}/bar"], null, "/foo/bar/", ("/foo/bar/", new Dictionary<string, object?> { ["test"] = "foo" }));

    [Fact(DisplayName = "match {/:test}-bar with undefined \u203a should match -bar")]
    public void Match_20_0() => Cases.AssertMatch([(PathPattern)"{/:test}-bar"], null, "-bar", ("-bar", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {/:test}-bar with undefined \u203a should match /foo-bar")]
    public void Match_20_1() => Cases.AssertMatch([(PathPattern)"{/:test}-bar"], null, "/foo-bar", ("/foo-bar", new Dictionary<string, object?> { ["test"] = "foo" }));

    [Fact(DisplayName = "match {/:test}-bar with undefined \u203a should match /foo-bar/")]
    public void Match_20_2() => Cases.AssertMatch([(PathPattern)"{/:test}-bar"], null, "/foo-bar/", ("/foo-bar/", new Dictionary<string, object?> { ["test"] = "foo" }));

    [Fact(DisplayName = "match /{:test}-bar with undefined \u203a should match /-bar")]
    public void Match_21_0() => Cases.AssertMatch([(PathPattern)"/{:test}-bar"], null, "/-bar", ("/-bar", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /{:test}-bar with undefined \u203a should match /foo-bar")]
    public void Match_21_1() => Cases.AssertMatch([(PathPattern)"/{:test}-bar"], null, "/foo-bar", ("/foo-bar", new Dictionary<string, object?> { ["test"] = "foo" }));

    [Fact(DisplayName = "match /{:test}-bar with undefined \u203a should match /foo-bar/")]
    public void Match_21_2() => Cases.AssertMatch([(PathPattern)"/{:test}-bar"], null, "/foo-bar/", ("/foo-bar/", new Dictionary<string, object?> { ["test"] = "foo" }));

    [Fact(DisplayName = "match test with undefined \u203a should match test")]
    public void Match_22_0() => Cases.AssertMatch([(PathPattern)"test"], null, "test", ("test", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match test with undefined \u203a should match /test")]
    public void Match_22_1() => Cases.AssertMatch([(PathPattern)"test"], null, "/test", null);

    [Fact(DisplayName = "match :test with undefined \u203a should match route")]
    public void Match_23_0() => Cases.AssertMatch([(PathPattern)":test"], null, "route", ("route", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match :test with undefined \u203a should match /route")]
    public void Match_23_1() => Cases.AssertMatch([(PathPattern)":test"], null, "/route", null);

    [Fact(DisplayName = "match :test with undefined \u203a should match route/")]
    public void Match_23_2() => Cases.AssertMatch([(PathPattern)":test"], null, "route/", ("route/", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match {:test} with undefined \u203a should match test")]
    public void Match_24_0() => Cases.AssertMatch([(PathPattern)"{:test}"], null, "test", ("test", new Dictionary<string, object?> { ["test"] = "test" }));

    [Fact(DisplayName = "match {:test} with undefined \u203a should match ")]
    public void Match_24_1() => Cases.AssertMatch([(PathPattern)"{:test}"], null, "", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test.json with undefined \u203a should match /test.json")]
    public void Match_25_0() => Cases.AssertMatch([(PathPattern)"/test.json"], null, "/test.json", ("/test.json", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /test.json with undefined \u203a should match /test")]
    public void Match_25_1() => Cases.AssertMatch([(PathPattern)"/test.json"], null, "/test", null);

    [Fact(DisplayName = "match /:test.json with undefined \u203a should match /.json")]
    public void Match_26_0() => Cases.AssertMatch([(PathPattern)"/:test.json"], null, "/.json", null);

    [Fact(DisplayName = "match /:test.json with undefined \u203a should match /test.json")]
    public void Match_26_1() => Cases.AssertMatch([(PathPattern)"/:test.json"], null, "/test.json", ("/test.json", new Dictionary<string, object?> { ["test"] = "test" }));

    [Fact(DisplayName = "match /:test.json with undefined \u203a should match /route.json")]
    public void Match_26_2() => Cases.AssertMatch([(PathPattern)"/:test.json"], null, "/route.json", ("/route.json", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test.json with undefined \u203a should match /route.json.json")]
    public void Match_26_3() => Cases.AssertMatch([(PathPattern)"/:test.json"], null, "/route.json.json", ("/route.json.json", new Dictionary<string, object?> { ["test"] = "route.json" }));

    [Fact(DisplayName = "match /:test.:format with undefined \u203a should match /route.html")]
    public void Match_27_0() => Cases.AssertMatch([(PathPattern)"/:test.:format"], null, "/route.html", ("/route.html", new Dictionary<string, object?> { ["test"] = "route", ["format"] = "html" }));

    [Fact(DisplayName = "match /:test.:format with undefined \u203a should match /route")]
    public void Match_27_1() => Cases.AssertMatch([(PathPattern)"/:test.:format"], null, "/route", null);

    [Fact(DisplayName = "match /:test.:format with undefined \u203a should match /route.html.json")]
    public void Match_27_2() => Cases.AssertMatch([(PathPattern)"/:test.:format"], null, "/route.html.json", ("/route.html.json", new Dictionary<string, object?> { ["test"] = "route.html", ["format"] = "json" }));

    [Fact(DisplayName = "match /:test{.:format} with undefined \u203a should match /route")]
    public void Match_28_0() => Cases.AssertMatch([(PathPattern)"/:test{.:format}"], null, "/route", ("/route", new Dictionary<string, object?> { ["test"] = "route" }));

    [Fact(DisplayName = "match /:test{.:format} with undefined \u203a should match /route.json")]
    public void Match_28_1() => Cases.AssertMatch([(PathPattern)"/:test{.:format}"], null, "/route.json", ("/route.json", new Dictionary<string, object?> { ["test"] = "route", ["format"] = "json" }));

    [Fact(DisplayName = "match /:test{.:format} with undefined \u203a should match /route.json.html")]
    public void Match_28_2() => Cases.AssertMatch([(PathPattern)"/:test{.:format}"], null, "/route.json.html", ("/route.json.html", new Dictionary<string, object?> { ["test"] = "route.json", ["format"] = "html" }));

    [Fact(DisplayName = "match /:test.:format\\z with undefined \u203a should match /route.htmlz")]
    public void Match_29_0() => Cases.AssertMatch([(PathPattern)"/:test.:format\\z"], null, "/route.htmlz", ("/route.htmlz", new Dictionary<string, object?> { ["test"] = "route", ["format"] = "html" }));

    [Fact(DisplayName = "match /:test.:format\\z with undefined \u203a should match /route.html")]
    public void Match_29_1() => Cases.AssertMatch([(PathPattern)"/:test.:format\\z"], null, "/route.html", null);

    [Fact(DisplayName = "match /\\(testing\\) with undefined \u203a should match /testing")]
    public void Match_30_0() => Cases.AssertMatch([(PathPattern)"/\\(testing\\)"], null, "/testing", null);

    [Fact(DisplayName = "match /\\(testing\\) with undefined \u203a should match /(testing)")]
    public void Match_30_1() => Cases.AssertMatch([(PathPattern)"/\\(testing\\)"], null, "/(testing)", ("/(testing)", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /.\\+\\*\\?\\{\\}=^\\!\\:$\\[\\]\\| with undefined \u203a should match /.+*?{}=^!:$[]|")]
    public void Match_31_0() => Cases.AssertMatch([(PathPattern)"/.\\+\\*\\?\\{\\}=^\\!\\:$\\[\\]\\|"], null, "/.+*?{}=^!:$[]|", ("/.+*?{}=^!:$[]|", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /:foo/:bar with undefined \u203a should match /match/route")]
    public void Match_32_0() => Cases.AssertMatch([(PathPattern)"/:foo/:bar"], null, "/match/route", ("/match/route", new Dictionary<string, object?> { ["foo"] = "match", ["bar"] = "route" }));

    [Fact(DisplayName = "match /:foo\\(test\\)/bar with undefined \u203a should match /foo(test)/bar")]
    public void Match_33_0() => Cases.AssertMatch([(PathPattern)"/:foo\\(test\\)/bar"], null, "/foo(test)/bar", ("/foo(test)/bar", new Dictionary<string, object?> { ["foo"] = "foo" }));

    [Fact(DisplayName = "match /:foo\\(test\\)/bar with undefined \u203a should match /foo/bar")]
    public void Match_33_1() => Cases.AssertMatch([(PathPattern)"/:foo\\(test\\)/bar"], null, "/foo/bar", null);

    [Fact(DisplayName = "match /:foo\\? with undefined \u203a should match /route?")]
    public void Match_34_0() => Cases.AssertMatch([(PathPattern)"/:foo\\?"], null, "/route?", ("/route?", new Dictionary<string, object?> { ["foo"] = "route" }));

    [Fact(DisplayName = "match /:foo\\? with undefined \u203a should match /route")]
    public void Match_34_1() => Cases.AssertMatch([(PathPattern)"/:foo\\?"], null, "/route", null);

    [Fact(DisplayName = "match /{:pre}baz with undefined \u203a should match /foobaz")]
    public void Match_35_0() => Cases.AssertMatch([(PathPattern)"/{:pre}baz"], null, "/foobaz", ("/foobaz", new Dictionary<string, object?> { ["pre"] = "foo" }));

    [Fact(DisplayName = "match /{:pre}baz with undefined \u203a should match /baz")]
    public void Match_35_1() => Cases.AssertMatch([(PathPattern)"/{:pre}baz"], null, "/baz", ("/baz", new Dictionary<string, object?> { ["pre"] = null }));

    [Fact(DisplayName = "match /:foo\\(:bar\\) with undefined \u203a should match /hello(world)")]
    public void Match_36_0() => Cases.AssertMatch([(PathPattern)"/:foo\\(:bar\\)"], null, "/hello(world)", ("/hello(world)", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = "world" }));

    [Fact(DisplayName = "match /:foo\\(:bar\\) with undefined \u203a should match /hello()")]
    public void Match_36_1() => Cases.AssertMatch([(PathPattern)"/:foo\\(:bar\\)"], null, "/hello()", null);

    [Fact(DisplayName = "match /:foo\\({:bar}\\) with undefined \u203a should match /hello(world)")]
    public void Match_37_0() => Cases.AssertMatch([(PathPattern)"/:foo\\({:bar}\\)"], null, "/hello(world)", ("/hello(world)", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = "world" }));

    [Fact(DisplayName = "match /:foo\\({:bar}\\) with undefined \u203a should match /hello()")]
    public void Match_37_1() => Cases.AssertMatch([(PathPattern)"/:foo\\({:bar}\\)"], null, "/hello()", ("/hello()", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = null }));

    [Fact(DisplayName = "match {/:foo}{/:bar}-ext with undefined \u203a should match /-ext")]
    public void Match_38_0() => Cases.AssertMatch([(PathPattern)"{/:foo}{/:bar}-ext"], null, "/-ext", null);

    [Fact(DisplayName = "match {/:foo}{/:bar}-ext with undefined \u203a should match -ext")]
    public void Match_38_1() => Cases.AssertMatch([(PathPattern)"{/:foo}{/:bar}-ext"], null, "-ext", ("-ext", new Dictionary<string, object?> { ["foo"] = null, ["bar"] = null }));

    [Fact(DisplayName = "match {/:foo}{/:bar}-ext with undefined \u203a should match /foo-ext")]
    public void Match_38_2() => Cases.AssertMatch([(PathPattern)"{/:foo}{/:bar}-ext"], null, "/foo-ext", ("/foo-ext", new Dictionary<string, object?> { ["foo"] = "foo" }));

    [Fact(DisplayName = "match {/:foo}{/:bar}-ext with undefined \u203a should match /foo/bar-ext")]
    public void Match_38_3() => Cases.AssertMatch([(PathPattern)"{/:foo}{/:bar}-ext"], null, "/foo/bar-ext", ("/foo/bar-ext", new Dictionary<string, object?> { ["foo"] = "foo", ["bar"] = "bar" }));

    [Fact(DisplayName = "match {/:foo}{/:bar}-ext with undefined \u203a should match /foo/-ext")]
    public void Match_38_4() => Cases.AssertMatch([(PathPattern)"{/:foo}{/:bar}-ext"], null, "/foo/-ext", null);

    [Fact(DisplayName = "match /:required{/:optional}-ext with undefined \u203a should match /foo-ext")]
    public void Match_39_0() => Cases.AssertMatch([(PathPattern)"/:required{/:optional}-ext"], null, "/foo-ext", ("/foo-ext", new Dictionary<string, object?> { ["required"] = "foo" }));

    [Fact(DisplayName = "match /:required{/:optional}-ext with undefined \u203a should match /foo/bar-ext")]
    public void Match_39_1() => Cases.AssertMatch([(PathPattern)"/:required{/:optional}-ext"], null, "/foo/bar-ext", ("/foo/bar-ext", new Dictionary<string, object?> { ["required"] = "foo", ["optional"] = "bar" }));

    [Fact(DisplayName = "match /:required{/:optional}-ext with undefined \u203a should match /foo/-ext")]
    public void Match_39_2() => Cases.AssertMatch([(PathPattern)"/:required{/:optional}-ext"], null, "/foo/-ext", null);

    [Fact(DisplayName = "match /:foo with undefined \u203a should match /caf\u00e9")]
    public void Match_40_0() => Cases.AssertMatch([(PathPattern)"/:foo"], null, "/caf\u00e9", ("/caf\u00e9", new Dictionary<string, object?> { ["foo"] = "caf\u00e9" }));

    [Fact(DisplayName = "match /:foo with {\"decode\":false} \u203a should match /caf%C3%A9")]
    public void Match_41_0() => Cases.AssertMatch([(PathPattern)"/:foo"], new MatchOptions { Decode = null }, "/caf%C3%A9", ("/caf%C3%A9", new Dictionary<string, object?> { ["foo"] = "caf%C3%A9" }));

    [Fact(DisplayName = "match /caf\u00e9 with undefined \u203a should match /caf\u00e9")]
    public void Match_42_0() => Cases.AssertMatch([(PathPattern)"/caf\u00e9"], null, "/caf\u00e9", ("/caf\u00e9", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /caf\u00e9 with {\"encodePath\":\"[Function encodeURI]\"} \u203a should match /caf%C3%A9")]
    public void Match_43_0() => Cases.AssertMatch([(PathPattern)"/caf\u00e9"], new MatchOptions { EncodePath = JsTest.EncodeUri }, "/caf%C3%A9", ("/caf%C3%A9", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match :domain.com with {\"delimiter\":\".\"} \u203a should match example.com")]
    public void Match_44_0() => Cases.AssertMatch([(PathPattern)":domain.com"], new MatchOptions { Delimiter = "." }, "example.com", ("example.com", new Dictionary<string, object?> { ["domain"] = "example" }));

    [Fact(DisplayName = "match :domain.com with {\"delimiter\":\".\"} \u203a should match github.com")]
    public void Match_44_1() => Cases.AssertMatch([(PathPattern)":domain.com"], new MatchOptions { Delimiter = "." }, "github.com", ("github.com", new Dictionary<string, object?> { ["domain"] = "github" }));

    [Fact(DisplayName = "match mail.:domain.com with {\"delimiter\":\".\"} \u203a should match mail.example.com")]
    public void Match_45_0() => Cases.AssertMatch([(PathPattern)"mail.:domain.com"], new MatchOptions { Delimiter = "." }, "mail.example.com", ("mail.example.com", new Dictionary<string, object?> { ["domain"] = "example" }));

    [Fact(DisplayName = "match mail.:domain.com with {\"delimiter\":\".\"} \u203a should match mail.github.com")]
    public void Match_45_1() => Cases.AssertMatch([(PathPattern)"mail.:domain.com"], new MatchOptions { Delimiter = "." }, "mail.github.com", ("mail.github.com", new Dictionary<string, object?> { ["domain"] = "github" }));

    [Fact(DisplayName = "match mail{.:domain}.com with {\"delimiter\":\".\"} \u203a should match mail.com")]
    public void Match_46_0() => Cases.AssertMatch([(PathPattern)"mail{.:domain}.com"], new MatchOptions { Delimiter = "." }, "mail.com", ("mail.com", new Dictionary<string, object?> { ["domain"] = null }));

    [Fact(DisplayName = "match mail{.:domain}.com with {\"delimiter\":\".\"} \u203a should match mail.example.com")]
    public void Match_46_1() => Cases.AssertMatch([(PathPattern)"mail{.:domain}.com"], new MatchOptions { Delimiter = "." }, "mail.example.com", ("mail.example.com", new Dictionary<string, object?> { ["domain"] = "example" }));

    [Fact(DisplayName = "match mail{.:domain}.com with {\"delimiter\":\".\"} \u203a should match mail.github.com")]
    public void Match_46_2() => Cases.AssertMatch([(PathPattern)"mail{.:domain}.com"], new MatchOptions { Delimiter = "." }, "mail.github.com", ("mail.github.com", new Dictionary<string, object?> { ["domain"] = "github" }));

    [Fact(DisplayName = "match example.:ext with {\"delimiter\":\".\"} \u203a should match example.com")]
    public void Match_47_0() => Cases.AssertMatch([(PathPattern)"example.:ext"], new MatchOptions { Delimiter = "." }, "example.com", ("example.com", new Dictionary<string, object?> { ["ext"] = "com" }));

    [Fact(DisplayName = "match example.:ext with {\"delimiter\":\".\"} \u203a should match example.org")]
    public void Match_47_1() => Cases.AssertMatch([(PathPattern)"example.:ext"], new MatchOptions { Delimiter = "." }, "example.org", ("example.org", new Dictionary<string, object?> { ["ext"] = "org" }));

    [Fact(DisplayName = "match this is with {\"delimiter\":\" \",\"end\":false} \u203a should match this is a test")]
    public void Match_48_0() => Cases.AssertMatch([(PathPattern)"this is"], new MatchOptions { Delimiter = " ", End = false }, "this is a test", ("this is", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match this is with {\"delimiter\":\" \",\"end\":false} \u203a should match this isn't")]
    public void Match_48_1() => Cases.AssertMatch([(PathPattern)"this is"], new MatchOptions { Delimiter = " ", End = false }, "this isn't", null);

    [Fact(DisplayName = "match $:foo{$:bar} with undefined \u203a should match $x")]
    public void Match_49_0() => Cases.AssertMatch([(PathPattern)"$:foo{$:bar}"], null, "$x", ("$x", new Dictionary<string, object?> { ["foo"] = "x" }));

    [Fact(DisplayName = "match $:foo{$:bar} with undefined \u203a should match $x$y")]
    public void Match_49_1() => Cases.AssertMatch([(PathPattern)"$:foo{$:bar}"], null, "$x$y", ("$x$y", new Dictionary<string, object?> { ["foo"] = "x", ["bar"] = "y" }));

    [Fact(DisplayName = "match name{/:attr1}{-:attr2}{-:attr3} with undefined \u203a should match name")]
    public void Match_50_0() => Cases.AssertMatch([(PathPattern)"name{/:attr1}{-:attr2}{-:attr3}"], null, "name", ("name", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match name{/:attr1}{-:attr2}{-:attr3} with undefined \u203a should match name/test")]
    public void Match_50_1() => Cases.AssertMatch([(PathPattern)"name{/:attr1}{-:attr2}{-:attr3}"], null, "name/test", ("name/test", new Dictionary<string, object?> { ["attr1"] = "test" }));

    [Fact(DisplayName = "match name{/:attr1}{-:attr2}{-:attr3} with undefined \u203a should match name/1")]
    public void Match_50_2() => Cases.AssertMatch([(PathPattern)"name{/:attr1}{-:attr2}{-:attr3}"], null, "name/1", ("name/1", new Dictionary<string, object?> { ["attr1"] = "1" }));

    [Fact(DisplayName = "match name{/:attr1}{-:attr2}{-:attr3} with undefined \u203a should match name/1-2")]
    public void Match_50_3() => Cases.AssertMatch([(PathPattern)"name{/:attr1}{-:attr2}{-:attr3}"], null, "name/1-2", ("name/1-2", new Dictionary<string, object?> { ["attr1"] = "1", ["attr2"] = "2" }));

    [Fact(DisplayName = "match name{/:attr1}{-:attr2}{-:attr3} with undefined \u203a should match name/1-2-3")]
    public void Match_50_4() => Cases.AssertMatch([(PathPattern)"name{/:attr1}{-:attr2}{-:attr3}"], null, "name/1-2-3", ("name/1-2-3", new Dictionary<string, object?> { ["attr1"] = "1", ["attr2"] = "2", ["attr3"] = "3" }));

    [Fact(DisplayName = "match name{/:attr1}{-:attr2}{-:attr3} with undefined \u203a should match name/foo-bar/route")]
    public void Match_50_5() => Cases.AssertMatch([(PathPattern)"name{/:attr1}{-:attr2}{-:attr3}"], null, "name/foo-bar/route", null);

    [Fact(DisplayName = "match name{/:attr1}{-:attr2}{-:attr3} with undefined \u203a should match name/test/route")]
    public void Match_50_6() => Cases.AssertMatch([(PathPattern)"name{/:attr1}{-:attr2}{-:attr3}"], null, "name/test/route", null);

    [Fact(DisplayName = "match /user{s}/:user with undefined \u203a should match /user/123")]
    public void Match_51_0() => Cases.AssertMatch([(PathPattern)"/user{s}/:user"], null, "/user/123", ("/user/123", new Dictionary<string, object?> { ["user"] = "123" }));

    [Fact(DisplayName = "match /user{s}/:user with undefined \u203a should match /users/123")]
    public void Match_51_1() => Cases.AssertMatch([(PathPattern)"/user{s}/:user"], null, "/users/123", ("/users/123", new Dictionary<string, object?> { ["user"] = "123" }));

    [Fact(DisplayName = "match /*path with undefined \u203a should match /")]
    public void Match_52_0() => Cases.AssertMatch([(PathPattern)"/*path"], null, "/", null);

    [Fact(DisplayName = "match /*path with undefined \u203a should match /route")]
    public void Match_52_1() => Cases.AssertMatch([(PathPattern)"/*path"], null, "/route", ("/route", new Dictionary<string, object?> { ["path"] = new string[] { "route" } }));

    [Fact(DisplayName = "match /*path with undefined \u203a should match /route/nested")]
    public void Match_52_2() => Cases.AssertMatch([(PathPattern)"/*path"], null, "/route/nested", ("/route/nested", new Dictionary<string, object?> { ["path"] = new string[] { "route", "nested" } }));

    [Fact(DisplayName = "match *path with undefined \u203a should match /")]
    public void Match_53_0() => Cases.AssertMatch([(PathPattern)"*path"], null, "/", ("/", new Dictionary<string, object?> { ["path"] = new string[] { "", "" } }));

    [Fact(DisplayName = "match *path with undefined \u203a should match /test")]
    public void Match_53_1() => Cases.AssertMatch([(PathPattern)"*path"], null, "/test", ("/test", new Dictionary<string, object?> { ["path"] = new string[] { "", "test" } }));

    [Fact(DisplayName = "match *path with {\"decode\":false} \u203a should match /")]
    public void Match_54_0() => Cases.AssertMatch([(PathPattern)"*path"], new MatchOptions { Decode = null }, "/", ("/", new Dictionary<string, object?> { ["path"] = "/" }));

    [Fact(DisplayName = "match *path with {\"decode\":false} \u203a should match /test")]
    public void Match_54_1() => Cases.AssertMatch([(PathPattern)"*path"], new MatchOptions { Decode = null }, "/test", ("/test", new Dictionary<string, object?> { ["path"] = "/test" }));

    [Fact(DisplayName = "match /*path.:ext with undefined \u203a should match /test.html")]
    public void Match_55_0() => Cases.AssertMatch([(PathPattern)"/*path.:ext"], null, "/test.html", ("/test.html", new Dictionary<string, object?> { ["path"] = new string[] { "test" }, ["ext"] = "html" }));

    [Fact(DisplayName = "match /*path.:ext with undefined \u203a should match /test.html/nested")]
    public void Match_55_1() => Cases.AssertMatch([(PathPattern)"/*path.:ext"], null, "/test.html/nested", null);

    [Fact(DisplayName = "match /*path.:ext with undefined \u203a should match /test.html/nested.json")]
    public void Match_55_2() => Cases.AssertMatch([(PathPattern)"/*path.:ext"], null, "/test.html/nested.json", ("/test.html/nested.json", new Dictionary<string, object?> { ["path"] = new string[] { "test.html", "nested" }, ["ext"] = "json" }));

    [Fact(DisplayName = "match /:path.*ext with undefined \u203a should match /test.html")]
    public void Match_56_0() => Cases.AssertMatch([(PathPattern)"/:path.*ext"], null, "/test.html", ("/test.html", new Dictionary<string, object?> { ["path"] = "test", ["ext"] = new string[] { "html" } }));

    [Fact(DisplayName = "match /:path.*ext with undefined \u203a should match /test.html/nested")]
    public void Match_56_1() => Cases.AssertMatch([(PathPattern)"/:path.*ext"], null, "/test.html/nested", ("/test.html/nested", new Dictionary<string, object?> { ["path"] = "test", ["ext"] = new string[] { "html", "nested" } }));

    [Fact(DisplayName = "match /:path.*ext with undefined \u203a should match /test.html/nested.json")]
    public void Match_56_2() => Cases.AssertMatch([(PathPattern)"/:path.*ext"], null, "/test.html/nested.json", ("/test.html/nested.json", new Dictionary<string, object?> { ["path"] = "test", ["ext"] = new string[] { "html", "nested.json" } }));

    [Fact(DisplayName = "match /*path{.:ext} with undefined \u203a should match /test.html")]
    public void Match_57_0() => Cases.AssertMatch([(PathPattern)"/*path{.:ext}"], null, "/test.html", ("/test.html", new Dictionary<string, object?> { ["path"] = new string[] { "test" }, ["ext"] = "html" }));

    [Fact(DisplayName = "match /*path{.:ext} with undefined \u203a should match /test/nested.html")]
    public void Match_57_1() => Cases.AssertMatch([(PathPattern)"/*path{.:ext}"], null, "/test/nested.html", ("/test/nested.html", new Dictionary<string, object?> { ["path"] = new string[] { "test", "nested" }, ["ext"] = "html" }));

    [Fact(DisplayName = "match /*path{.:ext} with undefined \u203a should match /test.html/nested")]
    public void Match_57_2() => Cases.AssertMatch([(PathPattern)"/*path{.:ext}"], null, "/test.html/nested", ("/test.html/nested", new Dictionary<string, object?> { ["path"] = new string[] { "test.html", "nested" } }));

    [Fact(DisplayName = "match /entity/:id/*path with undefined \u203a should match /entity/foo")]
    public void Match_58_0() => Cases.AssertMatch([(PathPattern)"/entity/:id/*path"], null, "/entity/foo", null);

    [Fact(DisplayName = "match /entity/:id/*path with undefined \u203a should match /entity/foo/path")]
    public void Match_58_1() => Cases.AssertMatch([(PathPattern)"/entity/:id/*path"], null, "/entity/foo/path", ("/entity/foo/path", new Dictionary<string, object?> { ["id"] = "foo", ["path"] = new string[] { "path" } }));

    [Fact(DisplayName = "match /*foo/:bar/*baz with undefined \u203a should match /x/y/z")]
    public void Match_59_0() => Cases.AssertMatch([(PathPattern)"/*foo/:bar/*baz"], null, "/x/y/z", ("/x/y/z", new Dictionary<string, object?> { ["foo"] = new string[] { "x" }, ["bar"] = "y", ["baz"] = new string[] { "z" } }));

    [Fact(DisplayName = "match /*foo/:bar/*baz with undefined \u203a should match /1/2/3/4/5")]
    public void Match_59_1() => Cases.AssertMatch([(PathPattern)"/*foo/:bar/*baz"], null, "/1/2/3/4/5", ("/1/2/3/4/5", new Dictionary<string, object?> { ["foo"] = new string[] { "1", "2", "3" }, ["bar"] = "4", ["baz"] = new string[] { "5" } }));

    [Fact(DisplayName = "match {*path} with undefined \u203a should match ")]
    public void Match_60_0() => Cases.AssertMatch([(PathPattern)"{*path}"], null, "", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {*path} with undefined \u203a should match /")]
    public void Match_60_1() => Cases.AssertMatch([(PathPattern)"{*path}"], null, "/", ("/", new Dictionary<string, object?> { ["path"] = new string[] { "", "" } }));

    [Fact(DisplayName = "match {*path} with undefined \u203a should match /test")]
    public void Match_60_2() => Cases.AssertMatch([(PathPattern)"{*path}"], null, "/test", ("/test", new Dictionary<string, object?> { ["path"] = new string[] { "", "test" } }));

    [Fact(DisplayName = "match {*path} with undefined \u203a should match /test/nested")]
    public void Match_60_3() => Cases.AssertMatch([(PathPattern)"{*path}"], null, "/test/nested", ("/test/nested", new Dictionary<string, object?> { ["path"] = new string[] { "", "test", "nested" } }));

    [Fact(DisplayName = "match {*path} with {\"end\":false} \u203a should match ")]
    public void Match_61_0() => Cases.AssertMatch([(PathPattern)"{*path}"], new MatchOptions { End = false }, "", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {*path} with {\"end\":false} \u203a should match /")]
    public void Match_61_1() => Cases.AssertMatch([(PathPattern)"{*path}"], new MatchOptions { End = false }, "/", ("/", new Dictionary<string, object?> { ["path"] = new string[] { "", "" } }));

    [Fact(DisplayName = "match {*path} with {\"end\":false} \u203a should match /test")]
    public void Match_61_2() => Cases.AssertMatch([(PathPattern)"{*path}"], new MatchOptions { End = false }, "/test", ("/test", new Dictionary<string, object?> { ["path"] = new string[] { "", "test" } }));

    [Fact(DisplayName = "match {*path} with {\"end\":false} \u203a should match /test/nested")]
    public void Match_61_3() => Cases.AssertMatch([(PathPattern)"{*path}"], new MatchOptions { End = false }, "/test/nested", ("/test/nested", new Dictionary<string, object?> { ["path"] = new string[] { "", "test", "nested" } }));

    [Fact(DisplayName = "match /*path with {\"end\":false} \u203a should match ")]
    public void Match_62_0() => Cases.AssertMatch([(PathPattern)"/*path"], new MatchOptions { End = false }, "", null);

    [Fact(DisplayName = "match /*path with {\"end\":false} \u203a should match /")]
    public void Match_62_1() => Cases.AssertMatch([(PathPattern)"/*path"], new MatchOptions { End = false }, "/", null);

    [Fact(DisplayName = "match /*path with {\"end\":false} \u203a should match /test")]
    public void Match_62_2() => Cases.AssertMatch([(PathPattern)"/*path"], new MatchOptions { End = false }, "/test", ("/test", new Dictionary<string, object?> { ["path"] = new string[] { "test" } }));

    [Fact(DisplayName = "match /*path with {\"end\":false} \u203a should match /test/nested")]
    public void Match_62_3() => Cases.AssertMatch([(PathPattern)"/*path"], new MatchOptions { End = false }, "/test/nested", ("/test/nested", new Dictionary<string, object?> { ["path"] = new string[] { "test", "nested" } }));

    [Fact(DisplayName = "match /*path/ with {\"end\":false} \u203a should match /foo/bar/")]
    public void Match_63_0() => Cases.AssertMatch([(PathPattern)"/*path/"], new MatchOptions { End = false }, "/foo/bar/", ("/foo/bar/", new Dictionary<string, object?> { ["path"] = new string[] { "foo", "bar" } }));

    [Fact(DisplayName = "match /*path/ with {\"end\":false} \u203a should match /foo/bar/baz")]
    public void Match_63_1() => Cases.AssertMatch([(PathPattern)"/*path/"], new MatchOptions { End = false }, "/foo/bar/baz", null);

    [Fact(DisplayName = "match /*path/ with {\"end\":false} \u203a should match /foo/bar/baz/")]
    public void Match_63_2() => Cases.AssertMatch([(PathPattern)"/*path/"], new MatchOptions { End = false }, "/foo/bar/baz/", ("/foo/bar/baz/", new Dictionary<string, object?> { ["path"] = new string[] { "foo", "bar", "baz" } }));

    [Fact(DisplayName = "match /*path.:ext with {\"end\":false} \u203a should match /foo/bar.html")]
    public void Match_64_0() => Cases.AssertMatch([(PathPattern)"/*path.:ext"], new MatchOptions { End = false }, "/foo/bar.html", ("/foo/bar.html", new Dictionary<string, object?> { ["path"] = new string[] { "foo", "bar" }, ["ext"] = "html" }));

    [Fact(DisplayName = "match /*path.:ext with {\"end\":false} \u203a should match /foo/bar.html/baz")]
    public void Match_64_1() => Cases.AssertMatch([(PathPattern)"/*path.:ext"], new MatchOptions { End = false }, "/foo/bar.html/baz", ("/foo/bar.html", new Dictionary<string, object?> { ["path"] = new string[] { "foo", "bar" }, ["ext"] = "html" }));

    [Fact(DisplayName = "match /*path.:ext with {\"end\":false} \u203a should match /foo/bar.html/baz.html")]
    public void Match_64_2() => Cases.AssertMatch([(PathPattern)"/*path.:ext"], new MatchOptions { End = false }, "/foo/bar.html/baz.html", ("/foo/bar.html/baz.html", new Dictionary<string, object?> { ["path"] = new string[] { "foo", "bar.html", "baz" }, ["ext"] = "html" }));

    [Fact(DisplayName = "match /:foo{/test/:bar} with undefined \u203a should match /route")]
    public void Match_65_0() => Cases.AssertMatch([(PathPattern)"/:foo{/test/:bar}"], null, "/route", ("/route", new Dictionary<string, object?> { ["foo"] = "route" }));

    [Fact(DisplayName = "match /:foo{/test/:bar} with undefined \u203a should match /route/test/again")]
    public void Match_65_1() => Cases.AssertMatch([(PathPattern)"/:foo{/test/:bar}"], null, "/route/test/again", ("/route/test/again", new Dictionary<string, object?> { ["foo"] = "route", ["bar"] = "again" }));

    [Fact(DisplayName = "match {:foo/}{:bar.} with undefined \u203a should match ")]
    public void Match_66_0() => Cases.AssertMatch([(PathPattern)"{:foo/}{:bar.}"], null, "", ("", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match {:foo/}{:bar.} with undefined \u203a should match test/")]
    public void Match_66_1() => Cases.AssertMatch([(PathPattern)"{:foo/}{:bar.}"], null, "test/", ("test/", new Dictionary<string, object?> { ["foo"] = "test" }));

    [Fact(DisplayName = "match {:foo/}{:bar.} with undefined \u203a should match a/b.")]
    public void Match_66_2() => Cases.AssertMatch([(PathPattern)"{:foo/}{:bar.}"], null, "a/b.", ("a/b.", new Dictionary<string, object?> { ["foo"] = "a", ["bar"] = "b" }));

    [Fact(DisplayName = "match /abc{abc:foo} with undefined \u203a should match /abc")]
    public void Match_67_0() => Cases.AssertMatch([(PathPattern)"/abc{abc:foo}"], null, "/abc", ("/abc", new Dictionary<string, object?> {  }));

    [Fact(DisplayName = "match /abc{abc:foo} with undefined \u203a should match /abcabc")]
    public void Match_67_1() => Cases.AssertMatch([(PathPattern)"/abc{abc:foo}"], null, "/abcabc", null);

    [Fact(DisplayName = "match /abc{abc:foo} with undefined \u203a should match /abcabc123")]
    public void Match_67_2() => Cases.AssertMatch([(PathPattern)"/abc{abc:foo}"], null, "/abcabc123", ("/abcabc123", new Dictionary<string, object?> { ["foo"] = "123" }));

    [Fact(DisplayName = "match /abc{abc:foo} with undefined \u203a should match /abcabcabc123")]
    public void Match_67_3() => Cases.AssertMatch([(PathPattern)"/abc{abc:foo}"], null, "/abcabcabc123", ("/abcabcabc123", new Dictionary<string, object?> { ["foo"] = "abc123" }));

    [Fact(DisplayName = "match /abc{abc:foo} with undefined \u203a should match /abcabcabc")]
    public void Match_67_4() => Cases.AssertMatch([(PathPattern)"/abc{abc:foo}"], null, "/abcabcabc", ("/abcabcabc", new Dictionary<string, object?> { ["foo"] = "abc" }));

    [Fact(DisplayName = "match /:foo{abc:bar} with undefined \u203a should match /abc")]
    public void Match_68_0() => Cases.AssertMatch([(PathPattern)"/:foo{abc:bar}"], null, "/abc", ("/abc", new Dictionary<string, object?> { ["foo"] = "abc" }));

    [Fact(DisplayName = "match /:foo{abc:bar} with undefined \u203a should match /abcabc")]
    public void Match_68_1() => Cases.AssertMatch([(PathPattern)"/:foo{abc:bar}"], null, "/abcabc", ("/abcabc", new Dictionary<string, object?> { ["foo"] = "abcabc" }));

    [Fact(DisplayName = "match /:foo{abc:bar} with undefined \u203a should match /abcabc123")]
    public void Match_68_2() => Cases.AssertMatch([(PathPattern)"/:foo{abc:bar}"], null, "/abcabc123", ("/abcabc123", new Dictionary<string, object?> { ["foo"] = "abc", ["bar"] = "123" }));

    [Fact(DisplayName = "match /:foo{abc:bar} with undefined \u203a should match /acb")]
    public void Match_68_3() => Cases.AssertMatch([(PathPattern)"/:foo{abc:bar}"], null, "/acb", ("/acb", new Dictionary<string, object?> { ["foo"] = "acb" }));

    [Fact(DisplayName = "match /:foo{abc:bar} with undefined \u203a should match /123")]
    public void Match_68_4() => Cases.AssertMatch([(PathPattern)"/:foo{abc:bar}"], null, "/123", ("/123", new Dictionary<string, object?> { ["foo"] = "123" }));

    [Fact(DisplayName = "match /:foo{abc:bar} with undefined \u203a should match /123abcabc")]
    public void Match_68_5() => Cases.AssertMatch([(PathPattern)"/:foo{abc:bar}"], null, "/123abcabc", ("/123abcabc", new Dictionary<string, object?> { ["foo"] = "123", ["bar"] = "abc" }));

    [Fact(DisplayName = "match /:foo\\abc:bar with undefined \u203a should match /abc")]
    public void Match_69_0() => Cases.AssertMatch([(PathPattern)"/:foo\\abc:bar"], null, "/abc", null);

    [Fact(DisplayName = "match /:foo\\abc:bar with undefined \u203a should match /abcabc")]
    public void Match_69_1() => Cases.AssertMatch([(PathPattern)"/:foo\\abc:bar"], null, "/abcabc", null);

    [Fact(DisplayName = "match /:foo\\abc:bar with undefined \u203a should match /abcabc123")]
    public void Match_69_2() => Cases.AssertMatch([(PathPattern)"/:foo\\abc:bar"], null, "/abcabc123", ("/abcabc123", new Dictionary<string, object?> { ["foo"] = "abc", ["bar"] = "123" }));

    [Fact(DisplayName = "match /:foo\\abc:bar with undefined \u203a should match /123abcabc")]
    public void Match_69_3() => Cases.AssertMatch([(PathPattern)"/:foo\\abc:bar"], null, "/123abcabc", ("/123abcabc", new Dictionary<string, object?> { ["foo"] = "123", ["bar"] = "abc" }));

    [Fact(DisplayName = "match /route|:param| with undefined \u203a should match /route|world|")]
    public void Match_70_0() => Cases.AssertMatch([(PathPattern)"/route|:param|"], null, "/route|world|", ("/route|world|", new Dictionary<string, object?> { ["param"] = "world" }));

    [Fact(DisplayName = "match /route|:param| with undefined \u203a should match /route||")]
    public void Match_70_1() => Cases.AssertMatch([(PathPattern)"/route|:param|"], null, "/route||", null);

    [Fact(DisplayName = "match /:foo|:bar| with undefined \u203a should match /hello|world|")]
    public void Match_71_0() => Cases.AssertMatch([(PathPattern)"/:foo|:bar|"], null, "/hello|world|", ("/hello|world|", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = "world" }));

    [Fact(DisplayName = "match /:foo|:bar| with undefined \u203a should match /hello||")]
    public void Match_71_1() => Cases.AssertMatch([(PathPattern)"/:foo|:bar|"], null, "/hello||", null);

    [Fact(DisplayName = "match /:foo{|:bar|} with undefined \u203a should match /hello|world|")]
    public void Match_72_0() => Cases.AssertMatch([(PathPattern)"/:foo{|:bar|}"], null, "/hello|world|", ("/hello|world|", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = "world" }));

    [Fact(DisplayName = "match /:foo{|:bar|} with undefined \u203a should match /hello||")]
    public void Match_72_1() => Cases.AssertMatch([(PathPattern)"/:foo{|:bar|}"], null, "/hello||", ("/hello||", new Dictionary<string, object?> { ["foo"] = "hello||" }));

    [Fact(DisplayName = "match :foo\\@:bar with undefined \u203a should match x@y")]
    public void Match_73_0() => Cases.AssertMatch([(PathPattern)":foo\\@:bar"], null, "x@y", ("x@y", new Dictionary<string, object?> { ["foo"] = "x", ["bar"] = "y" }));

    [Fact(DisplayName = "match :foo\\@:bar with undefined \u203a should match x@")]
    public void Match_73_1() => Cases.AssertMatch([(PathPattern)":foo\\@:bar"], null, "x@", null);

    [Fact(DisplayName = "match /*foo-:bar with undefined \u203a should match /a")]
    public void Match_74_0() => Cases.AssertMatch([(PathPattern)"/*foo-:bar"], null, "/a", null);

    [Fact(DisplayName = "match /*foo-:bar with undefined \u203a should match /a-b")]
    public void Match_74_1() => Cases.AssertMatch([(PathPattern)"/*foo-:bar"], null, "/a-b", ("/a-b", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = "b" }));

    [Fact(DisplayName = "match /*foo-:bar with undefined \u203a should match /a-b-c-d")]
    public void Match_74_2() => Cases.AssertMatch([(PathPattern)"/*foo-:bar"], null, "/a-b-c-d", ("/a-b-c-d", new Dictionary<string, object?> { ["foo"] = new string[] { "a-b-c" }, ["bar"] = "d" }));

    [Fact(DisplayName = "match /*foo-*bar-:baz with undefined \u203a should match /a")]
    public void Match_75_0() => Cases.AssertMatch([(PathPattern)"/*foo-*bar-:baz"], null, "/a", null);

    [Fact(DisplayName = "match /*foo-*bar-:baz with undefined \u203a should match /a-b-c")]
    public void Match_75_1() => Cases.AssertMatch([(PathPattern)"/*foo-*bar-:baz"], null, "/a-b-c", ("/a-b-c", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = new string[] { "b" }, ["baz"] = "c" }));

    [Fact(DisplayName = "match /*foo-*bar-:baz with undefined \u203a should match /a-b-c-d")]
    public void Match_75_2() => Cases.AssertMatch([(PathPattern)"/*foo-*bar-:baz"], null, "/a-b-c-d", ("/a-b-c-d", new Dictionary<string, object?> { ["foo"] = new string[] { "a-b" }, ["bar"] = new string[] { "c" }, ["baz"] = "d" }));

    [Fact(DisplayName = "match /*foo-:bar-*baz with undefined \u203a should match /a")]
    public void Match_76_0() => Cases.AssertMatch([(PathPattern)"/*foo-:bar-*baz"], null, "/a", null);

    [Fact(DisplayName = "match /*foo-:bar-*baz with undefined \u203a should match /a-b-c")]
    public void Match_76_1() => Cases.AssertMatch([(PathPattern)"/*foo-:bar-*baz"], null, "/a-b-c", ("/a-b-c", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = "b", ["baz"] = new string[] { "c" } }));

    [Fact(DisplayName = "match /*foo-:bar-*baz with undefined \u203a should match /a-b-c-d")]
    public void Match_76_2() => Cases.AssertMatch([(PathPattern)"/*foo-:bar-*baz"], null, "/a-b-c-d", ("/a-b-c-d", new Dictionary<string, object?> { ["foo"] = new string[] { "a-b" }, ["bar"] = "c", ["baz"] = new string[] { "d" } }));

    [Fact(DisplayName = "match /*foo-:bar-*baz-:qux with undefined \u203a should match /a")]
    public void Match_77_0() => Cases.AssertMatch([(PathPattern)"/*foo-:bar-*baz-:qux"], null, "/a", null);

    [Fact(DisplayName = "match /*foo-:bar-*baz-:qux with undefined \u203a should match /a-b-c-d")]
    public void Match_77_1() => Cases.AssertMatch([(PathPattern)"/*foo-:bar-*baz-:qux"], null, "/a-b-c-d", ("/a-b-c-d", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = "b", ["baz"] = new string[] { "c" }, ["qux"] = "d" }));

    [Fact(DisplayName = "match /*foo-*bar with undefined \u203a should match /a")]
    public void Match_78_0() => Cases.AssertMatch([(PathPattern)"/*foo-*bar"], null, "/a", null);

    [Fact(DisplayName = "match /*foo-*bar with undefined \u203a should match /a-b")]
    public void Match_78_1() => Cases.AssertMatch([(PathPattern)"/*foo-*bar"], null, "/a-b", ("/a-b", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = new string[] { "b" } }));

    [Fact(DisplayName = "match /*foo-*bar with undefined \u203a should match /a-b-")]
    public void Match_78_2() => Cases.AssertMatch([(PathPattern)"/*foo-*bar"], null, "/a-b-", null);

    [Fact(DisplayName = "match /*foo-*bar with undefined \u203a should match /a-b-c-d")]
    public void Match_78_3() => Cases.AssertMatch([(PathPattern)"/*foo-*bar"], null, "/a-b-c-d", ("/a-b-c-d", new Dictionary<string, object?> { ["foo"] = new string[] { "a-b-c" }, ["bar"] = new string[] { "d" } }));

    [Fact(DisplayName = "match /:foo-:bar-*baz with undefined \u203a should match /a")]
    public void Match_79_0() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz"], null, "/a", null);

    [Fact(DisplayName = "match /:foo-:bar-*baz with undefined \u203a should match /a-b-c")]
    public void Match_79_1() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz"], null, "/a-b-c", ("/a-b-c", new Dictionary<string, object?> { ["foo"] = "a", ["bar"] = "b", ["baz"] = new string[] { "c" } }));

    [Fact(DisplayName = "match /:foo-:bar-*baz with undefined \u203a should match /a-b-c-d")]
    public void Match_79_2() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz"], null, "/a-b-c-d", ("/a-b-c-d", new Dictionary<string, object?> { ["foo"] = "a", ["bar"] = "b", ["baz"] = new string[] { "c-d" } }));

    [Fact(DisplayName = "match /:foo-:bar-*baz-:qux with undefined \u203a should match /a")]
    public void Match_80_0() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz-:qux"], null, "/a", null);

    [Fact(DisplayName = "match /:foo-:bar-*baz-:qux with undefined \u203a should match /a-b-c")]
    public void Match_80_1() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz-:qux"], null, "/a-b-c", null);

    [Fact(DisplayName = "match /:foo-:bar-*baz-:qux with undefined \u203a should match /a-b-c-d")]
    public void Match_80_2() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz-:qux"], null, "/a-b-c-d", ("/a-b-c-d", new Dictionary<string, object?> { ["foo"] = "a", ["bar"] = "b", ["baz"] = new string[] { "c" }, ["qux"] = "d" }));

    [Fact(DisplayName = "match /:foo-:bar-*baz-:qux with undefined \u203a should match /a-b-c-d-e")]
    public void Match_80_3() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz-:qux"], null, "/a-b-c-d-e", ("/a-b-c-d-e", new Dictionary<string, object?> { ["foo"] = "a", ["bar"] = "b", ["baz"] = new string[] { "c-d" }, ["qux"] = "e" }));

    [Fact(DisplayName = "match /:foo-:bar-*baz-:qux with undefined \u203a should match /a-b-c/d-e-f")]
    public void Match_80_4() => Cases.AssertMatch([(PathPattern)"/:foo-:bar-*baz-:qux"], null, "/a-b-c/d-e-f", ("/a-b-c/d-e-f", new Dictionary<string, object?> { ["foo"] = "a", ["bar"] = "b", ["baz"] = new string[] { "c", "d-e" }, ["qux"] = "f" }));

    [Fact(DisplayName = "match /*foo/:bar/*baz/:qux with undefined \u203a should match /a/b/c/d/e")]
    public void Match_81_0() => Cases.AssertMatch([(PathPattern)"/*foo/:bar/*baz/:qux"], null, "/a/b/c/d/e", ("/a/b/c/d/e", new Dictionary<string, object?> { ["foo"] = new string[] { "a", "b" }, ["bar"] = "c", ["baz"] = new string[] { "d" }, ["qux"] = "e" }));

    [Fact(DisplayName = "match /*foo/abc-:bar/xyz-*baz/:qux with undefined \u203a should match /a/b/c/d/e")]
    public void Match_82_0() => Cases.AssertMatch([(PathPattern)"/*foo/abc-:bar/xyz-*baz/:qux"], null, "/a/b/c/d/e", null);

    [Fact(DisplayName = "match /*foo/abc-:bar/xyz-*baz/:qux with undefined \u203a should match /a/abc-x/xyz-y/z")]
    public void Match_82_1() => Cases.AssertMatch([(PathPattern)"/*foo/abc-:bar/xyz-*baz/:qux"], null, "/a/abc-x/xyz-y/z", ("/a/abc-x/xyz-y/z", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = "x", ["baz"] = new string[] { "y" }, ["qux"] = "z" }));

    [Fact(DisplayName = "match /*foo/abc-:bar/xyz-*baz/:qux with undefined \u203a should match /a/abc-abc/xyz-/xyz-/z")]
    public void Match_82_2() => Cases.AssertMatch([(PathPattern)"/*foo/abc-:bar/xyz-*baz/:qux"], null, "/a/abc-abc/xyz-/xyz-/z", ("/a/abc-abc/xyz-/xyz-/z", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = "abc", ["baz"] = new string[] { "", "xyz-" }, ["qux"] = "z" }));

    [Fact(DisplayName = "match /*foo/abc-:bar/xyz-*baz/:qux with undefined \u203a should match /a/abc-abc/xyz-/xyz-a/z")]
    public void Match_82_3() => Cases.AssertMatch([(PathPattern)"/*foo/abc-:bar/xyz-*baz/:qux"], null, "/a/abc-abc/xyz-/xyz-a/z", ("/a/abc-abc/xyz-/xyz-a/z", new Dictionary<string, object?> { ["foo"] = new string[] { "a" }, ["bar"] = "abc", ["baz"] = new string[] { "", "xyz-a" }, ["qux"] = "z" }));

    [Fact(DisplayName = "match /*foo/abc-:bar/xyz-*baz/:qux with undefined \u203a should match /a/abc/abc-abc/xyz-/xyz-a/z")]
    public void Match_82_4() => Cases.AssertMatch([(PathPattern)"/*foo/abc-:bar/xyz-*baz/:qux"], null, "/a/abc/abc-abc/xyz-/xyz-a/z", ("/a/abc/abc-abc/xyz-/xyz-a/z", new Dictionary<string, object?> { ["foo"] = new string[] { "a", "abc" }, ["bar"] = "abc", ["baz"] = new string[] { "", "xyz-a" }, ["qux"] = "z" }));

    [Fact(DisplayName = "match /*foo/abc-:bar/xyz-*baz/:qux with undefined \u203a should match /abc-/abc-abc/xyz-/xyz-a/z")]
    public void Match_82_5() => Cases.AssertMatch([(PathPattern)"/*foo/abc-:bar/xyz-*baz/:qux"], null, "/abc-/abc-abc/xyz-/xyz-a/z", ("/abc-/abc-abc/xyz-/xyz-a/z", new Dictionary<string, object?> { ["foo"] = new string[] { "abc-" }, ["bar"] = "abc", ["baz"] = new string[] { "", "xyz-a" }, ["qux"] = "z" }));

    [Fact(DisplayName = "match /*a@:b-*c with undefined \u203a should match /foo@bar-baz")]
    public void Match_83_0() => Cases.AssertMatch([(PathPattern)"/*a@:b-*c"], null, "/foo@bar-baz", ("/foo@bar-baz", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = "bar", ["c"] = new string[] { "baz" } }));

    [Fact(DisplayName = "match /:a-*b.:c@*d with undefined \u203a should match /a-b.c@d")]
    public void Match_84_0() => Cases.AssertMatch([(PathPattern)"/:a-*b.:c@*d"], null, "/a-b.c@d", ("/a-b.c@d", new Dictionary<string, object?> { ["a"] = "a", ["b"] = new string[] { "b" }, ["c"] = "c", ["d"] = new string[] { "d" } }));

    [Fact(DisplayName = "match /:a-*b.:c@*d with undefined \u203a should match /a-b.c")]
    public void Match_84_1() => Cases.AssertMatch([(PathPattern)"/:a-*b.:c@*d"], null, "/a-b.c", null);

    [Fact(DisplayName = "match /:a-*b.:c@*d with undefined \u203a should match /a-b-c.d.e@f@g")]
    public void Match_84_2() => Cases.AssertMatch([(PathPattern)"/:a-*b.:c@*d"], null, "/a-b-c.d.e@f@g", ("/a-b-c.d.e@f@g", new Dictionary<string, object?> { ["a"] = "a", ["b"] = new string[] { "b-c.d" }, ["c"] = "e@f", ["d"] = new string[] { "g" } }));

    [Fact(DisplayName = "match /*a--*b@@:c with undefined \u203a should match /a--b@@c")]
    public void Match_85_0() => Cases.AssertMatch([(PathPattern)"/*a--*b@@:c"], null, "/a--b@@c", ("/a--b@@c", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = new string[] { "b" }, ["c"] = "c" }));

    [Fact(DisplayName = "match /*a--*b@@:c with undefined \u203a should match /a--b@@c/d")]
    public void Match_85_1() => Cases.AssertMatch([(PathPattern)"/*a--*b@@:c"], null, "/a--b@@c/d", null);

    [Fact(DisplayName = "match /*a--*b@@:c with undefined \u203a should match /a--b/c@@d--e@@f")]
    public void Match_85_2() => Cases.AssertMatch([(PathPattern)"/*a--*b@@:c"], null, "/a--b/c@@d--e@@f", ("/a--b/c@@d--e@@f", new Dictionary<string, object?> { ["a"] = new string[] { "a--b", "c@@d" }, ["b"] = new string[] { "e" }, ["c"] = "f" }));

    [Fact(DisplayName = "match /*a~~:b~~*c/:d with undefined \u203a should match /a~~b~~c/d")]
    public void Match_86_0() => Cases.AssertMatch([(PathPattern)"/*a~~:b~~*c/:d"], null, "/a~~b~~c/d", ("/a~~b~~c/d", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = "b", ["c"] = new string[] { "c" }, ["d"] = "d" }));

    [Fact(DisplayName = "match /*a--*b-.-:c with undefined \u203a should match /a--b-.-c")]
    public void Match_87_0() => Cases.AssertMatch([(PathPattern)"/*a--*b-.-:c"], null, "/a--b-.-c", ("/a--b-.-c", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = new string[] { "b" }, ["c"] = "c" }));

    [Fact(DisplayName = "match /*a~~*b._.:c with undefined \u203a should match /a~~b._.c")]
    public void Match_88_0() => Cases.AssertMatch([(PathPattern)"/*a~~*b._.:c"], null, "/a~~b._.c", ("/a~~b._.c", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = new string[] { "b" }, ["c"] = "c" }));

    [Fact(DisplayName = "match /*a@@*b~.~:c with undefined \u203a should match /a@@b~.~c")]
    public void Match_89_0() => Cases.AssertMatch([(PathPattern)"/*a@@*b~.~:c"], null, "/a@@b~.~c", ("/a@@b~.~c", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = new string[] { "b" }, ["c"] = "c" }));

    [Fact(DisplayName = "match /*a-.-*b@@:c with undefined \u203a should match /a-.-b@@c")]
    public void Match_90_0() => Cases.AssertMatch([(PathPattern)"/*a-.-*b@@:c"], null, "/a-.-b@@c", ("/a-.-b@@c", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = new string[] { "b" }, ["c"] = "c" }));

    [Fact(DisplayName = "match /*a@.@*b--:c with undefined \u203a should match /a@.@b--c")]
    public void Match_91_0() => Cases.AssertMatch([(PathPattern)"/*a@.@*b--:c"], null, "/a@.@b--c", ("/a@.@b--c", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = new string[] { "b" }, ["c"] = "c" }));

    [Fact(DisplayName = "match /*a-@-*b..:c with undefined \u203a should match /a-@-b..c")]
    public void Match_92_0() => Cases.AssertMatch([(PathPattern)"/*a-@-*b..:c"], null, "/a-@-b..c", ("/a-@-b..c", new Dictionary<string, object?> { ["a"] = new string[] { "a" }, ["b"] = new string[] { "b" }, ["c"] = "c" }));

    [Fact(DisplayName = "match /x/*a/*b/y with undefined \u203a should match /x/foo/bar/y")]
    public void Match_93_0() => Cases.AssertMatch([(PathPattern)"/x/*a/*b/y"], null, "/x/foo/bar/y", ("/x/foo/bar/y", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = new string[] { "bar" } }));

    [Fact(DisplayName = "match /x/*a-:b/*c/y with undefined \u203a should match /x/foo-bar/baz/y")]
    public void Match_94_0() => Cases.AssertMatch([(PathPattern)"/x/*a-:b/*c/y"], null, "/x/foo-bar/baz/y", ("/x/foo-bar/baz/y", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = "bar", ["c"] = new string[] { "baz" } }));

    [Fact(DisplayName = "match /x/*a-:b/*c/y with undefined \u203a should match /x/foo-bar/baz-qux/y")]
    public void Match_94_1() => Cases.AssertMatch([(PathPattern)"/x/*a-:b/*c/y"], null, "/x/foo-bar/baz-qux/y", ("/x/foo-bar/baz-qux/y", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = "bar", ["c"] = new string[] { "baz-qux" } }));

    [Fact(DisplayName = "match /x/*a-:b-:c/*d/y with undefined \u203a should match /x/foo-bar-baz/qux/y")]
    public void Match_95_0() => Cases.AssertMatch([(PathPattern)"/x/*a-:b-:c/*d/y"], null, "/x/foo-bar-baz/qux/y", ("/x/foo-bar-baz/qux/y", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = "bar", ["c"] = "baz", ["d"] = new string[] { "qux" } }));

    [Fact(DisplayName = "match /x/*a-:b-:c-*d/*e/y with undefined \u203a should match /x/foo-bar-baz-qux/quux/y")]
    public void Match_96_0() => Cases.AssertMatch([(PathPattern)"/x/*a-:b-:c-*d/*e/y"], null, "/x/foo-bar-baz-qux/quux/y", ("/x/foo-bar-baz-qux/quux/y", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = "bar", ["c"] = "baz", ["d"] = new string[] { "qux" }, ["e"] = new string[] { "quux" } }));

    [Fact(DisplayName = "match /x/*a@/*c/y with undefined \u203a should match /x/foo@/y")]
    public void Match_97_0() => Cases.AssertMatch([(PathPattern)"/x/*a@/*c/y"], null, "/x/foo@/y", null);

    [Fact(DisplayName = "match /x/*a@/*c/y with undefined \u203a should match /x/foo@/y/y")]
    public void Match_97_1() => Cases.AssertMatch([(PathPattern)"/x/*a@/*c/y"], null, "/x/foo@/y/y", ("/x/foo@/y/y", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["c"] = new string[] { "y" } }));

    [Fact(DisplayName = "match /x/*a@/*c/y with undefined \u203a should match /x/foo@/y/z/y")]
    public void Match_97_2() => Cases.AssertMatch([(PathPattern)"/x/*a@/*c/y"], null, "/x/foo@/y/z/y", ("/x/foo@/y/z/y", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["c"] = new string[] { "y", "z" } }));

    [Fact(DisplayName = "match /:a-:b^*c@*d%:e with undefined \u203a should match /a-b^c@d%e")]
    public void Match_98_0() => Cases.AssertMatch([(PathPattern)"/:a-:b^*c@*d%:e"], null, "/a-b^c@d%e", ("/a-b^c@d%e", new Dictionary<string, object?> { ["a"] = "a", ["b"] = "b", ["c"] = new string[] { "c" }, ["d"] = new string[] { "d" }, ["e"] = "e" }));

    [Fact(DisplayName = "match %25:foo{%25:bar} with {\"delimiter\":\"%25\"} \u203a should match %25hello")]
    public void Match_99_0() => Cases.AssertMatch([(PathPattern)"%25:foo{%25:bar}"], new MatchOptions { Delimiter = "%25" }, "%25hello", ("%25hello", new Dictionary<string, object?> { ["foo"] = "hello" }));

    [Fact(DisplayName = "match %25:foo{%25:bar} with {\"delimiter\":\"%25\"} \u203a should match %25hello%25world")]
    public void Match_99_1() => Cases.AssertMatch([(PathPattern)"%25:foo{%25:bar}"], new MatchOptions { Delimiter = "%25" }, "%25hello%25world", ("%25hello%25world", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = "world" }));

    [Fact(DisplayName = "match %25:foo{%25:bar} with {\"delimiter\":\"%25\"} \u203a should match %25555%25222")]
    public void Match_99_2() => Cases.AssertMatch([(PathPattern)"%25:foo{%25:bar}"], new MatchOptions { Delimiter = "%25" }, "%25555%25222", ("%25555%25222", new Dictionary<string, object?> { ["foo"] = "555", ["bar"] = "222" }));

    [Fact(DisplayName = "match %25:foo..:bar with {\"delimiter\":\"%25\"} \u203a should match %25hello..world")]
    public void Match_100_0() => Cases.AssertMatch([(PathPattern)"%25:foo..:bar"], new MatchOptions { Delimiter = "%25" }, "%25hello..world", ("%25hello..world", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = "world" }));

    [Fact(DisplayName = "match %25:foo..:bar with {\"delimiter\":\"%25\"} \u203a should match %25555..222")]
    public void Match_100_1() => Cases.AssertMatch([(PathPattern)"%25:foo..:bar"], new MatchOptions { Delimiter = "%25" }, "%25555..222", ("%25555..222", new Dictionary<string, object?> { ["foo"] = "555", ["bar"] = "222" }));

    [Fact(DisplayName = "match %25:foo..:bar with {\"delimiter\":\"%25\"} \u203a should match %25555....222%25")]
    public void Match_100_2() => Cases.AssertMatch([(PathPattern)"%25:foo..:bar"], new MatchOptions { Delimiter = "%25" }, "%25555....222%25", ("%25555....222%25", new Dictionary<string, object?> { ["foo"] = "555..", ["bar"] = "222" }));

    [Fact(DisplayName = "match [\"/:foo/:bar\",\"/:foo/:baz\"] with undefined \u203a should match /hello/world")]
    public void Match_101_0() => Cases.AssertMatch([(PathPattern)"/:foo/:bar", (PathPattern)"/:foo/:baz"], null, "/hello/world", ("/hello/world", new Dictionary<string, object?> { ["foo"] = "hello", ["bar"] = "world" }));

    [Fact(DisplayName = "match [\"/x/*a/y/*b/z\",\"/x/*a/y/*b/w\"] with undefined \u203a should match /x/foo/y/bar/z")]
    public void Match_102_0() => Cases.AssertMatch([(PathPattern)"/x/*a/y/*b/z", (PathPattern)"/x/*a/y/*b/w"], null, "/x/foo/y/bar/z", ("/x/foo/y/bar/z", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = new string[] { "bar" } }));

    [Fact(DisplayName = "match [\"/x/*a/y/*b/z\",\"/x/*a/y/*b/w\"] with undefined \u203a should match /x/foo/y/bar/w")]
    public void Match_102_1() => Cases.AssertMatch([(PathPattern)"/x/*a/y/*b/z", (PathPattern)"/x/*a/y/*b/w"], null, "/x/foo/y/bar/w", ("/x/foo/y/bar/w", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = new string[] { "bar" } }));

    [Fact(DisplayName = "match [\"/x/*a/y-/*b/z\",\"/x/*a/y-/*b/w\"] with undefined \u203a should match /x/foo/y-/bar/z")]
    public void Match_103_0() => Cases.AssertMatch([(PathPattern)"/x/*a/y-/*b/z", (PathPattern)"/x/*a/y-/*b/w"], null, "/x/foo/y-/bar/z", ("/x/foo/y-/bar/z", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = new string[] { "bar" } }));

    [Fact(DisplayName = "match [\"/x/*a/y-/*b/z\",\"/x/*a/y-/*b/w\"] with undefined \u203a should match /x/foo/y-/bar/w")]
    public void Match_103_1() => Cases.AssertMatch([(PathPattern)"/x/*a/y-/*b/z", (PathPattern)"/x/*a/y-/*b/w"], null, "/x/foo/y-/bar/w", ("/x/foo/y-/bar/w", new Dictionary<string, object?> { ["a"] = new string[] { "foo" }, ["b"] = new string[] { "bar" } }));

    [Fact(DisplayName = "match {\"tokens\":[{\"type\":\"text\",\"value\":\"/\"},{\"type\":\"param\",\"name\":\"test\"}]} with undefined \u203a should match /123")]
    public void Match_104_0() => Cases.AssertMatch([(PathPattern)new TokenData([new PathText("/"), new PathParameter("test")])], null, "/123", ("/123", new Dictionary<string, object?> { ["test"] = "123" }));

}
