namespace Koa.Tests.Upstream;

// helmet 8.3.0 test/content-security-policy.test.ts
public sealed class ContentSecurityPolicyTests
{
    private static readonly string[] ShouldBeQuoted =
    [
        "none", "self", "strict-dynamic", "report-sample", "inline-speculation-rules", "unsafe-inline", "unsafe-eval",
        "unsafe-hashes", "wasm-unsafe-eval", "nonce-abc123", "sha256-abc123", "sha384-abc123", "sha512-abc123",
    ];

    private static readonly string[] DefaultSet =
    [
        "default-src 'self'", "base-uri 'self'", "font-src 'self' https: data:", "form-action 'self'",
        "frame-ancestors 'self'", "img-src 'self' data:", "object-src 'none'", "script-src 'self'",
        "script-src-attr 'none'", "style-src 'self' https: 'unsafe-inline'", "upgrade-insecure-requests",
    ];

    private static Dictionary<string, object?> D(params (string Name, object? Value)[] entries)
    {
        var d = new Dictionary<string, object?>();
        foreach (var (name, value) in entries) d.Add(name, value);
        return d;
    }

    private static async Task CheckCsp(ContentSecurityPolicyOptions? options, IEnumerable<string> expected, string header = "content-security-policy")
    {
        var res = await Check.RunAsync(Helmet.ContentSecurityPolicy(options), new Dictionary<string, string?>());
        var value = res.Header(header);
        Assert.True(value is not null, $"{header} header should be set");
        Assert.Equal(expected.ToHashSet(), value!.Split(';').ToHashSet());
    }

    private static ArgumentException Throws(ContentSecurityPolicyOptions options) =>
        Assert.Throws<ArgumentException>(() => Helmet.ContentSecurityPolicy(options));

    [Fact(DisplayName = "Content-Security-Policy middleware sets a default policy when passed no directives")]
    public async Task Default_policy()
    {
        await CheckCsp(null, DefaultSet);
        await CheckCsp(new(), DefaultSet);
        await CheckCsp(new() { Directives = null }, DefaultSet);
        await CheckCsp(new() { UseDefaults = true }, DefaultSet);
    }

    [Fact(DisplayName = "Content-Security-Policy middleware sets directives when named with snake-case")]
    public Task Snake_case() =>
        CheckCsp(new() { UseDefaults = false, Directives = D(("default-src", new[] { "'self'" }), ("script-src", new[] { "example.com" }), ("style-src", new[] { "'none'" })) },
            ["default-src 'self'", "script-src example.com", "style-src 'none'"]);

    [Fact(DisplayName = "Content-Security-Policy middleware sets directives when named with camelCase")]
    public Task Camel_case() =>
        CheckCsp(new() { UseDefaults = false, Directives = D(("defaultSrc", new[] { "'self'" }), ("scriptSrc", new[] { "example.com" }), ("styleSrc", new[] { "'none'" })) },
            ["default-src 'self'", "script-src example.com", "style-src 'none'"]);

    [Fact(DisplayName = "Content-Security-Policy middleware accepts a mix of snake-case and camelCase directive names")]
    public Task Mixed_case() =>
        CheckCsp(new() { UseDefaults = false, Directives = D(("default-src", new[] { "'self'" }), ("script-src", new[] { "example.com" }), ("styleSrc", new[] { "'none'" }), ("objectSrc", new[] { "'none'" })) },
            ["default-src 'self'", "script-src example.com", "style-src 'none'", "object-src 'none'"]);

    [Fact(DisplayName = "Content-Security-Policy middleware accepts an empty list of directive values")]
    public Task Empty_list() =>
        CheckCsp(new() { UseDefaults = false, Directives = D(("default-src", new[] { "'self'" }), ("sandbox", Array.Empty<string>())) },
            ["default-src 'self'", "sandbox"]);

    [Fact(DisplayName = "Content-Security-Policy middleware accepts non-array iterables for directive values")]
    public Task Non_array_iterables() =>
        CheckCsp(new() { UseDefaults = false, Directives = D(("default-src", new HashSet<string> { "'self'" }), ("sandbox", Enumerable.Empty<string>())) },
            ["default-src 'self'", "sandbox"]);

    [Fact(DisplayName = "Content-Security-Policy middleware accepts strings as directive values")]
    public Task Strings() =>
        CheckCsp(new() { UseDefaults = false, Directives = D(("default-src", "'self'  example.com"), ("scriptSrc", "'none'"), ("sandbox", "")) },
            ["default-src 'self'  example.com", "script-src 'none'", "sandbox"]);

