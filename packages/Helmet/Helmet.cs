using System.Collections;
using System.Globalization;
using System.Text;

namespace Koa;

/// <summary>
/// Security headers: a port of the npm packages koa-helmet 9.0.0 and helmet 8.3.0. <see cref="Create"/> sets
/// helmet's default header set; each header also has its own middleware (with helmet's legacy aliases). Invalid
/// options throw <see cref="ArgumentException"/> with helmet's message when the middleware is created.
/// </summary>
public static class Helmet
{
    /// <summary>The sentinel that removes <c>default-src</c> from a Content-Security-Policy (helmet's <c>dangerouslyDisableDefaultSrc</c>).</summary>
    public static readonly object DangerouslyDisableDefaultSrc = new DisableDefaultSrcSentinel();

    /// <summary>Creates the middleware setting helmet's default headers (adjusted by <paramref name="options"/>).</summary>
    /// <param name="options">Per-header options; <c>null</c> for helmet's defaults.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.Create(new HelmetOptions { ContentSecurityPolicy = false }));</code></example>
    public static Func<Context, Func<Task>, Task> Create(HelmetOptions? options = null)
    {
        options ??= new HelmetOptions();
        var setters = new List<Action<Context>>(14);

        Add(options.ContentSecurityPolicy, true, o => ContentSecurityPolicySetter(o));
        Add(options.CrossOriginEmbedderPolicy, false, o => Fixed("Cross-Origin-Embedder-Policy", CoepValue(o)));
        Add(options.CrossOriginOpenerPolicy, true, o => Fixed("Cross-Origin-Opener-Policy", CoopValue(o)));
        Add(options.CrossOriginResourcePolicy, true, o => Fixed("Cross-Origin-Resource-Policy", CorpValue(o)));
        AddFlag(options.OriginAgentCluster, ctx => ctx.Set("Origin-Agent-Cluster", "?1"));
        Add(options.ReferrerPolicy, true, o => Fixed("Referrer-Policy", ReferrerValue(o)));
        Add(Either(options.StrictTransportSecurity, options.Hsts, "Strict-Transport-Security", "hsts"), true, o => Fixed("Strict-Transport-Security", HstsValue(o)));
        AddFlag(Either(options.XContentTypeOptions, options.NoSniff, "X-Content-Type-Options", "noSniff"), ctx => ctx.Set("X-Content-Type-Options", "nosniff"));
        Add(Either(options.XDnsPrefetchControl, options.DnsPrefetchControl, "X-DNS-Prefetch-Control", "dnsPrefetchControl"), true, o => Fixed("X-DNS-Prefetch-Control", o?.Allow == true ? "on" : "off"));
        AddFlag(Either(options.XDownloadOptions, options.IeNoOpen, "X-Download-Options", "ieNoOpen"), ctx => ctx.Set("X-Download-Options", "noopen"));
        Add(Either(options.XFrameOptions, options.Frameguard, "X-Frame-Options", "frameguard"), true, o => Fixed("X-Frame-Options", FrameValue(o)));
        Add(Either(options.XPermittedCrossDomainPolicies, options.PermittedCrossDomainPolicies, "X-Permitted-Cross-Domain-Policies", "permittedCrossDomainPolicies"), true, o => Fixed("X-Permitted-Cross-Domain-Policies", PermittedValue(o)));
        AddFlag(Either(options.XPoweredBy, options.HidePoweredBy, "X-Powered-By", "hidePoweredBy"), ctx => ctx.Remove("X-Powered-By"));
        AddFlag(Either(options.XXssProtection, options.XssFilter, "X-XSS-Protection", "xssFilter"), ctx => ctx.Set("X-XSS-Protection", "0"));

        var all = setters.ToArray();
        return (ctx, next) =>
        {
            foreach (var set in all)
                set(ctx);
            return next();
        };

        void Add<T>(T? value, bool onByDefault, Func<T?, Action<Context>> create)
            where T : HelmetHeaderOptions
        {
            if (value is null ? onByDefault : value.Enabled)
                setters.Add(create(value));
        }

        void AddFlag(bool? value, Action<Context> setter)
        {
            if (value ?? true)
                setters.Add(setter);
        }
    }

