using System.Reflection;

namespace Koa.Tests.Upstream;

// helmet 8.3.0 test/index.test.ts
public sealed class HelmetTests
{
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["content-security-policy"] = "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
        ["cross-origin-embedder-policy"] = null,
        ["cross-origin-opener-policy"] = "same-origin",
        ["cross-origin-resource-policy"] = "same-origin",
        ["origin-agent-cluster"] = "?1",
        ["referrer-policy"] = "no-referrer",
        ["strict-transport-security"] = "max-age=31536000; includeSubDomains",
        ["x-content-type-options"] = "nosniff",
        ["x-dns-prefetch-control"] = "off",
        ["x-download-options"] = "noopen",
        ["x-frame-options"] = "SAMEORIGIN",
        ["x-permitted-cross-domain-policies"] = "none",
        ["x-powered-by"] = null,
        ["x-xss-protection"] = "0",
    };

    [Fact(DisplayName = "helmet includes all middleware, except COEP, with their default options")]
    public async Task Includes_all_defaults()
    {
        await Check.RunAsync(Helmet.Create(), Defaults);
        await Check.RunAsync(Helmet.Create(new HelmetOptions()), Defaults);
    }

    [Fact(DisplayName = "helmet allows individual middlewares to be disabled")]
    public async Task Individual_disable()
    {
        await Check.RunAsync(Helmet.Create(new() { ContentSecurityPolicy = false }), ("content-security-policy", null));
        await Check.RunAsync(Helmet.Create(new() { XDnsPrefetchControl = false }), ("x-dns-prefetch-control", null));
    }

    [Fact(DisplayName = "helmet works with all default middlewares disabled")]
    public Task All_disabled() =>
        Check.RunAsync(Helmet.Create(new()
        {
            ContentSecurityPolicy = false,
            CrossOriginEmbedderPolicy = false,
            CrossOriginOpenerPolicy = false,
            CrossOriginResourcePolicy = false,
            OriginAgentCluster = false,
            ReferrerPolicy = false,
            StrictTransportSecurity = false,
            XContentTypeOptions = false,
            XDnsPrefetchControl = false,
            XDownloadOptions = false,
            XFrameOptions = false,
            XPermittedCrossDomainPolicies = false,
            XPoweredBy = false,
            XXssProtection = false,
        }), ("content-security-policy", null), ("x-frame-options", null));

    [Fact(DisplayName = "helmet errors when `use`d directly")]
    public void Errors_when_used_directly()
    {
        // app.use(helmet) instead of app.use(helmet()): in C# the method group does not convert to a middleware.
        var create = typeof(Helmet).GetMethod(nameof(Helmet.Create))!;
        Assert.NotEqual(typeof(Context), create.GetParameters()[0].ParameterType);
        Assert.Equal(typeof(Func<Context, Func<Task>, Task>), create.ReturnType);
    }

    [Fact(DisplayName = "helmet allows default middleware to be explicitly enabled (a no-op)")]
    public Task Explicit_enable() => Check.RunAsync(Helmet.Create(new() { XFrameOptions = true }), ("x-frame-options", "SAMEORIGIN"));

    [Fact(DisplayName = "helmet allows Cross-Origin-Embedder-Policy middleware to be explicitly enabled")]
    public Task Coep_enabled() => Check.RunAsync(Helmet.Create(new() { CrossOriginEmbedderPolicy = true }), ("cross-origin-embedder-policy", "require-corp"));

    [Fact(DisplayName = "helmet allows Cross-Origin-Embedder-Policy middleware to be explicitly disabled")]
    public Task Coep_disabled() => Check.RunAsync(Helmet.Create(new() { CrossOriginEmbedderPolicy = false }), ("cross-origin-embedder-policy", null));

    [Fact(DisplayName = "helmet allows Cross-Origin-Embedder-Policy middleware to be enabled with custom arguments")]
    public Task Coep_custom() => Check.RunAsync(Helmet.Create(new() { CrossOriginEmbedderPolicy = new() { Policy = "credentialless" } }), ("cross-origin-embedder-policy", "credentialless"));

    [Fact(DisplayName = "helmet allows Cross-Origin-Opener-Policy middleware to be enabled with its default")]
    public Task Coop_default() => Check.RunAsync(Helmet.Create(new() { CrossOriginOpenerPolicy = true }), ("cross-origin-opener-policy", "same-origin"));

    [Fact(DisplayName = "helmet allows Cross-Origin-Opener-Policy middleware to be enabled with custom arguments")]
    public Task Coop_custom() => Check.RunAsync(Helmet.Create(new() { CrossOriginOpenerPolicy = new() { Policy = "same-origin-allow-popups" } }), ("cross-origin-opener-policy", "same-origin-allow-popups"));

    [Fact(DisplayName = "helmet allows Cross-Origin-Opener-Policy middleware to be explicitly disabled")]
    public Task Coop_disabled() => Check.RunAsync(Helmet.Create(new() { CrossOriginOpenerPolicy = false }), ("cross-origin-opener-policy", null));

    [Fact(DisplayName = "helmet allows Cross-Origin-Resource-Policy middleware to be enabled with its default")]
    public Task Corp_default() => Check.RunAsync(Helmet.Create(new() { CrossOriginResourcePolicy = true }), ("cross-origin-resource-policy", "same-origin"));

    [Fact(DisplayName = "helmet allows Cross-Origin-Resource-Policy middleware to be enabled with custom arguments")]
    public Task Corp_custom() => Check.RunAsync(Helmet.Create(new() { CrossOriginResourcePolicy = new() { Policy = "same-site" } }), ("cross-origin-resource-policy", "same-site"));

    [Fact(DisplayName = "helmet allows Cross-Origin-Resource-Policy middleware to be explicitly disabled")]
    public Task Corp_disabled() => Check.RunAsync(Helmet.Create(new() { CrossOriginResourcePolicy = false }), ("cross-origin-resource-policy", null));

    [Fact(DisplayName = "helmet allows Origin-Agent-Cluster middleware to be enabled")]
    public Task Oac_enabled() => Check.RunAsync(Helmet.Create(new() { OriginAgentCluster = true }), ("origin-agent-cluster", "?1"));

    [Fact(DisplayName = "helmet allows Origin-Agent-Cluster middleware to be explicitly disabled")]
    public Task Oac_disabled() => Check.RunAsync(Helmet.Create(new() { OriginAgentCluster = false }), ("origin-agent-cluster", null));

    [Fact(DisplayName = "helmet properly handles a middleware calling `next()` with an error")]
    public Task Next_with_error() =>
        Check.RunAsync(
            Helmet.Create(new() { ContentSecurityPolicy = new() { Directives = new Dictionary<string, object?> { ["defaultSrc"] = new object[] { "'self'", (Func<Context, string>)(_ => "bad;value") } } } }),
            new Dictionary<string, string?>(), 500, "Error: Content-Security-Policy received an invalid directive value for \"default-src\"");

    // warnings: helmet logs a warning when options are passed to a header that takes none. Here those headers take a
    // bool? — passing options does not compile, so there is nothing to warn about.
    [Theory(DisplayName = "helmet warnings logs a warning when passing options to <header>")]
    [InlineData(nameof(HelmetOptions.XPoweredBy))]
    [InlineData(nameof(HelmetOptions.XDownloadOptions))]
    [InlineData(nameof(HelmetOptions.OriginAgentCluster))]
    [InlineData(nameof(HelmetOptions.XContentTypeOptions))]
    [InlineData(nameof(HelmetOptions.XXssProtection))]
    public void Warnings(string property) =>
        Assert.Equal(typeof(bool?), typeof(HelmetOptions).GetProperty(property)!.PropertyType);

    private static readonly string[] Standalone =
    [
        "ContentSecurityPolicy", "CrossOriginEmbedderPolicy", "CrossOriginOpenerPolicy", "CrossOriginResourcePolicy",
        "OriginAgentCluster", "ReferrerPolicy", "StrictTransportSecurity", "XContentTypeOptions", "XDnsPrefetchControl",
        "XDownloadOptions", "XFrameOptions", "XPermittedCrossDomainPolicies", "XPoweredBy", "XXssProtection",
    ];

    [Fact(DisplayName = "helmet exposes standalone middleware")]
    public void Exposes_standalone()
    {
        foreach (var name in Standalone)
        {
            var method = typeof(Helmet).GetMethod(name, BindingFlags.Public | BindingFlags.Static);
            Assert.True(method is not null, name);
            Assert.Equal(typeof(Func<Context, Func<Task>, Task>), method!.ReturnType);
        }
    }

    [Fact(DisplayName = "helmet exposes legacy header options")]
    public async Task Legacy_options()
    {
        await Check.RunAsync(Helmet.Create(new() { Hsts = new() { MaxAge = 123 } }), ("strict-transport-security", "max-age=123; includeSubDomains"));
        await Check.RunAsync(Helmet.Create(new() { NoSniff = false }), ("x-content-type-options", null));
        await Check.RunAsync(Helmet.Create(new() { DnsPrefetchControl = new() { Allow = true } }), ("x-dns-prefetch-control", "on"));
        await Check.RunAsync(Helmet.Create(new() { IeNoOpen = false }), ("x-download-options", null));
        await Check.RunAsync(Helmet.Create(new() { Frameguard = new() { Action = "deny" } }), ("x-frame-options", "DENY"));
        await Check.RunAsync(Helmet.Create(new() { PermittedCrossDomainPolicies = new() { PermittedPolicies = "by-content-type" } }), ("x-permitted-cross-domain-policies", "by-content-type"));
        await Check.RunAsync(Helmet.Create(new() { HidePoweredBy = false }), ("x-powered-by", "Helmet test"));
        await Check.RunAsync(Helmet.Create(new() { XssFilter = false }), ("x-xss-protection", null));
    }

    [Fact(DisplayName = "helmet errors with conflicting header options (legacy + new)")]
    public void Conflicting_options()
    {
        Assert.Throws<ArgumentException>(() => Helmet.Create(new() { StrictTransportSecurity = true, Hsts = true }));
        Assert.Throws<ArgumentException>(() => Helmet.Create(new() { XContentTypeOptions = true, NoSniff = true }));
        Assert.Throws<ArgumentException>(() => Helmet.Create(new() { XDnsPrefetchControl = true, DnsPrefetchControl = true }));
        Assert.Throws<ArgumentException>(() => Helmet.Create(new() { XDownloadOptions = true, IeNoOpen = true }));
        Assert.Throws<ArgumentException>(() => Helmet.Create(new() { XFrameOptions = true, Frameguard = true }));
        Assert.Throws<ArgumentException>(() => Helmet.Create(new() { XPermittedCrossDomainPolicies = true, PermittedCrossDomainPolicies = true }));
        Assert.Throws<ArgumentException>(() => Helmet.Create(new() { XPoweredBy = true, HidePoweredBy = true }));
        var error = Assert.Throws<ArgumentException>(() => Helmet.Create(new() { XXssProtection = true, XssFilter = true }));
        Assert.Equal("X-XSS-Protection option was specified twice. Remove the `xssFilter` option to fix this error.", error.Message);
    }

    [Fact(DisplayName = "helmet exposes standalone middleware with legacy aliases")]
    public void Legacy_aliases()
    {
        foreach (var name in new[] { "Hsts", "DnsPrefetchControl", "IeNoOpen", "Frameguard", "NoSniff", "HidePoweredBy", "PermittedCrossDomainPolicies", "XssFilter" })
            Assert.NotNull(typeof(Helmet).GetMethod(name, BindingFlags.Public | BindingFlags.Static));
    }
}
