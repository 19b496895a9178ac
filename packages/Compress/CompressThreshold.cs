namespace Koa;

/// <summary>
/// The size under which <see cref="Compress"/> leaves a body alone: a number of bytes, or a string that
/// <see cref="Bytes.Parse"/> reads (<c>"1kb"</c>, <c>"1mb"</c>), as koa-compress's <c>threshold</c> option takes both.
/// </summary>
/// <example>
/// <code>
/// new CompressOptions { Threshold = 2048 };
/// new CompressOptions { Threshold = "1mb" };
/// </code>
/// </example>
public readonly record struct CompressThreshold
{
    /// <summary>A threshold of <paramref name="bytes"/> bytes; 0 compresses every size.</summary>
    /// <param name="bytes">The size in bytes (not negative).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is negative.</exception>
    /// <example><c>new CompressThreshold(1024)</c></example>
    public CompressThreshold(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        Bytes = bytes;
    }

    /// <summary>The threshold in bytes.</summary>
    /// <example><c>((CompressThreshold)"1kb").Bytes</c> is 1024.</example>
    public long Bytes { get; }

    /// <summary>A threshold in bytes.</summary>
    /// <param name="bytes">The size in bytes.</param>
    /// <example><c>CompressThreshold threshold = 1024;</c></example>
    public static implicit operator CompressThreshold(long bytes) => new(bytes);

    /// <summary>A threshold read by <see cref="Koa.Bytes.Parse"/> (<c>"1kb"</c> is 1024).</summary>
    /// <param name="size">The size text.</param>
    /// <exception cref="ArgumentException"><paramref name="size"/> holds no size (npm would then compress every size).</exception>
    /// <example><c>CompressThreshold threshold = "1mb";</c></example>
    public static implicit operator CompressThreshold(string size) => Parse(size);

    /// <summary>Reads a size as <see cref="Koa.Bytes.Parse"/> does.</summary>
    /// <param name="size">The size text (<c>"1kb"</c>, <c>"2048"</c>).</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentException"><paramref name="size"/> holds no size.</exception>
    /// <example><c>CompressThreshold.Parse("1kb").Bytes</c> is 1024.</example>
    public static CompressThreshold Parse(string size) =>
        Koa.Bytes.Parse(size) is { } bytes && bytes >= 0 ? new(bytes) : throw new ArgumentException("threshold is not a size in bytes", nameof(size));

    /// <summary>A threshold in bytes (the named alternative to the implicit conversion).</summary>
    /// <param name="bytes">The size in bytes.</param>
    /// <returns>The threshold.</returns>
    /// <example><c>CompressThreshold.FromInt64(1024)</c></example>
    public static CompressThreshold FromInt64(long bytes) => new(bytes);

    /// <summary>A threshold read from text (the named alternative to the implicit conversion).</summary>
    /// <param name="size">The size text.</param>
    /// <returns>The threshold.</returns>
    /// <example><c>CompressThreshold.FromString("1kb")</c></example>
    public static CompressThreshold FromString(string size) => Parse(size);
}
