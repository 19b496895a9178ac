namespace Koa.Tests.Upstream;

// helmet 8.3.0: the single-header middlewares' test files.
public sealed class HeaderTests
{
    // test/cross-origin-embedder-policy.test.ts
    [Fact(DisplayName = "Cross-Origin-Embedder-Policy middleware sets \"Cross-Origin-Embedder-Policy: same-origin\" when called with no policy")]
    public async Task Coep_default()
    {
        await Check.RunAsync(Helmet.CrossOriginEmbedderPolicy(), ("cross-origin-embedder-policy", "require-corp"));
        await Check.RunAsync(Helmet.CrossOriginEmbedderPolicy(new()), ("cross-origin-embedder-policy", "require-corp"));
    }

    [Theory(DisplayName = "Cross-Origin-Embedder-Policy middleware sets \"Cross-Origin-Embedder-Policy: <policy>\" when told to")]
    [InlineData("require-corp")]
    [InlineData("credentialless")]
    [InlineData("unsafe-none")]
    public Task Coep_policy(string policy) => Check.RunAsync(Helmet.CrossOriginEmbedderPolicy(new() { Policy = policy }), ("cross-origin-embedder-policy", policy));

    [Fact(DisplayName = "Cross-Origin-Embedder-Policy middleware throws when setting the policy to an invalid value")]
    public void Coep_invalid()
    {
        foreach (var policy in new[] { "", "foo", "CREDENTIALLESS", "123", null })
            Assert.StartsWith("Cross-Origin-Embedder-Policy does not support ", Assert.Throws<ArgumentException>(() => Helmet.CrossOriginEmbedderPolicy(new() { Policy = policy })).Message);
    }

    // test/cross-origin-opener-policy.test.ts
    [Fact(DisplayName = "Cross-Origin-Opener-Policy middleware sets \"Cross-Origin-Opener-Policy: same-origin\" when called with no policy")]
    public async Task Coop_default()
    {
        await Check.RunAsync(Helmet.CrossOriginOpenerPolicy(), ("cross-origin-opener-policy", "same-origin"));
        await Check.RunAsync(Helmet.CrossOriginOpenerPolicy(new()), ("cross-origin-opener-policy", "same-origin"));
    }

    [Theory(DisplayName = "Cross-Origin-Opener-Policy middleware sets \"Cross-Origin-Opener-Policy: <policy>\" when told to")]
    [InlineData("same-origin")]
    [InlineData("same-origin-allow-popups")]
    [InlineData("noopener-allow-popups")]
    [InlineData("unsafe-none")]
    public Task Coop_policy(string policy) => Check.RunAsync(Helmet.CrossOriginOpenerPolicy(new() { Policy = policy }), ("cross-origin-opener-policy", policy));

    [Fact(DisplayName = "Cross-Origin-Opener-Policy middleware throws when setting the policy to an invalid value")]
    public void Coop_invalid()
    {
        foreach (var policy in new[] { "", "foo", "SAME-ORIGIN", "123", null })
            Assert.StartsWith("Cross-Origin-Opener-Policy does not support ", Assert.Throws<ArgumentException>(() => Helmet.CrossOriginOpenerPolicy(new() { Policy = policy })).Message);
    }

    // test/cross-origin-resource-policy.test.ts
    [Fact(DisplayName = "Cross-Origin-Resource-Policy middleware sets \"Cross-Origin-Resource-Policy: same-origin\" when called with no policy")]
    public async Task Corp_default()
    {
        await Check.RunAsync(Helmet.CrossOriginResourcePolicy(), ("cross-origin-resource-policy", "same-origin"));
        await Check.RunAsync(Helmet.CrossOriginResourcePolicy(new()), ("cross-origin-resource-policy", "same-origin"));
    }

    [Theory(DisplayName = "Cross-Origin-Resource-Policy middleware sets \"Cross-Origin-Resource-Policy: <policy>\" when told to")]
    [InlineData("same-origin")]
    [InlineData("same-site")]
    [InlineData("cross-origin")]
    public Task Corp_policy(string policy) => Check.RunAsync(Helmet.CrossOriginResourcePolicy(new() { Policy = policy }), ("cross-origin-resource-policy", policy));

