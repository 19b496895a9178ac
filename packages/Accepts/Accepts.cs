using System.Runtime.CompilerServices;
using Microsoft.Extensions.Primitives;

// The stack buffer of argument positions is only read where it was written.
[module: SkipLocalsInit]

namespace Koa;

/// <summary>
/// Content negotiation over request headers with file-extension names: a port of npm <c>accepts</c> 1.3.8,
/// the version Koa 3.3.0 uses for <c>ctx.accepts()</c> and friends (over <see cref="Negotiator"/> and
/// <see cref="MimeTypes.Legacy"/>, mime-types 2.1.35).
/// </summary>
/// <remarks>
/// <para>
/// Each family has three forms: with no argument, the list of everything the request accepts, best first;
/// with arguments (or a list), the best of them as given, or <c>null</c> (npm: <c>false</c>). Types may be
/// extension names (<c>json</c>, <c>.html</c>, <c>file.txt</c>) or media types (<c>text/html</c>, <c>text/*</c>);
/// the argument is returned verbatim, unknown extensions never match.
/// </para>
/// <para>
/// Without an Accept header (or with an empty one) <see cref="Types(string[])"/> returns its first argument
/// unchecked. The other headers have no such shortcut: a missing Accept-Encoding accepts only
/// <c>identity</c>, a missing Accept-Charset or Accept-Language accepts anything.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var accepts = new Accepts(HttpContext.Request.Headers);
/// switch (accepts.Types("json", "html"))
/// {
///     case "json": return Results.Json(data);
///     case "html": return Results.Content(html, "text/html");
///     default: return Results.StatusCode(406);
/// }
/// </code>
/// </example>
public sealed class Accepts
{
    private const int StackTypes = 32;

    private readonly IDictionary<string, StringValues> _headers;
    private readonly Negotiator _negotiator;

    /// <summary>
    /// Creates the negotiation helper over request headers (npm <c>accepts(req)</c>). Headers are read on
    /// each call, case-insensitively; repeated headers are joined with <c>", "</c> as Node does.
    /// </summary>
    /// <param name="headers">The request headers, e.g. ASP.NET Core's <c>HttpRequest.Headers</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    /// <example>
    /// <code>
    /// var accepts = new Accepts(new Dictionary&lt;string, StringValues&gt; { ["Accept"] = "text/html" });
    /// accepts.Types("json", "html");   // "html"
    /// </code>
    /// </example>
    public Accepts(IDictionary<string, StringValues> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _headers = headers;
        _negotiator = new Negotiator(headers);
    }

    /// <summary>All media ranges the request accepts, best first (npm <c>types()</c>).</summary>
    /// <returns>The Accept ranges as <c>type/subtype</c>; <c>["*/*"]</c> without the header, empty for an empty one.</returns>
    /// <example>
    /// <code>
    /// // Accept: application/*;q=0.2, image/jpeg;q=0.8, text/html, text/plain
    /// accepts.Types();   // ["text/html", "text/plain", "image/jpeg", "application/*"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> Types() => _negotiator.MediaTypes();

    /// <summary>The best of the given types for the request (npm <c>types(...types)</c>).</summary>
    /// <param name="types">Extension names (<c>"json"</c>, <c>".html"</c>) or media types (<c>"text/html"</c>).</param>
    /// <returns>
    /// The best argument, verbatim; the first argument, unchecked, when the request has no (or an empty)
    /// Accept header; <c>null</c> when none is acceptable or no argument is given.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="types"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// // Accept: text/*, application/json;q=0.5
    /// accepts.Types("json", "html");          // "html"
    /// accepts.Types("image/png", "bogus");    // null
    /// </code>
    /// </example>
    public string? Types(params string[] types) => Types((IReadOnlyList<string>)types);

