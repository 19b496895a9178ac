using System.IO.Pipelines;

namespace Koa;

/// <summary>
/// Compression middleware: a port of koa-compress 5.2.2. After the downstream middleware ran, a compressible body
/// (<see cref="Compressible"/>, or <c>ctx.Compress = true</c>) at or above the threshold is compressed on the fly
/// with the best encoding the client accepts: br, then gzip, then deflate (zlib format). <c>Vary: Accept-Encoding</c>
/// is always added.
/// </summary>
/// <remarks>
/// <code>
/// skipped when: no body · headers sent · not writable · ctx.Compress == false · HEAD · 204/205/304/206
///               · Content-Range · multipart/byteranges · Content-Encoding set · filter says no (unless forced)
///               · Cache-Control: no-transform · known length below the threshold
/// no Accept-Encoding (or empty) → DefaultEncoding ("identity");  "*" → gzip
/// nothing acceptable (identity;q=0 and no enabled encoding) → 406 with Vary (koa-compress 5.2.2 answers 500 there)
/// text/event-stream → each chunk is flushed out of the encoder as it arrives
/// </code>
/// </remarks>
/// <example>
/// <code>
/// var app = new Application();
/// app.Use(Compress.Create(new CompressOptions { Threshold = "2kb" }));
/// app.Use(ctx => { ctx.Body = new string('a', 4096); return Task.CompletedTask; });
/// </code>
/// </example>
public static class Compress
{
    /// <summary>The 406 message when the client accepts no encoding we have (koa-compress 5.1's text).</summary>
    internal const string NotAcceptableMessage = "Please accept br, gzip, deflate, or identity.";

    /// <summary>
    /// koa-compress's <c>preferredEncodings</c>: <c>encodingDefaultPreference</c> restricted to the encodings it has
    /// (zstd needs a runtime encoder .NET does not ship) and identity.
    /// </summary>
    internal static readonly string[] PreferredEncodings = ["br", "gzip", "deflate", "identity"];

    /// <summary>koa-compress's <c>encodingDefaultPreference</c>, the <c>preferred</c> list it hands negotiator.</summary>
    internal static readonly string[] EncodingPreference = ["zstd", "br", "gzip", "deflate", "identity"];

    // koa-compress 5.2.2 resolves negotiator 1.1: its Accept-Encoding parsing.
    private static readonly NegotiatorOptions Negotiator11 = new() { Negotiator11Encodings = true };

    /// <summary>
    /// The encoding to answer, as koa-compress 5.2.2 picks it: <c>new Negotiator(request).encoding(finalEncodings,
    /// { preferred: encodingPreference })</c> (negotiator 1.1); null when none is acceptable.
    /// </summary>
    /// <param name="acceptEncoding">The Accept-Encoding header, after the <c>*</c> and missing-header substitutions.</param>
    /// <param name="available">The enabled encodings in <see cref="PreferredEncodings"/> order (<c>finalEncodings</c>).</param>
    internal static string? SelectEncoding(string acceptEncoding, IReadOnlyList<string> available) =>
        Negotiator.PreferredEncoding(acceptEncoding, available, EncodingPreference, Negotiator11);