    private static T? Either<T>(T? current, T? legacy, string header, string legacyName)
    {
        if (current is not null && legacy is not null)
            throw new ArgumentException($"{header} option was specified twice. Remove the `{legacyName}` option to fix this error.");
        return current ?? legacy;
    }

    private static Action<Context> Fixed(string name, string value) => ctx => ctx.Set(name, value);

    /// <summary>Content-Security-Policy (helmet's <c>contentSecurityPolicy</c>).</summary>
    /// <param name="options">Directives, <c>UseDefaults</c>, <c>ReportOnly</c>.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.ContentSecurityPolicy(new() { Directives = new Dictionary&lt;string, object?&gt; { ["scriptSrc"] = new[] { "'self'", "cdn.example.com" } } }));</code></example>
    public static Func<Context, Func<Task>, Task> ContentSecurityPolicy(ContentSecurityPolicyOptions? options = null) =>
        Middleware(ContentSecurityPolicySetter(options));

    /// <summary>Cross-Origin-Embedder-Policy (helmet's <c>crossOriginEmbedderPolicy</c>).</summary>
    /// <param name="options">The policy.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.CrossOriginEmbedderPolicy(new() { Policy = "credentialless" }));</code></example>
    public static Func<Context, Func<Task>, Task> CrossOriginEmbedderPolicy(CrossOriginEmbedderPolicyOptions? options = null) =>
        Middleware(Fixed("Cross-Origin-Embedder-Policy", CoepValue(options)));

    /// <summary>Cross-Origin-Opener-Policy (helmet's <c>crossOriginOpenerPolicy</c>).</summary>
    /// <param name="options">The policy.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.CrossOriginOpenerPolicy(new() { Policy = "same-origin-allow-popups" }));</code></example>
    public static Func<Context, Func<Task>, Task> CrossOriginOpenerPolicy(CrossOriginOpenerPolicyOptions? options = null) =>
        Middleware(Fixed("Cross-Origin-Opener-Policy", CoopValue(options)));

    /// <summary>Cross-Origin-Resource-Policy (helmet's <c>crossOriginResourcePolicy</c>).</summary>
    /// <param name="options">The policy.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.CrossOriginResourcePolicy(new() { Policy = "same-site" }));</code></example>
    public static Func<Context, Func<Task>, Task> CrossOriginResourcePolicy(CrossOriginResourcePolicyOptions? options = null) =>
        Middleware(Fixed("Cross-Origin-Resource-Policy", CorpValue(options)));

    /// <summary>Origin-Agent-Cluster: ?1 (helmet's <c>originAgentCluster</c>).</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.OriginAgentCluster());</code></example>
    public static Func<Context, Func<Task>, Task> OriginAgentCluster() => Middleware(Fixed("Origin-Agent-Cluster", "?1"));

    /// <summary>Referrer-Policy (helmet's <c>referrerPolicy</c>).</summary>
    /// <param name="options">The policy tokens.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.ReferrerPolicy(new() { Policy = ["no-referrer", "strict-origin-when-cross-origin"] }));</code></example>
    public static Func<Context, Func<Task>, Task> ReferrerPolicy(ReferrerPolicyOptions? options = null) =>
        Middleware(Fixed("Referrer-Policy", ReferrerValue(options)));

    /// <summary>Strict-Transport-Security (helmet's <c>strictTransportSecurity</c>).</summary>
    /// <param name="options">max-age, includeSubDomains, preload.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.StrictTransportSecurity(new() { MaxAge = 31536000, Preload = true }));</code></example>
    public static Func<Context, Func<Task>, Task> StrictTransportSecurity(StrictTransportSecurityOptions? options = null) =>
        Middleware(Fixed("Strict-Transport-Security", HstsValue(options)));

    /// <summary>Legacy alias of <see cref="StrictTransportSecurity"/>.</summary>
    /// <param name="options">max-age, includeSubDomains, preload.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.Hsts(new() { MaxAge = 86400 }));</code></example>
    public static Func<Context, Func<Task>, Task> Hsts(StrictTransportSecurityOptions? options = null) => StrictTransportSecurity(options);

