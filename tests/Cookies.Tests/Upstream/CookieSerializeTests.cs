using Koa.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Koa.Tests;

// Ported from jshttp/cookie v0.7.2 test/serialize.js: describe('cookie.serialize(name, value)') and
// describe('cookie.serialize(name, value, options)'). npm `cookies` has its own serializer: lower-case attributes in
// the order path, expires, domain, priority, samesite, secure, httponly, partitioned; path=/ and httponly by default;
// no URL-encoding; maxAge in milliseconds turned into expires (no Max-Age attribute); a looser name rule
// (field-content without ';' and '='). The domain and path rules are the same regexes as cookie 0.7. Each case
// asserts what cookies 0.9.2 writes for the same input (checked against node, see tests/conformance/cookies).
public sealed class CookieSerializeTests
{
    private const string Prefix = "cookie.serialize(name, value) › ";
    private const string OptionsPrefix = "cookie.serialize(name, value, options) › ";

    private static readonly FixedClock Clock = new();

    internal static string Serialize(string name, string? value, CookieSetOptions? options = null, bool secureConnection = false)
    {
        var response = new HeaderDictionary();
        new Cookies(new HeaderDictionary(), response, new CookiesOptions { TimeProvider = Clock, Secure = secureConnection })
            .Set(name, value, options);
        return Assert.Single(response["Set-Cookie"])!;
    }

    private static string Error(Action action) => Assert.Throws<ArgumentException>(action).Message;

    [Fact(DisplayName = Prefix + "should serialize name and value")]
    public void Should_serialize_name_and_value()
    {
        Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar"));
    }

    // cookies writes values verbatim (cookie.serialize gives 'foo=bar%20%2Bbaz').
    [Fact(DisplayName = Prefix + "should URL-encode value")]
    public void Should_URL_encode_value()
    {
        Assert.Equal("foo=bar +baz; path=/; httponly", Serialize("foo", "bar +baz"));
    }

    // An empty value deletes the cookie in cookies.
    [Fact(DisplayName = Prefix + "should serialize empty value")]
    public void Should_serialize_empty_value()
    {
        Assert.Equal("foo=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly", Serialize("foo", ""));
    }

    [Fact(DisplayName = Prefix + "should serialize valid name")]
    public void Should_serialize_valid_name()
    {
        string[] validNames = ["foo", "foo!bar", "foo#bar", "foo$bar", "foo'bar", "foo*bar", "foo+bar", "foo-bar", "foo.bar", "foo^bar", "foo_bar", "foo`bar", "foo|bar", "foo~bar", "foo7bar"];

        foreach (var name in validNames)
            Assert.Equal(name + "=baz; path=/; httponly", Serialize(name, "baz"));
    }

    // cookie 0.7 accepts only tokens; cookies 0.9.2 accepts field-content without ';' and '=', so of cookie's
    // invalid names only those with CTLs, non-Latin-1 characters or ';' are rejected.
    [Fact(DisplayName = Prefix + "should throw for invalid name")]
    public void Should_throw_for_invalid_name()
    {
        foreach (var name in new[] { "foo\n", "foo\u280a", "foo;foo" })
            Assert.Equal("argument name is invalid", Error(() => Serialize(name, "bar")));

        foreach (var name in new[] { "foo/foo", "foo,foo", "foo@foo", "foo[foo]", "foo?foo", "foo:foo", "foo{foo}", "foo foo", "foo\tfoo", "foo\"foo", "foo<script>foo" })
            Assert.Equal(name + "=bar; path=/; httponly", Serialize(name, "bar"));
    }

    public sealed class DomainOption
    {
        private const string P = OptionsPrefix + "with \"domain\" option › ";

        [Fact(DisplayName = P + "should serialize valid domain")]
        public void Should_serialize_valid_domain()
        {
            foreach (var domain in new[] { "example.com", "sub.example.com", ".example.com", "localhost", ".localhost", "my-site.org", "localhost" })
                Assert.Equal("foo=bar; path=/; domain=" + domain + "; httponly", Serialize("foo", "bar", new() { Domain = domain }));
        }

