using System.Buffers;
using System.Collections.Frozen;

namespace Koa;

/// <summary>
/// One pairing of a mime-types version with the mime-db data it ships with: <see cref="MimeTypes.Current"/>
/// (mime-types 3.0.2 over mime-db 1.54.0, what Koa 3.3.0 and type-is use) and <see cref="MimeTypes.Legacy"/>
/// (mime-types 2.1.35 over mime-db 1.52.0, what accepts 1.3.8 uses). Methods return <c>null</c> where the npm
/// package returns <c>false</c>.
/// </summary>
/// <remarks>
/// The tables are built on first use from the generated data (<c>packages/MimeTypes/Generated</c>) and served from
/// frozen dictionaries; lookups allocate nothing.
/// </remarks>
/// <example>
/// <code>
/// MimeTypes.Legacy.Lookup("app.js");    // "application/javascript" (mime-types 2.1.35)
/// MimeTypes.Current.Lookup("app.js");   // "text/javascript"        (mime-types 3.0.2)
/// </code>
/// </example>
public sealed class MimeDatabase
{
    private static readonly SearchValues<char> TypeTerminators = SearchValues.Create(";" + JsValue.WhiteSpaceChars);

    private readonly string _rows;
    private readonly ExtensionConflicts _conflicts;
    private Tables? _tables;
    private object? _tablesLock;

    internal MimeDatabase(string mimeTypesVersion, string databaseVersion, string rows, ExtensionConflicts conflicts)
    {
        MimeTypesVersion = mimeTypesVersion;
        DatabaseVersion = databaseVersion;
        _rows = rows;
        _conflicts = conflicts;
    }

    /// <summary>The npm mime-types version whose behaviour this database reproduces.</summary>
    /// <example><c>MimeTypes.Legacy.MimeTypesVersion</c> is <c>"2.1.35"</c>.</example>
    public string MimeTypesVersion { get; }

    /// <summary>The npm mime-db version of the data.</summary>
    /// <example><c>MimeTypes.Current.DatabaseVersion</c> is <c>"1.54.0"</c>.</example>
    public string DatabaseVersion { get; }

    /// <summary>mime-db itself: every media type (lower-case) with its source, charset, compressibility and extensions.</summary>
    /// <example><c>MimeTypes.Current.Entries["application/json"].Extensions[0]</c> is <c>"json"</c>.</example>
    public IReadOnlyDictionary<string, MimeEntry> Entries => Data.Entries;

    /// <summary>
    /// mime-types <c>types</c>: extension (lower-case, no dot) → media type, extension conflicts resolved the way this
    /// mime-types version does.
    /// </summary>
    /// <example><c>MimeTypes.Current.Types["mp4"]</c> is <c>"video/mp4"</c>.</example>
    public IReadOnlyDictionary<string, string> Types => Data.Types;

    /// <summary>mime-types <c>extensions</c>: media type → its extensions, default first (types without extensions are absent).</summary>
    /// <example><c>MimeTypes.Current.Extensions["text/html"]</c> is <c>["html", "htm", "shtml"]</c>.</example>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Extensions => Data.Extensions;

    private Tables Data => _tables ?? LazyInitializer.EnsureInitialized(ref _tables, ref _tablesLock, () => new Tables(_rows, _conflicts));

    /// <summary>
    /// mime-types <c>lookup(path)</c>: the media type of a file name, path or extension, by its last extension
    /// (case-insensitive). Works with <c>"json"</c>, <c>".json"</c>, <c>"/a/b/file.json"</c> and
    /// <c>@"C:\a\file.json"</c>; returns <c>null</c> for null, empty, extension-less (<c>"/a/json"</c>,
    /// <c>"/a/.json"</c>) or unknown input.
    /// </summary>
    /// <param name="pathOrExtension">A path, a file name or an extension with or without its dot.</param>
    /// <returns>The media type, or <c>null</c> (npm: <c>false</c>).</returns>
    /// <example><c>MimeTypes.Current.Lookup("/path/to/PAGE.HTML")</c> is <c>"text/html"</c>.</example>
    public string? Lookup(string? pathOrExtension)
    {
        if (string.IsNullOrEmpty(pathOrExtension))
        {
            return null;
        }

        var extension = NodePath.ExtensionOfPrefixed(pathOrExtension);
        var data = Data;
        if (extension.IsEmpty || extension.Length > data.LongestExtension)
        {
            return null;
        }

        Span<char> lower = stackalloc char[extension.Length];
        return JsLowerCase.TryToLowerAscii(extension, lower) && data.TypesBySpan.TryGetValue(lower, out var type) ? type : null;
    }

    /// <summary>
    /// mime-types <c>contentType(type)</c>: a full Content-Type header value from a media type or an extension.
    /// Without a <c>/</c> the argument is looked up first; a <c>; charset=…</c> (lower-case) is appended when the
    /// value does not already contain <c>charset</c> and <see cref="Charset"/> knows one.
    /// </summary>
    /// <param name="typeOrExtension">A media type (kept as given, parameters included) or an extension/file name.</param>
    /// <returns>The header value, or <c>null</c> for null, empty or unknown extensions (npm: <c>false</c>).</returns>
    /// <example>
    /// <c>MimeTypes.Current.ContentType("json")</c> is <c>"application/json; charset=utf-8"</c>;
    /// <c>ContentType("text/html; charset=iso-8859-1")</c> is returned unchanged.
    /// </example>
    public string? ContentType(string? typeOrExtension)
    {
        if (string.IsNullOrEmpty(typeOrExtension))
        {
            return null;
        }

        var mime = typeOrExtension.Contains('/', StringComparison.Ordinal) ? typeOrExtension : Lookup(typeOrExtension);
        if (mime is null)
        {
            return null;
        }

        if (Data.ContentTypes.TryGetValue(mime, out var known))
        {
            return known;
        }

        if (mime.Contains("charset", StringComparison.Ordinal))
        {
            return mime;
        }

        var charset = Charset(mime);
        return charset is null ? mime : string.Concat(mime, "; charset=", charset.ToLowerInvariant());
    }

