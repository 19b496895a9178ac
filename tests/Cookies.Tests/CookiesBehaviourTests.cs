using Koa.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Behaviour of the port beyond upstream's suites: the header-dictionary constructor, repeated Cookie header lines,
// the signing quirk with and without options, the documented differences, allocation.
public sealed class CookiesBehaviourTests
{
    private static readonly Keygrip Keys = new(["keyboard cat a", "keyboard cat b"]);

    private static (Cookies Cookies, HeaderDictionary Response) Create(StringValues cookieHeader = default, CookiesOptions? options = null)
    {
        var request = new HeaderDictionary();
        if (cookieHeader.Count > 0)
            request["Cookie"] = cookieHeader;
        var response = new HeaderDictionary();
        return (new Cookies(request, response, options), response);
    }

    [Fact]
    public void Repeated_Cookie_header_lines_are_joined_as_node_joins_them()
    {
        var (cookies, _) = Create(new StringValues(["a=1", "b=2"]));

        Assert.Equal("1", cookies.Get("a"));
        Assert.Equal("2", cookies.Get("b"));
        Assert.Equal("2", cookies.Get(" b"));           // "a=1; b=2": the joining space counts
    }

    [Fact]
    public void Names_are_case_sensitive_and_the_first_occurrence_wins()
    {
        var (cookies, _) = Create("FOO=upper; foo=first; foo=second");

        Assert.Equal("upper", cookies.Get("FOO"));
        Assert.Equal("first", cookies.Get("foo"));
        Assert.Null(cookies.Get("Foo"));
    }