        [Fact(DisplayName = P + "should throw for invalid domain")]
        public void Should_throw_for_invalid_domain()
        {
            foreach (var domain in new[] { "example.com\n", "sub.example.com\u0000", "my site.org", "domain..com", "example.com; Path=/", "example.com /* inject a comment */" })
                Assert.Equal("option domain is invalid", Error(() => Serialize("foo", "bar", new() { Domain = domain })));
        }
    }

    // cookies has no encode option: values are written verbatim and must be field-content without ';'.
    public sealed class EncodeOption
    {
        private const string P = OptionsPrefix + "with \"encode\" option › ";

        [Fact(DisplayName = P + "should throw on non-function value")]
        public void Should_throw_on_non_function_value()
        {
            Assert.Equal("foo=bar%20; path=/; httponly", Serialize("foo", "bar%20"));
        }

        [Fact(DisplayName = P + "should specify alternative value encoder")]
        public void Should_specify_alternative_value_encoder()
        {
            Assert.Equal("foo=YmFy; path=/; httponly", Serialize("foo", Convert.ToBase64String("bar"u8)));
        }

        [Fact(DisplayName = P + "should throw when returned value is invalid")]
        public void Should_throw_when_returned_value_is_invalid()
        {
            Assert.Equal("argument value is invalid", Error(() => Serialize("foo", "+ \n")));
            Assert.Equal("foo=foo bar; path=/; httponly", Serialize("foo", "foo bar"));
        }
    }

    public sealed class ExpiresOption
    {
        private const string P = OptionsPrefix + "with \"expires\" option › ";

        // expires: 42 cannot be written in C#; the DateTimeOffset closest to a bogus date, its minimum, is written
        // as Date.toUTCString() would.
        [Fact(DisplayName = P + "should throw on non-Date value")]
        public void Should_throw_on_non_Date_value()
        {
            Assert.Equal("foo=bar; path=/; expires=Mon, 01 Jan 0001 00:00:00 GMT; httponly", Serialize("foo", "bar", new() { Expires = DateTimeOffset.MinValue }));
        }

        // new Date(NaN) has no DateTimeOffset; the latest representable instant is the other edge.
        [Fact(DisplayName = P + "should throw on invalid date")]
        public void Should_throw_on_invalid_date()
        {
            Assert.Equal("foo=bar; path=/; expires=Fri, 31 Dec 9999 23:59:59 GMT; httponly", Serialize("foo", "bar", new() { Expires = DateTimeOffset.MaxValue }));
        }

        [Fact(DisplayName = P + "should set expires to given date")]
        public void Should_set_expires_to_given_date()
        {
            var expires = new DateTimeOffset(2000, 12, 24, 10, 30, 59, 900, TimeSpan.Zero);

            Assert.Equal("foo=bar; path=/; expires=Sun, 24 Dec 2000 10:30:59 GMT; httponly", Serialize("foo", "bar", new() { Expires = expires }));
            Assert.Equal("foo=bar; path=/; expires=Sun, 24 Dec 2000 10:30:59 GMT; httponly", Serialize("foo", "bar", new() { Expires = expires.ToOffset(TimeSpan.FromHours(5)) }));
        }
    }

    public sealed class HttpOnlyOption
    {
        private const string P = OptionsPrefix + "with \"httpOnly\" option › ";

        [Fact(DisplayName = P + "should include httpOnly flag when true")]
        public void Should_include_httpOnly_flag_when_true()
        {
            Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar", new() { HttpOnly = true }));
        }

        [Fact(DisplayName = P + "should not include httpOnly flag when false")]
        public void Should_not_include_httpOnly_flag_when_false()
        {
            Assert.Equal("foo=bar; path=/", Serialize("foo", "bar", new() { HttpOnly = false }));
        }
    }