    /// <summary>
    /// mime-types <c>extension(type)</c>: the default extension of a media type (parameters and surrounding white
    /// space ignored, case-insensitive).
    /// </summary>
    /// <param name="type">A media type, possibly with parameters.</param>
    /// <returns>The first extension, or <c>null</c> (npm: <c>false</c>).</returns>
    /// <example><c>MimeTypes.Current.Extension("text/HTML; charset=UTF-8")</c> is <c>"html"</c>.</example>
    public string? Extension(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        var name = ExtractType(type);
        var data = Data;
        if (name.IsEmpty || name.Length > data.LongestType)
        {
            return null;
        }

        Span<char> lower = stackalloc char[name.Length];
        return JsLowerCase.TryToLowerAscii(name, lower) && data.ExtensionsBySpan.TryGetValue(lower, out var extensions)
            ? extensions[0]
            : null;
    }

    /// <summary>
    /// mime-types <c>charset(type)</c>: the default charset of a media type — mime-db's charset, else
    /// <c>"UTF-8"</c> for any <c>text/*</c>.
    /// </summary>
    /// <param name="type">A media type, possibly with parameters.</param>
    /// <returns>The charset as mime-db spells it (<c>"UTF-8"</c>), or <c>null</c> (npm: <c>false</c>).</returns>
    /// <example>
    /// <c>MimeTypes.Current.Charset("application/json; foo=bar")</c> is <c>"UTF-8"</c>;
    /// <c>Charset("text/x-bogus")</c> is <c>"UTF-8"</c>; <c>Charset("application/octet-stream")</c> is <c>null</c>.
    /// </example>
    public string? Charset(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        var name = ExtractType(type);
        var data = Data;
        if (!name.IsEmpty && name.Length <= data.LongestType)
        {
            Span<char> lower = stackalloc char[name.Length];
            if (JsLowerCase.TryToLowerAscii(name, lower) && data.EntriesBySpan.TryGetValue(lower, out var entry) && entry.Charset is not null)
            {
                return entry.Charset;
            }
        }

        return name.Length >= 5 && System.Text.Ascii.EqualsIgnoreCase(name[..5], "text/") ? "UTF-8" : null;
    }

    /// <summary><c>/^\s*([^;\s]*)(?:;|\s|$)/</c>: the media type before any parameter or white space.</summary>
    private static ReadOnlySpan<char> ExtractType(string value)
    {
        var span = value.AsSpan();
        var start = span.IndexOfAnyExcept(JsValue.WhiteSpace);
        if (start < 0)
        {
            return [];
        }

        span = span[start..];
        var end = span.IndexOfAny(TypeTerminators);
        return end < 0 ? span : span[..end];
    }

    /// <summary>The frozen tables, built once from the generated rows.</summary>
    private sealed class Tables
    {
        public Tables(string rows, ExtensionConflicts conflicts)
        {
            var entries = new Dictionary<string, MimeEntry>(StringComparer.Ordinal);
            var types = new Dictionary<string, string>(StringComparer.Ordinal);
            var extensions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (type, entry) in MimeDbRows.Parse(rows))
            {
                entries[type] = entry;
                LongestType = Math.Max(LongestType, type.Length);
                if (entry.Extensions.Count == 0)
                {
                    continue;
                }

                extensions[type] = entry.Extensions;
                foreach (var extension in entry.Extensions)
                {
                    types.TryGetValue(extension, out var current);
                    var currentSource = current is null ? null : entries[current].Source;
                    types[extension] = ExtensionConflictRules.Resolve(conflicts, current, currentSource, type, entry.Source);
                    LongestExtension = Math.Max(LongestExtension, extension.Length);
                }
            }

            Entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
            Types = types.ToFrozenDictionary(StringComparer.Ordinal);
            Extensions = extensions.ToFrozenDictionary(StringComparer.Ordinal);
            EntriesBySpan = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
            TypesBySpan = Types.GetAlternateLookup<ReadOnlySpan<char>>();
            ExtensionsBySpan = Extensions.GetAlternateLookup<ReadOnlySpan<char>>();

            // contentType(type) for every known type: the header value, charset appended, computed once.
            var contentTypes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (type, entry) in Entries)
            {
                var charset = entry.Charset ?? (type.StartsWith("text/", StringComparison.Ordinal) ? "UTF-8" : null);
                if (charset is not null && !type.Contains("charset", StringComparison.Ordinal))
                {
                    contentTypes[type] = string.Concat(type, "; charset=", charset.ToLowerInvariant());
                }
            }

            ContentTypes = contentTypes.ToFrozenDictionary(StringComparer.Ordinal);
        }

        public FrozenDictionary<string, MimeEntry> Entries { get; }

        public FrozenDictionary<string, string> Types { get; }

        public FrozenDictionary<string, IReadOnlyList<string>> Extensions { get; }

        public FrozenDictionary<string, string> ContentTypes { get; }

        public FrozenDictionary<string, MimeEntry>.AlternateLookup<ReadOnlySpan<char>> EntriesBySpan { get; }

        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TypesBySpan { get; }

        public FrozenDictionary<string, IReadOnlyList<string>>.AlternateLookup<ReadOnlySpan<char>> ExtensionsBySpan { get; }

        public int LongestType { get; }

        public int LongestExtension { get; }
    }
}
