namespace Koa;

/// <summary>Options of <see cref="Send.FileAsync(Context, string, SendOptions?)"/> (koa-send's options; defaults are upstream's).</summary>
/// <example><c>new SendOptions { Root = "public", Index = "index.html", MaxAge = TimeSpan.FromDays(1) }</c></example>
public sealed class SendOptions
{
    /// <summary>The folder files are served from (<c>root</c>); null or empty for the current directory (then the hidden-file rule looks at the whole path).</summary>
    /// <example><c>new SendOptions { Root = "public" }</c></example>
    public string? Root { get; init; }

    /// <summary>The file served for a path ending in <c>/</c>, or for a directory when <see cref="Format"/> is on (<c>index</c>); null for none.</summary>
    /// <example><c>new SendOptions { Index = "index.html" }</c></example>
    public string? Index { get; init; }

    /// <summary><c>Cache-Control: max-age</c> in whole seconds (<c>maxage</c> / <c>maxAge</c>, milliseconds upstream; the fraction is dropped). Default zero.</summary>
    /// <example><c>new SendOptions { MaxAge = TimeSpan.FromDays(365) }</c></example>
    public TimeSpan MaxAge { get; init; }

    /// <summary>Adds the <c>immutable</c> directive to <c>Cache-Control</c> (<c>immutable</c>, default false).</summary>
    /// <example><c>new SendOptions { MaxAge = TimeSpan.FromDays(365), Immutable = true }</c></example>
    public bool Immutable { get; init; }

    /// <summary>Serve files and folders whose name starts with a dot (<c>hidden</c>, default false).</summary>
    /// <example><c>new SendOptions { Hidden = true }</c></example>
    public bool Hidden { get; init; }

    /// <summary>Serve <see cref="Index"/> for a directory path without a trailing slash (<c>format</c>, default true).</summary>
    /// <example><c>new SendOptions { Format = false }</c></example>
    public bool Format { get; init; } = true;

    /// <summary>Extensions tried, in order, for a path whose last segment has no dot (<c>extensions</c>; with or without the leading dot). Null (the default) for none.</summary>
    /// <example><c>new SendOptions { Extensions = ["html", "json"] }</c></example>
    public IReadOnlyList<string>? Extensions { get; init; }

    /// <summary>Serve <c>file.br</c> when it exists and the client accepts <c>br</c> (<c>brotli</c>, default true).</summary>
    /// <example><c>new SendOptions { Brotli = false }</c></example>
    public bool Brotli { get; init; } = true;

    /// <summary>Serve <c>file.gz</c> when it exists and the client accepts <c>gzip</c> (<c>gzip</c>, default true).</summary>
    /// <example><c>new SendOptions { Gzip = false }</c></example>
    public bool Gzip { get; init; } = true;

    /// <summary>Called with the response, the file's path and its stats before the headers are set (<c>setHeaders(res, path, stats)</c>); <c>Cache-Control</c> and <c>Last-Modified</c> set here are kept, <c>Content-Length</c> is not.</summary>
    /// <example><c>new SendOptions { SetHeaders = (res, path, stats) => res.Set("X-Size", stats.Length.ToString()) }</c></example>
    public Action<Response, string, FileInfo>? SetHeaders { get; init; }

    /// <summary>
    /// Not in koa-send (which follows every symbolic link, as the OS does): false refuses, with 404, a file whose real
    /// path (symbolic links resolved) is outside the real path of <see cref="Root"/>. Default true (upstream's behaviour).
    /// </summary>
    /// <example><c>new SendOptions { Root = "public", FollowSymlinksOutsideRoot = false }</c></example>
    public bool FollowSymlinksOutsideRoot { get; init; } = true;
}