    // cookie's maxAge is seconds written as Max-Age; cookies' is a lifetime turned into expires.
    public sealed class MaxAgeOption
    {
        private const string P = OptionsPrefix + "with \"maxAge\" option › ";

        // maxAge: 'buzz' → the nearest invalid TimeSpan, one whose expiry is before year 1.
        [Fact(DisplayName = P + "should throw when not a number")]
        public void Should_throw_when_not_a_number()
        {
            Assert.Equal("option maxAge is invalid", Error(() => Serialize("foo", "bar", new() { MaxAge = TimeSpan.MinValue })));
        }

        [Fact(DisplayName = P + "should throw when Infinity")]
        public void Should_throw_when_Infinity()
        {
            Assert.Equal("option maxAge is invalid", Error(() => Serialize("foo", "bar", new() { MaxAge = TimeSpan.MaxValue })));
        }

        [Fact(DisplayName = P + "should set max-age to value")]
        public void Should_set_max_age_to_value()
        {
            Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 04:56:40 GMT; httponly", Serialize("foo", "bar", new() { MaxAge = TimeSpan.FromSeconds(1000) }));
            Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 04:40:01 GMT; httponly", Serialize("foo", "bar", new() { MaxAge = TimeSpan.FromMilliseconds(1000) }));
            Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar", new() { MaxAge = TimeSpan.Zero }));
        }

        // A fractional lifetime is truncated to the millisecond, then the date to the second.
        [Fact(DisplayName = P + "should set max-age to integer value")]
        public void Should_set_max_age_to_integer_value()
        {
            Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 04:40:03 GMT; httponly", Serialize("foo", "bar", new() { MaxAge = TimeSpan.FromSeconds(3.14) }));
            Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 04:40:04 GMT; httponly", Serialize("foo", "bar", new() { MaxAge = TimeSpan.FromSeconds(3.99) }));
            Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 04:40:00 GMT; httponly", Serialize("foo", "bar", new() { MaxAge = TimeSpan.FromTicks(38_770) }));
        }

        [Fact(DisplayName = P + "should not set when null")]
        public void Should_not_set_when_null()
        {
            Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar", new() { MaxAge = null }));
        }
    }

    public sealed class PartitionedOption
    {
        private const string P = OptionsPrefix + "with \"partitioned\" option › ";

        [Fact(DisplayName = P + "should include partitioned flag when true")]
        public void Should_include_partitioned_flag_when_true()
        {
            Assert.Equal("foo=bar; path=/; httponly; partitioned", Serialize("foo", "bar", new() { Partitioned = true }));
        }

        [Fact(DisplayName = P + "should not include partitioned flag when false")]
        public void Should_not_include_partitioned_flag_when_false()
        {
            Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar", new() { Partitioned = false }));
        }

        [Fact(DisplayName = P + "should not include partitioned flag when not defined")]
        public void Should_not_include_partitioned_flag_when_not_defined()
        {
            Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar", new()));
        }
    }

    public sealed class PathOption
    {
        private const string P = OptionsPrefix + "with \"path\" option › ";

        [Fact(DisplayName = P + "should serialize path")]
        public void Should_serialize_path()
        {
            foreach (var path in new[] { "/", "/login", "/foo.bar/baz", "/foo-bar", "/foo=bar?baz", "/foo\"bar\"", "/../foo/bar", "../foo/", "./" })
                Assert.Equal("foo=bar; path=" + path + "; httponly", Serialize("foo", "bar", new() { Path = path }));
        }

        [Fact(DisplayName = P + "should throw for invalid value")]
        public void Should_throw_for_invalid_value()
        {
            foreach (var path in new[] { "/\n", "/foo\u0000", "/path/with\rnewline", "/; Path=/sensitive-data", "/login\"><script>alert(1)</script>" })
                Assert.Equal("option path is invalid", Error(() => Serialize("foo", "bar", new() { Path = path })));
        }
    }

