using Microsoft.AspNetCore.Http;

namespace Koa.Tests;

// Ported from jshttp/cookie v0.7.2 test/parse.js: describe('cookie.parse(str)') and describe('cookie.parse(str, options)').
// npm `cookies` does not use `cookie.parse`: it looks one name up with /(?:^|;) *name=([^;]*)/, trims nothing after
// the leading spaces, strips one pair of quotes and never URL-decodes. Each case feeds the same header to Get and
// asserts what cookies 0.9.2 returns (the same inputs are replayed from node in tests/conformance/cookies/get.json);
// where the answer differs from cookie.parse, the comment says so.
public sealed class CookieParseTests
{
    private const string Prefix = "cookie.parse(str) › ";

    internal static string? Get(string header, string name) =>
        new Cookies(new HeaderDictionary { ["Cookie"] = header }, new HeaderDictionary()).Get(name);

    // parse() with no argument → Get(null).
    [Fact(DisplayName = Prefix + "should throw with no arguments")]
    public void Should_throw_with_no_arguments()
    {
        var cookies = new Cookies(new HeaderDictionary { ["Cookie"] = "foo=bar" }, new HeaderDictionary());

        Assert.Throws<ArgumentNullException>(() => cookies.Get(null!));
    }

    // parse(42) → a missing header dictionary, the only non-string source a caller can pass.
    [Fact(DisplayName = Prefix + "should throw when not a string")]
    public void Should_throw_when_not_a_string()
    {
        Assert.Throws<ArgumentNullException>(() => new Cookies(null!, new HeaderDictionary()));
        Assert.Throws<ArgumentNullException>(() => new Cookies(new HeaderDictionary(), null!));
        Assert.Throws<ArgumentNullException>(() => new Cookies((HttpContext)null!));
    }

    [Fact(DisplayName = Prefix + "should parse cookie string to object")]
    public void Should_parse_cookie_string_to_object()
    {
        Assert.Equal("bar", Get("foo=bar", "foo"));
        Assert.Equal("123", Get("foo=123", "foo"));
    }

    // cookie.parse trims OWS ({ FOO: 'bar', baz: 'raz' }); cookies matches `name=` literally and keeps the spaces.
    [Fact(DisplayName = Prefix + "should ignore OWS")]
    public void Should_ignore_OWS()
    {
        Assert.Null(Get("FOO    = bar;   baz  =   raz", "FOO"));
        Assert.Null(Get("FOO    = bar;   baz  =   raz", "baz"));
        Assert.Equal(" bar", Get("FOO    = bar;   baz  =   raz", "FOO    "));
        Assert.Equal("   raz", Get("FOO    = bar;   baz  =   raz", "baz  "));
    }

    [Fact(DisplayName = Prefix + "should parse cookie with empty value")]
    public void Should_parse_cookie_with_empty_value()
    {
        Assert.Equal("", Get("foo=; bar=", "foo"));
        Assert.Equal("", Get("foo=; bar=", "bar"));
    }

    [Fact(DisplayName = Prefix + "should parse cookie with minimum length")]
    public void Should_parse_cookie_with_minimum_length()
    {
        Assert.Equal("", Get("f=", "f"));
        Assert.Equal("", Get("f=;b=", "f"));
        Assert.Equal("", Get("f=;b=", "b"));
    }

    // cookies never URL-decodes (cookie.parse gives ' ",;/' for the second header).
    [Fact(DisplayName = Prefix + "should URL-decode values")]
    public void Should_URL_decode_values()
    {
        Assert.Equal("bar=123456789&name=Magic+Mouse", Get("foo=\"bar=123456789&name=Magic+Mouse\"", "foo"));
        Assert.Equal("%20%22%2c%3b%2f", Get("email=%20%22%2c%3b%2f", "email"));
    }

    [Fact(DisplayName = Prefix + "should parse quoted values")]
    public void Should_parse_quoted_values()
    {
        Assert.Equal("bar", Get("foo=\"bar\"", "foo"));
        Assert.Equal(" a b c ", Get("foo=\" a b c \"", "foo"));
    }

    // cookie.parse trims around names and values; cookies skips spaces (not tabs) before the name only, and strips
    // quotes only when the value starts with one.
    [Fact(DisplayName = Prefix + "should trim whitespace around key and value")]
    public void Should_trim_whitespace_around_key_and_value()
    {
        Assert.Null(Get("  foo  =  \"bar\"  ", "foo"));
        Assert.Equal("  \"bar\"  ", Get("  foo  =  \"bar\"  ", "foo  "));
        Assert.Equal("  bar  ", Get("  foo  =  bar  ;  fizz  =  buzz  ", "foo  "));
        Assert.Equal("  buzz  ", Get("  foo  =  bar  ;  fizz  =  buzz  ", "fizz  "));
        Assert.Equal(" \" a b c \" ", Get(" foo = \" a b c \" ", "foo "));
        Assert.Equal(" bar ", Get(" = bar ", ""));
        Assert.Equal(" bar ", Get(" = bar ", " "));
        Assert.Equal(" ", Get(" foo = ", "foo "));
        Assert.Equal("   ", Get("   =   ", ""));
        Assert.Null(Get("\tfoo\t=\tbar\t", "foo"));
        Assert.Equal("\tbar\t", Get("\tfoo\t=\tbar\t", "\tfoo\t"));
    }

    // Nothing is decoded, so there is no escape error: '%1' comes back as is.
    [Fact(DisplayName = Prefix + "should return original value on escape error")]
    public void Should_return_original_value_on_escape_error()
    {
        Assert.Equal("%1", Get("foo=%1;bar=bar", "foo"));
        Assert.Equal("bar", Get("foo=%1;bar=bar", "bar"));
    }

    [Fact(DisplayName = Prefix + "should ignore cookies without value")]
    public void Should_ignore_cookies_without_value()
    {
        Assert.Equal("bar", Get("foo=bar;fizz  ;  buzz", "foo"));
        Assert.Null(Get("foo=bar;fizz  ;  buzz", "fizz"));
        Assert.Null(Get("foo=bar;fizz  ;  buzz", "buzz"));
        Assert.Equal("  bar", Get("  fizz; foo=  bar", "foo"));
        Assert.Null(Get("  fizz; foo=  bar", "fizz"));
    }

    [Fact(DisplayName = Prefix + "should ignore duplicate cookies")]
    public void Should_ignore_duplicate_cookies()
    {
        Assert.Equal("%1", Get("foo=%1;bar=bar;foo=boo", "foo"));
        Assert.Equal("false", Get("foo=false;bar=bar;foo=true", "foo"));
        Assert.Equal("", Get("foo=;bar=bar;foo=boo", "foo"));
    }

    [Fact(DisplayName = Prefix + "should parse native properties")]
    public void Should_parse_native_properties()
    {
        Assert.Equal("foo", Get("toString=foo;valueOf=bar", "toString"));
        Assert.Equal("bar", Get("toString=foo;valueOf=bar", "valueOf"));
        Assert.Null(Get("toString=foo;valueOf=bar", "__proto__"));
    }

    // cookies has no decode option: the caller decodes the (unquoted) value it gets.
    [Fact(DisplayName = "cookie.parse(str, options) › with \"decode\" option › should specify alternative value decoder")]
    public void With_decode_option_should_specify_alternative_value_decoder()
    {
        var raw = Get("foo=\"YmFy\"", "foo");

        Assert.Equal("YmFy", raw);
        Assert.Equal("bar", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(raw!)));
    }
}
