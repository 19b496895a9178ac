using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// A port of the npm package co-body 6.2.0: reads and parses a request body (inflated per <c>Content-Encoding</c>,
/// checked against <c>Content-Length</c> and a limit) as JSON, an urlencoded form (qs) or text. Errors are
/// <see cref="HttpError"/>s: 413 past the limit, 400 for bad JSON (the body text in <c>Properties["body"]</c>),
/// 415 for an unsupported charset or <c>Content-Encoding</c>.
/// </summary>
public static class CoBody
{
    private const long OneMb = 1024 * 1024;
    private const long FormDefault = 56 * 1024;

    /// <summary>Parses a JSON body (co-body's <c>json</c>): strict by default (an object or array only, empty is <c>{}</c>).</summary>
    public static async Task<JsonNode?> JsonAsync(Context ctx, CoBodyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return (await ReadJsonAsync(ctx, options ?? new CoBodyOptions()).ConfigureAwait(false)).Parsed;
    }

    /// <summary><see cref="JsonAsync"/> with the raw text (<c>returnRawBody</c>).</summary>
    public static async Task<CoBodyResult<JsonNode?>> JsonWithRawAsync(Context ctx, CoBodyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var read = await ReadJsonAsync(ctx, options ?? new CoBodyOptions()).ConfigureAwait(false);
        return new(read.Parsed, read.RawText);
    }

