using System.Runtime.CompilerServices;
using Microsoft.Extensions.Primitives;

// The parsers' stack buffers are only read where they were written: no need to zero them on every call.
[module: SkipLocalsInit]

namespace Koa;

/// <summary>
/// HTTP content negotiation over the Accept, Accept-Language, Accept-Charset and Accept-Encoding request
/// headers: a port of npm <c>negotiator</c> 0.6.3, the version Koa 3.3.0 resolves through <c>accepts</c>.
/// </summary>
/// <remarks>
/// <para>
/// The plural methods return the acceptable values, best first: q-value descending, then specificity, then
/// the header's order, then the order of <c>available</c>. Without <c>available</c> they list the header's
/// own entries (media ranges as <c>type/subtype</c>). With it they return the <c>available</c> strings
/// verbatim. The singular methods return the first of that list, or <c>null</c>.
/// </para>
/// <para>
/// An absent header means "anything" (<c>*/*</c>, <c>*</c>), except Accept-Encoding, where it means
/// <c>identity</c> only. A present but empty header accepts nothing (Accept-Encoding: <c>identity</c> only).
/// Parsing is negotiator 0.6.3's, quirks included: q is read with <c>parseFloat</c> (<c>0.5abc</c> is 0.5,
/// <c>abc</c> drops the entry, <c>1.5</c> is kept), parameters after <c>q</c> are ignored, and <c>q</c> is
/// case-sensitive in the Accept-Charset/Encoding/Language headers.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var negotiator = new Negotiator(context.Request.Headers);   // ASP.NET Core request headers
/// negotiator.MediaType(["application/json", "text/html"]);     // "text/html" for a browser
/// negotiator.Languages();                                      // ["en-US", "en"] for "en-US,en;q=0.9"
/// negotiator.Encoding(["gzip", "br", "identity"]);             // "gzip" for "gzip, deflate, br"
/// </code>
/// </example>
public sealed class Negotiator
{
    private const int StackEntries = 16;

    private readonly IDictionary<string, StringValues>? _headers;
    private readonly string? _accept;
    private readonly string? _acceptLanguage;
    private readonly string? _acceptCharset;
    private readonly string? _acceptEncoding;
    private readonly NegotiatorOptions _options;

    /// <summary>
    /// Creates a negotiator over request headers. The four headers are looked up case-insensitively on every
    /// call (as negotiator reads <c>req.headers</c>), and a header sent several times is joined with
    /// <c>", "</c>, as Node joins repeated request headers.
    /// </summary>
    /// <param name="headers">The request headers, e.g. ASP.NET Core's <c>HttpRequest.Headers</c>.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(new Dictionary&lt;string, StringValues&gt; { ["accept"] = "text/html" });
    /// negotiator.MediaType();   // "text/html"
    /// </code>
    /// </example>
    public Negotiator(IDictionary<string, StringValues> headers, NegotiatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _headers = headers;
        _options = options ?? NegotiatorOptions.Default;
    }

    /// <summary>
    /// Creates a negotiator over raw header values; <c>null</c> means the header is absent.
    /// </summary>
    /// <param name="accept">The Accept header.</param>
    /// <param name="acceptLanguage">The Accept-Language header.</param>
    /// <param name="acceptCharset">The Accept-Charset header.</param>
    /// <param name="acceptEncoding">The Accept-Encoding header.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null.</param>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(accept: "text/*, application/json;q=0.5", acceptEncoding: "gzip");
    /// negotiator.MediaTypes(["application/json", "text/plain"]);   // ["text/plain", "application/json"]
    /// negotiator.Encodings();                                      // ["gzip", "identity"]
    /// </code>
    /// </example>
    public Negotiator(string? accept = null, string? acceptLanguage = null, string? acceptCharset = null, string? acceptEncoding = null, NegotiatorOptions? options = null)
    {
        _accept = accept;
        _acceptLanguage = acceptLanguage;
        _acceptCharset = acceptCharset;
        _acceptEncoding = acceptEncoding;
        _options = options ?? NegotiatorOptions.Default;
    }

