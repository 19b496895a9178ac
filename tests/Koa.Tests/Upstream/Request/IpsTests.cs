namespace Koa.Tests.Requests;

// __tests__/request/ips.test.js
public sealed class IpsTests
{
    [Fact(DisplayName = "req.ips › when X-Forwarded-For is present › and proxy is not trusted › should be ignored")]
    public void Untrusted_forwarded_for()
    {
        var req = TestContexts.Request();
        req.App.Proxy = false;
        req.Header["x-forwarded-for"] = "127.0.0.1,127.0.0.2";
        Assert.Empty(req.Ips);
    }

    [Fact(DisplayName = "req.ips › when X-Forwarded-For is present › and proxy is trusted › should be used")]
    public void Trusted_forwarded_for()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.Header["x-forwarded-for"] = "127.0.0.1,127.0.0.2";
        Assert.Equal(["127.0.0.1", "127.0.0.2"], req.Ips);
    }

    [Fact(DisplayName = "req.ips › when options.proxyIpHeader is present › and proxy is not trusted › should be ignored")]
    public void Untrusted_proxy_ip_header()
    {
        var req = TestContexts.Request();
        req.App.Proxy = false;
        req.App.ProxyIpHeader = "x-client-ip";
        req.Header["x-client-ip"] = "127.0.0.1,127.0.0.2";
        Assert.Empty(req.Ips);
    }

    [Fact(DisplayName = "req.ips › when options.proxyIpHeader is present › and proxy is trusted › should be used")]
    public void Trusted_proxy_ip_header()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.App.ProxyIpHeader = "x-client-ip";
        req.Header["x-client-ip"] = "127.0.0.1,127.0.0.2";
        Assert.Equal(["127.0.0.1", "127.0.0.2"], req.Ips);
    }

    [Fact(DisplayName = "req.ips › when options.maxIpsCount is present › and proxy is not trusted › should be ignored")]
    public void Untrusted_max_ips_count()
    {
        var req = TestContexts.Request();
        req.App.Proxy = false;
        req.App.MaxIpsCount = 1;
        req.Header["x-forwarded-for"] = "127.0.0.1,127.0.0.2";
        Assert.Empty(req.Ips);
    }

    [Fact(DisplayName = "req.ips › when options.maxIpsCount is present › and proxy is trusted › should be used")]
    public void Trusted_max_ips_count()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.App.MaxIpsCount = 1;
        req.Header["x-forwarded-for"] = "127.0.0.1,127.0.0.2";
        Assert.Equal(["127.0.0.2"], req.Ips);
    }

    // Beyond the suite (expected values from koa 3.3.0).
    [Fact(DisplayName = "req.ips › when options.proxyIpHeader is present › should ignore X-Forwarded-For")]
    public void Proxy_ip_header_replaces_forwarded_for()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.App.ProxyIpHeader = "X-Real-IP";
        req.Header["x-forwarded-for"] = "6.6.6.6";
        Assert.Empty(req.Ips);
        req.Header["x-real-ip"] = "203.0.113.7";
        Assert.Equal(["203.0.113.7"], req.Ips);
    }

    [Theory(DisplayName = "req.ips › when options.maxIpsCount is present › should keep the last maxIpsCount entries")]
    [InlineData(1, new[] { "10.0.0.2" })]
    [InlineData(2, new[] { "10.0.0.1", "10.0.0.2" })]
    [InlineData(3, new[] { "203.0.113.7", "10.0.0.1", "10.0.0.2" })]
    [InlineData(10, new[] { "6.6.6.6", "203.0.113.7", "10.0.0.1", "10.0.0.2" })]
    [InlineData(0, new[] { "6.6.6.6", "203.0.113.7", "10.0.0.1", "10.0.0.2" })]
    public void Max_ips_count_keeps_the_last(int max, string[] expected)
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.App.MaxIpsCount = max;
        req.Header["x-forwarded-for"] = "6.6.6.6, 203.0.113.7,10.0.0.1 ,  10.0.0.2";
        Assert.Equal(expected, req.Ips);
    }

    [Fact(DisplayName = "req.ips › when X-Forwarded-For is present › should split on commas only and trim, keeping empty entries")]
    public void Splits_and_trims()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.Header["x-forwarded-for"] = "\t1.1.1.1 ,, 2.2.2.2 3.3.3.3,";
        Assert.Equal(["1.1.1.1", "", "2.2.2.2 3.3.3.3", ""], req.Ips);
    }

    [Fact(DisplayName = "req.ips › with a hostile X-Forwarded-For (CVE-2025-25200) › should split 100,000 spaces in linear time")]
    public void Forwarded_for_redos()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.Header["x-forwarded-for"] = HostileInput.SpacesThenX;
        Assert.Equal(["x"], HostileInput.FinishesQuickly(() => req.Ips));
    }

    [Fact(DisplayName = "req.ips › with a hostile X-Forwarded-For (CVE-2025-25200) › should split 50,000 comma-separated entries in linear time")]
    public void Many_entries()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.App.MaxIpsCount = 1;
        req.Header["x-forwarded-for"] = string.Join(",", Enumerable.Repeat(" ", 50_000)) + ",10.0.0.1";
        Assert.Equal(["10.0.0.1"], HostileInput.FinishesQuickly(() => req.Ips));
    }
}
