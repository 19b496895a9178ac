using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

// Replays tests/conformance/helmet/fixtures.json: helmet 8.3.0 run by node over generated option sets; the headers
// set (X-Powered-By "test" set before, removed or kept) or the error text when creating the middleware.
public sealed class HelmetConformanceTests
{
    private static readonly string[] Names =
    [
        "content-security-policy", "content-security-policy-report-only", "cross-origin-embedder-policy",
        "cross-origin-opener-policy", "cross-origin-resource-policy", "origin-agent-cluster", "referrer-policy",
        "strict-transport-security", "x-content-type-options", "x-dns-prefetch-control", "x-download-options",
        "x-frame-options", "x-permitted-cross-domain-policies", "x-powered-by", "x-xss-protection",
    ];

    [Fact]
    public async Task Every_fixture_case_matches_node()
    {
        var count = 0;
        var failures = new List<string>();
        foreach (var c in Fixtures.Cases("helmet/fixtures.json"))
        {
            count++;
            string? error = null;
            Func<Context, Func<Task>, Task>? middleware = null;
            try
            {
                middleware = Helmet.Create(Options(c.GetProperty("options")));
            }
            catch (ArgumentException e)
            {
                error = e.Message;
            }

            if (c.TryGetProperty("error", out var expectedError))
            {
                if (error != expectedError.GetString())
                    failures.Add($"#{count} {c.GetRawText()}\n  error: {error ?? "(none)"}");
                continue;
            }

            if (error is not null)
            {
                failures.Add($"#{count} {c.GetRawText()}\n  unexpected error: {error}");
                continue;
            }

            var app = new Application();
            app.Use((ctx, next) => { ctx.Set("X-Powered-By", "test"); return next(); });
            app.Use(middleware!);
            app.Use(ctx => { ctx.Body = "ok"; return Task.CompletedTask; });
            var res = await app.Request().Get("/").EndAsync();
            var expected = c.GetProperty("headers");
            foreach (var name in Names)
            {
                var want = expected.TryGetProperty(name, out var v) ? v.GetString() : null;
                if (want != res.Header(name))
                    failures.Add($"#{count} {c.GetRawText()}\n  {name}: '{res.Header(name)}' != '{want}'");
            }
        }

        Assert.Equal(500, count);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private static HelmetOptions Options(JsonElement o)
    {
        T? Header<T>(string name, Func<JsonElement, T> fromObject, Func<bool, T> fromBool) where T : class =>
            !o.TryGetProperty(name, out var v) ? null
            : v.ValueKind is JsonValueKind.True or JsonValueKind.False ? fromBool(v.GetBoolean())
            : fromObject(v);
        bool? Flag(string name) => o.TryGetProperty(name, out var v) ? v.GetBoolean() : null;
        static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

        StrictTransportSecurityOptions Hsts(JsonElement e) => new()
        {
            MaxAge = e.TryGetProperty("maxAge", out var m) ? m.GetDouble() : 31536000,
            IncludeSubDomains = !e.TryGetProperty("includeSubDomains", out var i) || i.GetBoolean(),
            Preload = e.TryGetProperty("preload", out var p) && p.GetBoolean(),
        };
        XDnsPrefetchControlOptions Dns(JsonElement e) => new() { Allow = e.TryGetProperty("allow", out var a) && a.GetBoolean() };
        XFrameOptionsOptions Frame(JsonElement e) => new() { Action = Str(e, "action") ?? "sameorigin" };
        XPermittedCrossDomainPoliciesOptions Permitted(JsonElement e) => new() { PermittedPolicies = Str(e, "permittedPolicies") ?? "none" };

        return new HelmetOptions
        {
            ContentSecurityPolicy = Header("contentSecurityPolicy", Csp, ContentSecurityPolicyOptions.FromBoolean),
            CrossOriginEmbedderPolicy = Header("crossOriginEmbedderPolicy", e => new CrossOriginEmbedderPolicyOptions { Policy = Str(e, "policy") ?? "require-corp" }, CrossOriginEmbedderPolicyOptions.FromBoolean),
            CrossOriginOpenerPolicy = Header("crossOriginOpenerPolicy", e => new CrossOriginOpenerPolicyOptions { Policy = Str(e, "policy") ?? "same-origin" }, CrossOriginOpenerPolicyOptions.FromBoolean),
            CrossOriginResourcePolicy = Header("crossOriginResourcePolicy", e => new CrossOriginResourcePolicyOptions { Policy = Str(e, "policy") ?? "same-origin" }, CrossOriginResourcePolicyOptions.FromBoolean),
            OriginAgentCluster = Flag("originAgentCluster"),
            ReferrerPolicy = Header("referrerPolicy", e => new ReferrerPolicyOptions { Policy = e.GetProperty("policy").EnumerateArray().Select(x => x.GetString()!).ToArray() }, ReferrerPolicyOptions.FromBoolean),
            StrictTransportSecurity = Header("strictTransportSecurity", Hsts, StrictTransportSecurityOptions.FromBoolean),
            Hsts = Header("hsts", Hsts, StrictTransportSecurityOptions.FromBoolean),
            XContentTypeOptions = Flag("xContentTypeOptions"),
            NoSniff = Flag("noSniff"),
            XDnsPrefetchControl = Header("xDnsPrefetchControl", Dns, XDnsPrefetchControlOptions.FromBoolean),
            DnsPrefetchControl = Header("dnsPrefetchControl", Dns, XDnsPrefetchControlOptions.FromBoolean),
            XDownloadOptions = Flag("xDownloadOptions"),
            IeNoOpen = Flag("ieNoOpen"),
            XFrameOptions = Header("xFrameOptions", Frame, XFrameOptionsOptions.FromBoolean),
            Frameguard = Header("frameguard", Frame, XFrameOptionsOptions.FromBoolean),
            XPermittedCrossDomainPolicies = Header("xPermittedCrossDomainPolicies", Permitted, XPermittedCrossDomainPoliciesOptions.FromBoolean),
            PermittedCrossDomainPolicies = Header("permittedCrossDomainPolicies", Permitted, XPermittedCrossDomainPoliciesOptions.FromBoolean),
            XPoweredBy = Flag("xPoweredBy"),
            HidePoweredBy = Flag("hidePoweredBy"),
            XXssProtection = Flag("xXssProtection"),
            XssFilter = Flag("xssFilter"),
        };
    }

    private static ContentSecurityPolicyOptions Csp(JsonElement e)
    {
        Dictionary<string, object?>? directives = null;
        if (e.TryGetProperty("directives", out var d))
        {
            directives = [];
            foreach (var p in d.EnumerateObject())
            {
                directives[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => p.Value.GetString(),
                    _ => p.Value.EnumerateArray().Select(x => x.GetString()!).ToArray(),
                };
            }
        }

        return new ContentSecurityPolicyOptions
        {
            UseDefaults = !e.TryGetProperty("useDefaults", out var u) || u.GetBoolean(),
            ReportOnly = e.TryGetProperty("reportOnly", out var r) && r.GetBoolean(),
            Directives = directives,
        };
    }
}
