namespace Koa.Tests.Requests;

// __tests__/request/host.test.js — node's httpVersionMajor is the request feature's Protocol ("HTTP/2").
public sealed class HostTests
{
    private static Request Http2() => TestContexts.Request(new() { Protocol = "HTTP/2" });

    [Fact(DisplayName = "req.host › should return host with port")]
    public void Returns_host_with_port()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "foo.com:3000";
        Assert.Equal("foo.com:3000", req.Host);
    }

    [Fact(DisplayName = "req.host › with no host present › should return \"\"")]
    public void No_host()
    {
        var req = TestContexts.Request();
        Assert.Equal(string.Empty, req.Host);
    }

    [Fact(DisplayName = "req.host › when less then HTTP/2 › should not use :authority header")]
    public void Http1_ignores_authority()
    {
        var req = TestContexts.Request(new() { Protocol = "HTTP/1.1" });
        req.Header[":authority"] = "foo.com:3000";
        req.Header["host"] = "bar.com:8000";
        Assert.Equal("bar.com:8000", req.Host);
    }

    [Fact(DisplayName = "req.host › when HTTP/2 › should use :authority header")]
    public void Http2_uses_authority()
    {
        var req = Http2();
        req.Header[":authority"] = "foo.com:3000";
        req.Header["host"] = "bar.com:8000";
        Assert.Equal("foo.com:3000", req.Host);
    }

    [Fact(DisplayName = "req.host › when HTTP/2 › should use host header as fallback")]
    public void Http2_falls_back_to_host()
    {
        var req = Http2();
        req.Header["host"] = "bar.com:8000";
        Assert.Equal("bar.com:8000", req.Host);
    }

    [Fact(DisplayName = "req.host › when X-Forwarded-Host is present › and proxy is not trusted › should be ignored on HTTP/1")]
    public void Untrusted_forwarded_host_http1()
    {
        var req = TestContexts.Request();
        req.Header["x-forwarded-host"] = "bar.com";
        req.Header["host"] = "foo.com";
        Assert.Equal("foo.com", req.Host);
    }

    [Fact(DisplayName = "req.host › when X-Forwarded-Host is present › and proxy is not trusted › should be ignored on HTTP/2")]
    public void Untrusted_forwarded_host_http2()
    {
        var req = Http2();
        req.Header["x-forwarded-host"] = "proxy.com:8080";
        req.Header[":authority"] = "foo.com:3000";
        req.Header["host"] = "bar.com:8000";
        Assert.Equal("foo.com:3000", req.Host);
    }

    [Fact(DisplayName = "req.host › when X-Forwarded-Host is present › and proxy is trusted › should be used on HTTP/1")]
    public void Trusted_forwarded_host_http1()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.Header["x-forwarded-host"] = "bar.com, baz.com";
        req.Header["host"] = "foo.com";
        Assert.Equal("bar.com", req.Host);
    }

    [Fact(DisplayName = "req.host › when X-Forwarded-Host is present › and proxy is trusted › should be used on HTTP/2")]
    public void Trusted_forwarded_host_http2()
    {
        var req = Http2();
        req.App.Proxy = true;
        req.Header["x-forwarded-host"] = "proxy.com:8080";
        req.Header[":authority"] = "foo.com:3000";
        req.Header["host"] = "bar.com:8000";
        Assert.Equal("proxy.com:8080", req.Host);
    }

    [Fact(DisplayName = "req.host › with Host header containing @ › should correctly parse host from userinfo@host format")]
    public void Userinfo_host()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "evil.com:fake@legitimate.com";
        Assert.Equal("legitimate.com", req.Host);
    }

    [Fact(DisplayName = "req.host › with Host header containing @ › should correctly parse host from user@host format")]
    public void User_host()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "user@example.com";
        Assert.Equal("example.com", req.Host);
    }

    [Fact(DisplayName = "req.host › with Host header containing @ › should correctly parse host with port from userinfo@host:port format")]
    public void Userinfo_host_port()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "user:pass@example.com:8080";
        Assert.Equal("example.com:8080", req.Host);
    }

    [Fact(DisplayName = "req.host › with Host header containing @ › should correctly parse @ in X-Forwarded-Host when proxy is trusted")]
    public void Userinfo_in_forwarded_host()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.Header["x-forwarded-host"] = "evil.com:fake@legitimate.com";
        req.Header["host"] = "foo.com";
        Assert.Equal("legitimate.com", req.Host);
    }

    [Fact(DisplayName = "req.host › with Host header containing @ › should correctly parse @ in :authority on HTTP/2")]
    public void Userinfo_in_authority()
    {
        var req = Http2();
        req.Header[":authority"] = "evil.com:fake@legitimate.com";
        req.Header["host"] = "foo.com";
        Assert.Equal("legitimate.com", req.Host);
    }

    [Fact(DisplayName = "req.host › with Host header containing @ › should return empty string for invalid host with @")]
    public void Invalid_host_with_at()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "user@";
        Assert.Equal(string.Empty, req.Host);
    }

    // Beyond the 3.2.0 suite: the IPv6 and list forms of CVE-2026-27959 (expected values from koa 3.3.0).
    [Theory(DisplayName = "req.host › with Host header containing @ (CVE-2026-27959, more forms) › should keep only the host after the last @")]
    [InlineData("evil.com:fake@[::1]:8080", "[::1]:8080")]
    [InlineData("[::1]:fake@legitimate.com", "legitimate.com")]
    [InlineData("evil.com:fake@[2001:cdba:0000:0000:0000:0000:3257:9652]:1337", "[2001:cdba::3257:9652]:1337")]
    [InlineData("user@[::1]", "[::1]")]
    [InlineData("a@b@c.com", "c.com")]
    [InlineData("user:pass@EXAMPLE.com:80", "example.com")]
    [InlineData("evil.com:fake@legitimate.com, other.com", "legitimate.com")]
    [InlineData("@", "")]
    [InlineData("user@exa mple.com", "")]
    [InlineData("x@[::1]:fake", "")]
    public void More_userinfo_forms(string host, string expected)
    {
        var req = TestContexts.Request();
        req.Header["host"] = host;
        Assert.Equal(expected, req.Host);
    }

    [Fact(DisplayName = "req.host › with Host header containing @ (CVE-2026-27959, more forms) › should parse an IPv6 host after @ in X-Forwarded-Host and :authority")]
    public void Ipv6_after_userinfo_in_proxy_headers()
    {
        var forwarded = TestContexts.Request();
        forwarded.App.Proxy = true;
        forwarded.Header["x-forwarded-host"] = "evil.com:fake@[::1]:8080";
        forwarded.Header["host"] = "foo.com";
        Assert.Equal("[::1]:8080", forwarded.Host);
        Assert.Equal("[::1]", forwarded.Hostname);

        var authority = Http2();
        authority.Header[":authority"] = "evil.com:fake@[::1]:8080";
        authority.Header["host"] = "foo.com";
        Assert.Equal("[::1]:8080", authority.Host);
        Assert.Equal("[::1]", authority.Hostname);
    }

    [Fact(DisplayName = "req.host › with a hostile X-Forwarded-Host (CVE-2025-25200) › should split 100,000 spaces in linear time")]
    public void Forwarded_host_redos()
    {
        var req = TestContexts.Request();
        req.App.Proxy = true;
        req.Header["x-forwarded-host"] = HostileInput.SpacesThenX;
        Assert.Equal("x", HostileInput.FinishesQuickly(() => req.Host));
    }

    [Theory(DisplayName = "req.host › over HTTP › should parse @ in X-Forwarded-Host when proxy is trusted")]
    [Transports]
    public async Task Userinfo_in_forwarded_host_over_http(TestTransport transport)
    {
        var app = new Application { Proxy = true };
        app.Use(ctx =>
        {
            ctx.Body = ctx.Host + " " + ctx.Hostname;
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").Set("X-Forwarded-Host", "evil.com:fake@legitimate.com").ExpectAsync(200, "legitimate.com legitimate.com");
    }

    // HttpClient refuses to send such a Host, so the bytes go over a raw socket to a real Kestrel server, which
    // rejects a Host with userinfo before any middleware runs (the getters above are the second line of defence).
    [Fact(DisplayName = "req.host › over HTTP › should never answer with evil.com for Host evil.com:fake@legitimate.com (Kestrel: 400)")]
    public async Task Userinfo_in_host_over_kestrel()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = "host=" + ctx.Host + " hostname=" + ctx.Hostname;
            return Task.CompletedTask;
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        var response = await RawHttp.ExchangeAsync(server.Port, "GET / HTTP/1.1\r\nHost: evil.com:fake@legitimate.com\r\nConnection: close\r\n\r\n");
        Assert.DoesNotContain("evil.com", response, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "req.host › with a 100 KB hostile Host › should finish in linear time")]
    public void Hostile_host()
    {
        var withUserinfo = TestContexts.Request();
        withUserinfo.Header["host"] = new string(':', 50_000) + "@" + string.Concat(Enumerable.Repeat("a.", 25_000)) + "com";
        Assert.Equal(string.Concat(Enumerable.Repeat("a.", 25_000)) + "com", HostileInput.FinishesQuickly(() => withUserinfo.Host));

        var manyAts = TestContexts.Request();
        manyAts.Header["host"] = string.Concat(Enumerable.Repeat("@[", 50_000));
        Assert.Equal(string.Empty, HostileInput.FinishesQuickly(() => manyAts.Host));
    }
}
