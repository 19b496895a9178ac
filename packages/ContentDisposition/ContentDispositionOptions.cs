namespace Koa;

/// <summary>Options of <see cref="ContentDisposition.Create"/> (npm content-disposition's <c>options</c>).</summary>
/// <example>
/// <code>
/// ContentDisposition.Create("plans.pdf", new ContentDispositionOptions { Type = "inline" });
/// // inline; filename="plans.pdf"
/// </code>
/// </example>
public sealed class ContentDispositionOptions
{
    /// <summary>
    /// The disposition type, a token written lower-cased. Default <c>attachment</c>; null or empty also means
    /// <c>attachment</c> (npm's <c>options.type || 'attachment'</c>).
    /// </summary>
    /// <example><code>new ContentDispositionOptions { Type = "INLINE" }   // writes "inline"</code></example>
    public string Type { get; set; } = "attachment";

    /// <summary>The ISO-8859-1 fallback file name: <c>true</c> (default), <c>false</c> or a name.</summary>
    /// <example><code>new ContentDispositionOptions { Fallback = "EURO rates.pdf" }</code></example>
    public ContentDispositionFallback Fallback { get; set; }
}
