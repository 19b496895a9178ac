using Koa.Tests.Support;

namespace Koa.Tests;

// Ported from pillarjs/cookies 0.9.1 test/cookie.js: describe('new Cookie(name, value, [options])'), run against the
// internal Cookie (upstream's Cookies.Cookie), whose constructor validates and whose ToHeader() writes the header.
public sealed class CookieTests
{
    private const string Prefix = "new Cookie(name, value, [options]) › ";

    private static readonly FixedClock Clock = new();

    private static Cookie Create(string name, string? value, CookieSetOptions? options = null) => new(name, value, options, Clock);

    [Fact(DisplayName = Prefix + "should have correct constructor")]
    public void Should_have_correct_constructor()
    {
        var cookie = Create("foo", "bar");

        Assert.Equal(("foo", "bar", "/", true), (cookie.Name, cookie.Value, cookie.Path, cookie.HttpOnly));
    }

    [Fact(DisplayName = Prefix + "should throw on invalid name")]
    public void Should_throw_on_invalid_name()
    {
        Assert.Equal("argument name is invalid", Assert.Throws<ArgumentException>(() => Create("foo\n", "bar")).Message);
        Assert.Equal("argument name is invalid", Assert.Throws<ArgumentException>(() => Create("foo=", "bar")).Message);
    }

    [Fact(DisplayName = Prefix + "should throw on invalid value")]
    public void Should_throw_on_invalid_value()
    {
        Assert.Equal("argument value is invalid", Assert.Throws<ArgumentException>(() => Create("foo", "bar\n")).Message);
        Assert.Equal("argument value is invalid", Assert.Throws<ArgumentException>(() => Create("foo", "bar;")).Message);
    }

    [Fact(DisplayName = Prefix + "should throw on invalid path")]
    public void Should_throw_on_invalid_path()
    {
        Assert.Equal("option path is invalid", Assert.Throws<ArgumentException>(() => Create("foo", "bar", new() { Path = "/\n" })).Message);
    }

    [Fact(DisplayName = Prefix + "should throw on invalid domain")]
    public void Should_throw_on_invalid_domain()
    {
        Assert.Equal("option domain is invalid", Assert.Throws<ArgumentException>(() => Create("foo", "bar", new() { Domain = "example.com\n" })).Message);
    }

    // Upstream's maxAge is in milliseconds and kept on the cookie until toHeader() turns it into expires; here
    // CookieSetOptions.MaxAge is a TimeSpan and the cookie holds the resulting expiry (clock + maxAge).
    // The deprecated "maxage" alias has no C# counterpart: those titles check the same MaxAge property.
    public sealed class MaxageOption
    {
        private const string P = Prefix + "options › maxage › ";

        [Fact(DisplayName = P + "should set the .maxAge property")]
        public void Should_set_the_maxAge_property()
        {
            var cookie = Create("foo", "bar", new() { MaxAge = TimeSpan.FromMilliseconds(86400) });

            Assert.Equal(Clock.Now.AddMilliseconds(86400), cookie.Expires);
        }

        [Fact(DisplayName = P + "should set the .maxage property")]
        public void Should_set_the_maxage_property()
        {
            var cookie = Create("foo", "bar", new() { MaxAge = TimeSpan.FromMilliseconds(86400) });

            Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 04:41:26 GMT; httponly", cookie.ToHeader());
        }
    }

    public sealed class MaxAgeOption
    {
        private const string P = Prefix + "options › maxAge › ";

        [Fact(DisplayName = P + "should set the .maxAge property")]
        public void Should_set_the_maxAge_property()
        {
            var cookie = Create("foo", "bar", new() { MaxAge = TimeSpan.FromMilliseconds(86400) });

            Assert.Equal(Clock.Now.AddMilliseconds(86400), cookie.Expires);
        }

        [Fact(DisplayName = P + "should set the .maxage property")]
        public void Should_set_the_maxage_property()
        {
            var cookie = Create("foo", "bar", new() { MaxAge = TimeSpan.FromMilliseconds(86400) });

            Assert.Equal("foo=bar; path=/; expires=Fri, 21 Nov 2025 04:41:26 GMT; httponly", cookie.ToHeader());
        }

        // maxAge: 'foo' cannot be written in C#; the nearest invalid TimeSpan is one whose expiry .NET cannot
        // represent (before year 1), which the port rejects with upstream's message.
        [Fact(DisplayName = P + "should throw on invalid value")]
        public void Should_throw_on_invalid_value()
        {
            var error = Assert.Throws<ArgumentException>(() => Create("foo", "bar", new() { MaxAge = TimeSpan.MinValue }));

            Assert.Equal("option maxAge is invalid", error.Message);
        }

        // Infinity → TimeSpan.MaxValue: an expiry beyond year 9999.
        [Fact(DisplayName = P + "should throw on Infinity")]
        public void Should_throw_on_Infinity()
        {
            var error = Assert.Throws<ArgumentException>(() => Create("foo", "bar", new() { MaxAge = TimeSpan.MaxValue }));

            Assert.Equal("option maxAge is invalid", error.Message);
        }

        // NaN cannot reach the port: TimeSpan refuses it before any cookie exists.
        [Fact(DisplayName = P + "should throw on NaN")]
        public void Should_throw_on_NaN()
        {
            Assert.Throws<ArgumentException>(() => Create("foo", "bar", new() { MaxAge = TimeSpan.FromMilliseconds(double.NaN) }));
        }
    }

    public sealed class PartitionedOption
    {
        private const string P = Prefix + "options › partitioned › ";

