using System.IO.Compression;

namespace Koa;

/// <summary>
/// Options of <see cref="Compress.Create"/> (koa-compress's options); the defaults are upstream's: 1 KB threshold,
/// mime-db's compressible types, br at quality 4, gzip and deflate at zlib's default level 6.
/// </summary>
/// <example>
/// <code>
/// app.Use(Compress.Create(new CompressOptions
/// {
///     Threshold = "2kb",
///     Deflate = null,                                        // never deflate
///     Br = new BrotliCompressionOptions { Quality = 5 },
/// }));
/// </code>
/// </example>
public sealed class CompressOptions
{
    /// <summary>
    /// Which response types to compress, given <c>ctx.Response.Type</c> (no parameters); default:
    /// <see cref="Compressible.Check"/> is <c>true</c>. <c>ctx.Compress = true</c> bypasses it.
    /// </summary>
    /// <example><c>Filter = type => type is not null &amp;&amp; type.StartsWith("text/", StringComparison.Ordinal)</c></example>
    public Func<string?, bool>? Filter { get; init; }

    /// <summary>Bodies whose length is known and below this stay uncompressed; 1 KB by default, 0 for none.</summary>
    /// <example><c>Threshold = "1kb"</c> or <c>Threshold = 2048</c></example>
    public CompressThreshold Threshold { get; init; } = 1024;

    /// <summary>Brotli (<c>br</c>) settings, quality 4 by default as koa-compress; <c>null</c> never answers br.</summary>
    /// <example><c>Br = new BrotliCompressionOptions { Quality = 6 }</c></example>
    public BrotliCompressionOptions? Br { get; init; } = new() { Quality = 4 };

    /// <summary>gzip settings, zlib level 6 (Node's default) by default; <c>null</c> never answers gzip.</summary>
    /// <example><c>Gzip = new ZLibCompressionOptions { CompressionLevel = 9 }</c></example>
    public ZLibCompressionOptions? Gzip { get; init; } = new() { CompressionLevel = 6 };

    /// <summary>HTTP deflate (the zlib format, as Node's <c>createDeflate</c>) settings, level 6; <c>null</c> never answers deflate.</summary>
    /// <example><c>Deflate = null</c></example>
    public ZLibCompressionOptions? Deflate { get; init; } = new() { CompressionLevel = 6 };

    /// <summary>
    /// The <c>Accept-Encoding</c> assumed when a request sends none (or an empty one): <c>"identity"</c> by default
    /// (no compression); <c>"*"</c> means gzip, as koa-compress.
    /// </summary>
    /// <example><c>DefaultEncoding = "*"</c></example>
    public string DefaultEncoding { get; init; } = "identity";
}
