using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>Options of <see cref="Cors.Create(CorsOptions?)"/>; the defaults are @koa/cors 5.0.0's.</summary>
public sealed class CorsOptions
{
    /// <summary>
    /// <c>Access-Control-Allow-Origin</c>. <c>null</c> or empty means <c>*</c> (the CVE-2023-49803 default: the
    /// request's <c>Origin</c> is reflected only when <see cref="Credentials"/> is on).
    /// </summary>
    /// <example><code>new CorsOptions { Origin = "https://app.example.com" }</code></example>
    public string? Origin { get; init; }

    /// <summary>
    /// npm's <c>origin</c> function: the allowed origin for this request; <c>null</c> or empty skips CORS for it
    /// (no CORS header is set). Takes precedence over <see cref="Origin"/>.
    /// </summary>
    /// <example><code>new CorsOptions { ResolveOrigin = ctx => new(ctx.Get("Origin") is "https://a.example" ? "https://a.example" : null) }</code></example>
    public Func<Context, ValueTask<string?>>? ResolveOrigin { get; init; }

    /// <summary><c>Access-Control-Allow-Methods</c> (joined with <c>,</c>); empty skips the header. Default <c>GET,HEAD,PUT,POST,DELETE,PATCH</c>.</summary>
    /// <example><code>new CorsOptions { AllowMethods = new[] { "GET", "POST" } }</code></example>
    public StringValues AllowMethods { get; init; } = "GET,HEAD,PUT,POST,DELETE,PATCH";

    /// <summary><c>Access-Control-Expose-Headers</c> (joined with <c>,</c>); empty by default.</summary>
    /// <example><code>new CorsOptions { ExposeHeaders = "content-length" }</code></example>
    public StringValues ExposeHeaders { get; init; }

    /// <summary>
    /// <c>Access-Control-Allow-Headers</c> (joined with <c>,</c>); when empty (the default) a preflight echoes the
    /// request's <c>Access-Control-Request-Headers</c>.
    /// </summary>
    /// <example><code>new CorsOptions { AllowHeaders = new[] { "Content-Type", "X-Requested-With" } }</code></example>
    public StringValues AllowHeaders { get; init; }

    /// <summary><c>Access-Control-Max-Age</c> in seconds, on preflight responses; <c>null</c> or <c>0</c> skips it.</summary>
    /// <example><code>new CorsOptions { MaxAge = 3600 }</code></example>
    public long? MaxAge { get; init; }

    /// <summary><c>Access-Control-Allow-Credentials: true</c>; also makes an origin of <c>*</c> reflect the request's <c>Origin</c>.</summary>
    /// <example><code>new CorsOptions { Credentials = true }</code></example>
    public bool Credentials { get; init; }

    /// <summary>npm's <c>credentials</c> function: decides <see cref="Credentials"/> per request (takes precedence).</summary>
    /// <example><code>new CorsOptions { ResolveCredentials = ctx => new(ctx.Path != "/public") }</code></example>
    public Func<Context, ValueTask<bool>>? ResolveCredentials { get; init; }

    /// <summary>Keep the CORS headers (and <c>Vary: Origin</c>) on the error response when downstream throws. Default <c>true</c>.</summary>
    /// <example><code>new CorsOptions { KeepHeadersOnError = false }</code></example>
    public bool KeepHeadersOnError { get; init; } = true;

    /// <summary>Add <c>Cross-Origin-Opener-Policy: same-origin</c> and <c>Cross-Origin-Embedder-Policy: require-corp</c>. Default <c>false</c>.</summary>
    /// <example><code>new CorsOptions { SecureContext = true }</code></example>
    public bool SecureContext { get; init; }

    /// <summary>Answer a preflight's <c>Access-Control-Request-Private-Network</c> with <c>Access-Control-Allow-Private-Network: true</c>. Default <c>false</c>.</summary>
    /// <example><code>new CorsOptions { PrivateNetworkAccess = true }</code></example>
    public bool PrivateNetworkAccess { get; init; }
}