    private string? Accept => _headers is null ? _accept : HeaderLookup.FindJoined(_headers, "Accept", "accept");

    private string? AcceptLanguage => _headers is null ? _acceptLanguage : HeaderLookup.FindJoined(_headers, "Accept-Language", "accept-language");

    private string? AcceptCharset => _headers is null ? _acceptCharset : HeaderLookup.FindJoined(_headers, "Accept-Charset", "accept-charset");

    private string? AcceptEncoding => _headers is null ? _acceptEncoding : HeaderLookup.FindJoined(_headers, "Accept-Encoding", "accept-encoding");

    /// <summary>The acceptable media types, best first (negotiator <c>mediaTypes</c>).</summary>
    /// <param name="available">The types the server can produce; <c>null</c> lists the Accept header's own ranges.</param>
    /// <returns>The acceptable <paramref name="available"/> strings verbatim, or the header's ranges as <c>type/subtype</c>; empty when none.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(accept: "text/html, application/*;q=0.2, image/jpeg;q=0.8");
    /// negotiator.MediaTypes();                                          // ["text/html", "image/jpeg", "application/*"]
    /// negotiator.MediaTypes(["application/json", "text/html"]);          // ["text/html", "application/json"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> MediaTypes(IReadOnlyList<string>? available = null) => PreferredMediaTypes(Accept, available);

    /// <summary>The best acceptable media type (negotiator <c>mediaType</c>), or null.</summary>
    /// <param name="available">The types the server can produce; <c>null</c> takes the Accept header's best range.</param>
    /// <returns>The best <paramref name="available"/> string verbatim (or header range); null when none is acceptable.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// new Negotiator(accept: "application/json;q=0.2, text/html").MediaType();                          // "text/html"
    /// new Negotiator(accept: "text/*").MediaType(["application/json", "text/html"]);                     // "text/html"
    /// new Negotiator(accept: "application/json").MediaType(["text/html"]);                               // null
    /// </code>
    /// </example>
    public string? MediaType(IReadOnlyList<string>? available = null) => PreferredMediaType(Accept, available);

    /// <summary>The acceptable languages, best first (negotiator <c>languages</c>).</summary>
    /// <param name="available">The languages the server has; <c>null</c> lists the Accept-Language header's own ranges.</param>
    /// <returns>The acceptable <paramref name="available"/> strings verbatim, or the header's ranges; empty when none.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(acceptLanguage: "en;q=0.8, es, pt");
    /// negotiator.Languages();                       // ["es", "pt", "en"]
    /// negotiator.Languages(["en-US", "fr", "es"]);   // ["es", "en-US"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> Languages(IReadOnlyList<string>? available = null) => PreferredLanguages(AcceptLanguage, available, _options);

    /// <summary>The best acceptable language (negotiator <c>language</c>), or null.</summary>
    /// <param name="available">The languages the server has; <c>null</c> takes the header's best range.</param>
    /// <returns>The best <paramref name="available"/> string verbatim (or header range); null when none is acceptable.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// new Negotiator(acceptLanguage: "en-US, en;q=0.8").Language(["en", "en-US"]);   // "en-US"
    /// new Negotiator(acceptLanguage: "en").Language(["en-US", "fr"]);                 // "en-US"
    /// </code>
    /// </example>
    public string? Language(IReadOnlyList<string>? available = null) => PreferredLanguage(AcceptLanguage, available, _options);

    /// <summary>The acceptable charsets, best first (negotiator <c>charsets</c>).</summary>
    /// <param name="available">The charsets the server can produce; <c>null</c> lists the Accept-Charset header's own entries.</param>
    /// <returns>The acceptable <paramref name="available"/> strings verbatim, or the header's entries; empty when none.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(acceptCharset: "utf-8, iso-8859-1;q=0.2, utf-7;q=0.5");
    /// negotiator.Charsets();                          // ["utf-8", "utf-7", "iso-8859-1"]
    /// negotiator.Charsets(["ISO-8859-1", "UTF-8"]);    // ["UTF-8", "ISO-8859-1"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> Charsets(IReadOnlyList<string>? available = null) => PreferredCharsets(AcceptCharset, available, _options);

