namespace Koa;

/// <summary>
/// Options of <see cref="Helmet.Create(HelmetOptions?)"/>: one property per header. <c>null</c> (the default) keeps
/// helmet's default for that header (on, except Cross-Origin-Embedder-Policy); <c>false</c> turns it off;
/// <c>true</c> or an options object turns it on. Legacy aliases (<c>Hsts</c>, <c>NoSniff</c>, …) are accepted, but
/// not together with their current name.
/// </summary>
public sealed class HelmetOptions
{
    /// <summary>Content-Security-Policy (on by default).</summary>
    /// <example><code>new HelmetOptions { ContentSecurityPolicy = false }</code></example>
    public ContentSecurityPolicyOptions? ContentSecurityPolicy { get; init; }

    /// <summary>Cross-Origin-Embedder-Policy (off by default).</summary>
    /// <example><code>new HelmetOptions { CrossOriginEmbedderPolicy = true }</code></example>
    public CrossOriginEmbedderPolicyOptions? CrossOriginEmbedderPolicy { get; init; }

    /// <summary>Cross-Origin-Opener-Policy (on by default).</summary>
    /// <example><code>new HelmetOptions { CrossOriginOpenerPolicy = new() { Policy = "same-origin-allow-popups" } }</code></example>
    public CrossOriginOpenerPolicyOptions? CrossOriginOpenerPolicy { get; init; }

    /// <summary>Cross-Origin-Resource-Policy (on by default).</summary>
    /// <example><code>new HelmetOptions { CrossOriginResourcePolicy = new() { Policy = "cross-origin" } }</code></example>
    public CrossOriginResourcePolicyOptions? CrossOriginResourcePolicy { get; init; }

    /// <summary>Origin-Agent-Cluster (on by default).</summary>
    /// <example><code>new HelmetOptions { OriginAgentCluster = false }</code></example>
    public bool? OriginAgentCluster { get; init; }

    /// <summary>Referrer-Policy (on by default).</summary>
    /// <example><code>new HelmetOptions { ReferrerPolicy = new() { Policy = ["strict-origin"] } }</code></example>
    public ReferrerPolicyOptions? ReferrerPolicy { get; init; }

    /// <summary>Strict-Transport-Security (on by default).</summary>
    /// <example><code>new HelmetOptions { StrictTransportSecurity = new() { MaxAge = 86400 } }</code></example>
    public StrictTransportSecurityOptions? StrictTransportSecurity { get; init; }

    /// <summary>Legacy alias of <see cref="StrictTransportSecurity"/>.</summary>
    /// <example><code>new HelmetOptions { Hsts = new() { MaxAge = 123 } }</code></example>
    public StrictTransportSecurityOptions? Hsts { get; init; }

    /// <summary>X-Content-Type-Options: nosniff (on by default).</summary>
    /// <example><code>new HelmetOptions { XContentTypeOptions = false }</code></example>
    public bool? XContentTypeOptions { get; init; }

    /// <summary>Legacy alias of <see cref="XContentTypeOptions"/>.</summary>
    /// <example><code>new HelmetOptions { NoSniff = false }</code></example>
    public bool? NoSniff { get; init; }

    /// <summary>X-DNS-Prefetch-Control (on by default, "off").</summary>
    /// <example><code>new HelmetOptions { XDnsPrefetchControl = new() { Allow = true } }</code></example>
    public XDnsPrefetchControlOptions? XDnsPrefetchControl { get; init; }

    /// <summary>Legacy alias of <see cref="XDnsPrefetchControl"/>.</summary>
    /// <example><code>new HelmetOptions { DnsPrefetchControl = new() { Allow = true } }</code></example>
    public XDnsPrefetchControlOptions? DnsPrefetchControl { get; init; }

    /// <summary>X-Download-Options: noopen (on by default).</summary>
    /// <example><code>new HelmetOptions { XDownloadOptions = false }</code></example>
    public bool? XDownloadOptions { get; init; }

    /// <summary>Legacy alias of <see cref="XDownloadOptions"/>.</summary>
    /// <example><code>new HelmetOptions { IeNoOpen = false }</code></example>
    public bool? IeNoOpen { get; init; }

    /// <summary>X-Frame-Options (on by default, SAMEORIGIN).</summary>
    /// <example><code>new HelmetOptions { XFrameOptions = new() { Action = "deny" } }</code></example>
    public XFrameOptionsOptions? XFrameOptions { get; init; }

    /// <summary>Legacy alias of <see cref="XFrameOptions"/>.</summary>
    /// <example><code>new HelmetOptions { Frameguard = new() { Action = "deny" } }</code></example>
    public XFrameOptionsOptions? Frameguard { get; init; }

    /// <summary>X-Permitted-Cross-Domain-Policies (on by default, "none").</summary>
    /// <example><code>new HelmetOptions { XPermittedCrossDomainPolicies = new() { PermittedPolicies = "by-content-type" } }</code></example>
    public XPermittedCrossDomainPoliciesOptions? XPermittedCrossDomainPolicies { get; init; }

    /// <summary>Legacy alias of <see cref="XPermittedCrossDomainPolicies"/>.</summary>
    /// <example><code>new HelmetOptions { PermittedCrossDomainPolicies = new() { PermittedPolicies = "all" } }</code></example>
    public XPermittedCrossDomainPoliciesOptions? PermittedCrossDomainPolicies { get; init; }

    /// <summary>Removes X-Powered-By (on by default).</summary>
    /// <example><code>new HelmetOptions { XPoweredBy = false }</code></example>
    public bool? XPoweredBy { get; init; }

    /// <summary>Legacy alias of <see cref="XPoweredBy"/>.</summary>
    /// <example><code>new HelmetOptions { HidePoweredBy = false }</code></example>
    public bool? HidePoweredBy { get; init; }