    /// <summary>The best of the given types for the request (npm <c>types([...types])</c>).</summary>
    /// <param name="types">Extension names or media types.</param>
    /// <returns>As <see cref="Types(string[])"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="types"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// // Accept: text/plain, text/html
    /// accepts.Types(new List&lt;string&gt; { "png", "text", "html" });   // "text"
    /// </code>
    /// </example>
    public string? Types(IReadOnlyList<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        RequireElements(types, nameof(types));
        if (types.Count == 0)
            return null;

        // no accept header, return first given type
        var accept = HeaderLookup.FindJoined(_headers, "Accept", "accept");
        if (string.IsNullOrEmpty(accept))
            return types[0];

        // extension names → media types; unknown extensions are left out, and each kept media type
        // remembers the argument it came from
        Span<int> origins = types.Count <= StackTypes ? stackalloc int[StackTypes] : new int[types.Count];
        var mimes = new string[types.Count];
        var count = 0;
        for (var i = 0; i < types.Count; i++)
        {
            var mime = types[i].Contains('/') ? types[i] : MimeTypes.Legacy.Lookup(types[i]);
            if (mime is null)
                continue;
            mimes[count] = mime;
            origins[count++] = i;
        }
        if (count == 0)
            return null;
        if (count < mimes.Length)
            mimes = mimes[..count];

        var first = Negotiator.PreferredMediaType(accept, mimes);
        // types[mimes.indexOf(first)]: the first argument that maps to the winning media type
        return first is null ? null : types[origins[Array.IndexOf(mimes, first)]];
    }

    /// <summary>Alias of <see cref="Types()"/> (npm <c>type()</c>).</summary>
    /// <inheritdoc cref="Types()"/>
    public IReadOnlyList<string> Type() => Types();

    /// <summary>Alias of <see cref="Types(string[])"/> (npm <c>type(...types)</c>).</summary>
    /// <inheritdoc cref="Types(string[])"/>
    public string? Type(params string[] types) => Types((IReadOnlyList<string>)types);

    /// <summary>Alias of <see cref="Types(IReadOnlyList{string})"/> (npm <c>type([...types])</c>).</summary>
    /// <inheritdoc cref="Types(IReadOnlyList{string})"/>
    public string? Type(IReadOnlyList<string> types) => Types(types);

    /// <summary>All encodings the request accepts, best first (npm <c>encodings()</c>).</summary>
    /// <returns>The Accept-Encoding entries plus the implied <c>identity</c>; <c>["identity"]</c> without the header.</returns>
    /// <example>
    /// <code>
    /// // Accept-Encoding: gzip, compress;q=0.2
    /// accepts.Encodings();   // ["gzip", "compress", "identity"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> Encodings() => _negotiator.Encodings();

    /// <summary>The best of the given encodings for the request (npm <c>encodings(...encodings)</c>).</summary>
    /// <param name="encodings">Content codings, e.g. <c>"gzip"</c>, <c>"br"</c>, <c>"identity"</c>.</param>
    /// <returns>The best argument, verbatim, or <c>null</c> when none is acceptable (without the header only <c>identity</c> is).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="encodings"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// // Accept-Encoding: gzip, deflate, br
    /// accepts.Encodings("br", "gzip");   // "gzip" (equal q: the header's order decides)
    /// </code>
    /// </example>
    public string? Encodings(params string[] encodings) => Encodings((IReadOnlyList<string>)encodings);

    /// <summary>The best of the given encodings for the request (npm <c>encodings([...encodings])</c>).</summary>
    /// <param name="encodings">Content codings.</param>
    /// <returns>As <see cref="Encodings(string[])"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="encodings"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// // no Accept-Encoding
    /// accepts.Encodings(new List&lt;string&gt; { "gzip", "identity" });   // "identity"
    /// </code>
    /// </example>
    public string? Encodings(IReadOnlyList<string> encodings)
    {
        ArgumentNullException.ThrowIfNull(encodings);
        RequireElements(encodings, nameof(encodings));
        return encodings.Count == 0 ? null : NullIfEmpty(_negotiator.Encoding(encodings));
    }

