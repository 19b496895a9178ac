namespace Koa.Tests.Requests;

// __tests__/request/hostname.test.js
public sealed class HostnameTests
{
    private static Request WithHost(string host)
    {
        var req = TestContexts.Request();
        req.Header["host"] = host;
        return req;
    }

    [Fact(DisplayName = "req.hostname › should return hostname void of port")]
    public void Void_of_port() => Assert.Equal("foo.com", WithHost("foo.com:3000").Hostname);

    [Fact(DisplayName = "req.hostname › with no host present › should return \"\"")]
    public void No_host() => Assert.Equal(string.Empty, TestContexts.Request().Hostname);

    [Fact(DisplayName = "req.hostname › with IPv6 in host › should parse localhost void of port")]
    public void Ipv6_localhost() => Assert.Equal("[::1]", WithHost("[::1]").Hostname);

    [Fact(DisplayName = "req.hostname › with IPv6 in host › should parse localhost with port 80")]
    public void Ipv6_localhost_port_80() => Assert.Equal("[::1]", WithHost("[::1]:80").Hostname);

    [Fact(DisplayName = "req.hostname › with IPv6 in host › should parse localhost with non-special schema port")]
    public void Ipv6_localhost_other_port() => Assert.Equal("[::1]", WithHost("[::1]:1337").Hostname);

    [Fact(DisplayName = "req.hostname › with IPv6 in host › should reduce IPv6 with non-special schema port as hostname")]
    public void Ipv6_reduced() => Assert.Equal("[2001:cdba::3257:9652]", WithHost("[2001:cdba:0000:0000:0000:0000:3257:9652]:1337").Hostname);

    [Fact(DisplayName = "req.hostname › with IPv6 in host › should return empty string when invalid")]
    public void Ipv6_invalid() => Assert.Equal(string.Empty, WithHost("[invalidIPv6]").Hostname);

    [Fact(DisplayName = "req.hostname › when X-Forwarded-Host is present › and proxy is not trusted › should be ignored")]
    public void Untrusted_forwarded_host()
    {
        var req = WithHost("foo.com");
        req.Header["x-forwarded-host"] = "bar.com";
        Assert.Equal("foo.com", req.Hostname);
    }

    [Fact(DisplayName = "req.hostname › when X-Forwarded-Host is present › and proxy is trusted › should be used")]
    public void Trusted_forwarded_host()
    {
        var req = WithHost("foo.com");
        req.App.Proxy = true;
        req.Header["x-forwarded-host"] = "bar.com, baz.com";
        Assert.Equal("bar.com", req.Hostname);
    }

    [Fact(DisplayName = "req.hostname › with Host header containing @ › should correctly parse hostname from userinfo@host format")]
    public void Userinfo_host() => Assert.Equal("legitimate.com", WithHost("evil.com:fake@legitimate.com").Hostname);

    [Fact(DisplayName = "req.hostname › with Host header containing @ › should correctly parse hostname from user@host format")]
    public void User_host() => Assert.Equal("example.com", WithHost("user@example.com").Hostname);

    [Fact(DisplayName = "req.hostname › with Host header containing @ › should correctly parse hostname with port from userinfo@host:port format")]
    public void Userinfo_host_port() => Assert.Equal("example.com", WithHost("user:pass@example.com:8080").Hostname);

    [Fact(DisplayName = "req.hostname › with Host header containing @ › should correctly parse @ in X-Forwarded-Host when proxy is trusted")]
    public void Userinfo_in_forwarded_host()
    {
        var req = WithHost("foo.com");
        req.App.Proxy = true;
        req.Header["x-forwarded-host"] = "evil.com:fake@legitimate.com";
        Assert.Equal("legitimate.com", req.Hostname);
    }

    // Beyond the 3.2.0 suite: koa 3.3.0 rejects a bracketed host with any of / ? # \ or white space, and a
    // WHATWG URL parse error gives "" instead of throwing (expected values from koa 3.3.0).
    [Theory(DisplayName = "req.hostname › with IPv6 in host (3.3.0 validation) › should return empty string for a bracketed host the URL parser would misread or reject")]
    [InlineData("[::1]/x")]
    [InlineData("[::1]?a")]
    [InlineData("[::1]#a")]
    [InlineData("[::1]\\a")]
    [InlineData("[::1]\tx")]
    [InlineData("[::1] :80")]
    [InlineData("[::1]\u00a0x")]
    [InlineData("[::1]:99999")]
    [InlineData("[fe80::1%25eth0]")]
    [InlineData("[::1")]
    [InlineData("[]")]
    public void Ipv6_validation(string host) => Assert.Equal(string.Empty, WithHost(host).Hostname);

    [Theory(DisplayName = "req.hostname › with IPv6 in host (3.3.0 validation) › should normalise a valid IPv6 literal")]
    [InlineData("[::ffff:127.0.0.1]:80", "[::ffff:7f00:1]")]
    [InlineData("[::1] ", "[::1]")]
    [InlineData("[::1]\u00a0", "[::1]")]
    [InlineData("[0:0:0:0:0:0:0:1]:3000", "[::1]")]
    [InlineData("[2001:DB8::1]", "[2001:db8::1]")]
    public void Ipv6_normalised(string host, string expected) => Assert.Equal(expected, WithHost(host).Hostname);

    [Theory(DisplayName = "req.hostname › with Host header containing @ (CVE-2026-27959, more forms) › should be the host after the last @")]
    [InlineData("evil.com:fake@[::1]:8080", "[::1]")]
    [InlineData("[::1]:fake@legitimate.com", "legitimate.com")]
    [InlineData("evil.com:fake@[2001:cdba:0000:0000:0000:0000:3257:9652]:1337", "[2001:cdba::3257:9652]")]
    [InlineData("[::1]@evil.com", "evil.com")]
    [InlineData("user:pass@EXAMPLE.com:80", "example.com")]
    public void More_userinfo_forms(string host, string expected) => Assert.Equal(expected, WithHost(host).Hostname);

    [Fact(DisplayName = "req.hostname › with a hostile X-Forwarded-Host (CVE-2025-25200) › should finish in linear time")]
    public void Forwarded_host_redos()
    {
        var req = WithHost("foo.com");
        req.App.Proxy = true;
        req.Header["x-forwarded-host"] = HostileInput.SpacesThenX;
        Assert.Equal("x", HostileInput.FinishesQuickly(() => req.Hostname));
    }

    [Fact(DisplayName = "req.hostname › with a 100 KB hostile IPv6 Host › should finish in linear time")]
    public void Hostile_ipv6()
    {
        Assert.Equal(string.Empty, HostileInput.FinishesQuickly(() => WithHost("[" + new string(':', 100_000) + "]").Hostname));
        Assert.Equal(string.Empty, HostileInput.FinishesQuickly(() => WithHost("[" + string.Concat(Enumerable.Repeat("1:", 50_000)) + "]:80").Hostname));
    }
}
