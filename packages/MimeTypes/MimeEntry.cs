namespace Koa;

/// <summary>
/// One media type of mime-db: where it comes from, its default charset, whether it compresses well, and its file
/// extensions (the first is the default one). Every property can be absent, as in mime-db's <c>db.json</c>.
/// </summary>
/// <example>
/// <code>
/// var json = MimeTypes.Current.Entries["application/json"];
/// // json.Source == "iana", json.Charset == "UTF-8", json.Compressible == true, json.Extensions == ["json", "map"]
/// </code>
/// </example>
public readonly record struct MimeEntry
{
    private readonly IReadOnlyList<string>? _extensions;

    /// <summary>
    /// Where mime-db took the type from: <c>"iana"</c>, <c>"apache"</c>, <c>"nginx"</c>, or <c>null</c> for types
    /// mime-db defines itself.
    /// </summary>
    /// <example><c>MimeTypes.Current.Entries["text/html"].Source</c> is <c>"iana"</c>.</example>
    public string? Source { get; init; }

    /// <summary>The default charset (<c>"UTF-8"</c>, <c>"US-ASCII"</c>, …) or <c>null</c>.</summary>
    /// <example><c>MimeTypes.Current.Entries["application/json"].Charset</c> is <c>"UTF-8"</c>.</example>
    public string? Charset { get; init; }

    /// <summary>Whether the type is worth compressing; <c>null</c> when mime-db does not say.</summary>
    /// <example><c>MimeTypes.Current.Entries["image/png"].Compressible</c> is <c>false</c>.</example>
    public bool? Compressible { get; init; }

    /// <summary>The file extensions, default first; empty when mime-db lists none.</summary>
    /// <example><c>MimeTypes.Current.Entries["text/javascript"].Extensions</c> is <c>["js", "mjs"]</c>.</example>
    public IReadOnlyList<string> Extensions
    {
        get => _extensions ?? [];
        init => _extensions = value;
    }
}