    /// <summary>Alias of <see cref="Encodings()"/> (npm <c>encoding()</c>).</summary>
    /// <inheritdoc cref="Encodings()"/>
    public IReadOnlyList<string> Encoding() => Encodings();

    /// <summary>Alias of <see cref="Encodings(string[])"/> (npm <c>encoding(...encodings)</c>).</summary>
    /// <inheritdoc cref="Encodings(string[])"/>
    public string? Encoding(params string[] encodings) => Encodings((IReadOnlyList<string>)encodings);

    /// <summary>Alias of <see cref="Encodings(IReadOnlyList{string})"/> (npm <c>encoding([...encodings])</c>).</summary>
    /// <inheritdoc cref="Encodings(IReadOnlyList{string})"/>
    public string? Encoding(IReadOnlyList<string> encodings) => Encodings(encodings);

    /// <summary>All charsets the request accepts, best first (npm <c>charsets()</c>).</summary>
    /// <returns>The Accept-Charset entries; <c>["*"]</c> without the header, empty for an empty one.</returns>
    /// <example>
    /// <code>
    /// // Accept-Charset: utf-8, iso-8859-1;q=0.2, utf-7;q=0.5
    /// accepts.Charsets();   // ["utf-8", "utf-7", "iso-8859-1"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> Charsets() => _negotiator.Charsets();

    /// <summary>The best of the given charsets for the request (npm <c>charsets(...charsets)</c>).</summary>
    /// <param name="charsets">Charset names, e.g. <c>"utf-8"</c>.</param>
    /// <returns>The best argument, verbatim (the first one without the header), or <c>null</c> when none is acceptable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="charsets"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// // Accept-Charset: utf-8, iso-8859-1;q=0.2, utf-7;q=0.5
    /// accepts.Charsets("utf-7", "utf-8");   // "utf-8"
    /// accepts.Charsets("utf-16");           // null
    /// </code>
    /// </example>
    public string? Charsets(params string[] charsets) => Charsets((IReadOnlyList<string>)charsets);

    /// <summary>The best of the given charsets for the request (npm <c>charsets([...charsets])</c>).</summary>
    /// <param name="charsets">Charset names.</param>
    /// <returns>As <see cref="Charsets(string[])"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="charsets"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// accepts.Charsets(new List&lt;string&gt; { "utf-7", "utf-8" });   // "utf-8" for the header above
    /// </code>
    /// </example>
    public string? Charsets(IReadOnlyList<string> charsets)
    {
        ArgumentNullException.ThrowIfNull(charsets);
        RequireElements(charsets, nameof(charsets));
        return charsets.Count == 0 ? null : NullIfEmpty(_negotiator.Charset(charsets));
    }

    /// <summary>Alias of <see cref="Charsets()"/> (npm <c>charset()</c>).</summary>
    /// <inheritdoc cref="Charsets()"/>
    public IReadOnlyList<string> Charset() => Charsets();

    /// <summary>Alias of <see cref="Charsets(string[])"/> (npm <c>charset(...charsets)</c>).</summary>
    /// <inheritdoc cref="Charsets(string[])"/>
    public string? Charset(params string[] charsets) => Charsets((IReadOnlyList<string>)charsets);

    /// <summary>Alias of <see cref="Charsets(IReadOnlyList{string})"/> (npm <c>charset([...charsets])</c>).</summary>
    /// <inheritdoc cref="Charsets(IReadOnlyList{string})"/>
    public string? Charset(IReadOnlyList<string> charsets) => Charsets(charsets);

    /// <summary>All languages the request accepts, best first (npm <c>languages()</c>).</summary>
    /// <returns>The Accept-Language ranges; <c>["*"]</c> without the header, empty for an empty one.</returns>
    /// <example>
    /// <code>
    /// // Accept-Language: en;q=0.8, es, pt
    /// accepts.Languages();   // ["es", "pt", "en"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> Languages() => _negotiator.Languages();