    [Fact(DisplayName = "Cross-Origin-Resource-Policy middleware throws when setting the policy to an invalid value")]
    public void Corp_invalid()
    {
        foreach (var policy in new[] { "", "foo", "SAME-ORIGIN", "123", null })
            Assert.StartsWith("Cross-Origin-Resource-Policy does not support ", Assert.Throws<ArgumentException>(() => Helmet.CrossOriginResourcePolicy(new() { Policy = policy })).Message);
    }

    // test/origin-agent-cluster.test.ts
    [Fact(DisplayName = "Origin-Agent-Cluster middleware sets \"Origin-Agent-Cluster: ?1\"")]
    public Task Oac() => Check.RunAsync(Helmet.OriginAgentCluster(), ("origin-agent-cluster", "?1"));

    // test/referrer-policy.test.ts
    [Fact(DisplayName = "Referrer-Policy middleware sets header to no-referrer when passed no policy")]
    public async Task Referrer_default()
    {
        await Check.RunAsync(Helmet.ReferrerPolicy(), ("referrer-policy", "no-referrer"));
        await Check.RunAsync(Helmet.ReferrerPolicy(new()), ("referrer-policy", "no-referrer"));
    }

    public static TheoryData<string> ReferrerTokens => new()
    {
        "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin", "strict-origin", "origin-when-cross-origin",
        "strict-origin-when-cross-origin", "unsafe-url", "",
    };

    [Theory(DisplayName = "Referrer-Policy middleware can set the header to \"<policy>\" by specifying it as a string")]
    [MemberData(nameof(ReferrerTokens))]
    public Task Referrer_string(string policy) => Check.RunAsync(Helmet.ReferrerPolicy(new() { Policy = [policy] }), ("referrer-policy", policy));

    [Theory(DisplayName = "Referrer-Policy middleware can set the header to \"<policy>\" by specifying it as an array string")]
    [MemberData(nameof(ReferrerTokens))]
    public Task Referrer_array(string policy) => Check.RunAsync(Helmet.ReferrerPolicy(new() { Policy = new[] { policy } }), ("referrer-policy", policy));

    [Fact(DisplayName = "Referrer-Policy middleware can set an array with multiple values")]
    public Task Referrer_multiple() => Check.RunAsync(Helmet.ReferrerPolicy(new() { Policy = ["origin", "unsafe-url"] }), ("referrer-policy", "origin,unsafe-url"));

    [Fact(DisplayName = "Referrer-Policy middleware fails with a bad policy")]
    public void Referrer_bad()
    {
        foreach (var policy in new[] { "foo", "sameorigin", "ORIGIN", "123" })
            Assert.Throws<ArgumentException>(() => Helmet.ReferrerPolicy(new() { Policy = [policy] }));
        Assert.Throws<ArgumentException>(() => Helmet.ReferrerPolicy(new() { Policy = null }));
        Assert.Throws<ArgumentException>(() => Helmet.ReferrerPolicy(new() { Policy = [null!] }));
    }

    [Fact(DisplayName = "Referrer-Policy middleware fails with an empty array")]
    public void Referrer_empty() => Assert.Throws<ArgumentException>(() => Helmet.ReferrerPolicy(new() { Policy = [] }));

    [Fact(DisplayName = "Referrer-Policy middleware fails with duplicate values")]
    public void Referrer_duplicates()
    {
        Assert.Throws<ArgumentException>(() => Helmet.ReferrerPolicy(new() { Policy = ["origin", "origin"] }));
        Assert.Throws<ArgumentException>(() => Helmet.ReferrerPolicy(new() { Policy = ["same-origin", "origin", "same-origin"] }));
    }

    // test/strict-transport-security.test.ts
    [Fact(DisplayName = "Strict-Transport-Security middleware by default, sets max-age to 365 days and adds \"includeSubDomains\"")]
    public async Task Hsts_default()
    {
        Assert.Equal(31536000, 365 * 24 * 60 * 60);
        await Check.RunAsync(Helmet.StrictTransportSecurity(), ("strict-transport-security", "max-age=31536000; includeSubDomains"));
        await Check.RunAsync(Helmet.StrictTransportSecurity(new()), ("strict-transport-security", "max-age=31536000; includeSubDomains"));
    }