    [Fact(DisplayName = "Content-Security-Policy middleware treats null directive values as nothing, as if they weren't set")]
    public Task Null_values() =>
        CheckCsp(new() { UseDefaults = false, Directives = D(("default-src", "'self'"), ("scriptSrc", null)) }, ["default-src 'self'"]);

    [Fact(DisplayName = "Content-Security-Policy middleware ignores inherited directive properties")]
    public Task Inherited_properties()
    {
        // No prototype chain in a .NET dictionary: only the entries given are directives.
        var directives = new Dictionary<string, object?> { ["defaultSrc"] = new[] { "'self'" } };
        return CheckCsp(new() { UseDefaults = false, Directives = directives }, ["default-src 'self'"]);
    }

    [Fact(DisplayName = "Content-Security-Policy middleware allows functions in directive values to generate dynamic directives")]
    public Task Dynamic_directives()
    {
        var dynamicResult = Guid.NewGuid() + ".example";
        return CheckCsp(new()
        {
            UseDefaults = false,
            Directives = D(("default-src", new object[]
            {
                "'self'",
                (Func<Context, string>)(ctx => { Assert.NotNull(ctx.Request); Assert.NotNull(ctx.Response); return dynamicResult; }),
                "bar.example.com",
            })),
        }, [$"default-src 'self' {dynamicResult} bar.example.com"]);
    }

    [Fact(DisplayName = "Content-Security-Policy middleware errors if a dynamic function throws and does not continue")]
    public async Task Dynamic_throws()
    {
        var errToThrow = new InvalidOperationException("test error");
        var wasSecondFunctionCalled = false;
        var middleware = Helmet.ContentSecurityPolicy(new()
        {
            UseDefaults = false,
            Directives = D(("defaultSrc", new object[]
            {
                "'self'",
                (Func<Context, string>)(_ => throw errToThrow),
                (Func<Context, string>)(_ => { wasSecondFunctionCalled = true; return "ignored.example"; }),
            })),
        });
        var app = new Application { Silent = true };
        app.Use(async (ctx, next) =>
        {
            try { await next(); ctx.Body = "false"; }
            catch (Exception err) { ctx.Body = (err == errToThrow) ? "true" : "false"; }
        });
        app.Use(middleware);
        var res = await app.Request().Get("/").ExpectAsync(200, "true");
        Assert.False(res.HasHeader("content-security-policy"));
        Assert.False(wasSecondFunctionCalled);
    }

    [Fact(DisplayName = "Content-Security-Policy middleware can override the default options")]
    public async Task Override_defaults()
    {
        string[] expected =
        [
            "default-src 'self' example.com", "font-src 'self' https: data:", "form-action 'self'", "frame-ancestors 'self'",
            "img-src 'self' data:", "object-src 'none'", "script-src example.com", "script-src-attr 'none'",
            "style-src 'self' https: 'unsafe-inline'", "upgrade-insecure-requests",
        ];
        var directives = D(("default-src", new[] { "'self'", "example.com" }), ("base-uri", null), ("scriptSrc", new[] { "example.com" }));
        await CheckCsp(new() { UseDefaults = true, Directives = directives }, expected);
        await CheckCsp(new() { Directives = directives }, expected);
    }

    [Fact(DisplayName = "Content-Security-Policy middleware can set the \"report only\" version of the header instead")]
    public Task Report_only() =>
        Check.RunAsync(Helmet.ContentSecurityPolicy(new() { UseDefaults = false, Directives = D(("default-src", "'self'")), ReportOnly = true }),
            ("content-security-policy", null), ("content-security-policy-report-only", "default-src 'self'"));

    [Fact(DisplayName = "Content-Security-Policy middleware sets normal header when reportOnly is false")]
    public Task Report_only_false() =>
        Check.RunAsync(Helmet.ContentSecurityPolicy(new() { UseDefaults = false, Directives = D(("default-src", "'self'")), ReportOnly = false }),
            ("content-security-policy", "default-src 'self'"), ("content-security-policy-report-only", null));

