namespace Koa;

/// <summary>Options of <see cref="RawBody.ReadAsync(Stream, RawBodyOptions?, CancellationToken)"/> (raw-body's options).</summary>
public sealed class RawBodyOptions
{
    /// <summary>The expected length in bytes (from <c>Content-Length</c>); a body of another size is a 400. Default: unknown.</summary>
    public long? Length { get; init; }

    /// <summary>The most bytes read; more is a 413, raised as soon as the limit is crossed. Default: no limit.</summary>
    public long? Limit { get; init; }

    /// <summary>
    /// The charset to decode with (<see cref="RawBody.ReadStringAsync(Stream, RawBodyOptions?, CancellationToken)"/>):
    /// <c>utf-8</c> (default), <c>utf-16le</c>/<c>ucs2</c>, <c>utf-16be</c>, <c>utf-16</c> (BOM-detected), <c>latin1</c>/<c>iso-8859-1</c>,
    /// <c>ascii</c>, <c>utf-32le</c>/<c>utf-32be</c>; names compared as iconv-lite does (case and punctuation ignored). Others are a 415.
    /// </summary>
    public string? Encoding { get; init; }
}
