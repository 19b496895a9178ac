using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Koa;

/// <summary>What <see cref="BodyParser"/> stores on a request (a feature in <c>ctx.Features</c>).</summary>
public sealed class BodyParserFeature
{
    /// <summary>The parsed body: JSON and forms as <see cref="JsonNode"/>, text as <see cref="string"/>, <c>{}</c> when none; null until set.</summary>
    public object? Body { get; set; }

    /// <summary>Whether <see cref="Body"/> was set (upstream's <c>ctx.request.body !== undefined</c>).</summary>
    public bool HasBody { get; set; }

    private string? _rawBody;
    private JsonRead _rawSource;

    /// <summary>The body text (null when no body was read).</summary>
    public string? RawBody
    {
        get => _rawBody ??= _rawSource.Root.ValueKind == JsonValueKind.Undefined ? null : _rawSource.RawText;
        set
        {
            _rawBody = value;
            _rawSource = default;
        }
    }

    internal bool HasRawBody => _rawBody is not null || _rawSource.Root.ValueKind != JsonValueKind.Undefined;

    // the text of a JSON body kept as a document: made from its bytes when first asked for
    internal void SetRawBody(JsonRead read)
    {
        if (read.Raw is not null) RawBody = read.Raw;
        else
        {
            _rawBody = null;
            _rawSource = read;
        }
    }

    /// <summary>Skip parsing for this request (upstream's <c>ctx.disableBodyParser</c>).</summary>
    public bool Disabled { get; set; }

    /// <summary>The files of a <c>multipart/form-data</c> body (<see cref="BodyParserOptions.Multipart"/>); empty otherwise.</summary>
    public IReadOnlyList<UploadedFile> Files { get; set; } = [];
}

/// <summary>The request body members <see cref="BodyParser"/> adds to <see cref="Request"/>.</summary>
public static class BodyParserExtensions
{
    extension(Request request)
    {
        /// <summary>The parsed body (@koa/bodyparser's <c>ctx.request.body</c>): JSON and forms as <see cref="JsonNode"/>, text as string.</summary>
        public object? Body
        {
            get => request.Ctx.Features.Get<BodyParserFeature>()?.Body;
            set
            {
                var feature = Feature(request);
                feature.Body = value;
                feature.HasBody = true;
            }
        }

        /// <summary>The body text (@koa/bodyparser's <c>ctx.request.rawBody</c>).</summary>
        public string? RawBody
        {
            get => request.Ctx.Features.Get<BodyParserFeature>()?.RawBody;
            set => Feature(request).RawBody = value;
        }

        /// <summary>
        /// The files of a <c>multipart/form-data</c> body (koa-body's <c>ctx.request.files</c>), read when
        /// <see cref="BodyParserOptions.Multipart"/> is on; never taken from a JSON or form body. Empty when none.
        /// </summary>
        public IReadOnlyList<UploadedFile> Files => request.Ctx.Features.Get<BodyParserFeature>()?.Files ?? [];

        /// <summary>The parsed body deserialized with System.Text.Json (pass a source-generated <paramref name="typeInfo"/> for trimming/AOT).</summary>
        public T? BodyAs<T>(JsonTypeInfo<T> typeInfo) => request.Body switch
        {
            JsonNode node => node.Deserialize(typeInfo),
            string s => JsonSerializer.Deserialize(JsonValue.Create(s), typeInfo),
            _ => default,
        };
    }

    extension(Context ctx)
    {
        /// <summary>Set to true before <see cref="BodyParser"/> runs to leave this request's body alone (upstream's <c>ctx.disableBodyParser</c>).</summary>
        public bool DisableBodyParser
        {
            get => ctx.Features.Get<BodyParserFeature>()?.Disabled ?? false;
            set => Feature(ctx.Request).Disabled = value;
        }
    }

    private static BodyParserFeature Feature(Request request)
    {
        var feature = request.Ctx.Features.Get<BodyParserFeature>();
        if (feature is null)
        {
            feature = new BodyParserFeature();
            request.Ctx.Features.Set(feature);
        }
        return feature;
    }
}

/// <summary>
/// A port of @koa/bodyparser 6.1.0: parses JSON, form (and optionally text/XML) bodies of POST/PUT/PATCH requests
/// with co-body and puts them on <c>ctx.Request.Body</c> / <c>ctx.Request.RawBody</c>. A body set earlier is left alone.
/// </summary>
public static class BodyParser
{
    private static readonly string[] Supported = ["json", "form", "text", "xml"];
    private static readonly MultipartOptions DefaultMultipart = new();