        [Fact(DisplayName = P + "should set the .partitioned property")]
        public void Should_set_the_partitioned_property()
        {
            Assert.True(Create("foo", "bar", new() { Partitioned = true }).Partitioned);
        }

        [Fact(DisplayName = P + "should default to false")]
        public void Should_default_to_false()
        {
            Assert.False(Create("foo", "bar").Partitioned);
        }

        [Fact(DisplayName = P + "when set to false › should not set partitioned attribute in header")]
        public void When_false_should_not_set_partitioned_attribute()
        {
            Assert.Equal("foo=bar; path=/; httponly", Create("foo", "bar", new() { Partitioned = false }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to true › should set partitioned attribute in header")]
        public void When_true_should_set_partitioned_attribute()
        {
            Assert.Equal("foo=bar; path=/; httponly; partitioned", Create("foo", "bar", new() { Partitioned = true }).ToHeader());
        }
    }

    public sealed class PriorityOption
    {
        private const string P = Prefix + "options › priority › ";

        [Fact(DisplayName = P + "should set the .priority property")]
        public void Should_set_the_priority_property()
        {
            Assert.Equal(CookiePriority.Low, Create("foo", "bar", new() { Priority = CookiePriority.Low }).Priority);
        }

        [Fact(DisplayName = P + "should default to undefined")]
        public void Should_default_to_undefined()
        {
            Assert.Null(Create("foo", "bar").Priority);
        }

        // priority: 'foo' → a value outside the enum.
        [Fact(DisplayName = P + "should throw on invalid value")]
        public void Should_throw_on_invalid_value()
        {
            var error = Assert.Throws<ArgumentException>(() => Create("foo", "bar", new() { Priority = (CookiePriority)42 }));

            Assert.Equal("option priority is invalid", error.Message);
        }

        [Fact(DisplayName = P + "when set to \"low\" › should set \"priority=low\" attribute in header")]
        public void When_low()
        {
            Assert.Equal("foo=bar; path=/; priority=low; httponly", Create("foo", "bar", new() { Priority = CookiePriority.Low }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to \"medium\" › should set \"priority=medium\" attribute in header")]
        public void When_medium()
        {
            Assert.Equal("foo=bar; path=/; priority=medium; httponly", Create("foo", "bar", new() { Priority = CookiePriority.Medium }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to \"high\" › should set \"priority=high\" attribute in header")]
        public void When_high()
        {
            Assert.Equal("foo=bar; path=/; priority=high; httponly", Create("foo", "bar", new() { Priority = CookiePriority.High }).ToHeader());
        }

        // 'HIGH' and 'high' are one enum value; the header is lower-case either way.
        [Fact(DisplayName = P + "when set to \"HIGH\" › should set \"priority=high\" attribute in header")]
        public void When_HIGH()
        {
            Assert.Equal("foo=bar; path=/; priority=high; httponly", Create("foo", "bar", new() { Priority = Enum.Parse<CookiePriority>("HIGH", ignoreCase: true) }).ToHeader());
        }
    }

    public sealed class SameSiteOption
    {
        private const string P = Prefix + "options › sameSite › ";

        // sameSite: true → CookieSameSite.Strict.
        [Fact(DisplayName = P + "should set the .sameSite property")]
        public void Should_set_the_sameSite_property()
        {
            Assert.Equal(CookieSameSite.Strict, Create("foo", "bar", new() { SameSite = CookieSameSite.Strict }).SameSite);
        }

        // sameSite: false → null.
        [Fact(DisplayName = P + "should default to false")]
        public void Should_default_to_false()
        {
            Assert.Null(Create("foo", "bar").SameSite);
        }

        [Fact(DisplayName = P + "should throw on invalid value")]
        public void Should_throw_on_invalid_value()
        {
            var error = Assert.Throws<ArgumentException>(() => Create("foo", "bar", new() { SameSite = (CookieSameSite)42 }));

            Assert.Equal("option sameSite is invalid", error.Message);
        }

        [Fact(DisplayName = P + "when set to \"false\" › should not set \"samesite\" attribute in header")]
        public void When_false()
        {
            Assert.Equal("foo=bar; path=/; httponly", Create("foo", "bar", new() { SameSite = null }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to \"true\" › should set \"samesite=strict\" attribute in header")]
        public void When_true()
        {
            Assert.Equal("foo=bar; path=/; samesite=strict; httponly", Create("foo", "bar", new() { SameSite = CookieSameSite.Strict }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to \"lax\" › should set \"samesite=lax\" attribute in header")]
        public void When_lax()
        {
            Assert.Equal("foo=bar; path=/; samesite=lax; httponly", Create("foo", "bar", new() { SameSite = CookieSameSite.Lax }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to \"none\" › should set \"samesite=none\" attribute in header")]
        public void When_none()
        {
            Assert.Equal("foo=bar; path=/; samesite=none; httponly", Create("foo", "bar", new() { SameSite = CookieSameSite.None }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to \"strict\" › should set \"samesite=strict\" attribute in header")]
        public void When_strict()
        {
            Assert.Equal("foo=bar; path=/; samesite=strict; httponly", Create("foo", "bar", new() { SameSite = CookieSameSite.Strict }).ToHeader());
        }

        [Fact(DisplayName = P + "when set to \"STRICT\" › should set \"samesite=strict\" attribute in header")]
        public void When_STRICT()
        {
            Assert.Equal("foo=bar; path=/; samesite=strict; httponly", Create("foo", "bar", new() { SameSite = Enum.Parse<CookieSameSite>("STRICT", ignoreCase: true) }).ToHeader());
        }
    }
}