    /// <summary>Creates the middleware.</summary>
    /// <param name="options">Options; upstream's defaults when null.</param>
    /// <returns>The middleware.</returns>
    /// <exception cref="ArgumentException"><see cref="CompressOptions.DefaultEncoding"/> is null or empty.</exception>
    /// <example>
    /// <code>
    /// app.Use(Compress.Create());
    /// app.Use(Compress.Create(new CompressOptions { Br = null, DefaultEncoding = "*" }));
    /// </code>
    /// </example>
    public static Func<Context, Func<Task>, Task> Create(CompressOptions? options = null)
    {
        options ??= new CompressOptions();
        ArgumentException.ThrowIfNullOrEmpty(options.DefaultEncoding, nameof(options));
        var filter = options.Filter ?? (type => Compressible.Check(type) == true);
        var threshold = options.Threshold.Bytes;
        var defaultEncoding = options.DefaultEncoding == "*" ? "gzip" : options.DefaultEncoding;
        // finalEncodings: the preferred encodings the options leave enabled (identity always).
        string[] available = [.. PreferredEncodings.Where(encoding => encoding switch
        {
            "br" => options.Br is not null,
            "gzip" => options.Gzip is not null,
            "deflate" => options.Deflate is not null,
            _ => true,
        })];

        return async (ctx, next) =>
        {
            ctx.Vary("Accept-Encoding");

            await next().ConfigureAwait(false);

            var body = ctx.Body;
            var response = ctx.Response;
            var force = CompressFeature.Peek(ctx)?.Compress;
            if (!JsValue.IsTruthy(body)
                || response.HeaderSent
                || !response.Writable
                || force == false
                || ctx.Method == "HEAD"
                || response.Status is 204 or 205 or 304 or 206
                || HasValue(response, "Content-Range")
                || IsByteRanges(HeaderList.Join(response.Get("Content-Type")))
                || HasValue(response, "Content-Encoding")
                || body is HttpContent or HttpResponseMessage
                || !(force == true || filter(response.Type))
                || NoTransform(HeaderList.Join(response.Get("Cache-Control"))))
            {
                return;
            }

            if (threshold > 0 && response.Length is { } size && size < threshold) return;

            var acceptEncoding = HeaderList.JoinOrNull(ctx.Request.Headers["Accept-Encoding"]);
            acceptEncoding = acceptEncoding == "*" ? "gzip" : string.IsNullOrEmpty(acceptEncoding) ? defaultEncoding : acceptEncoding;
            var encoding = SelectEncoding(acceptEncoding, available);
            if (encoding is null)
            {
                // Koa's error response drops the headers set so far; the error carries Vary along.
                var error = HttpErrors.Create(406, NotAcceptableMessage);
                error.Headers["Vary"] = "Accept-Encoding";
                throw error;
            }
            if (encoding == "identity") return;

            if (body is not (string or byte[] or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte> or Stream or PipeReader))
                body = ctx.Body = ctx.App.Stringify(body);

            ctx.Set("Content-Encoding", encoding);
            ctx.Remove("Content-Length");
            var eventStream = response.Type is { } type && type.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase);
            ctx.Body = CompressedBody.Of(body!, encoding, options, eventStream);
        };
    }

    private static bool HasValue(Response response, string field) => HeaderList.Join(response.Get(field)).Length > 0;

    // /^multipart\/byteranges\b/i
    private static bool IsByteRanges(string type) =>
        type.StartsWith("multipart/byteranges", StringComparison.OrdinalIgnoreCase)
        && (type.Length == 20 || !(char.IsAsciiLetterOrDigit(type[20]) || type[20] == '_'));

    // /(?:^|,)\s*?no-transform\s*?(?:,|$)/: a list element that is exactly no-transform (case-sensitive).
    private static bool NoTransform(string cacheControl)
    {
        if (cacheControl.Length < 12) return false;
        foreach (var range in cacheControl.AsSpan().Split(','))
        {
            if (JsValue.Trim(cacheControl.AsSpan()[range]).SequenceEqual("no-transform")) return true;
        }
        return false;
    }
}

/// <summary>What <see cref="Compress"/> adds to the context: <c>ctx.Compress</c>.</summary>
public static class CompressContextExtensions
{
    extension(Context ctx)
    {
        /// <summary>
        /// koa-compress's <c>ctx.compress</c>: <c>true</c> compresses whatever the filter says (threshold and
        /// Accept-Encoding still apply), <c>false</c> never compresses this response, <c>null</c> (the default) lets the
        /// filter decide.
        /// </summary>
        /// <example><code>ctx.Compress = false; ctx.Body = alreadyCompressedBytes;</code></example>
        public bool? Compress
        {
            get => CompressFeature.Peek(ctx)?.Compress;
            set => CompressFeature.Of(ctx).Compress = value;
        }
    }
}

/// <summary>The per-request state behind <c>ctx.Compress</c>, kept in <c>ctx.Features</c>.</summary>
internal sealed class CompressFeature
{
    public bool? Compress { get; set; }

    public static CompressFeature Of(Context ctx)
    {
        if (ctx.Features[typeof(CompressFeature)] is CompressFeature feature) return feature;
        feature = new CompressFeature();
        ctx.Features[typeof(CompressFeature)] = feature;
        return feature;
    }

    public static CompressFeature? Peek(Context ctx) => ctx.Features[typeof(CompressFeature)] as CompressFeature;
}