    /// <summary>The best acceptable charset (negotiator <c>charset</c>), or null.</summary>
    /// <param name="available">The charsets the server can produce; <c>null</c> takes the header's best entry.</param>
    /// <returns>The best <paramref name="available"/> string verbatim (or header entry); null when none is acceptable.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// new Negotiator(acceptCharset: "*, UTF-8;q=0").Charset(["UTF-8", "ISO-8859-1"]);   // "ISO-8859-1"
    /// new Negotiator().Charset(["UTF-8"]);                                            // "UTF-8" (no header: anything)
    /// </code>
    /// </example>
    public string? Charset(IReadOnlyList<string>? available = null) => PreferredCharset(AcceptCharset, available, _options);

    /// <summary>The acceptable encodings, best first (negotiator <c>encodings</c>).</summary>
    /// <param name="available">The encodings the server can produce; <c>null</c> lists the Accept-Encoding header's own entries.</param>
    /// <param name="preferred">
    /// negotiator 1.x's <c>{ preferred }</c>: among values of equal q, those in this list come first, in its order
    /// (compared case-sensitively with the <paramref name="available"/> strings, or the header's entries); the
    /// others follow in the usual order. <c>null</c> (the default): negotiator's usual order.
    /// </param>
    /// <returns>
    /// The acceptable <paramref name="available"/> strings verbatim, or the header's entries (with the implied
    /// <c>identity</c>); empty when none.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(acceptEncoding: "gzip, compress;q=0.2");
    /// negotiator.Encodings();                              // ["gzip", "compress", "identity"]
    /// negotiator.Encodings(["identity", "br", "gzip"]);     // ["gzip", "identity"]
    /// new Negotiator(acceptEncoding: "gzip, deflate, br").Encodings(["gzip", "br"], preferred: ["br", "gzip"]);   // ["br", "gzip"]
    /// </code>
    /// </example>
    public IReadOnlyList<string> Encodings(IReadOnlyList<string>? available = null, IReadOnlyList<string>? preferred = null) =>
        PreferredEncodings(AcceptEncoding, available, preferred, _options);

    /// <summary>The best acceptable encoding (negotiator <c>encoding</c>), or null.</summary>
    /// <param name="available">The encodings the server can produce; <c>null</c> takes the header's best entry.</param>
    /// <param name="preferred">negotiator 1.x's <c>{ preferred }</c>: see <see cref="Encodings"/>.</param>
    /// <returns>The best <paramref name="available"/> string verbatim (or header entry); null when none is acceptable.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// new Negotiator(acceptEncoding: "gzip, deflate, br").Encoding(["br", "gzip"]);                        // "gzip" (header order wins ties)
    /// new Negotiator(acceptEncoding: "gzip, deflate, br").Encoding(["br", "gzip"], preferred: ["br", "gzip"]);   // "br"
    /// new Negotiator().Encoding(["gzip", "identity"]);                                                     // "identity"
    /// </code>
    /// </example>
    public string? Encoding(IReadOnlyList<string>? available = null, IReadOnlyList<string>? preferred = null) =>
        PreferredEncoding(AcceptEncoding, available, preferred, _options);

    /// <summary>
    /// Negotiator's module function <c>preferredMediaTypes(accept, provided)</c> over a raw Accept header.
    /// </summary>
    /// <param name="accept">The Accept header; <c>null</c> when absent (then <c>*/*</c>).</param>
    /// <param name="available">The available types, or <c>null</c> to list the header's ranges.</param>
    /// <returns>As <see cref="MediaTypes"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredMediaTypes("text/html;q=0.8, application/json;q=0.8", ["application/json", "text/html"]);
    /// // ["text/html", "application/json"]: equal q, so the header's order decides
    /// </code>
    /// </example>
    public static IReadOnlyList<string> PreferredMediaTypes(string? accept, IReadOnlyList<string>? available = null)
    {
        var list = new AcceptMediaTypes(accept ?? "*/*", stackalloc MediaRange[StackEntries], stackalloc MediaParameter[StackEntries], stackalloc MediaParameter[StackEntries]);
        return Negotiation.Preferred(ref list, available);
    }

