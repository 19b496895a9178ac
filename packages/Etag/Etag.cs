using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;

namespace Koa;

/// <summary>
/// Entity tags (npm <c>etag</c> 1.8.1) and the middleware that puts one on every 2xx response with a body
/// (<c>koa-etag</c> 5.0.0). A body's tag is <c>"&lt;length in hex&gt;-&lt;27 characters of its base64 SHA-1&gt;"</c>, strong by
/// default; a file's is <c>W/"&lt;size in hex&gt;-&lt;mtime ms in hex&gt;"</c>, weak by default.
/// </summary>
/// <example>
/// <code>
/// app.Use(ConditionalGet.Create());
/// app.Use(Etag.Create());
/// app.Use(ctx => { ctx.Body = "Hello World"; return Task.CompletedTask; }); // ETag: "b-Ck1VqNd45QIvq3AZd8XYQLvEhtA"
/// </code>
/// </example>
public static class Etag
{
    private const string EmptyTag = "\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"";

    /// <summary>
    /// The koa-etag middleware: after the downstream middleware ran, a 2xx response with a truthy body and no
    /// <c>ETag</c> yet gets one — from the text, the bytes, the JSON a body object is sent as, or the stats of the
    /// file a <see cref="FileStream"/> body reads (other streams get none).
    /// </summary>
    /// <param name="options">Options (<see cref="EtagOptions.Weak"/>); null for the defaults.</param>
    /// <returns>The middleware.</returns>
    /// <example><c>app.Use(Etag.Create(new EtagOptions { Weak = true }));</c></example>
    public static Func<Context, Func<Task>, Task> Create(EtagOptions? options = null)
    {
        var weak = options?.Weak;
        return async (ctx, next) =>
        {
            await next().ConfigureAwait(false);
            var tag = TagOf(ctx, weak);
            if (tag is not null) ctx.Response.Etag = tag;
        };
    }

