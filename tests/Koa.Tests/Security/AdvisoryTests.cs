using System.Diagnostics;

namespace Koa.Tests.Security;

/// <summary>
/// One end-to-end regression test per advisory of koa and of the packages under it (koa.md §14, jshttp.md §22):
/// the malicious input goes over a real socket to a KoaNet app on Kestrel — raw bytes, so that headers HttpClient
/// would normalise or refuse (a Host with userinfo, 100 KB of spaces) arrive as an attacker sends them — and the
/// test checks what the vulnerable versions got wrong. docs/SECURITY.md maps each test to its advisory and fix.
/// </summary>
public sealed class AdvisoryTests
{
    // Room for 100 KB headers and request lines: the advisories are about the parsers, not Kestrel's limits.
    private static ApplicationOptions Roomy(bool proxy = false) => new()
    {
        Proxy = proxy,
        MaxRequestHeadersTotalSize = 1024 * 1024,
        MaxRequestLineSize = 1024 * 1024,
        Keys = ["keyboard cat"],
    };

    private static readonly TimeSpan ParseBound = TimeSpan.FromSeconds(1);

    private static async Task<(WireResult Result, TimeSpan Parse)> TimedAsync(ApplicationOptions options, string request, Action<Context> parse)
    {
        var parseTime = TimeSpan.MaxValue;
        var app = new Application(options);
        app.Use(ctx =>
        {
            var stopwatch = Stopwatch.StartNew();
            parse(ctx);
            parseTime = stopwatch.Elapsed;
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);
        var result = await Wire.ExchangeAsync(probe.Port, request, TimeSpan.FromSeconds(10));
        Assert.Empty(probe.Errors);
        return (result, parseTime);
    }

    private static Task<(WireResult Result, TimeSpan Parse)> TimedAsync(ApplicationOptions options, string header, string value, Action<Context> parse) =>
        TimedAsync(options, $"GET / HTTP/1.1\r\nHost: example.com\r\n{header}: {value}\r\nConnection: close\r\n\r\n", parse);

    [Fact(DisplayName = "security › advisories › CVE-2025-25200 (koa ReDoS): X-Forwarded-Proto/Host/For with 100,000 spaces parse in linear time")]
    public async Task Cve_2025_25200()
    {
        var spaces = new string(' ', 100_000);
        foreach (var header in (string[])["X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-For"])
        {
            string? protocol = null, host = null;
            IReadOnlyList<string>? ips = null;
            var (result, parse) = await TimedAsync(Roomy(proxy: true), header, spaces + "x", ctx =>
            {
                protocol = ctx.Protocol;
                host = ctx.Host;
                ips = ctx.Ips;
                ctx.Body = "ok";
            });

            Assert.Equal(200, result.Status);
            Assert.True(parse < ParseBound, $"{header}: {parse}");
            Assert.Equal(header == "X-Forwarded-Proto" ? "x" : "http", protocol);
            Assert.Equal(header == "X-Forwarded-Host" ? "x" : "example.com", host);
            Assert.Equal(header == "X-Forwarded-For" ? ["x"] : [], ips);
        }

        // With Kestrel's default limits the input does not even reach the middleware.
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { Proxy = true });
        var refused = await Wire.ExchangeAsync(probe.Port, $"GET / HTTP/1.1\r\nHost: a\r\nX-Forwarded-Proto: {spaces}x\r\n\r\n");
        Assert.Equal(431, refused.Status);
        Assert.Equal(0, probe.Invocations);
    }

    [Fact(DisplayName = "security › advisories › CVE-2025-32379 (koa redirect XSS): ctx.redirect(javascript:…) sends no link")]
    public async Task Cve_2025_32379()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Redirect(ctx.Query["next"].ToString());
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var result = await Wire.ExchangeAsync(probe.Port, "GET /login?next=javascript:alert(document.cookie) HTTP/1.1\r\nHost: a\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

        Assert.Equal(302, result.Status);
        Assert.Equal("text/html; charset=utf-8", result.Header("Content-Type"));
        Assert.Equal("Redirecting to javascript:alert(document.cookie).", result.Body);
        Assert.DoesNotContain("<a", result.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", result.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact(DisplayName = "security › advisories › CVE-2025-8129 (koa open redirect via Referer): ctx.back() ignores a foreign referrer")]
    public async Task Cve_2025_8129()
    {
        var result = await BackAsync("https://evil.example/phish", "/home");

        Assert.Equal(302, result.Status);
        Assert.Equal("/home", result.Header("Location"));

        var same = await BackAsync("http://example.com/cart?x=1", "/home");
        Assert.Equal("http://example.com/cart?x=1", same.Header("Location"));
    }

    [Fact(DisplayName = "security › advisories › koa back() '//' bypass (Trailing Double-Slash): a protocol-relative referrer goes to /")]
    public async Task Double_slash_bypass()
    {
        foreach (var referrer in (string[])["//evil.com/login/", "/\\evil.com/login", "\\\\evil.com", "https:evil.com/login", "http://example.com@evil.com/"])
        {
            var result = await BackAsync(referrer, alt: null);

            Assert.True(result.Header("Location") == "/", $"{referrer} → {result.Header("Location")}");
        }
    }

    private static async Task<WireResult> BackAsync(string referrer, string? alt)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Back(alt);
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);
        return await Wire.ExchangeAsync(probe.Port, $"GET / HTTP/1.1\r\nHost: example.com\r\nReferer: {referrer}\r\nConnection: close\r\n\r\n");
    }