    /// <summary>X-Content-Type-Options: nosniff (helmet's <c>xContentTypeOptions</c>).</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XContentTypeOptions());</code></example>
    public static Func<Context, Func<Task>, Task> XContentTypeOptions() => Middleware(Fixed("X-Content-Type-Options", "nosniff"));

    /// <summary>Legacy alias of <see cref="XContentTypeOptions"/>.</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.NoSniff());</code></example>
    public static Func<Context, Func<Task>, Task> NoSniff() => XContentTypeOptions();

    /// <summary>X-DNS-Prefetch-Control (helmet's <c>xDnsPrefetchControl</c>).</summary>
    /// <param name="options">Allow or not.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XDnsPrefetchControl(new() { Allow = true }));</code></example>
    public static Func<Context, Func<Task>, Task> XDnsPrefetchControl(XDnsPrefetchControlOptions? options = null) =>
        Middleware(Fixed("X-DNS-Prefetch-Control", options?.Allow == true ? "on" : "off"));

    /// <summary>Legacy alias of <see cref="XDnsPrefetchControl"/>.</summary>
    /// <param name="options">Allow or not.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.DnsPrefetchControl());</code></example>
    public static Func<Context, Func<Task>, Task> DnsPrefetchControl(XDnsPrefetchControlOptions? options = null) => XDnsPrefetchControl(options);

    /// <summary>X-Download-Options: noopen (helmet's <c>xDownloadOptions</c>).</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XDownloadOptions());</code></example>
    public static Func<Context, Func<Task>, Task> XDownloadOptions() => Middleware(Fixed("X-Download-Options", "noopen"));

    /// <summary>Legacy alias of <see cref="XDownloadOptions"/>.</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.IeNoOpen());</code></example>
    public static Func<Context, Func<Task>, Task> IeNoOpen() => XDownloadOptions();

    /// <summary>X-Frame-Options (helmet's <c>xFrameOptions</c>).</summary>
    /// <param name="options">The action.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XFrameOptions(new() { Action = "deny" }));</code></example>
    public static Func<Context, Func<Task>, Task> XFrameOptions(XFrameOptionsOptions? options = null) =>
        Middleware(Fixed("X-Frame-Options", FrameValue(options)));

    /// <summary>Legacy alias of <see cref="XFrameOptions"/>.</summary>
    /// <param name="options">The action.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.Frameguard(new() { Action = "deny" }));</code></example>
    public static Func<Context, Func<Task>, Task> Frameguard(XFrameOptionsOptions? options = null) => XFrameOptions(options);

    /// <summary>X-Permitted-Cross-Domain-Policies (helmet's <c>xPermittedCrossDomainPolicies</c>).</summary>
    /// <param name="options">The permitted policies.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XPermittedCrossDomainPolicies(new() { PermittedPolicies = "by-content-type" }));</code></example>
    public static Func<Context, Func<Task>, Task> XPermittedCrossDomainPolicies(XPermittedCrossDomainPoliciesOptions? options = null) =>
        Middleware(Fixed("X-Permitted-Cross-Domain-Policies", PermittedValue(options)));

    /// <summary>Legacy alias of <see cref="XPermittedCrossDomainPolicies"/>.</summary>
    /// <param name="options">The permitted policies.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.PermittedCrossDomainPolicies());</code></example>
    public static Func<Context, Func<Task>, Task> PermittedCrossDomainPolicies(XPermittedCrossDomainPoliciesOptions? options = null) =>
        XPermittedCrossDomainPolicies(options);

    /// <summary>Removes X-Powered-By (helmet's <c>xPoweredBy</c>).</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XPoweredBy());</code></example>
    public static Func<Context, Func<Task>, Task> XPoweredBy() => Middleware(ctx => ctx.Remove("X-Powered-By"));

    /// <summary>Legacy alias of <see cref="XPoweredBy"/>.</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.HidePoweredBy());</code></example>
    public static Func<Context, Func<Task>, Task> HidePoweredBy() => XPoweredBy();