    [Fact]
    public void An_empty_Cookie_header_has_no_cookies()
    {
        var (cookies, _) = Create("");

        Assert.Null(cookies.Get(""));
        Assert.Null(cookies.Get("foo"));

        var plain = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["cookie"] = StringValues.Empty };
        Assert.Null(new Cookies(plain, new Dictionary<string, StringValues>()).Get("foo"));
    }

    [Fact]
    public void Plain_dictionaries_work_when_they_compare_names_case_insensitively()
    {
        var request = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["cookie"] = "foo=bar" };
        var response = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);

        var cookies = new Cookies(request, response);
        cookies.Set("fizz", cookies.Get("foo"));

        Assert.Equal("fizz=bar; path=/; httponly", response["set-cookie"].ToString());
    }

    [Fact]
    public void Without_options_nothing_is_signed_or_verified_even_with_keys()
    {
        var (cookies, response) = Create("foo=bar; foo.sig=bogus", new CookiesOptions { Keys = Keys });

        Assert.Equal("bar", cookies.Get("foo"));
        cookies.Set("fizz", "buzz");

        Assert.Equal(["fizz=buzz; path=/; httponly"], SetCookies(response));
    }

    [Fact]
    public void With_an_options_object_keys_turn_signing_on()
    {
        var (cookies, response) = Create("foo=bar; foo.sig=bogus", new CookiesOptions { Keys = Keys });

        Assert.Null(cookies.Get("foo", new CookieGetOptions()));
        cookies.Set("fizz", "buzz", new CookieSetOptions());
        Assert.Equal("bar", cookies.Get("foo", new() { Signed = false }));

        Assert.Equal(
        [
            "foo.sig=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly",
            "fizz=buzz; path=/; httponly",
            $"fizz.sig={Keys.Sign("fizz=buzz")}; path=/; httponly",
        ], SetCookies(response));
    }

    [Fact]
    public void A_signed_read_without_a_signature_cookie_returns_null_and_queues_nothing()
    {
        var (cookies, response) = Create("foo=bar; foo.sig=", new CookiesOptions { Keys = Keys });

        Assert.Null(cookies.Get("foo", new() { Signed = true }));
        Assert.Null(cookies.Get("fizz", new() { Signed = true }));
        Assert.False(response.ContainsKey("Set-Cookie"));
    }

    [Fact]
    public void A_signature_from_an_older_key_is_replaced_with_default_attributes()
    {
        var old = new Keygrip(["keyboard cat b"]).Sign("foo=bar");
        var (cookies, response) = Create($"foo=bar; foo.sig={old}", new CookiesOptions { Keys = Keys, Secure = true });

        Assert.Equal("bar", cookies.Get("foo", new() { Signed = true }));
        Assert.Equal($"foo.sig={Keys.Sign("foo=bar")}; path=/; secure; httponly", response["Set-Cookie"].ToString());
    }

    [Fact]
    public void The_header_dictionary_constructor_treats_the_connection_as_insecure_unless_told()
    {
        var (insecure, _) = Create();
        var (secure, response) = Create(options: new CookiesOptions { Secure = true });

        Assert.Equal("Cannot send secure cookie over unencrypted connection",
            Assert.Throws<InvalidOperationException>(() => insecure.Set("foo", "bar", new() { Secure = true })).Message);
        secure.Set("foo", "bar").Set("fizz", "buzz", new() { Secure = false });
        Assert.Equal(["foo=bar; path=/; secure; httponly", "fizz=buzz; path=/; httponly"], SetCookies(response));
    }

    // Deviation: upstream pushes the cookie before noticing the missing keys; the port leaves the response untouched.
    [Fact]
    public void Signing_without_keys_throws_before_touching_the_response()
    {
        var (cookies, response) = Create();
        response["Set-Cookie"] = new StringValues(["a=1", "b=2"]);

        Assert.Equal(".keys required for signed cookies",
            Assert.Throws<InvalidOperationException>(() => cookies.Set("foo", "bar", new() { Signed = true })).Message);
        Assert.Equal(["a=1", "b=2"], SetCookies(response));
    }

    // Deviation: node writes "expires=Invalid Date" (or a 5-digit year); .NET dates stop at year 9999.
    [Fact]
    public void A_maxAge_beyond_the_representable_dates_is_rejected()
    {
        var (cookies, _) = Create(options: new CookiesOptions { TimeProvider = new FixedClock() });

        Assert.Equal("option maxAge is invalid", Assert.Throws<ArgumentException>(() => cookies.Set("foo", "bar", new() { MaxAge = TimeSpan.FromDays(3_000_000) })).Message);
        Assert.Equal("option maxAge is invalid", Assert.Throws<ArgumentException>(() => cookies.Set("foo", "bar", new() { MaxAge = -TimeSpan.FromDays(800_000) })).Message);
        cookies.Set("foo", null, new() { MaxAge = TimeSpan.MaxValue }); // a deletion ignores maxAge, as upstream
    }

    [Fact]
    public void A_negative_maxAge_expires_in_the_past()
    {
        var (cookies, response) = Create(options: new CookiesOptions { TimeProvider = new FixedClock() });

        cookies.Set("foo", "bar", new() { MaxAge = TimeSpan.FromHours(-1), Expires = DateTimeOffset.UnixEpoch });

        Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 03:40:00 GMT; httponly", response["Set-Cookie"].ToString());
    }

    [Fact]
    public void Every_attribute_in_upstreams_order()
    {
        var (cookies, response) = Create(options: new CookiesOptions { Secure = true, TimeProvider = new FixedClock() });

        cookies.Set("sid", "abc", new()
        {
            MaxAge = TimeSpan.FromSeconds(1),
            Domain = ".Example.com",
            Priority = CookiePriority.Medium,
            SameSite = CookieSameSite.None,
            Partitioned = true,
            Path = "/app",
        });

        Assert.Equal("sid=abc; path=/app; expires=Fri, 21 Nov 2025 04:40:01 GMT; domain=.Example.com; priority=medium; samesite=none; secure; httponly; partitioned",
            response["Set-Cookie"].ToString());
    }

    [Fact]
    public void Values_are_written_verbatim_not_url_encoded()
    {
        var (cookies, response) = Create();

        cookies.Set("data", "a b,c\"d=é\t%20");

        Assert.Equal("data=a b,c\"d=é\t%20; path=/; httponly", response["Set-Cookie"].ToString());
    }

    [Fact]
    public void Overwrite_keeps_other_names_and_drops_null_entries()
    {
        var (cookies, response) = Create(options: new CookiesOptions { Keys = Keys });
        response["Set-Cookie"] = new StringValues(["foo=1", "foo.sig=1", "food=2", "foo.sigx=3", null!, "fo=4"]);

        cookies.Set("foo", "new", new() { Overwrite = true });

        Assert.Equal(["food=2", "foo.sigx=3", "fo=4", "foo=new; path=/; httponly", $"foo.sig={Keys.Sign("foo=new")}; path=/; httponly"],
            SetCookies(response));
    }

    [Fact]
    public void The_HttpContext_adapter_reads_IsHttps_at_each_Set_unless_Secure_is_given()
    {
        var context = new DefaultHttpContext();
        var cookies = new Cookies(context);
        var forced = new Cookies(context, new CookiesOptions { Secure = false });

        Assert.Throws<InvalidOperationException>(() => cookies.Set("a", "1", new() { Secure = true }));
        context.Request.IsHttps = true;
        cookies.Set("a", "1", new() { Secure = true });
        Assert.Throws<InvalidOperationException>(() => forced.Set("b", "2", new() { Secure = true }));

        Assert.Equal("a=1; path=/; secure; httponly", context.Response.Headers.SetCookie.ToString());
    }

    [Fact]
    public void Null_names_throw()
    {
        var (cookies, _) = Create("a=1");

        Assert.Throws<ArgumentNullException>(() => cookies.Set(null!, "v"));
        Assert.Throws<ArgumentNullException>(() => cookies.Get(null!));
    }

    [Fact]
    public void Get_allocates_only_the_returned_value()
    {
        var old = new Keygrip(["keyboard cat a"]).Sign("session=abcdefghijklmnop");
        var (cookies, _) = Create("theme=dark; session=abcdefghijklmnop; session.sig=" + old + "; lang=en", new CookiesOptions { Keys = Keys });
        cookies.Get("session");
        cookies.Get("session", new() { Signed = true });
        var signed = new CookieGetOptions { Signed = true };
        var expected = Allocated(() => _ = new string('x', "abcdefghijklmnop".Length));

        Assert.Equal(expected, Allocated(() => cookies.Get("session")));
        Assert.Equal(expected, Allocated(() => cookies.Get("session", signed)));
        Assert.Equal(0, Allocated(() => cookies.Get("missing")));
    }

    [Fact]
    public void TryGet_is_Get_without_the_string()
    {
        var newest = Keys.Sign("session=abcdefghijklmnop");
        var old = new Keygrip(["keyboard cat b"]).Sign("session=abcdefghijklmnop");
        var (cookies, response) = Create("theme=\"dark\"; session=abcdefghijklmnop; session.sig=" + newest, new CookiesOptions { Keys = Keys });
        var signed = new CookieGetOptions { Signed = true };

        Assert.True(cookies.TryGet("session", signed, out var value));
        Assert.Equal("abcdefghijklmnop", value.ToString());
        Assert.True(cookies.TryGet("theme", null, out value));
        Assert.Equal("dark", value.ToString());
        Assert.False(cookies.TryGet("theme", signed, out value));   // no theme.sig
        Assert.True(value.IsEmpty);
        Assert.False(cookies.TryGet("missing", null, out _));
        Assert.Throws<ArgumentNullException>(() => cookies.TryGet(null!, null, out _));
        Assert.Equal(0, Allocated(() => cookies.TryGet("session", signed, out _)));
        Assert.Equal(0, response["Set-Cookie"].Count);

        // the same side effects as Get: an older key's signature is renewed, a wrong one deleted
        var (renewing, renewed) = Create("session=abcdefghijklmnop; session.sig=" + old, new CookiesOptions { Keys = Keys });
        Assert.True(renewing.TryGet("session", signed, out _));
        Assert.StartsWith("session.sig=" + newest + ";", SetCookies(renewed).Single());
        var (deleting, deleted) = Create("session=abcdefghijklmnop; session.sig=bogus", new CookiesOptions { Keys = Keys });
        Assert.False(deleting.TryGet("session", signed, out _));
        Assert.StartsWith("session.sig=;", SetCookies(deleted).Single());
    }

    private static string[] SetCookies(IHeaderDictionary response) => response["Set-Cookie"].Select(line => line!).ToArray();

    private static long Allocated(Action action) => Koa.Tests.Shared.Measure.Allocated(action);

    [Fact]
    public void Public_api_matches_snapshot() => Koa.Tests.Shared.PublicApi.Verify(typeof(Cookies).Assembly);
}
