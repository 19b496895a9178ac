using Microsoft.AspNetCore.Http;

namespace Koa.Tests;

// Regression tests for the advisories in jshttp.md §22: no input may add a Set-Cookie attribute or split the header.
public sealed class SecurityTests
{
    private static (Cookies Cookies, HeaderDictionary Response) Create(Keygrip? keys = null, string? cookieHeader = null)
    {
        var request = new HeaderDictionary();
        if (cookieHeader is not null)
            request["Cookie"] = cookieHeader;
        var response = new HeaderDictionary();
        return (new Cookies(request, response, new CookiesOptions { Keys = keys }), response);
    }

    private static string Rejects(Action<Cookies> set)
    {
        var (cookies, response) = Create();
        var error = Assert.Throws<ArgumentException>(() => set(cookies));
        Assert.False(response.ContainsKey("Set-Cookie"));
        return error.Message;
    }

    // CVE-2024-47764 (cookie < 0.7.0): serialize("userName=<script>…; Max-Age=2592000; a", "test") injected attributes.
    [Fact]
    public void CVE_2024_47764_name_injection_is_rejected()
    {
        Assert.Equal("argument name is invalid", Rejects(c => c.Set("userName=<script>alert('XSS3')</script>; Max-Age=2592000; a", "test")));
    }

    [Fact]
    public void CVE_2024_47764_path_injection_is_rejected()
    {
        Assert.Equal("option path is invalid", Rejects(c => c.Set("foo", "bar", new() { Path = "/; Domain=evil" })));
    }

    [Fact]
    public void CVE_2024_47764_domain_injection_is_rejected()
    {
        Assert.Equal("option domain is invalid", Rejects(c => c.Set("foo", "bar", new() { Domain = "example.com; Path=/" })));
    }

    // cookies < 0.9.2 checked path and domain against field-content only, which allows ';'.
    [Fact]
    public void Cookies_0_9_2_path_attribute_injection_is_rejected()
    {
        Assert.Equal("option path is invalid", Rejects(c => c.Set("sid", "v", new() { Path = "/; samesite=none; domain=evil.example" })));
    }

    [Fact]
    public void Cookies_0_9_2_domain_attribute_injection_is_rejected()
    {
        Assert.Equal("option domain is invalid", Rejects(c => c.Set("sid", "v", new() { Domain = "x;secure" })));
    }

    [Fact]
    public void A_value_cannot_carry_attributes()
    {
        Assert.Equal("argument value is invalid", Rejects(c => c.Set("sid", "v; domain=evil.example")));
    }

    public static TheoryData<string> LineBreaks => ["\r", "\n", "\r\n", "\r\nSet-Cookie: evil=1", "\u0000", "\u000b", "\u007f"];

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void Control_characters_in_any_component_are_rejected_never_written(string control)
    {
        Assert.Equal("argument name is invalid", Rejects(c => c.Set("foo" + control, "bar")));
        Assert.Equal("argument value is invalid", Rejects(c => c.Set("foo", "bar" + control)));
        Assert.Equal("option path is invalid", Rejects(c => c.Set("foo", "bar", new() { Path = "/" + control })));
        Assert.Equal("option domain is invalid", Rejects(c => c.Set("foo", "bar", new() { Domain = "example.com" + control })));
    }

    [Fact]
    public void A_signed_read_of_a_signed_cookie_can_not_borrow_another_cookies_signature()
    {
        var keys = new Keygrip(["keyboard cat"]);
        var forged = $"foo=x; foo.sig={keys.Sign("bar=x")}";
        var (cookies, response) = Create(keys, forged);

        Assert.Null(cookies.Get("foo", new() { Signed = true }));
        Assert.Equal("foo.sig=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly", response["Set-Cookie"].ToString());
    }

    [Fact]
    public void A_tampered_value_with_the_old_signature_is_refused_and_the_signature_removed()
    {
        var keys = new Keygrip(["keyboard cat"]);
        var (cookies, response) = Create(keys, $"admin=true; admin.sig={keys.Sign("admin=false")}");

        Assert.Null(cookies.Get("admin", new CookieGetOptions()));
        Assert.Single(response["Set-Cookie"]);
    }

    [Fact]
    public void A_quoted_signature_is_unquoted_as_upstream()
    {
        var keys = new Keygrip(["keyboard cat"]);
        var (cookies, response) = Create(keys, "foo=bar; foo.sig=\"iW2fuCIzk9Cg_rqLT1CAqrtdWs8\"");

        Assert.Equal("bar", cookies.Get("foo", new() { Signed = true }));
        Assert.False(response.ContainsKey("Set-Cookie"));
    }
}