    /// <summary>The first of <see cref="PreferredMediaTypes"/>, or null; found without sorting.</summary>
    /// <param name="accept">The Accept header; <c>null</c> when absent (then <c>*/*</c>).</param>
    /// <param name="available">The available types, or <c>null</c> for the header's best range.</param>
    /// <returns>As <see cref="MediaType"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredMediaType("text/html, application/xhtml+xml, */*;q=0.8", ["application/json", "text/html"]);   // "text/html"
    /// </code>
    /// </example>
    public static string? PreferredMediaType(string? accept, IReadOnlyList<string>? available = null)
    {
        var list = new AcceptMediaTypes(accept ?? "*/*", stackalloc MediaRange[StackEntries], stackalloc MediaParameter[StackEntries], stackalloc MediaParameter[StackEntries]);
        return Negotiation.Best(ref list, available);
    }

    /// <summary>
    /// Negotiator's module function <c>preferredLanguages(accept, provided)</c> over a raw Accept-Language header.
    /// </summary>
    /// <param name="accept">The Accept-Language header; <c>null</c> when absent (then <c>*</c>).</param>
    /// <param name="available">The available languages, or <c>null</c> to list the header's ranges.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Languages"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredLanguages("en-US, en;q=0.8", ["en-GB", "en-US", "en"]);   // ["en-US", "en", "en-GB"]
    /// </code>
    /// </example>
    public static IReadOnlyList<string> PreferredLanguages(string? accept, IReadOnlyList<string>? available = null, NegotiatorOptions? options = null)
    {
        var list = new AcceptLanguages(accept ?? "*", (options ?? NegotiatorOptions.Default).QuoteAwareLists, stackalloc LanguageRange[StackEntries]);
        return Negotiation.Preferred(ref list, available);
    }

    /// <summary>The first of <see cref="PreferredLanguages"/>, or null; found without sorting.</summary>
    /// <param name="accept">The Accept-Language header; <c>null</c> when absent (then <c>*</c>).</param>
    /// <param name="available">The available languages, or <c>null</c> for the header's best range.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Language"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredLanguage("fr-CH, fr;q=0.9, en;q=0.8", ["en", "fr"]);   // "fr"
    /// </code>
    /// </example>
    public static string? PreferredLanguage(string? accept, IReadOnlyList<string>? available = null, NegotiatorOptions? options = null)
    {
        var list = new AcceptLanguages(accept ?? "*", (options ?? NegotiatorOptions.Default).QuoteAwareLists, stackalloc LanguageRange[StackEntries]);
        return Negotiation.Best(ref list, available);
    }

    /// <summary>
    /// Negotiator's module function <c>preferredCharsets(accept, provided)</c> over a raw Accept-Charset header.
    /// </summary>
    /// <param name="accept">The Accept-Charset header; <c>null</c> when absent (then <c>*</c>).</param>
    /// <param name="available">The available charsets, or <c>null</c> to list the header's entries.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Charsets"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredCharsets("UTF-8;q=0.8, ISO-8859-1", ["UTF-8", "KOI8-R", "ISO-8859-1"]);   // ["ISO-8859-1", "UTF-8"]
    /// </code>
    /// </example>
    public static IReadOnlyList<string> PreferredCharsets(string? accept, IReadOnlyList<string>? available = null, NegotiatorOptions? options = null)
    {
        var list = AcceptTokens.Charsets(accept ?? "*", (options ?? NegotiatorOptions.Default).QuoteAwareLists, stackalloc TokenEntry[StackEntries]);
        return Negotiation.Preferred(ref list, available);
    }