    /// <summary>X-XSS-Protection: 0 (helmet's <c>xXssProtection</c>).</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XXssProtection());</code></example>
    public static Func<Context, Func<Task>, Task> XXssProtection() => Middleware(Fixed("X-XSS-Protection", "0"));

    /// <summary>Legacy alias of <see cref="XXssProtection"/>.</summary>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Helmet.XssFilter());</code></example>
    public static Func<Context, Func<Task>, Task> XssFilter() => XXssProtection();

    /// <summary>helmet's default CSP directives, a new copy on each call.</summary>
    /// <returns>Directive name → values.</returns>
    /// <example><code>var directives = new Dictionary&lt;string, object?&gt;(Helmet.GetDefaultDirectives()) { ["script-src"] = new[] { "'self'", "cdn.example.com" } };</code></example>
    public static Dictionary<string, object?> GetDefaultDirectives() => new(StringComparer.Ordinal)
    {
        ["default-src"] = new List<string> { "'self'" },
        ["base-uri"] = new List<string> { "'self'" },
        ["font-src"] = new List<string> { "'self'", "https:", "data:" },
        ["form-action"] = new List<string> { "'self'" },
        ["frame-ancestors"] = new List<string> { "'self'" },
        ["img-src"] = new List<string> { "'self'", "data:" },
        ["object-src"] = new List<string> { "'none'" },
        ["script-src"] = new List<string> { "'self'" },
        ["script-src-attr"] = new List<string> { "'none'" },
        ["style-src"] = new List<string> { "'self'", "https:", "'unsafe-inline'" },
        ["upgrade-insecure-requests"] = new List<string>(),
    };

    private static Func<Context, Func<Task>, Task> Middleware(Action<Context> set) => (ctx, next) =>
    {
        set(ctx);
        return next();
    };