    [Fact(DisplayName = "Content-Security-Policy middleware throws if any directive names are invalid")]
    public void Invalid_names()
    {
        string[] invalidNames =
        [
            "", ";", "\u00e1", "default src", " default-src", "default-src ", "default;src", "default,src", "default!src",
            "default_src", "def\u00e1ult-src", "default_src", "DefaultSrc", "Default-Src", "-default-src", "default-src-",
            "_default_src", "__proto__",
        ];
        foreach (var name in invalidNames)
        {
            var error = Throws(new() { UseDefaults = true, Directives = D((name, new[] { "value" })) });
            Assert.StartsWith("Content-Security-Policy received an invalid directive name \"", error.Message);
        }
    }

    [Fact(DisplayName = "Content-Security-Policy middleware throws if duplicate directive names are found")]
    public void Duplicate_names()
    {
        Assert.Equal("Content-Security-Policy received a duplicate directive \"default-src\"",
            Throws(new() { UseDefaults = false, Directives = D(("defaultSrc", new[] { "foo" }), ("default-src", new[] { "foo" })) }).Message);
        Assert.Equal("Content-Security-Policy received a duplicate directive \"script-src\"",
            Throws(new() { UseDefaults = false, Directives = D(("defaultSrc", new[] { "'self'" }), ("scriptSrc", new[] { "foo" }), ("script-src", new[] { "foo" })) }).Message);
    }

    [Fact(DisplayName = "Content-Security-Policy middleware throws if any directive values are invalid")]
    public void Invalid_values()
    {
        foreach (var invalid in new[] { ";", ",", "hello;world", "hello,world" })
        {
            Assert.Equal("Content-Security-Policy received an invalid directive value for \"something-else\"",
                Throws(new() { UseDefaults = false, Directives = D(("default-src", "'self'"), ("something-else", new[] { invalid })) }).Message);
        }

        Assert.Equal("Content-Security-Policy received an invalid directive value for \"default-src\"",
            Throws(new() { UseDefaults = false, Directives = D(("default-src", "foo;bar")) }).Message);

        foreach (var entry in ShouldBeQuoted)
        {
            Assert.Equal($"Content-Security-Policy received an invalid directive value for \"something-else\". \"{entry}\" should be quoted",
                Throws(new() { UseDefaults = false, Directives = D(("default-src", "'self'"), ("something-else", new[] { entry })) }).Message);
        }
    }

    [Fact(DisplayName = "Content-Security-Policy middleware throws if directive values are falsy but not null")]
    public void Falsy_values()
    {
        foreach (var invalid in new object[] { false, 0 })
        {
            Assert.Equal("Content-Security-Policy received an invalid directive value for \"default-src\"",
                Throws(new() { Directives = D(("defaultSrc", invalid)) }).Message);
        }
    }

    [Fact(DisplayName = "Content-Security-Policy middleware errors if any directive values are invalid when a function returns")]
    public async Task Invalid_function_results()
    {
        foreach (var entry in new[] { "bad;value", "bad,value" }.Concat(ShouldBeQuoted))
        {
            var middleware = Helmet.ContentSecurityPolicy(new() { UseDefaults = false, Directives = D(("defaultSrc", new object[] { "'self'", (Func<Context, string>)(_ => entry) })) });
            var app = new Application { Silent = true };
            app.Use(async (ctx, next) =>
            {
                try { await next(); ctx.Body = "false"; }
                catch (Exception err) { ctx.Body = err.Message.StartsWith("Content-Security-Policy received an invalid directive value for \"default-src\"", StringComparison.Ordinal) ? "true" : "false"; }
            });
            app.Use(middleware);
            var res = await app.Request().Get("/").ExpectAsync(200, "true");
            Assert.False(res.HasHeader("content-security-policy"));
        }
    }

    [Fact(DisplayName = "Content-Security-Policy middleware throws if default-src is missing")]
    public void Default_src_missing()
    {
        const string NoDirectives = "Content-Security-Policy has no directives. Either set some or disable the header";
        Assert.Equal(NoDirectives, Throws(new() { UseDefaults = false, Directives = D() }).Message);
        Assert.Equal(NoDirectives, Throws(new() { UseDefaults = false }).Message);
        Assert.Equal("Content-Security-Policy needs a default-src but none was provided. If you really want to disable it, set it to `contentSecurityPolicy.dangerouslyDisableDefaultSrc`.",
            Throws(new() { UseDefaults = false, Directives = D(("scriptSrc", new[] { "example.com" })) }).Message);
        Assert.Equal("Content-Security-Policy needs a default-src but it was set to `null`. If you really want to disable it, set it to `contentSecurityPolicy.dangerouslyDisableDefaultSrc`.",
            Throws(new() { Directives = D(("defaultSrc", null)) }).Message);

        // These should not throw.
        Helmet.ContentSecurityPolicy(new() { UseDefaults = false, Directives = D(("defaultSrc", new[] { "foo" })) });
        Helmet.ContentSecurityPolicy(new() { UseDefaults = false, Directives = D(("default-src", new[] { "foo" })) });
        Helmet.ContentSecurityPolicy(new() { UseDefaults = false, Directives = D(("defaultSrc", Array.Empty<string>())) });
        Helmet.ContentSecurityPolicy(new() { UseDefaults = false, Directives = D(("defaultSrc", "")) });
    }

