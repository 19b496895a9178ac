namespace Koa;

/// <summary>
/// A media type split as RFC 6838 names its parts: <c>type/subtype+suffix</c> (media-typer 1.1.1's <c>MediaType</c>).
/// </summary>
/// <example>
/// <code>
/// var svg = MediaTyper.Parse("image/svg+xml");   // Type "image", Subtype "svg", Suffix "xml"
/// MediaTyper.Format(new MediaType("text", "html")); // "text/html"
/// </code>
/// </example>
public readonly record struct MediaType
{
    private readonly string? _type;
    private readonly string? _subtype;

    /// <summary>A media type to format, or the result of a parse.</summary>
    /// <param name="type">The top-level type, e.g. <c>"image"</c>.</param>
    /// <param name="subtype">The subtype without its suffix, e.g. <c>"svg"</c>.</param>
    /// <param name="suffix">The structured syntax suffix without <c>+</c>, e.g. <c>"xml"</c>; null for none.</param>
    /// <example><c>new MediaType("image", "svg", "xml")</c></example>
    public MediaType(string type, string subtype, string? suffix = null)
    {
        _type = type;
        _subtype = subtype;
        Suffix = suffix;
    }

    /// <summary>The top-level type (lower-case after a parse); <c>""</c> for <c>default</c>.</summary>
    /// <example><c>MediaTyper.Parse("IMAGE/SVG+XML").Type</c> is <c>"image"</c>.</example>
    public string Type
    {
        get => _type ?? "";
        init => _type = value;
    }

    /// <summary>The subtype, without the suffix (lower-case after a parse); <c>""</c> for <c>default</c>.</summary>
    /// <example><c>MediaTyper.Parse("application/vnd.api+json").Subtype</c> is <c>"vnd.api"</c>.</example>
    public string Subtype
    {
        get => _subtype ?? "";
        init => _subtype = value;
    }

    /// <summary>What follows the last <c>+</c> of the subtype; null when there is no <c>+</c> (npm: <c>undefined</c>).</summary>
    /// <example><c>MediaTyper.Parse("image/svg+xml").Suffix</c> is <c>"xml"</c>; <c>MediaTyper.Parse("text/html").Suffix</c> is null.</example>
    public string? Suffix { get; init; }

    /// <summary>True for <c>default(MediaType)</c>, the counterpart of calling npm's <c>format()</c> without an object.</summary>
    internal bool IsDefault => _type is null && _subtype is null && Suffix is null;
}