    /// <summary>Creates the middleware.</summary>
    /// <exception cref="ArgumentException">An unknown type in <see cref="BodyParserOptions.EnableTypes"/> or <see cref="BodyParserOptions.ExtendTypes"/>.</exception>
    public static Func<Context, Func<Task>, Task> Create(BodyParserOptions? options = null)
    {
        var o = options ?? new BodyParserOptions();
        foreach (var t in o.EnableTypes) if (!Supported.Contains(t)) throw Unsupported(t);
        var mime = new Dictionary<string, List<string>>
        {
            ["json"] = ["application/json", "application/json-patch+json", "application/vnd.api+json", "application/csp-report", "application/reports+json", "application/scim+json"],
            ["form"] = ["application/x-www-form-urlencoded"],
            ["text"] = ["text/plain"],
            ["xml"] = ["text/xml", "application/xml"],
        };
        if (o.ExtendTypes is not null)
        {
            foreach (var (key, types) in o.ExtendTypes)
            {
                if (!Supported.Contains(key)) throw Unsupported(key);
                // lodash.merge of arrays merges by index
                var list = mime[key];
                for (var i = 0; i < types.Count; i++)
                {
                    if (i < list.Count) list[i] = types[i];
                    else list.Add(types[i]);
                }
            }
        }
        var enabled = o.EnableTypes.ToHashSet();
        // compared without upper-casing the request's method (an allocation-free lookup)
        var methods = o.ParsedMethods.Select(m => m.ToUpperInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var typeLists = mime.ToDictionary(p => p.Key, p => p.Value.ToArray());
        var multipartTypes = new[] { "multipart" };
        CoBodyOptions Options(string kind, long? limit) => new()
        {
            Strict = kind != "json" || o.JsonStrict, Limit = limit, Encoding = o.Encoding ?? "utf-8", QueryString = o.QueryString,
        };
        var jsonOptions = Options("json", o.JsonLimit);
        var formOptions = Options("form", o.FormLimit);
        var textOptions = Options("text", o.TextLimit);
        var xmlOptions = Options("text", o.XmlLimit);
        bool As(string contentType, string kind) => enabled.Contains(kind) && TypeIs.Is(contentType, typeLists[kind]) is { Length: > 0 };

        return async (ctx, next) =>
        {
            var feature = ctx.Features.Get<BodyParserFeature>();
            if (!methods.Contains(ctx.Method) || feature is { HasBody: true } or { Disabled: true })
            {
                await next().ConfigureAwait(false);
                return;
            }
            if (ctx.RequestAborted.IsCancellationRequested)
            {
                // upstream: ctx.req.closed
                ctx.Status = 499;
                ctx.Body = "Request already closed";
                return;
            }
            try
            {
                var contentType = ctx.Request.Get("Content-Type");
                if (contentType.EndsWith(';')) contentType = contentType[..^1];
                string? kind = o.DetectJSON?.Invoke(ctx) == true || As(contentType, "json") ? "json" : As(contentType, "form") ? "form"
                    : As(contentType, "text") || As(contentType, "xml") ? "text"
                    : o.Multipart && TypeIs.Is(contentType, multipartTypes) is { Length: > 0 } ? "multipart" : null;
                if (kind == "multipart")
                {
                    await MultipartBody.ReadAsync(ctx, contentType, o.MultipartOptions ?? DefaultMultipart).ConfigureAwait(false);
                }
                else if (kind is null)
                {
                    ctx.Request.Body = new JsonObject();
                }
                else
                {
                    var co = kind switch { "json" => jsonOptions, "form" => formOptions, _ => As(contentType, "xml") ? xmlOptions : textOptions };
                    switch (kind)
                    {
                        case "json":
                        {
                            var r = await CoBody.ReadJsonAsync(ctx, co).ConfigureAwait(false);
                            ctx.Request.Body = r.Parsed;
                            var f = ctx.Features.Get<BodyParserFeature>()!;
                            if (!f.HasRawBody) f.SetRawBody(r);
                            break;
                        }
                        case "form":
                        {
                            var r = await CoBody.FormWithRawAsync(ctx, co).ConfigureAwait(false);
                            ctx.Request.Body = r.Parsed;
                            ctx.Request.RawBody ??= r.Raw;
                            break;
                        }
                        default:
                        {
                            var text = await CoBody.TextAsync(ctx, co).ConfigureAwait(false);
                            ctx.Request.Body = text;
                            ctx.Request.RawBody ??= text;
                            break;
                        }
                    }
                }
            }
            catch (Exception ex) when (o.OnError is not null)
            {
                o.OnError(ex, ctx);
            }
            await next().ConfigureAwait(false);
        };
    }

    private static ArgumentException Unsupported(string type) =>
        new($"Invalid enabled type '{type}'. make sure to pass an array contains supported types ([{string.Join(",", Supported)}]).");
}
