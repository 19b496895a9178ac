namespace Koa;

/// <summary>Options of <see cref="Static.Create(string, StaticOptions?)"/>: koa-static's own plus koa-send's, passed through.</summary>
/// <example><c>new StaticOptions { Defer = true, MaxAge = TimeSpan.FromHours(1) }</c></example>
public sealed class StaticOptions
{
    /// <summary>Let the downstream middleware answer first and serve only when none did (<c>defer</c>, default false).</summary>
    /// <example><c>new StaticOptions { Defer = true }</c></example>
    public bool Defer { get; init; }

    /// <summary>The index file (<c>index</c>, default <c>"index.html"</c>); null turns index files off (upstream's <c>index: false</c>).</summary>
    /// <example><c>new StaticOptions { Index = "index.txt" }</c></example>
    public string? Index { get; init; } = "index.html";

    /// <summary><see cref="SendOptions.MaxAge"/>.</summary>
    /// <example><c>new StaticOptions { MaxAge = TimeSpan.FromDays(1) }</c></example>
    public TimeSpan MaxAge { get; init; }

    /// <summary><see cref="SendOptions.Immutable"/>.</summary>
    /// <example><c>new StaticOptions { Immutable = true }</c></example>
    public bool Immutable { get; init; }

    /// <summary><see cref="SendOptions.Hidden"/>.</summary>
    /// <example><c>new StaticOptions { Hidden = true }</c></example>
    public bool Hidden { get; init; }

    /// <summary><see cref="SendOptions.Format"/> (default true).</summary>
    /// <example><c>new StaticOptions { Format = false }</c></example>
    public bool Format { get; init; } = true;

    /// <summary><see cref="SendOptions.Extensions"/>.</summary>
    /// <example><c>new StaticOptions { Extensions = ["html"] }</c></example>
    public IReadOnlyList<string>? Extensions { get; init; }

    /// <summary><see cref="SendOptions.Brotli"/> (default true).</summary>
    /// <example><c>new StaticOptions { Brotli = false }</c></example>
    public bool Brotli { get; init; } = true;

    /// <summary><see cref="SendOptions.Gzip"/> (default true).</summary>
    /// <example><c>new StaticOptions { Gzip = false }</c></example>
    public bool Gzip { get; init; } = true;

    /// <summary><see cref="SendOptions.SetHeaders"/>.</summary>
    /// <example><c>new StaticOptions { SetHeaders = (res, path, stats) => res.Set("X-Static", "1") }</c></example>
    public Action<Response, string, FileInfo>? SetHeaders { get; init; }

    /// <summary><see cref="SendOptions.FollowSymlinksOutsideRoot"/> (default true, as upstream).</summary>
    /// <example><c>new StaticOptions { FollowSymlinksOutsideRoot = false }</c></example>
    public bool FollowSymlinksOutsideRoot { get; init; } = true;
}
