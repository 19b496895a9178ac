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
}