    [Fact(DisplayName = "Strict-Transport-Security middleware sets the max-age to a non-negative integer")]
    public async Task Hsts_max_age()
    {
        await Check.RunAsync(Helmet.StrictTransportSecurity(new() { MaxAge = 1234 }), ("strict-transport-security", "max-age=1234; includeSubDomains"));
        await Check.RunAsync(Helmet.StrictTransportSecurity(new() { MaxAge = 0 }), ("strict-transport-security", "max-age=0; includeSubDomains"));
        await Check.RunAsync(Helmet.StrictTransportSecurity(new() { MaxAge = -0.0 }), ("strict-transport-security", "max-age=0; includeSubDomains"));
    }

    [Fact(DisplayName = "Strict-Transport-Security middleware rounds non-integer max-ages down")]
    public async Task Hsts_round()
    {
        await Check.RunAsync(Helmet.StrictTransportSecurity(new() { MaxAge = 123.4 }), ("strict-transport-security", "max-age=123; includeSubDomains"));
        await Check.RunAsync(Helmet.StrictTransportSecurity(new() { MaxAge = 123.5 }), ("strict-transport-security", "max-age=123; includeSubDomains"));
    }

    [Fact(DisplayName = "Strict-Transport-Security middleware disables subdomains with the includeSubDomains option")]
    public Task Hsts_no_subdomains() => Check.RunAsync(Helmet.StrictTransportSecurity(new() { IncludeSubDomains = false }), ("strict-transport-security", "max-age=31536000"));

    [Fact(DisplayName = "Strict-Transport-Security middleware can enable preloading")]
    public Task Hsts_preload() => Check.RunAsync(Helmet.StrictTransportSecurity(new() { Preload = true }), ("strict-transport-security", "max-age=31536000; includeSubDomains; preload"));

    [Fact(DisplayName = "Strict-Transport-Security middleware can explicitly disable preloading")]
    public Task Hsts_no_preload() => Check.RunAsync(Helmet.StrictTransportSecurity(new() { Preload = false }), ("strict-transport-security", "max-age=31536000; includeSubDomains"));

    [Fact(DisplayName = "Strict-Transport-Security middleware throws an error with invalid parameters")]
    public void Hsts_invalid()
    {
        // The non-number cases ("123", BigInt, true, {}, [], null, the `maxage` typo) do not compile in C#.
        foreach (var maxAge in new[] { -123, -0.1, double.PositiveInfinity, double.NegativeInfinity, double.NaN })
            Assert.Throws<ArgumentException>(() => Helmet.StrictTransportSecurity(new() { MaxAge = maxAge }));
    }

    [Fact(DisplayName = "Strict-Transport-Security middleware logs a warning when using the mis-capitalized `includeSubdomains` parameter")]
    public void Hsts_miscapitalized() =>
        // `includeSubdomains` is not a member of StrictTransportSecurityOptions: the typo is a compile error.
        Assert.Null(typeof(StrictTransportSecurityOptions).GetProperty("IncludeSubdomains", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly) is { Name: "IncludeSubdomains" } p ? p : null);

    // test/x-content-type-options.test.ts
    [Fact(DisplayName = "X-Content-Type-Options middleware sets \"X-Content-Type-Options: nosniff\"")]
    public Task Nosniff() => Check.RunAsync(Helmet.XContentTypeOptions(), ("x-content-type-options", "nosniff"));

    // test/x-dns-prefetch-control.test.ts
    [Fact(DisplayName = "X-DNS-Prefetch-Control middleware sets the header to \"off\" by default")]
    public async Task Dns_default()
    {
        await Check.RunAsync(Helmet.XDnsPrefetchControl(), ("x-dns-prefetch-control", "off"));
        await Check.RunAsync(Helmet.XDnsPrefetchControl(new()), ("x-dns-prefetch-control", "off"));
    }

    [Fact(DisplayName = "X-DNS-Prefetch-Control middleware can set header to \"off\" with configuration")]
    public Task Dns_off() => Check.RunAsync(Helmet.XDnsPrefetchControl(new() { Allow = false }), ("x-dns-prefetch-control", "off"));

    [Fact(DisplayName = "X-DNS-Prefetch-Control middleware can set header to \"on\" with configuration")]
    public Task Dns_on() => Check.RunAsync(Helmet.XDnsPrefetchControl(new() { Allow = true }), ("x-dns-prefetch-control", "on"));

    // test/x-download-options.test.ts
    [Fact(DisplayName = "X-Download-Options middleware sets \"X-Download-Options: noopen\"")]
    public Task Noopen() => Check.RunAsync(Helmet.XDownloadOptions(), ("x-download-options", "noopen"));

