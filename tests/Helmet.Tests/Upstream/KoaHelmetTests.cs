using System.Text.RegularExpressions;

namespace Koa.Tests.Upstream;

// koa-helmet 9.0.0 src/index.test.ts
public sealed class KoaHelmetTests
{
    private const string DefaultCsp = "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests";

    private static Application App(params Func<Context, Func<Task>, Task>[] middleware)
    {
        var app = new Application();
        foreach (var m in middleware) app.Use(m);
        app.Use(ctx => { ctx.Body = "Hello world!"; return Task.CompletedTask; });
        return app;
    }

    [Fact(DisplayName = "works with the default helmet call")]
    public Task Default_call() =>
        App(Helmet.Create()).Request().Get("/")
            .Expect("Content-Security-Policy", DefaultCsp)
            .Expect("Cross-Origin-Opener-Policy", "same-origin")
            .Expect("Cross-Origin-Resource-Policy", "same-origin")
            .Expect("X-DNS-Prefetch-Control", "off")
            .Expect("X-Frame-Options", "SAMEORIGIN")
            .Expect("Strict-Transport-Security", new Regex(@"max-age=\d+; includeSubDomains"))
            .Expect("X-Download-Options", "noopen")
            .Expect("X-Content-Type-Options", "nosniff")
            .Expect("referrer-policy", "no-referrer")
            .Expect("x-permitted-cross-domain-policies", "none")
            .Expect("X-Xss-Protection", "0")
            .ExpectAsync(200);

    [Fact(DisplayName = "sets individual headers properly")]
    public Task Individual_headers() =>
        App(
            Helmet.Hsts(), Helmet.ContentSecurityPolicy(), Helmet.CrossOriginEmbedderPolicy(), Helmet.CrossOriginOpenerPolicy(),
            Helmet.CrossOriginResourcePolicy(), Helmet.DnsPrefetchControl(new() { Allow = false }), Helmet.IeNoOpen(),
            Helmet.ReferrerPolicy(), Helmet.XssFilter(), Helmet.Frameguard(new() { Action = "deny" }), Helmet.NoSniff(),
            Helmet.PermittedCrossDomainPolicies()).Request().Get("/")
            .Expect("Content-Security-Policy", DefaultCsp)
            .Expect("Cross-Origin-Embedder-Policy", "require-corp")
            .Expect("Cross-Origin-Opener-Policy", "same-origin")
            .Expect("Cross-Origin-Resource-Policy", "same-origin")
            .Expect("X-DNS-Prefetch-Control", "off")
            .Expect("referrer-policy", "no-referrer")
            .Expect("X-Download-Options", "noopen")
            .Expect("Strict-Transport-Security", new Regex(@"max-age=\d+; includeSubDomains"))
            .Expect("X-Frame-Options", "DENY")
            .Expect("X-Content-Type-Options", "nosniff")
            .Expect("X-Permitted-Cross-Domain-Policies", "none")
            .EndAsync();

    [Fact(DisplayName = "re-exports middleware exports")]
    public void Re_exports()
    {
        Assert.NotEmpty(Helmet.GetDefaultDirectives());
        Assert.NotNull(Helmet.DangerouslyDisableDefaultSrc);
    }

    [Fact(DisplayName = "helmet() accepts options to disable middlewares")]
    public async Task Disable_options()
    {
        var res = await App(Helmet.Create(new() { ContentSecurityPolicy = false, CrossOriginOpenerPolicy = false, XssFilter = false })).Request().Get("/").EndAsync();
        Assert.False(res.HasHeader("content-security-policy"));
        Assert.False(res.HasHeader("cross-origin-opener-policy"));
        Assert.False(res.HasHeader("x-xss-protection"));
        Assert.Equal("SAMEORIGIN", res.Header("x-frame-options"));
        Assert.Equal("nosniff", res.Header("x-content-type-options"));
    }

    [Fact(DisplayName = "helmet() accepts custom options for middlewares")]
    public Task Custom_options() =>
        App(Helmet.Create(new()
        {
            Frameguard = new() { Action = "deny" },
            ReferrerPolicy = new() { Policy = ["strict-origin"] },
            CrossOriginResourcePolicy = new() { Policy = "cross-origin" },
            Hsts = new() { MaxAge = 123456, IncludeSubDomains = false },
        })).Request().Get("/")
            .Expect("X-Frame-Options", "DENY")
            .Expect("referrer-policy", "strict-origin")
            .Expect("Cross-Origin-Resource-Policy", "cross-origin")
            .Expect("Strict-Transport-Security", "max-age=123456")
            .ExpectAsync(200);

    [Fact(DisplayName = "contentSecurityPolicy accepts custom directives")]
    public async Task Csp_custom()
    {
        var res = await App(Helmet.ContentSecurityPolicy(new()
        {
            Directives = new Dictionary<string, object?>
            {
                ["defaultSrc"] = new[] { "'self'" },
                ["scriptSrc"] = new[] { "'self'", "cdn.example.com" },
                ["imgSrc"] = new[] { "*" },
            },
        })).Request().Get("/").EndAsync();
        var csp = res.Header("content-security-policy")!;
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' cdn.example.com", csp, StringComparison.Ordinal);
        Assert.Contains("img-src *", csp, StringComparison.Ordinal);
        Assert.Equal(200, res.Status);
    }

    [Fact(DisplayName = "hsts accepts custom options")]
    public Task Hsts_custom() =>
        App(Helmet.Hsts(new() { MaxAge = 31536000, IncludeSubDomains = true, Preload = true })).Request().Get("/")
            .Expect("Strict-Transport-Security", "max-age=31536000; includeSubDomains; preload").ExpectAsync(200);

    [Fact(DisplayName = "crossOriginOpenerPolicy accepts policy option")]
    public Task Coop_custom() =>
        App(Helmet.CrossOriginOpenerPolicy(new() { Policy = "same-origin-allow-popups" })).Request().Get("/")
            .Expect("Cross-Origin-Opener-Policy", "same-origin-allow-popups").ExpectAsync(200);

    [Fact(DisplayName = "dnsPrefetchControl allows prefetching when enabled")]
    public Task Dns_enabled() =>
        App(Helmet.DnsPrefetchControl(new() { Allow = true })).Request().Get("/").Expect("X-DNS-Prefetch-Control", "on").ExpectAsync(200);

    [Fact(DisplayName = "permittedCrossDomainPolicies accepts policy option")]
    public Task Permitted_custom() =>
        App(Helmet.PermittedCrossDomainPolicies(new() { PermittedPolicies = "by-content-type" })).Request().Get("/")
            .Expect("X-Permitted-Cross-Domain-Policies", "by-content-type").ExpectAsync(200);

    [Fact(DisplayName = "referrerPolicy accepts multiple policies")]
    public Task Referrer_multiple() =>
        App(Helmet.ReferrerPolicy(new() { Policy = ["no-referrer", "strict-origin-when-cross-origin"] })).Request().Get("/")
            .Expect("referrer-policy", "no-referrer,strict-origin-when-cross-origin").ExpectAsync(200);
}