    /// <summary>The first of <see cref="PreferredCharsets"/>, or null; found without sorting.</summary>
    /// <param name="accept">The Accept-Charset header; <c>null</c> when absent (then <c>*</c>).</param>
    /// <param name="available">The available charsets, or <c>null</c> for the header's best entry.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Charset"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredCharset("UTF-8;q=0", ["UTF-8", "ISO-8859-1"]);   // null
    /// </code>
    /// </example>
    public static string? PreferredCharset(string? accept, IReadOnlyList<string>? available = null, NegotiatorOptions? options = null)
    {
        var list = AcceptTokens.Charsets(accept ?? "*", (options ?? NegotiatorOptions.Default).QuoteAwareLists, stackalloc TokenEntry[StackEntries]);
        return Negotiation.Best(ref list, available);
    }

    /// <summary>
    /// Negotiator's module function <c>preferredEncodings(accept, provided, preferred)</c> over a raw Accept-Encoding
    /// header (<paramref name="preferred"/> as in negotiator 1.x).
    /// </summary>
    /// <param name="accept">The Accept-Encoding header; <c>null</c> or empty when absent (then only <c>identity</c>).</param>
    /// <param name="available">The available encodings, or <c>null</c> to list the header's entries.</param>
    /// <param name="preferred">Among values of equal q, these first, in this order (see <see cref="Encodings"/>); <c>null</c> for none.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null (<see cref="NegotiatorOptions.Negotiator11Encodings"/> for negotiator 1.1's parsing).</param>
    /// <returns>As <see cref="Encodings"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredEncodings("gzip;q=0.8, identity;q=0.5, *;q=0.3", ["identity", "gzip", "compress"]);
    /// // ["gzip", "identity", "compress"]
    /// Negotiator.PreferredEncodings("gzip, br", ["identity", "gzip", "br"], preferred: ["br", "gzip", "identity"]);
    /// // ["br", "gzip", "identity"]
    /// </code>
    /// </example>
    public static IReadOnlyList<string> PreferredEncodings(string? accept, IReadOnlyList<string>? available = null, IReadOnlyList<string>? preferred = null, NegotiatorOptions? options = null)
    {
        options ??= NegotiatorOptions.Default;
        var list = options.Negotiator11Encodings
            ? AcceptTokens.Encodings11(accept ?? "", stackalloc TokenEntry[StackEntries])
            : AcceptTokens.Encodings(accept ?? "", options.QuoteAwareLists, stackalloc TokenEntry[StackEntries]);
        return Negotiation.Preferred(ref list, available, preferred);
    }

    /// <summary>The first of <see cref="PreferredEncodings"/>, or null; found without sorting.</summary>
    /// <param name="accept">The Accept-Encoding header; <c>null</c> or empty when absent (then only <c>identity</c>).</param>
    /// <param name="available">The available encodings, or <c>null</c> for the header's best entry.</param>
    /// <param name="preferred">Among values of equal q, these first, in this order (see <see cref="Encodings"/>); <c>null</c> for none.</param>
    /// <param name="options">Options; <see cref="NegotiatorOptions.Default"/> when null (<see cref="NegotiatorOptions.Negotiator11Encodings"/> for negotiator 1.1's parsing).</param>
    /// <returns>As <see cref="Encoding"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="available"/> contains null.</exception>
    /// <example>
    /// <code>
    /// Negotiator.PreferredEncoding("gzip, deflate, br, zstd", ["br", "gzip", "identity"]);   // "gzip"
    /// Negotiator.PreferredEncoding("gzip, deflate, br, zstd", ["br", "gzip", "identity"], preferred: ["br", "gzip"]);   // "br"
    /// Negotiator.PreferredEncoding("identity;q=0", ["identity"]);                          // null
    /// </code>
    /// </example>
    public static string? PreferredEncoding(string? accept, IReadOnlyList<string>? available = null, IReadOnlyList<string>? preferred = null, NegotiatorOptions? options = null)
    {
        options ??= NegotiatorOptions.Default;
        var list = options.Negotiator11Encodings
            ? AcceptTokens.Encodings11(accept ?? "", stackalloc TokenEntry[StackEntries])
            : AcceptTokens.Encodings(accept ?? "", options.QuoteAwareLists, stackalloc TokenEntry[StackEntries]);
        return Negotiation.Best(ref list, available, preferred);
    }
}
