namespace Koa;

/// <summary>
/// Options of a <see cref="Negotiator"/>. The defaults reproduce negotiator 0.6.3 exactly.
/// </summary>
/// <example>
/// <code>
/// var options = new NegotiatorOptions { QuoteAwareLists = true };
/// Negotiator.PreferredCharsets("UTF-8;foo=\"bar,baz\", ISO-8859-1", options: options);   // ["UTF-8", "ISO-8859-1"]
/// Negotiator.PreferredCharsets("UTF-8;foo=\"bar,baz\", ISO-8859-1");                     // ["UTF-8", "baz\"", "ISO-8859-1"]
/// </code>
/// </example>
public sealed class NegotiatorOptions
{
    /// <summary>The default options: negotiator 0.6.3 behaviour.</summary>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(accept: "text/html", options: NegotiatorOptions.Default);
    /// </code>
    /// </example>
    public static NegotiatorOptions Default { get; } = new();

    /// <summary>
    /// Split Accept-Charset, Accept-Encoding and Accept-Language on commas outside double quotes, as
    /// negotiator 1.1 does (with 0.6.3's quote-counting rule, which it always applies to Accept). Off by
    /// default: negotiator 0.6.3 splits those three headers on every comma.
    /// </summary>
    /// <example>
    /// <code>
    /// var negotiator = new Negotiator(acceptLanguage: "en;x=\"a,b\", fr", options: new NegotiatorOptions { QuoteAwareLists = true });
    /// negotiator.Languages();   // ["en", "fr"]
    /// </code>
    /// </example>
    public bool QuoteAwareLists { get; init; }

    /// <summary>
    /// Read Accept-Encoding as negotiator 1.1 does (the version koa-compress 5.2.2 resolves): elements split on
    /// commas outside quoted parameter values, white space limited to SP and HTAB, parameter names case-insensitive
    /// (<c>Q=0.5</c> counts), OWS around <c>=</c> ignored, the first <c>q</c> wins and an empty one (<c>q=</c>) is 1,
    /// where 0.6.3 reads the first lower-case <c>q</c> only and drops <c>q=</c> (NaN). Matching, the identity rule
    /// and ordering are unchanged. Off by default; <see cref="QuoteAwareLists"/> does not apply to Accept-Encoding
    /// when this is on. Pair it with the <c>preferred</c> argument of <see cref="Negotiator.Encodings"/> for
    /// negotiator 1.x's <c>encodings(available, { preferred })</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// var options = new NegotiatorOptions { Negotiator11Encodings = true };
    /// Negotiator.PreferredEncodings("gzip;Q=0.1, br;q=0.5", options: options);   // ["br", "gzip", "identity"]
    /// Negotiator.PreferredEncodings("gzip;Q=0.1, br;q=0.5");                     // ["gzip", "br", "identity"] (0.6.3: Q ignored)
    /// </code>
    /// </example>
    public bool Negotiator11Encodings { get; init; }
}