    [Fact(DisplayName = "security › advisories › GHSA-c5vw-j4hf-j526 (koa attachment type override): a user's .html name keeps text/plain")]
    public async Task Ghsa_c5vw_j4hf_j526()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Type = "text/plain";
            ctx.Attachment(ctx.Query["name"].ToString());
            ctx.Body = "<script>alert(document.cookie)</script>";
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        foreach (var name in (string[])["x.html", "x.svg", "x.xhtml"])
        {
            var result = await Wire.ExchangeAsync(probe.Port, $"GET /?name={name} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

            Assert.Equal("text/plain; charset=utf-8", result.Header("Content-Type"));
            Assert.Equal($"attachment; filename=\"{name}\"", result.Header("Content-Disposition"));
        }
    }

    [Fact(DisplayName = "security › advisories › CVE-2026-27959 (koa Host header injection): evil.com:fake@legitimate.com is legitimate.com")]
    public async Task Cve_2026_27959()
    {
        // Kestrel itself refuses '@' in Host (not a reg-name character) …
        await using (var probe = await ServerProbe.StartAsync())
        {
            var refused = await Wire.ExchangeAsync(probe.Port, "GET /reset HTTP/1.1\r\nHost: evil.com:fake@legitimate.com\r\n\r\n");
            Assert.Equal(400, refused.Status);
            Assert.Equal(0, probe.Invocations);
        }

        // … X-Forwarded-Host behind a trusted proxy is KoaNet's to parse.
        string? link = null, hostname = null;
        var app = new Application(new ApplicationOptions { Proxy = true });
        app.Use(ctx =>
        {
            link = $"{ctx.Protocol}://{ctx.Host}/reset?token=t";
            hostname = ctx.Hostname;
            ctx.Body = "ok";
            return Task.CompletedTask;
        });
        await using var proxied = await ServerProbe.StartAsync(app);
        foreach (var forwarded in (string[])["evil.com:fake@legitimate.com", "evil.com@legitimate.com", "a:b@evil.com:x@legitimate.com:8080"])
        {
            var result = await Wire.ExchangeAsync(proxied.Port, $"GET /reset HTTP/1.1\r\nHost: internal\r\nX-Forwarded-Host: {forwarded}\r\nConnection: close\r\n\r\n");

            Assert.Equal(200, result.Status);
            Assert.StartsWith("http://legitimate.com", link, StringComparison.Ordinal);
            Assert.Equal("legitimate.com", hostname);
        }
    }

    [Fact(DisplayName = "security › advisories › CVE-2016-10539 (negotiator ReDoS): Accept-Language 'a' + '-' x 100,000 + ' >' in linear time")]
    public async Task Cve_2016_10539()
    {
        IReadOnlyList<string>? languages = null;
        string? best = "unset";
        var (result, parse) = await TimedAsync(Roomy(), "Accept-Language", "a" + new string('-', 100_000) + " >", ctx =>
        {
            languages = ctx.AcceptsLanguages();
            best = ctx.AcceptsLanguages("en", "a");
            ctx.Body = "ok";
        });

        Assert.Equal(200, result.Status);
        Assert.True(parse < ParseBound, parse.ToString());
        Assert.Empty(languages!);
        Assert.Null(best);
    }

    [Fact(DisplayName = "security › advisories › CVE-2017-16119 (fresh ReDoS): If-None-Match of 100,000 spaces then an ETag in linear time")]
    public async Task Cve_2017_16119()
    {
        var (result, parse) = await TimedAsync(Roomy(), "If-None-Match", new string(' ', 100_000) + "\"x\"", ctx =>
        {
            ctx.Status = 200;
            ctx.Etag = "x";
            if (ctx.Fresh) ctx.Status = 304;
            else ctx.Body = "stale";
        });

        Assert.Equal(304, result.Status);
        Assert.True(parse < ParseBound, parse.ToString());
    }

    [Fact(DisplayName = "security › advisories › CVE-2024-47764 (cookie name/path/domain injection): no Set-Cookie attribute can be injected")]
    public async Task Cve_2024_47764()
    {
        await AssertCookieRefusedAsync(ctx => ctx.Cookies.Set(ctx.Query["v"].ToString(), "test"), "userName=<script>alert('XSS3')</script>; Max-Age=2592000; a");
        await AssertCookieRefusedAsync(ctx => ctx.Cookies.Set("sid", "1", new CookieSetOptions { Path = ctx.Query["v"].ToString() }), "/; Domain=evil.example");
        await AssertCookieRefusedAsync(ctx => ctx.Cookies.Set("sid", "1", new CookieSetOptions { Domain = ctx.Query["v"].ToString() }), "example.com; Path=/");
    }

    [Fact(DisplayName = "security › advisories › cookies < 0.9.2 (path/domain attribute injection): path '/; samesite=none', domain 'x;secure' refused")]
    public async Task Cookies_0_9_2()
    {
        await AssertCookieRefusedAsync(ctx => ctx.Cookies.Set("sid", "1", new CookieSetOptions { Path = ctx.Query["v"].ToString() }), "/; samesite=none");
        await AssertCookieRefusedAsync(ctx => ctx.Cookies.Set("sid", "1", new CookieSetOptions { Domain = ctx.Query["v"].ToString() }), "x;secure");
        await AssertCookieRefusedAsync(ctx => ctx.Cookies.Set("sid", ctx.Query["v"].ToString(), new CookieSetOptions { Signed = true }), "v; domain=evil.example");
    }

    private static async Task AssertCookieRefusedAsync(Action<Context> set, string input)
    {
        var app = new Application(new ApplicationOptions { Keys = ["keyboard cat"] });
        app.Use(ctx =>
        {
            set(ctx);
            ctx.Body = "cookie set";
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var result = await Wire.ExchangeAsync(probe.Port, $"GET /?v={Uri.EscapeDataString(input)} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(500, result.Status);
        Assert.Null(result.Header("Set-Cookie"));
        Assert.IsType<ArgumentException>(Assert.Single(probe.Errors));
    }
}