    /// <summary>The best of the given languages for the request (npm <c>languages(...languages)</c>).</summary>
    /// <param name="languages">Language tags, e.g. <c>"en"</c>, <c>"en-US"</c>.</param>
    /// <returns>The best argument, verbatim (the first one without the header), or <c>null</c> when none is acceptable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languages"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// // Accept-Language: en;q=0.8, es, pt
    /// accepts.Languages("es", "en");   // "es"
    /// accepts.Languages("fr", "au");   // null
    /// </code>
    /// </example>
    public string? Languages(params string[] languages) => Languages((IReadOnlyList<string>)languages);

    /// <summary>The best of the given languages for the request (npm <c>languages([...languages])</c>).</summary>
    /// <param name="languages">Language tags.</param>
    /// <returns>As <see cref="Languages(string[])"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languages"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <example>
    /// <code>
    /// accepts.Languages(new List&lt;string&gt; { "es", "en" });   // "es" for the header above
    /// </code>
    /// </example>
    public string? Languages(IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        RequireElements(languages, nameof(languages));
        return languages.Count == 0 ? null : NullIfEmpty(_negotiator.Language(languages));
    }

    /// <summary>Alias of <see cref="Languages()"/> (npm <c>language()</c>).</summary>
    /// <inheritdoc cref="Languages()"/>
    public IReadOnlyList<string> Language() => Languages();

    /// <summary>Alias of <see cref="Languages(string[])"/> (npm <c>language(...languages)</c>).</summary>
    /// <inheritdoc cref="Languages(string[])"/>
    public string? Language(params string[] languages) => Languages((IReadOnlyList<string>)languages);

    /// <summary>Alias of <see cref="Languages(IReadOnlyList{string})"/> (npm <c>language([...languages])</c>).</summary>
    /// <inheritdoc cref="Languages(IReadOnlyList{string})"/>
    public string? Language(IReadOnlyList<string> languages) => Languages(languages);

    /// <summary>Alias of <see cref="Languages()"/> (npm <c>langs()</c>).</summary>
    /// <inheritdoc cref="Languages()"/>
    public IReadOnlyList<string> Langs() => Languages();

    /// <summary>Alias of <see cref="Languages(string[])"/> (npm <c>langs(...languages)</c>).</summary>
    /// <inheritdoc cref="Languages(string[])"/>
    public string? Langs(params string[] languages) => Languages((IReadOnlyList<string>)languages);

    /// <summary>Alias of <see cref="Languages(IReadOnlyList{string})"/> (npm <c>langs([...languages])</c>).</summary>
    /// <inheritdoc cref="Languages(IReadOnlyList{string})"/>
    public string? Langs(IReadOnlyList<string> languages) => Languages(languages);

    /// <summary>Alias of <see cref="Languages()"/> (npm <c>lang()</c>).</summary>
    /// <inheritdoc cref="Languages()"/>
    public IReadOnlyList<string> Lang() => Languages();

    /// <summary>Alias of <see cref="Languages(string[])"/> (npm <c>lang(...languages)</c>).</summary>
    /// <inheritdoc cref="Languages(string[])"/>
    public string? Lang(params string[] languages) => Languages((IReadOnlyList<string>)languages);

    /// <summary>Alias of <see cref="Languages(IReadOnlyList{string})"/> (npm <c>lang([...languages])</c>).</summary>
    /// <inheritdoc cref="Languages(IReadOnlyList{string})"/>
    public string? Lang(IReadOnlyList<string> languages) => Languages(languages);

    private static void RequireElements(IReadOnlyList<string> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
                throw new ArgumentException(name + " must not contain null", name);
        }
    }

    // negotiator.X(list)[0] || false: an empty string (matched through "*") is falsy too.
    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
