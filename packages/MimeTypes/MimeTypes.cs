namespace Koa;

/// <summary>
/// The npm <c>mime-types</c> package: media types by file extension and back, over the full mime-db data.
/// The static members use <see cref="Current"/> (mime-types 3.0.2 over mime-db 1.54.0, as Koa 3.3.0 resolves);
/// <see cref="Legacy"/> is mime-types 2.1.35 over mime-db 1.52.0 (what accepts 1.3.8 uses). Where npm returns
/// <c>false</c>, these return <c>null</c>.
/// </summary>
/// <example>
/// <code>
/// MimeTypes.Lookup("json");                 // "application/json"
/// MimeTypes.ContentType("markdown");        // "text/markdown; charset=utf-8"
/// MimeTypes.Extension("application/octet-stream"); // "bin"
/// MimeTypes.Charset("text/html");           // "UTF-8"
/// </code>
/// </example>
public static class MimeTypes
{
    /// <summary>mime-types 3.0.2 with mime-db 1.54.0 (extension conflicts resolved by mimeScore).</summary>
    /// <example><c>MimeTypes.Current.Lookup("js")</c> is <c>"text/javascript"</c>.</example>
    public static MimeDatabase Current { get; } =
        new("3.0.2", MimeDbData.V1_54Version, MimeDbData.V1_54, ExtensionConflicts.MimeScore);

    /// <summary>mime-types 2.1.35 with mime-db 1.52.0 (the 2.x source-rank conflict rules), as used by accepts 1.3.8.</summary>
    /// <example><c>MimeTypes.Legacy.Lookup("js")</c> is <c>"application/javascript"</c>.</example>
    public static MimeDatabase Legacy { get; } =
        new("2.1.35", MimeDbData.V1_52Version, MimeDbData.V1_52, ExtensionConflicts.SourceRank);

    /// <summary>mime-types <c>types</c> of <see cref="Current"/>: extension → media type.</summary>
    /// <example><c>MimeTypes.Types["html"]</c> is <c>"text/html"</c>.</example>
    public static IReadOnlyDictionary<string, string> Types => Current.Types;

    /// <summary>mime-types <c>extensions</c> of <see cref="Current"/>: media type → extensions, default first.</summary>
    /// <example><c>MimeTypes.Extensions["application/json"]</c> is <c>["json", "map"]</c>.</example>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Extensions => Current.Extensions;

    /// <summary>mime-types <c>lookup(path)</c> over <see cref="Current"/>; see <see cref="MimeDatabase.Lookup"/>.</summary>
    /// <param name="pathOrExtension">A path, a file name or an extension with or without its dot.</param>
    /// <returns>The media type, or <c>null</c> (npm: <c>false</c>).</returns>
    /// <example><c>MimeTypes.Lookup("path/to/page.html")</c> is <c>"text/html"</c>; <c>Lookup(".bogus")</c> is <c>null</c>.</example>
    public static string? Lookup(string? pathOrExtension) => Current.Lookup(pathOrExtension);

    /// <summary>mime-types <c>contentType(type)</c> over <see cref="Current"/>; see <see cref="MimeDatabase.ContentType"/>.</summary>
    /// <param name="typeOrExtension">A media type (kept as given) or an extension/file name.</param>
    /// <returns>The Content-Type header value, or <c>null</c> (npm: <c>false</c>).</returns>
    /// <example><c>MimeTypes.ContentType("html")</c> is <c>"text/html; charset=utf-8"</c>.</example>
    public static string? ContentType(string? typeOrExtension) => Current.ContentType(typeOrExtension);

    /// <summary>mime-types <c>extension(type)</c> over <see cref="Current"/>; see <see cref="MimeDatabase.Extension"/>.</summary>
    /// <param name="type">A media type, possibly with parameters.</param>
    /// <returns>The default extension, or <c>null</c> (npm: <c>false</c>).</returns>
    /// <example><c>MimeTypes.Extension("text/html; charset=UTF-8")</c> is <c>"html"</c>.</example>
    public static string? Extension(string? type) => Current.Extension(type);

    /// <summary>mime-types <c>charset(type)</c> (also <c>charsets.lookup</c>) over <see cref="Current"/>; see <see cref="MimeDatabase.Charset"/>.</summary>
    /// <param name="type">A media type, possibly with parameters.</param>
    /// <returns>The default charset, or <c>null</c> (npm: <c>false</c>).</returns>
    /// <example><c>MimeTypes.Charset("application/json")</c> is <c>"UTF-8"</c>.</example>
    public static string? Charset(string? type) => Current.Charset(type);
}