    /// <summary>X-XSS-Protection: 0 (on by default).</summary>
    /// <example><code>new HelmetOptions { XXssProtection = false }</code></example>
    public bool? XXssProtection { get; init; }

    /// <summary>Legacy alias of <see cref="XXssProtection"/>.</summary>
    /// <example><code>new HelmetOptions { XssFilter = false }</code></example>
    public bool? XssFilter { get; init; }
}

/// <summary>Base of the per-header options: <see cref="Enabled"/>, set through the conversion from <c>bool</c>.</summary>
public abstract class HelmetHeaderOptions
{
    /// <summary>Whether the header is set; <c>false</c> only through the conversion from <c>false</c>.</summary>
    public bool Enabled { get; init; } = true;
}

/// <summary>Options of the Cross-Origin-Embedder-Policy header.</summary>
public sealed class CrossOriginEmbedderPolicyOptions : HelmetHeaderOptions
{
    /// <summary><c>require-corp</c> (default), <c>credentialless</c> or <c>unsafe-none</c>.</summary>
    public string? Policy { get; init; } = "require-corp";

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator CrossOriginEmbedderPolicyOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static CrossOriginEmbedderPolicyOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the Cross-Origin-Opener-Policy header.</summary>
public sealed class CrossOriginOpenerPolicyOptions : HelmetHeaderOptions
{
    /// <summary><c>same-origin</c> (default), <c>same-origin-allow-popups</c>, <c>noopener-allow-popups</c> or <c>unsafe-none</c>.</summary>
    public string? Policy { get; init; } = "same-origin";

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator CrossOriginOpenerPolicyOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static CrossOriginOpenerPolicyOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the Cross-Origin-Resource-Policy header.</summary>
public sealed class CrossOriginResourcePolicyOptions : HelmetHeaderOptions
{
    /// <summary><c>same-origin</c> (default), <c>same-site</c> or <c>cross-origin</c>.</summary>
    public string? Policy { get; init; } = "same-origin";

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator CrossOriginResourcePolicyOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static CrossOriginResourcePolicyOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the Referrer-Policy header.</summary>
public sealed class ReferrerPolicyOptions : HelmetHeaderOptions
{
    /// <summary>The policy tokens, joined with <c>,</c>; default <c>["no-referrer"]</c>.</summary>
    public IReadOnlyList<string>? Policy { get; init; } = ["no-referrer"];

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator ReferrerPolicyOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static ReferrerPolicyOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the Strict-Transport-Security header.</summary>
public sealed class StrictTransportSecurityOptions : HelmetHeaderOptions
{
    /// <summary>max-age in seconds (a non-negative finite number, rounded down); default 365 days.</summary>
    public double MaxAge { get; init; } = 365 * 24 * 60 * 60;

    /// <summary>Adds <c>includeSubDomains</c> (default <c>true</c>).</summary>
    public bool IncludeSubDomains { get; init; } = true;

    /// <summary>Adds <c>preload</c> (default <c>false</c>).</summary>
    public bool Preload { get; init; }

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator StrictTransportSecurityOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static StrictTransportSecurityOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the X-DNS-Prefetch-Control header.</summary>
public sealed class XDnsPrefetchControlOptions : HelmetHeaderOptions
{
    /// <summary><c>true</c> sends "on", <c>false</c> (default) "off".</summary>
    public bool Allow { get; init; }

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator XDnsPrefetchControlOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static XDnsPrefetchControlOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the X-Frame-Options header.</summary>
public sealed class XFrameOptionsOptions : HelmetHeaderOptions
{
    /// <summary><c>sameorigin</c> (default) or <c>deny</c>, any case; <c>same-origin</c> is accepted too.</summary>
    public string? Action { get; init; } = "sameorigin";

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator XFrameOptionsOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static XFrameOptionsOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the X-Permitted-Cross-Domain-Policies header.</summary>
public sealed class XPermittedCrossDomainPoliciesOptions : HelmetHeaderOptions
{
    /// <summary><c>none</c> (default), <c>master-only</c>, <c>by-content-type</c> or <c>all</c>.</summary>
    public string? PermittedPolicies { get; init; } = "none";

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator XPermittedCrossDomainPoliciesOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static XPermittedCrossDomainPoliciesOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}

/// <summary>Options of the Content-Security-Policy header.</summary>
public sealed class ContentSecurityPolicyOptions : HelmetHeaderOptions
{
    /// <summary>Start from <see cref="Helmet.GetDefaultDirectives"/> (default <c>true</c>).</summary>
    public bool UseDefaults { get; init; } = true;

    /// <summary>
    /// Directives by name (kebab-case or camelCase). A value is a <c>string</c>, a sequence of <c>string</c> and
    /// <c>Func&lt;Context, string&gt;</c> (computed per request, e.g. a nonce), <c>null</c> to remove a default, or
    /// <see cref="Helmet.DangerouslyDisableDefaultSrc"/> for <c>default-src</c>.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Directives { get; init; }

    /// <summary>Send <c>Content-Security-Policy-Report-Only</c> instead.</summary>
    public bool ReportOnly { get; init; }

    /// <summary><c>true</c>: on with the defaults; <c>false</c>: off.</summary>
    /// <param name="enabled">On or off.</param>
    public static implicit operator ContentSecurityPolicyOptions(bool enabled) => FromBoolean(enabled);

    /// <summary>The named form of the conversion from <c>bool</c>.</summary>
    /// <param name="enabled">On or off.</param>
    /// <returns>The options.</returns>
    public static ContentSecurityPolicyOptions FromBoolean(bool enabled) => new() { Enabled = enabled };
}