    /// <summary>
    /// The JSON reader: a UTF-8 body is read into a pooled buffer and, when System.Text.Json reads it as
    /// <c>JSON.parse</c> does, kept as a compact <see cref="System.Text.Json.JsonDocument"/> under a lazily
    /// materialised <see cref="JsonNode"/> (its text made only when asked); any other body is decoded and parsed by
    /// <see cref="ParseJson"/>.
    /// </summary>
    internal static async ValueTask<JsonRead> ReadJsonAsync(Context ctx, CoBodyOptions o)
    {
        if (!IsUtf8(o.Encoding))
        {
            var text = await ReadAsync(ctx, o, OneMb).ConfigureAwait(false);
            return new(Json(text, o), text, default, "", "");
        }
        if (TryReadBuffered(ctx, o, OneMb, out var reader, out var body))
        {
            // the whole body was already read with the headers: parsed where the server holds it, no copy
            try
            {
                if (body.IsSingleSegment) return ParseUtf8Body(body.FirstSpan, o);
                var copy = System.Buffers.ArrayPool<byte>.Shared.Rent((int)body.Length);
                try
                {
                    System.Buffers.BuffersExtensions.CopyTo(body, copy);
                    return ParseUtf8Body(copy.AsSpan(0, (int)body.Length), o);
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(copy);
                }
            }
            finally
            {
                reader.AdvanceTo(body.End);
            }
        }
        var (buffer, length) = await ReadPooledAsync(ctx, o, OneMb).ConfigureAwait(false);
        try
        {
            return ParseUtf8Body(buffer.AsSpan(0, length), o);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A UTF-8 JSON body's bytes: kept as a document when System.Text.Json reads them as JSON.parse does, decoded and
    // parsed by ParseJson otherwise.
    private static JsonRead ParseUtf8Body(ReadOnlySpan<byte> bytes, CoBodyOptions o)
    {
        if (JsJsonParser.TryParseDocument(bytes, out var root))
        {
            var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
            var end = bytes.LastIndexOfAnyExcept(" \t\r\n"u8) + 1;
            return new(JsJsonParser.Wrap(root), null, root,
                start == 0 ? "" : System.Text.Encoding.ASCII.GetString(bytes[..start]),
                end == bytes.Length ? "" : System.Text.Encoding.ASCII.GetString(bytes[end..]));
        }
        var str = JsJsonParser.DecodeUtf8(bytes);
        return new(Json(str, o), str, default, "", "");
    }

    private static JsonNode? Json(string str, CoBodyOptions o)
    {
        try
        {
            return ParseJson(str, o.Strict, o.OnProtoPoisoning);
        }
        catch (JsonSyntaxException ex)
        {
            throw BadRequest(ex, str);
        }
    }

    private static bool IsUtf8(string? encoding) =>
        encoding is null || encoding.Equals("utf8", StringComparison.OrdinalIgnoreCase) || encoding.Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses an <c>application/x-www-form-urlencoded</c> body with qs (co-body's <c>form</c>; 56 KB limit, <c>allowDots</c> on).</summary>
    public static async Task<JsonObject> FormAsync(Context ctx, CoBodyOptions? options = null) => (await FormWithRawAsync(ctx, options).ConfigureAwait(false)).Parsed;

    /// <summary><see cref="FormAsync"/> with the raw text (<c>returnRawBody</c>).</summary>
    public static async Task<CoBodyResult<JsonObject>> FormWithRawAsync(Context ctx, CoBodyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var o = options ?? new CoBodyOptions();
        var str = await ReadAsync(ctx, o, FormDefault).ConfigureAwait(false);
        var qs = o.QueryString ?? DefaultForm;
        if (qs.AllowDots is null && !ReferenceEquals(qs, DefaultForm)) qs = WithAllowDots(qs);
        try
        {
            return new(Qs.Parse(str, qs), str);
        }
        catch (ArgumentException ex)
        {
            throw BadRequest(ex, str);
        }
    }

    /// <summary>Reads a text body (co-body's <c>text</c>; 1 MB limit).</summary>
    public static async Task<string> TextAsync(Context ctx, CoBodyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return await ReadAsync(ctx, options ?? new CoBodyOptions(), OneMb).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the body by its <c>Content-Type</c> (co-body's default export): JSON types as <see cref="JsonAsync"/>, forms
    /// as <see cref="FormAsync"/>, text as <see cref="TextAsync"/>; anything else is 415
    /// (<c>Unsupported content-type: …</c> or <c>Missing content-type</c>). JSON and forms come out as
    /// <see cref="JsonNode"/>s, text as a <see cref="string"/>.
    /// </summary>
    public static async Task<object?> ParseAsync(Context ctx, CoBodyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var o = options ?? new CoBodyOptions();
        if (ctx.Request.Is([.. o.JsonTypes ?? JsonTypesDefault]) is { Length: > 0 }) return await JsonAsync(ctx, o).ConfigureAwait(false);
        if (ctx.Request.Is([.. o.FormTypes ?? ["urlencoded"]]) is { Length: > 0 }) return await FormAsync(ctx, o).ConfigureAwait(false);
        if (ctx.Request.Is([.. o.TextTypes ?? ["text"]]) is { Length: > 0 }) return await TextAsync(ctx, o).ConfigureAwait(false);
        var type = ctx.Get("Content-Type");
        throw HttpErrors.Create(415, type.Length > 0 ? "Unsupported content-type: " + type : "Missing content-type");
    }

    private static readonly string[] JsonTypesDefault = ["json", "application/*+json", "application/csp-report"];

    private static readonly QsOptions DefaultForm = new() { AllowDots = true };

    private static QsOptions WithAllowDots(QsOptions q) => new()
    {
        AllowDots = true, AllowEmptyArrays = q.AllowEmptyArrays, AllowPrototypes = q.AllowPrototypes, AllowSparse = q.AllowSparse,
        ArrayLimit = q.ArrayLimit, Charset = q.Charset, CharsetSentinel = q.CharsetSentinel, Comma = q.Comma,
        DecodeDotInKeys = q.DecodeDotInKeys, Decoder = q.Decoder, Delimiter = q.Delimiter, DelimiterPattern = q.DelimiterPattern,
        Depth = q.Depth, Duplicates = q.Duplicates, IgnoreQueryPrefix = q.IgnoreQueryPrefix,
        InterpretNumericEntities = q.InterpretNumericEntities, ParameterLimit = q.ParameterLimit, ParseArrays = q.ParseArrays,
        PlainObjects = q.PlainObjects, StrictDepth = q.StrictDepth, StrictMerge = q.StrictMerge,
        StrictNullHandling = q.StrictNullHandling, ThrowOnLimitExceeded = q.ThrowOnLimitExceeded,
    };

    internal static JsonNode? ParseJson(string str, bool strict, ProtoPoisoning proto = ProtoPoisoning.Error)
    {
        if (!strict && str.Length == 0) return JsonValue.Create(str);
        if (strict)
        {
            if (str.Length == 0) return new JsonObject();
            var i = 0;
            while (i < str.Length && str[i] is ' ' or '\t' or '\n' or '\r') i++;
            if (i >= str.Length || str[i] is not ('[' or '{')) throw new JsonSyntaxException("invalid JSON, only supports object and array");
        }
        try
        {
            return JsJsonParser.Parse(str, proto switch
            {
                ProtoPoisoning.Ignore => JsJsonProtoAction.Keep,
                ProtoPoisoning.Remove => JsJsonProtoAction.Remove,
                _ => JsJsonProtoAction.Error,
            });
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new JsonSyntaxException(ex.Message);
        }
    }

    private static ValueTask<(byte[] Buffer, int Length)> ReadPooledAsync(Context ctx, CoBodyOptions o, long defaultLimit)
    {
        var (stream, length) = OpenBody(ctx);
        return RawBody.ReadPooledAsync(stream, length, o.Limit is { } l && l != 0 ? l : defaultLimit, ctx.RequestAborted);
    }

    // The body as the server already holds it (identity encoding, Kestrel's request PipeReader): see RawBody.TryReadBuffered.
    private static bool TryReadBuffered(Context ctx, CoBodyOptions o, long defaultLimit, out System.IO.Pipelines.PipeReader reader, out System.Buffers.ReadOnlySequence<byte> body)
    {
        reader = null!;
        body = default;
        if (ctx.Get("Content-Encoding") is { Length: > 0 } encoding && encoding != "identity") return false;
        if (ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IRequestBodyPipeFeature>() is not { } pipe || !ctx.Req.Body.CanRead) return false;
        var len = ctx.Get("Content-Length");
        long? length = len.Length > 0 ? ToInt32(len) : null;
        reader = pipe.Reader;
        return RawBody.TryReadBuffered(reader, length, o.Limit is { } l && l != 0 ? l : defaultLimit, out body);
    }

    private static async Task<string> ReadAsync(Context ctx, CoBodyOptions o, long defaultLimit)
    {
        var (stream, length) = OpenBody(ctx);
        return await RawBody.ReadStringAsync(stream, new RawBodyOptions
        {
            Length = length,
            Limit = o.Limit is { } l && l != 0 ? l : defaultLimit,
            Encoding = o.Encoding ?? "utf8",
        }, ctx.RequestAborted).ConfigureAwait(false);
    }

    // co-body: the body inflated per Content-Encoding, and ~~Content-Length as the expected length when not encoded.
    private static (Stream Stream, long? Length) OpenBody(Context ctx)
    {
        var len = ctx.Get("Content-Length");
        var encoding = ctx.Get("Content-Encoding");
        if (encoding.Length == 0) encoding = "identity";
        long? length = null;
        if (len.Length > 0 && encoding == "identity") length = ToInt32(len);
        return (Inflation.Inflate(ctx.Req.Body, encoding), length);
    }

    // ~~len: Number(len), then ToInt32.
    private static long ToInt32(string text)
    {
        var n = JsValue.ToNumber(text);
        if (double.IsNaN(n) || double.IsInfinity(n)) return 0;
        var t = Math.Truncate(n) % 4294967296.0;
        if (t < 0) t += 4294967296.0;
        return t >= 2147483648.0 ? (long)(t - 4294967296.0) : (long)t;
    }

    private static HttpError BadRequest(Exception ex, string body)
    {
        var error = HttpErrors.Create(400, ex.Message, new Dictionary<string, object?> { ["body"] = body });
        return error;
    }
}

/// <summary>A JSON body as read: the parsed value and the text, or the document whose bytes are the text.</summary>
internal readonly record struct JsonRead(JsonNode? Parsed, string? Raw, System.Text.Json.JsonElement Root, string Lead, string Trail)
{
    /// <summary>The body text (made from the document's bytes when it was not kept).</summary>
    public string RawText => Raw ?? Lead + Root.GetRawText() + Trail;
}