    [Fact(DisplayName = "Content-Security-Policy middleware allows default-src to be explicitly disabled")]
    public async Task Disable_default_src()
    {
        await CheckCsp(new() { UseDefaults = false, Directives = D(("defaultSrc", Helmet.DangerouslyDisableDefaultSrc), ("scriptSrc", new[] { "example.com" })) }, ["script-src example.com"]);
        await CheckCsp(new() { UseDefaults = false, Directives = D(("default-src", Helmet.DangerouslyDisableDefaultSrc), ("script-src", new[] { "example.com" })) }, ["script-src example.com"]);
        await CheckCsp(new() { UseDefaults = true, Directives = D(("default-src", Helmet.DangerouslyDisableDefaultSrc)) }, DefaultSet.Skip(1));
    }

    [Fact(DisplayName = "Content-Security-Policy middleware throws an error if default-src is disabled and there are no other directives")]
    public void Disabled_default_src_alone()
    {
        const string NoDirectives = "Content-Security-Policy has no directives. Either set some or disable the header";
        Assert.Equal(NoDirectives, Throws(new() { UseDefaults = false, Directives = D(("defaultSrc", Helmet.DangerouslyDisableDefaultSrc)) }).Message);
        Assert.Equal(NoDirectives, Throws(new() { UseDefaults = false, Directives = D(("default-src", Helmet.DangerouslyDisableDefaultSrc)) }).Message);
    }

    [Fact(DisplayName = "Content-Security-Policy middleware throws an error if directives other than default-src are `dangerouslyDisableDefaultSrc`")]
    public void Disable_other_directive() =>
        Assert.Equal("Content-Security-Policy: tried to disable \"script-src\" as if it were default-src; simply omit the key",
            Throws(new() { Directives = D(("default-src", "'self'"), ("script-src", Helmet.DangerouslyDisableDefaultSrc)) }).Message);

    [Fact(DisplayName = "getDefaultDirectives returns the middleware's default directives")]
    public void Default_directives()
    {
        var d = Helmet.GetDefaultDirectives();
        Assert.Equal(
            ["base-uri", "default-src", "font-src", "form-action", "frame-ancestors", "img-src", "object-src", "script-src", "script-src-attr", "style-src", "upgrade-insecure-requests"],
            d.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["'self'", "https:", "data:"], (IEnumerable<string>)d["font-src"]!);
        Assert.Equal(["'self'", "https:", "'unsafe-inline'"], (IEnumerable<string>)d["style-src"]!);
        Assert.Empty((IEnumerable<string>)d["upgrade-insecure-requests"]!);
    }

    [Fact(DisplayName = "getDefaultDirectives attaches itself to the top-level function")]
    public void Attached_to_top_level() => Assert.NotNull(typeof(Helmet).GetMethod(nameof(Helmet.GetDefaultDirectives)));

    [Fact(DisplayName = "getDefaultDirectives attaches dangerouslyDisableDefaultSrc to the top-level function")]
    public void Sentinel_attached() => Assert.Same(Helmet.DangerouslyDisableDefaultSrc, Helmet.DangerouslyDisableDefaultSrc);

    [Fact(DisplayName = "getDefaultDirectives returns a new copy each time")]
    public void New_copy()
    {
        var one = Helmet.GetDefaultDirectives();
        one["worker-src"] = new List<string> { "ignored.example" };
        ((List<string>)one["img-src"]!).Add("ignored.example");
        var two = Helmet.GetDefaultDirectives();
        Assert.False(two.ContainsKey("worker-src"));
        Assert.DoesNotContain("ignored.example", (IEnumerable<string>)two["img-src"]!);
    }
}
