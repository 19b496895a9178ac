namespace Koa;

/// <summary>Options of <see cref="BodyParser.Create(BodyParserOptions?)"/> (@koa/bodyparser 6.1.0's, defaults as upstream).</summary>
public sealed class BodyParserOptions
{
    /// <summary>The body kinds parsed: <c>json</c>, <c>form</c>, <c>text</c>, <c>xml</c> (read as text). Default json and form.</summary>
    public IReadOnlyList<string> EnableTypes { get; init; } = ["json", "form"];

    /// <summary>Extra media types per kind, added to upstream's lists.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ExtendTypes { get; init; }

    /// <summary>The methods whose bodies are parsed. Default POST, PUT, PATCH.</summary>
    public IReadOnlyList<string> ParsedMethods { get; init; } = ["POST", "PUT", "PATCH"];

    /// <summary>Parse as JSON whatever the content type when this returns true.</summary>
    public Func<Context, bool>? DetectJSON { get; init; }

    /// <summary>Handle a parse error instead of throwing it (then the next middleware runs).</summary>
    public Action<Exception, Context>? OnError { get; init; }

    /// <summary>Upstream copies a body another layer put on the raw request; in .NET a <see cref="BodyParserFeature"/> already set is that body. Default false.</summary>
    public bool EnableRawChecking { get; init; }

    /// <summary>JSON: only objects and arrays. Default true.</summary>
    public bool JsonStrict { get; init; } = true;

    /// <summary>JSON limit in bytes. Default 1 MB.</summary>
    public long? JsonLimit { get; init; }

    /// <summary>Form limit in bytes. Default 56 KB.</summary>
    public long? FormLimit { get; init; }

    /// <summary>Text limit in bytes. Default 1 MB.</summary>
    public long? TextLimit { get; init; }

    /// <summary>XML limit in bytes. Default 1 MB.</summary>
    public long? XmlLimit { get; init; }

    /// <summary>The charset. Default utf-8.</summary>
    public string? Encoding { get; init; }

    /// <summary>
    /// Parse <c>multipart/form-data</c> bodies (koa-body's <c>multipart: true</c>): fields into <c>ctx.Request.Body</c>
    /// (a <see cref="System.Text.Json.Nodes.JsonObject"/>: a string per field, an array for a repeated name), files
    /// into <c>ctx.Request.Files</c> as temp files deleted when the response ends. Default false.
    /// </summary>
    public bool Multipart { get; init; }

    /// <summary>Limits and storage of <see cref="Multipart"/> parsing (formidable's defaults when null).</summary>
    public MultipartOptions? MultipartOptions { get; init; }

    /// <summary>Form: qs options (AllowDots on unless given).</summary>
    public QsOptions? QueryString { get; init; }
}
