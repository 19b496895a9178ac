using System.Net;

namespace Koa.Tests.Requests;

// __tests__/request/ip.test.js — req.socket.remoteAddress is the connection feature's RemoteIpAddress.
public sealed class IpTests
{
    [Fact(DisplayName = "req.ip › with req.ips present › should return req.ips[0]")]
    public void Returns_the_first_of_ips()
    {
        var app = new Application();
        app.Proxy = true;
        var request = TestContexts.Request(new() { Headers = { ["x-forwarded-for"] = "127.0.0.1" }, RemoteIpAddress = IPAddress.Parse("127.0.0.2") }, app);
        Assert.Equal("127.0.0.1", request.Ip);
    }

    [Fact(DisplayName = "req.ip › with no req.ips present › should return req.socket.remoteAddress")]
    public void Returns_the_remote_address()
    {
        var request = TestContexts.Request(new() { RemoteIpAddress = IPAddress.Parse("127.0.0.2") });
        Assert.Equal("127.0.0.2", request.Ip);
    }

    [Fact(DisplayName = "req.ip › with no req.ips present › with req.socket.remoteAddress not present › should return an empty string")]
    public void No_remote_address()
    {
        Assert.Equal(string.Empty, TestContexts.Request(new() { RemoteIpAddress = null }).Ip);
    }

    [Fact(DisplayName = "req.ip › should be lazy inited and cached")]
    public void Lazy_and_cached()
    {
        var request = TestContexts.Request(new() { RemoteIpAddress = IPAddress.Parse("127.0.0.2") });
        Assert.Equal("127.0.0.2", request.Ip);
        request.Socket!.RemoteIpAddress = IPAddress.Parse("127.0.0.1");
        Assert.Equal("127.0.0.2", request.Ip);
    }

    [Fact(DisplayName = "req.ip › should reset ip work")]
    public void Reset_ip()
    {
        var request = TestContexts.Request(new() { RemoteIpAddress = IPAddress.Parse("127.0.0.2") });
        Assert.Equal("127.0.0.2", request.Ip);
        request.Ip = "127.0.0.1";
        Assert.Equal("127.0.0.1", request.Ip);
    }

    // Beyond the suite (expected values from koa 3.3.0).
    [Fact(DisplayName = "req.ip › with an empty first X-Forwarded-For entry › should fall back to req.socket.remoteAddress")]
    public void Empty_first_entry()
    {
        var app = new Application { Proxy = true };
        var request = TestContexts.Request(new() { Headers = { ["x-forwarded-for"] = " , 10.0.0.1" }, RemoteIpAddress = IPAddress.Parse("127.0.0.2") }, app);
        Assert.Equal("127.0.0.2", request.Ip);
    }

    [Fact(DisplayName = "req.ip › when options.maxIpsCount is present › should be the leftmost of the trusted entries, not the spoofed client value")]
    public void Max_ips_count_drops_spoofed_entries()
    {
        var app = new Application(new ApplicationOptions { Proxy = true, MaxIpsCount = 2 });
        var request = TestContexts.Request(new() { Headers = { ["x-forwarded-for"] = "6.6.6.6, 203.0.113.7, 10.0.0.1" } }, app);
        Assert.Equal("203.0.113.7", request.Ip);
    }

    [Fact(DisplayName = "req.ip › with a hostile X-Forwarded-For (CVE-2025-25200) › should finish in linear time")]
    public void Forwarded_for_redos()
    {
        var app = new Application { Proxy = true };
        var request = TestContexts.Request(new() { Headers = { ["x-forwarded-for"] = HostileInput.SpacesThenX } }, app);
        Assert.Equal("x", HostileInput.FinishesQuickly(() => request.Ip));
    }

    [Theory(DisplayName = "req.ip › over HTTP › should be the connection's address, or X-Forwarded-For's first entry when the proxy is trusted")]
    [Transports]
    public async Task Over_http(TestTransport transport)
    {
        var direct = new Application();
        direct.Use(ctx =>
        {
            ctx.Body = ctx.Ip;
            return Task.CompletedTask;
        });
        var res = await direct.Request(transport).Get("/").Set("X-Forwarded-For", "203.0.113.7").ExpectAsync(200);
        Assert.NotEqual("203.0.113.7", res.Text);

        var proxied = new Application { Proxy = true };
        proxied.Use(ctx =>
        {
            ctx.Body = ctx.Ip;
            return Task.CompletedTask;
        });
        await proxied.Request(transport).Get("/").Set("X-Forwarded-For", "203.0.113.7, 10.0.0.1").ExpectAsync(200, "203.0.113.7");
    }
}