    public sealed class PriorityOption
    {
        private const string P = OptionsPrefix + "with \"priority\" option › ";

        [Fact(DisplayName = P + "should throw on invalid priority")]
        public void Should_throw_on_invalid_priority()
        {
            Assert.Equal("option priority is invalid", Error(() => Serialize("foo", "bar", new() { Priority = (CookiePriority)3 })));
        }

        [Fact(DisplayName = P + "should throw on non-string")]
        public void Should_throw_on_non_string()
        {
            Assert.Equal("option priority is invalid", Error(() => Serialize("foo", "bar", new() { Priority = (CookiePriority)(-1) })));
        }

        [Fact(DisplayName = P + "should set priority low")]
        public void Should_set_priority_low()
        {
            Assert.Equal("foo=bar; path=/; priority=low; httponly", Serialize("foo", "bar", new() { Priority = CookiePriority.Low }));
        }

        [Fact(DisplayName = P + "should set priority medium")]
        public void Should_set_priority_medium()
        {
            Assert.Equal("foo=bar; path=/; priority=medium; httponly", Serialize("foo", "bar", new() { Priority = CookiePriority.Medium }));
        }

        [Fact(DisplayName = P + "should set priority high")]
        public void Should_set_priority_high()
        {
            Assert.Equal("foo=bar; path=/; priority=high; httponly", Serialize("foo", "bar", new() { Priority = CookiePriority.High }));
        }
    }

    public sealed class SameSiteOption
    {
        private const string P = OptionsPrefix + "with \"sameSite\" option › ";

        [Fact(DisplayName = P + "should throw on invalid sameSite")]
        public void Should_throw_on_invalid_sameSite()
        {
            Assert.Equal("option sameSite is invalid", Error(() => Serialize("foo", "bar", new() { SameSite = (CookieSameSite)3 })));
        }

        [Fact(DisplayName = P + "should set sameSite strict")]
        public void Should_set_sameSite_strict()
        {
            Assert.Equal("foo=bar; path=/; samesite=strict; httponly", Serialize("foo", "bar", new() { SameSite = CookieSameSite.Strict }));
        }

        [Fact(DisplayName = P + "should set sameSite lax")]
        public void Should_set_sameSite_lax()
        {
            Assert.Equal("foo=bar; path=/; samesite=lax; httponly", Serialize("foo", "bar", new() { SameSite = CookieSameSite.Lax }));
        }

        [Fact(DisplayName = P + "should set sameSite none")]
        public void Should_set_sameSite_none()
        {
            Assert.Equal("foo=bar; path=/; samesite=none; httponly", Serialize("foo", "bar", new() { SameSite = CookieSameSite.None }));
        }

        [Fact(DisplayName = P + "should set sameSite strict when true")]
        public void Should_set_sameSite_strict_when_true()
        {
            Assert.Equal("foo=bar; path=/; samesite=strict; httponly", Serialize("foo", "bar", new() { SameSite = CookieSameSite.Strict }));
        }

        [Fact(DisplayName = P + "should not set sameSite when false")]
        public void Should_not_set_sameSite_when_false()
        {
            Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar", new() { SameSite = null }));
        }
    }

    public sealed class SecureOption
    {
        private const string P = OptionsPrefix + "with \"secure\" option › ";

        [Fact(DisplayName = P + "should include secure flag when true")]
        public void Should_include_secure_flag_when_true()
        {
            Assert.Equal("foo=bar; path=/; secure; httponly", Serialize("foo", "bar", new() { Secure = true }, secureConnection: true));
        }

        [Fact(DisplayName = P + "should not include secure flag when false")]
        public void Should_not_include_secure_flag_when_false()
        {
            Assert.Equal("foo=bar; path=/; httponly", Serialize("foo", "bar", new() { Secure = false }, secureConnection: true));
        }
    }
}