    // test/x-frame-options.test.ts
    [Fact(DisplayName = "X-Frame-Options middleware sets \"X-Frame-Options: SAMEORIGIN\" when passed no action")]
    public async Task Frame_default()
    {
        await Check.RunAsync(Helmet.XFrameOptions(), ("x-frame-options", "SAMEORIGIN"));
        await Check.RunAsync(Helmet.XFrameOptions(new()), ("x-frame-options", "SAMEORIGIN"));
    }

    [Fact(DisplayName = "X-Frame-Options middleware can set \"X-Frame-Options: DENY\"")]
    public async Task Frame_deny()
    {
        foreach (var action in new[] { "deny", "DENY", "deNY" })
            await Check.RunAsync(Helmet.XFrameOptions(new() { Action = action }), ("x-frame-options", "DENY"));
    }

    [Fact(DisplayName = "X-Frame-Options middleware can set \"X-Frame-Options: SAMEORIGIN\" when specified")]
    public async Task Frame_sameorigin()
    {
        foreach (var action in new[] { "sameorigin", "SAMEORIGIN", "sameORIGIN", "SAME-ORIGIN", "same-origin" })
            await Check.RunAsync(Helmet.XFrameOptions(new() { Action = action }), ("x-frame-options", "SAMEORIGIN"));
    }

    [Fact(DisplayName = "X-Frame-Options middleware throws when passed invalid actions")]
    public void Frame_invalid()
    {
        foreach (var action in new[] { "", "foo", " deny", "allow-from", "ALLOW-FROM", "123", null })
            Assert.StartsWith("X-Frame-Options received an invalid action ", Assert.Throws<ArgumentException>(() => Helmet.XFrameOptions(new() { Action = action })).Message);
    }

    // test/x-permitted-cross-domain-policies.test.ts
    [Fact(DisplayName = "X-Permitted-Cross-Domain-Policies middleware sets \"X-Permitted-Cross-Domain-Policies: none\" when called with no permitted policies")]
    public async Task Permitted_default()
    {
        await Check.RunAsync(Helmet.XPermittedCrossDomainPolicies(), ("x-permitted-cross-domain-policies", "none"));
        await Check.RunAsync(Helmet.XPermittedCrossDomainPolicies(new()), ("x-permitted-cross-domain-policies", "none"));
    }

    [Theory(DisplayName = "X-Permitted-Cross-Domain-Policies middleware sets \"X-Permitted-Cross-Domain-Policies: <policy>\" when told to")]
    [InlineData("none")]
    [InlineData("master-only")]
    [InlineData("by-content-type")]
    [InlineData("all")]
    public Task Permitted_policy(string policy) =>
        Check.RunAsync(Helmet.XPermittedCrossDomainPolicies(new() { PermittedPolicies = policy }), ("x-permitted-cross-domain-policies", policy));

    [Fact(DisplayName = "X-Permitted-Cross-Domain-Policies middleware throws when setting the policy to an invalid value")]
    public void Permitted_invalid()
    {
        foreach (var policy in new[] { "", "NONE", "by-ftp-filename", "123", null })
            Assert.StartsWith("X-Permitted-Cross-Domain-Policies does not support ", Assert.Throws<ArgumentException>(() => Helmet.XPermittedCrossDomainPolicies(new() { PermittedPolicies = policy })).Message);
    }

    // test/x-powered-by.test.ts
    [Fact(DisplayName = "X-Powered-By middleware does nothing if the request was not set earlier in the stack")]
    public Task Powered_by_nothing() => Check.RunAsync(Helmet.XPoweredBy(), ("x-powered-by", null));

    [Fact(DisplayName = "X-Powered-By middleware removes the header if it was set earlier in the stack")]
    public Task Powered_by_removed()
    {
        var hide = Helmet.XPoweredBy();
        return Check.RunAsync((ctx, next) => { ctx.Set("X-POWERED-BY", "should be destroyed"); return hide(ctx, next); }, ("x-powered-by", null));
    }

    // test/x-xss-protection.test.ts
    [Fact(DisplayName = "X-XSS-Protection middleware sets \"X-XSS-Protection: 0\"")]
    public Task Xss() => Check.RunAsync(Helmet.XXssProtection(), ("x-xss-protection", "0"));
}