    private static string OneOf(string? value, string[] allowed, string error)
    {
        if (value is not null && Array.IndexOf(allowed, value) >= 0)
            return value;
        throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, error, JsJsonString.Quote(value)));
    }

    private static string CoepValue(CrossOriginEmbedderPolicyOptions? o) =>
        OneOf(o is null ? "require-corp" : o.Policy, ["require-corp", "credentialless", "unsafe-none"], "Cross-Origin-Embedder-Policy does not support the {0} policy");

    private static string CoopValue(CrossOriginOpenerPolicyOptions? o) =>
        OneOf(o is null ? "same-origin" : o.Policy, ["same-origin", "same-origin-allow-popups", "noopener-allow-popups", "unsafe-none"], "Cross-Origin-Opener-Policy does not support the {0} policy");

    private static string CorpValue(CrossOriginResourcePolicyOptions? o) =>
        OneOf(o is null ? "same-origin" : o.Policy, ["same-origin", "same-site", "cross-origin"], "Cross-Origin-Resource-Policy does not support the {0} policy");

    private static string PermittedValue(XPermittedCrossDomainPoliciesOptions? o) =>
        OneOf(o is null ? "none" : o.PermittedPolicies, ["none", "master-only", "by-content-type", "all"], "X-Permitted-Cross-Domain-Policies does not support {0}");

    private static readonly string[] ReferrerTokens =
    [
        "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin", "strict-origin",
        "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url", "",
    ];

    private static string ReferrerValue(ReferrerPolicyOptions? o)
    {
        var tokens = o is null ? ["no-referrer"] : o.Policy ?? throw new ArgumentException("Referrer-Policy received an unexpected policy token null");
        if (tokens.Count == 0)
            throw new ArgumentException("Referrer-Policy received no policy tokens");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (token is null || Array.IndexOf(ReferrerTokens, token) < 0)
                throw new ArgumentException($"Referrer-Policy received an unexpected policy token {JsJsonString.Quote(token)}");
            if (!seen.Add(token))
                throw new ArgumentException($"Referrer-Policy received a duplicate policy token {JsJsonString.Quote(token)}");
        }

        return string.Join(',', tokens);
    }

    private static string HstsValue(StrictTransportSecurityOptions? o)
    {
        var maxAge = o?.MaxAge ?? 365 * 24 * 60 * 60;
        if (!(maxAge >= 0 && double.IsFinite(maxAge)))
            throw new ArgumentException($"Strict-Transport-Security: {JsNumber(maxAge)} is not a valid value for maxAge. Please choose a positive integer.");
        var value = "max-age=" + (Math.Floor(maxAge) + 0.0).ToString("0", CultureInfo.InvariantCulture);
        if (o?.IncludeSubDomains ?? true)
            value += "; includeSubDomains";
        if (o?.Preload == true)
            value += "; preload";
        return value;
    }

    private static string FrameValue(XFrameOptionsOptions? o)
    {
        var action = o is null ? "sameorigin" : o.Action;
        return action?.ToUpperInvariant() switch
        {
            "SAME-ORIGIN" or "SAMEORIGIN" => "SAMEORIGIN",
            "DENY" => "DENY",
            _ => throw new ArgumentException($"X-Frame-Options received an invalid action {JsJsonString.Quote(action)}"),
        };
    }

    // JSON.stringify of a number: JavaScript's Number::toString, null for NaN and ±Infinity.
    private static string JsNumber(double value) => double.IsFinite(value) ? JsValue.ToString(value) : "null";

    // ---- Content-Security-Policy ----

    private static readonly HashSet<string> ShouldBeQuoted = new(StringComparer.Ordinal)
    {
        "none", "self", "strict-dynamic", "report-sample", "inline-speculation-rules", "unsafe-inline", "unsafe-eval",
        "unsafe-hashes", "wasm-unsafe-eval",
    };

    private static Action<Context> ContentSecurityPolicySetter(ContentSecurityPolicyOptions? options)
    {
        options ??= new ContentSecurityPolicyOptions();
        var headerName = options.ReportOnly ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy";
        var directives = ParseDirectives(options);

        // A special case for performance: every value is a string, the header is computed once.
        var allStrings = directives.TrueForAll(d => Array.TrueForAll(d.Values, v => v is string));
        if (allStrings)
        {
            var sb = new StringBuilder();
            foreach (var (name, values) in directives)
            {
                if (sb.Length > 0) sb.Append(';');
                var joined = string.Join(' ', values.Cast<string>());
                sb.Append(joined.Length > 0 ? name + " " + joined : name);
            }

            var header = sb.ToString();
            return ctx => ctx.Set(headerName, header);
        }

        return ctx => ctx.Set(headerName, HeaderValue(ctx, directives));
    }

    private static string HeaderValue(Context ctx, List<(string Name, object[] Values)> directives)
    {
        var result = new StringBuilder();
        foreach (var (name, values) in directives)
        {
            var value = new StringBuilder();
            foreach (var element in values)
            {
                if (element is Func<Context, string> fn)
                {
                    var computed = fn(ctx);
                    if (EntryError(name, computed) is { } entryError)
                        throw new InvalidOperationException(entryError);
                    value.Append(' ').Append(computed);
                }
                else
                {
                    value.Append(' ').Append((string)element);
                }
            }

            if (result.Length > 0) result.Append(';');
            if (value.Length > 0)
            {
                var text = value.ToString();
                if (ValueError(name, text) is { } valueError)
                    throw new InvalidOperationException(valueError);
                result.Append(name).Append(text);
            }
            else
            {
                result.Append(name);
            }
        }

        return result.ToString();
    }

    private static List<(string Name, object[] Values)> ParseDirectives(ContentSecurityPolicyOptions options)
    {
        var result = new List<(string Name, object[] Values)>();
        if (options.UseDefaults)
        {
            foreach (var (name, value) in GetDefaultDirectives())
                result.Add((name, ((List<string>)value!).ToArray<object>()));
        }

        var hasDisabledDefaultSrc = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawName, rawValue) in options.Directives ?? new Dictionary<string, object?>())
        {
            var name = ParseDirectiveName(rawName);
            if (!seen.Add(name))
                throw new ArgumentException($"Content-Security-Policy received a duplicate directive {JsJsonString.Quote(name)}");

            object[] value;
            if (rawValue is null)
            {
                if (name == "default-src")
                    throw new ArgumentException("Content-Security-Policy needs a default-src but it was set to `null`. If you really want to disable it, set it to `contentSecurityPolicy.dangerouslyDisableDefaultSrc`.");
                Remove(name);
                continue;
            }
            else if (rawValue is string s)
            {
                if ((ValueError(name, s) ?? EntryError(name, s)) is { } error)
                    throw new ArgumentException(error);
                value = [s];
            }
            else if (ReferenceEquals(rawValue, DangerouslyDisableDefaultSrc))
            {
                if (name != "default-src")
                    throw new ArgumentException($"Content-Security-Policy: tried to disable {JsJsonString.Quote(name)} as if it were default-src; simply omit the key");
                hasDisabledDefaultSrc = true;
                Remove(name);
                continue;
            }
            else if (rawValue is IEnumerable sequence)
            {
                var list = new List<object>();
                foreach (var element in sequence)
                {
                    switch (element)
                    {
                        case string text:
                            if ((ValueError(name, text) ?? EntryError(name, text)) is { } error)
                                throw new ArgumentException(error);
                            list.Add(text);
                            break;
                        case Func<Context, string> fn:
                            list.Add(fn);
                            break;
                        default:
                            throw new ArgumentException($"Content-Security-Policy received an invalid directive value for {JsJsonString.Quote(name)}");
                    }
                }

                value = [.. list];
            }
            else
            {
                throw new ArgumentException($"Content-Security-Policy received an invalid directive value for {JsJsonString.Quote(name)}");
            }

            var index = result.FindIndex(d => d.Name == name);
            if (index >= 0) result[index] = (name, value);
            else result.Add((name, value));
        }

        if (result.Count == 0)
            throw new ArgumentException("Content-Security-Policy has no directives. Either set some or disable the header");
        if (!result.Exists(d => d.Name == "default-src") && !hasDisabledDefaultSrc)
            throw new ArgumentException("Content-Security-Policy needs a default-src but none was provided. If you really want to disable it, set it to `contentSecurityPolicy.dangerouslyDisableDefaultSrc`.");
        return result;

        void Remove(string directive)
        {
            var index = result.FindIndex(d => d.Name == directive);
            if (index >= 0) result.RemoveAt(index);
        }
    }

    // /^[a-z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/ then camelCase → kebab-case.
    private static string ParseDirectiveName(string raw)
    {
        var valid = raw.Length > 0 && raw[0] is >= 'a' and <= 'z' && IsAlnum(raw[^1]);
        for (var i = 1; valid && i < raw.Length; i++)
            valid = IsAlnum(raw[i]) || raw[i] == '-';
        if (!valid)
            throw new ArgumentException($"Content-Security-Policy received an invalid directive name {JsJsonString.Quote(raw)}");

        var sb = new StringBuilder(raw.Length + 4);
        foreach (var c in raw)
        {
            if (c is >= 'A' and <= 'Z') sb.Append('-').Append((char)(c + 32));
            else sb.Append(c);
        }

        return sb.ToString();

        static bool IsAlnum(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
    }

    private static string? ValueError(string name, string value) =>
        value.AsSpan().IndexOfAny(';', ',') >= 0
            ? $"Content-Security-Policy received an invalid directive value for {JsJsonString.Quote(name)}"
            : null;

    private static string? EntryError(string name, string entry) =>
        ShouldBeQuoted.Contains(entry) || entry.StartsWith("nonce-", StringComparison.Ordinal) ||
        entry.StartsWith("sha256-", StringComparison.Ordinal) || entry.StartsWith("sha384-", StringComparison.Ordinal) ||
        entry.StartsWith("sha512-", StringComparison.Ordinal)
            ? $"Content-Security-Policy received an invalid directive value for {JsJsonString.Quote(name)}. {JsJsonString.Quote(entry)} should be quoted"
            : null;

    private sealed class DisableDefaultSrcSentinel
    {
        public override string ToString() => "dangerouslyDisableDefaultSrc";
    }
}
