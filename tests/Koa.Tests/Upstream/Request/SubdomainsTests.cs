namespace Koa.Tests.Requests;

// __tests__/request/subdomains.test.js
public sealed class SubdomainsTests
{
    [Fact(DisplayName = "req.subdomains › should return subdomain array")]
    public void Returns_subdomains()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "tobi.ferrets.example.com";
        req.App.SubdomainOffset = 2;
        Assert.Equal(["ferrets", "tobi"], req.Subdomains);

        req.App.SubdomainOffset = 3;
        Assert.Equal(["tobi"], req.Subdomains);
    }

    [Fact(DisplayName = "req.subdomains › should work with no host present")]
    public void No_host()
    {
        var req = TestContexts.Request();
        Assert.Empty(req.Subdomains);
    }

    [Fact(DisplayName = "req.subdomains › should check if the host is an ip address, even with a port")]
    public void Ip_with_port()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "127.0.0.1:3000";
        Assert.Empty(req.Subdomains);
    }

    // Beyond the 3.2.0 suite (expected values from koa 3.3.0). With offset 0 nothing else would hide a bracketed
    // IPv6 hostname: 3.2 returned ["[::1]"], 3.3.0 strips the brackets before net.isIP.
    [Theory(DisplayName = "req.subdomains › should check if the host is an [ipv6] address (3.3.0)")]
    [InlineData("[::1]")]
    [InlineData("[::1]:3000")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("[2001:db8::1]:8080")]
    [InlineData("127.0.0.1")]
    public void Ipv6_host(string host)
    {
        var req = TestContexts.Request();
        req.Header["host"] = host;
        foreach (var offset in new[] { 0, 2, -1 })
        {
            req.App.SubdomainOffset = offset;
            Assert.Empty(req.Subdomains);
        }
    }

    [Theory(DisplayName = "req.subdomains › should slice like Array.prototype.slice(subdomainOffset)")]
    [InlineData(0, new[] { "com", "example", "b", "a" })]
    [InlineData(2, new[] { "b", "a" })]
    [InlineData(4, new string[0])]
    [InlineData(9, new string[0])]
    [InlineData(-1, new[] { "a" })]
    [InlineData(-3, new[] { "example", "b", "a" })]
    [InlineData(-9, new[] { "com", "example", "b", "a" })]
    public void Slices(int offset, string[] expected)
    {
        var req = TestContexts.Request();
        req.Header["host"] = "a.b.example.com";
        req.App.SubdomainOffset = offset;
        Assert.Equal(expected, req.Subdomains);
    }

    [Fact(DisplayName = "req.subdomains › with Host header containing @ (CVE-2026-27959) › should come from the real host")]
    public void Userinfo_host()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "evil.com:fake@a.b.example.com:8080";
        Assert.Equal(["b", "a"], req.Subdomains);
    }

    [Fact(DisplayName = "req.subdomains › with a 100 KB hostile Host › should finish in linear time")]
    public void Hostile_host()
    {
        var req = TestContexts.Request();
        req.Header["host"] = string.Concat(Enumerable.Repeat("a.", 50_000)) + "com:80";
        Assert.Equal(49_999, HostileInput.FinishesQuickly(() => req.Subdomains).Count);
    }
}