    private static string? TagOf(Context ctx, bool? weak)
    {
        var response = ctx.Response;
        var body = response.Body;
        if (body is null or "" || !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Get("ETag"))) return null;
        if (response.Status / 100 != 2) return null;
        switch (body)
        {
            case string text:
                return Generate(text, weak);
            case byte[] bytes:
                return Generate(bytes.AsSpan(), weak);
            case ReadOnlyMemory<byte> memory:
                return Generate(memory.Span, weak);
            case Memory<byte> memory:
                return Generate(memory.Span, weak);
            case ArraySegment<byte> segment:
                return Generate(segment.AsSpan(), weak);
            case FileStream file:
                return Generate(new FileInfo(file.Name), weak);
            case Stream or PipeReader or HttpContent or HttpResponseMessage:
                // Streams without a path get no tag (koa-etag); a Blob or fetch Response is not JSON-stringified.
                return null;
            default:
                // JSON.stringify(body): the text Koa sends (the application's JSON options).
                return Generate(ctx.App.Stringify(body), weak);
        }
    }

    /// <summary>The tag of a text, over its UTF-8 bytes (lone surrogates count as U+FFFD, as in node). Strong unless <paramref name="weak"/> is true.</summary>
    /// <param name="entity">The text.</param>
    /// <param name="weak">True for a weak tag (<c>W/"…"</c>); null or false for a strong one.</param>
    /// <returns>The quoted entity tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <example><c>Etag.Generate("beep boop") // "\"9-fINXV39R1PCo05OqGqr7KIY9lCE\""</c></example>
    public static string Generate(string entity, bool? weak = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Length == 0) return Weaken(EmptyTag, weak == true);
        var count = Encoding.UTF8.GetByteCount(entity);
        var rented = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            var written = Encoding.UTF8.GetBytes(entity, rented);
            return Tag(rented.AsSpan(0, written), weak == true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The tag of bytes. Strong unless <paramref name="weak"/> is true.</summary>
    /// <param name="entity">The bytes.</param>
    /// <param name="weak">True for a weak tag; null or false for a strong one.</param>
    /// <returns>The quoted entity tag.</returns>
    /// <example><c>Etag.Generate(new byte[] { 1, 2, 3 }) // "\"3-cDeAcZjCKn0rCAc3HXY3eahP388\""</c></example>
    public static string Generate(ReadOnlySpan<byte> entity, bool? weak = null) =>
        entity.IsEmpty ? Weaken(EmptyTag, weak == true) : Tag(entity, weak == true);

    /// <summary>The tag of bytes. Strong unless <paramref name="weak"/> is true.</summary>
    /// <param name="entity">The bytes.</param>
    /// <param name="weak">True for a weak tag; null or false for a strong one.</param>
    /// <returns>The quoted entity tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <example><c>Etag.Generate(Array.Empty&lt;byte&gt;()) // "\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\""</c></example>
    public static string Generate(byte[] entity, bool? weak = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Generate(entity.AsSpan(), weak);
    }

    /// <summary>The tag of a file from its stats (size and last write time, as node's <c>fs.Stats</c>). Weak unless <paramref name="weak"/> is false.</summary>
    /// <param name="stats">The file.</param>
    /// <param name="weak">False for a strong tag; null or true for a weak one.</param>
    /// <returns>The entity tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stats"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <example><c>Etag.Generate(new FileInfo("package.json")) // "W/\"bd3-14831b399d8\""</c></example>
    public static string Generate(FileInfo stats, bool? weak = null)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return Generate(stats.Length, new DateTimeOffset(stats.LastWriteTimeUtc), weak);
    }

    /// <summary>The tag of a file from its size and modification time (a stats-like object). Weak unless <paramref name="weak"/> is false.</summary>
    /// <param name="size">The size in bytes.</param>
    /// <param name="lastModified">The modification time (milliseconds are kept, finer digits dropped).</param>
    /// <param name="weak">False for a strong tag; null or true for a weak one.</param>
    /// <returns>The entity tag.</returns>
    /// <example><c>Etag.Generate(3027, DateTimeOffset.Parse("2014-09-01T14:52:07Z")) // "W/\"bd3-14831b399d8\""</c></example>
    public static string Generate(long size, DateTimeOffset lastModified, bool? weak = null)
    {
        var milliseconds = (lastModified.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMillisecond;
        var tag = "\"" + Hex(size) + "-" + Hex(milliseconds) + "\"";
        return weak != false ? "W/" + tag : tag;
    }

    /// <summary>
    /// The tag of an entity of any supported kind: a <see cref="string"/>, bytes (<see cref="byte"/>[],
    /// <see cref="ReadOnlyMemory{T}"/>, <see cref="Memory{T}"/>, <see cref="ArraySegment{T}"/>) or a
    /// <see cref="FileInfo"/> (npm etag's <c>etag(entity, { weak })</c>).
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="weak">The <c>weak</c> option; null for the default (weak for stats, strong otherwise).</param>
    /// <returns>The entity tag.</returns>
    /// <exception cref="ArgumentNullException">"argument entity is required": <paramref name="entity"/> is null.</exception>
    /// <exception cref="ArgumentException">"argument entity must be string, Buffer, or fs.Stats".</exception>
    /// <example><c>Etag.Generate((object)"论", weak: true) // "W/\"3-QkSKq8sXBjHL2tFAZknA2n6LYzM\""</c></example>
    public static string Generate(object entity, bool? weak = null) => entity switch
    {
        null => throw new ArgumentNullException(nameof(entity), "argument entity is required"),
        string text => Generate(text, weak),
        byte[] bytes => Generate(bytes.AsSpan(), weak),
        ReadOnlyMemory<byte> memory => Generate(memory.Span, weak),
        Memory<byte> memory => Generate(memory.Span, weak),
        ArraySegment<byte> segment => Generate(segment.AsSpan(), weak),
        FileInfo file => Generate(file, weak),
        _ => throw new ArgumentException("argument entity must be string, Buffer, or fs.Stats", nameof(entity)),
    };

    private static string Weaken(string tag, bool weak) => weak ? "W/" + tag : tag;

    private static string Tag(ReadOnlySpan<byte> entity, bool weak)
    {
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(entity, hash);
        Span<char> base64 = stackalloc char[28];
        Convert.TryToBase64Chars(hash, base64, out _);
        Span<char> tag = stackalloc char[3 + 16 + 1 + 27 + 1];
        var at = 0;
        if (weak)
        {
            tag[at++] = 'W';
            tag[at++] = '/';
        }
        tag[at++] = '"';
        ((long)entity.Length).TryFormat(tag[at..], out var digits, "x", CultureInfo.InvariantCulture);
        at += digits;
        tag[at++] = '-';
        base64[..27].CopyTo(tag[at..]);
        at += 27;
        tag[at++] = '"';
        return new string(tag[..at]);
    }

    // Number#toString(16) of an integer: lowercase hex digits with a leading '-' for negatives.
    private static string Hex(long value) =>
        value < 0 ? "-" + ((ulong)(-(value + 1)) + 1).ToString("x", CultureInfo.InvariantCulture) : value.ToString("x", CultureInfo.InvariantCulture);
}
