namespace Koa;

/// <summary>
/// Creates and parses <c>Content-Disposition</c> headers: a port of npm <c>content-disposition</c> 1.0.1, the
/// version Koa 3.3.0's <c>ctx.attachment()</c> uses.
/// </summary>
/// <example>
/// <code>
/// ContentDisposition.Create("€ rates.pdf");
/// // attachment; filename="? rates.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf
/// var header = ContentDisposition.Parse("attachment; filename=\"plans.pdf\"");
/// // header.Type == "attachment", header.Parameters["filename"] == "plans.pdf"
/// </code>
/// </example>
public static class ContentDisposition
{
    /// <summary>
    /// Creates a Content-Disposition header for a file name: its base name (POSIX, only <c>/</c> separates) as a
    /// quoted <c>filename</c> when it is printable ISO-8859-1, plus an RFC 8187 <c>filename*=UTF-8''…</c> when it
    /// is not, when it differs from the fallback, or when it contains a <c>%XX</c> escape.
    /// </summary>
    /// <param name="filename">The file name, or null for just the type.</param>
    /// <param name="options">The disposition type (default <c>attachment</c>) and the fallback (default <c>true</c>).</param>
    /// <returns>The header value.</returns>
    /// <exception cref="ArgumentException">
    /// The fallback name is not printable ISO-8859-1 ("fallback must be ISO-8859-1 string"), the type is not a token
    /// ("invalid type"), or the base name has an unpaired surrogate ("URI malformed").
    /// </exception>
    /// <example>
    /// <code>
    /// ContentDisposition.Create();                          // attachment
    /// ContentDisposition.Create("/path/to/plans.pdf");      // attachment; filename="plans.pdf"
    /// ContentDisposition.Create("the%20plans.pdf");         // attachment; filename="the%20plans.pdf"; filename*=UTF-8''the%2520plans.pdf
    /// ContentDisposition.Create("plans.pdf", new() { Type = "inline" });   // inline; filename="plans.pdf"
    /// </code>
    /// </example>
    public static string Create(string? filename = null, ContentDispositionOptions? options = null) =>
        DispositionWriter.Write(filename, options);

    /// <summary>
    /// Parses a Content-Disposition header strictly, as npm does: a token type, then <c>; name=value</c>
    /// parameters (token or quoted string), <c>name*</c> parameters decoded from <c>iso-8859-1</c>, <c>utf-8</c>
    /// or <c>utf8</c>.
    /// </summary>
    /// <param name="header">The header value.</param>
    /// <returns>The lower-cased type and the parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null ("argument string is required").</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="header"/> is empty ("argument string is required") or malformed: "invalid type format",
    /// "invalid parameter format", "invalid duplicate parameter", "invalid extended field value",
    /// "unsupported charset in extended field".
    /// </exception>
    /// <example>
    /// <code>
    /// var header = ContentDisposition.Parse("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf");
    /// // header.Type == "attachment", header.Parameters["filename"] == "€ rates.pdf"
    /// ContentDisposition.Parse("attachment; filename=foo bar.html");   // throws: invalid parameter format
    /// </code>
    /// </example>
    public static ContentDispositionHeader Parse(string header)
    {
        var error = DispositionParser.TryParse(header, out var result);
        if (error == DispositionError.None)
            return result;
        var message = DispositionErrors.Message(error);
        throw header is null
            ? new ArgumentNullException(nameof(header), message)
            : new ArgumentException(message, nameof(header));
    }

    /// <summary>Parses a Content-Disposition header as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="header">The header value, or null.</param>
    /// <param name="result">The parsed header, or <c>default</c> when the header is null, empty or malformed.</param>
    /// <returns>Whether the header was parsed.</returns>
    /// <example>
    /// <code>
    /// if (ContentDisposition.TryParse(request.Headers.ContentDisposition, out var header)
    ///     &amp;&amp; header.Parameters.TryGetValue("filename", out var name))
    /// {
    ///     Console.WriteLine(name);
    /// }
    /// </code>
    /// </example>
    public static bool TryParse(string? header, out ContentDispositionHeader result) =>
        DispositionParser.TryParse(header, out result) == DispositionError.None;
}
