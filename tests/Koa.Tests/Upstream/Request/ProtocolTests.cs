namespace Koa.Tests.Requests;

// __tests__/request/protocol.test.js — req.socket.encrypted is the request feature's Scheme ("https").
public sealed class ProtocolTests
{
    private static Request Unencrypted() => TestContexts.Request(new() { Scheme = "http" });

    [Fact(DisplayName = "req.protocol › when encrypted › should return \"https\"")]
    public void Encrypted()
    {
        var req = TestContexts.Request(new() { Scheme = "https" });
        Assert.Equal("https", req.Protocol);
    }

    [Fact(DisplayName = "req.protocol › when unencrypted › should return \"http\"")]
    public void Unencrypted_is_http()
    {
        var req = Unencrypted();
        Assert.Equal("http", req.Protocol);
    }

    [Fact(DisplayName = "req.protocol › when X-Forwarded-Proto is set › and proxy is trusted › should be used")]
    public void Trusted_forwarded_proto()
    {
        var req = Unencrypted();
        req.App.Proxy = true;
        req.Header["x-forwarded-proto"] = "https, http";
        Assert.Equal("https", req.Protocol);
    }

    [Fact(DisplayName = "req.protocol › when X-Forwarded-Proto is set › and proxy is trusted › and X-Forwarded-Proto is empty › should return \"http\"")]
    public void Empty_forwarded_proto()
    {
        var req = Unencrypted();
        req.App.Proxy = true;
        req.Header["x-forwarded-proto"] = string.Empty;
        Assert.Equal("http", req.Protocol);
    }

    [Fact(DisplayName = "req.protocol › when X-Forwarded-Proto is set › and proxy is not trusted › should not be used")]
    public void Untrusted_forwarded_proto()
    {
        var req = Unencrypted();
        req.Header["x-forwarded-proto"] = "https, http";
        Assert.Equal("http", req.Protocol);
    }

    // Beyond the 3.2.0 suite: koa 3.3.0 lower-cases the forwarded protocol (expected values from koa 3.3.0).
    [Theory(DisplayName = "req.protocol › when X-Forwarded-Proto is set › and proxy is trusted › should be lower-cased (3.3.0)")]
    [InlineData("HTTPS", "https", true)]
    [InlineData("HtTpS, http", "https", true)]
    [InlineData(" Https ", "https", true)]
    [InlineData("HTTP", "http", false)]
    [InlineData("WSS", "wss", false)]
    [InlineData(" , https", "", false)]
    public void Lower_cased(string forwarded, string expected, bool secure)
    {
        var req = Unencrypted();
        req.App.Proxy = true;
        req.Header["x-forwarded-proto"] = forwarded;
        Assert.Equal(expected, req.Protocol);
        Assert.Equal(secure, req.Secure);
    }

    [Fact(DisplayName = "req.protocol › when encrypted › should ignore X-Forwarded-Proto")]
    public void Encrypted_wins()
    {
        var req = TestContexts.Request(new() { Scheme = "https" });
        req.App.Proxy = true;
        req.Header["x-forwarded-proto"] = "http";
        Assert.Equal("https", req.Protocol);
    }

    [Fact(DisplayName = "req.protocol › with a hostile X-Forwarded-Proto (CVE-2025-25200) › should split 100,000 spaces in linear time")]
    public void Forwarded_proto_redos()
    {
        var req = Unencrypted();
        req.App.Proxy = true;
        req.Header["x-forwarded-proto"] = HostileInput.SpacesThenX;
        Assert.Equal("x", HostileInput.FinishesQuickly(() => req.Protocol));
    }

    [Theory(DisplayName = "req.protocol › over HTTP › should trust X-Forwarded-Proto only behind a trusted proxy, lower-cased")]
    [Transports(TestTransport.InMemory, TestTransport.Kestrel)] // plain HTTP
    public async Task Over_http(TestTransport transport)
    {
        foreach (var (proxy, expected) in new[] { (false, "http false"), (true, "https true") })
        {
            var app = new Application { Proxy = proxy };
            app.Use(ctx =>
            {
                ctx.Body = ctx.Protocol + " " + (ctx.Secure ? "true" : "false");
                return Task.CompletedTask;
            });
            await app.Request(transport).Get("/").Set("X-Forwarded-Proto", "HTTPS, http").ExpectAsync(200, expected);
        }
    }
}
