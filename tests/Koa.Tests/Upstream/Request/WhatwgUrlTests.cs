namespace Koa.Tests.Requests;

// __tests__/request/whatwg-url.test.js — Koa's empty object for an unparsable URL is null in C#.
public sealed class WhatwgUrlTests
{
    [Fact(DisplayName = "req.URL › should not throw when host is void")]
    public void Void_host()
    {
        var req = TestContexts.Request();
        var exception = Record.Exception(() => req.URL);
        Assert.Null(exception);
        Assert.Null(req.URL);
    }

    [Fact(DisplayName = "req.URL › should not throw when header.host is invalid")]
    public void Invalid_host_does_not_throw()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "invalid host";
        var exception = Record.Exception(() => req.URL);
        Assert.Null(exception);
    }

    [Fact(DisplayName = "req.URL › should return empty object when invalid")]
    public void Invalid_host_is_null()
    {
        var req = TestContexts.Request();
        req.Header["host"] = "invalid host";
        Assert.Null(req.URL);
    }

    // Beyond the suite (expected values from koa 3.3.0).
    [Fact(DisplayName = "req.URL › should parse protocol, host and the original URL, memoized")]
    public void Parses_and_memoizes()
    {
        var ctx = TestContexts.Create(new() { Url = "/users/1?next=/dashboard", Headers = { ["host"] = "Example.com:8080" } });
        var url = ctx.URL;
        Assert.NotNull(url);
        Assert.Equal("http://example.com:8080/users/1?next=/dashboard", url.Href);
        Assert.Equal("example.com", url.Hostname);
        Assert.Equal("?next=/dashboard", url.Search);
        ctx.Url = "/other";
        Assert.Same(url, ctx.URL);
    }

    [Fact(DisplayName = "req.URL › with an absolute-form original URL › should parse it directly (3.3.0)")]
    public void Absolute_original_url()
    {
        var req = TestContexts.Request(new() { Url = "http://example.com/foo?x=1", Headers = { ["host"] = "other.com" } });
        var url = req.URL;
        Assert.NotNull(url);
        Assert.Equal("http://example.com/foo?x=1", url.Href);
        Assert.Equal("example.com", url.Host);
    }

    [Fact(DisplayName = "req.URL › with Host header containing @ (CVE-2026-27959) › should use the real host")]
    public void Userinfo_host()
    {
        var req = TestContexts.Request(new() { Url = "/reset", Headers = { ["host"] = "evil.com:fake@legitimate.com" } });
        Assert.Equal("http://legitimate.com/reset", req.URL?.Href);
    }
}
