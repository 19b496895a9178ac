namespace Koa;

/// <summary>
/// The ISO-8859-1 <c>filename</c> sent beside <c>filename*</c>: npm content-disposition's <c>fallback</c> option,
/// which is a boolean or a string. Booleans and strings convert implicitly, so options read as in JavaScript:
/// <c>Fallback = false</c>, <c>Fallback = "EURO rates.pdf"</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Automatic"/> (<c>true</c>, the default): the file name with every character outside
/// printable ISO-8859-1 replaced by <c>?</c>.</item>
/// <item><see cref="None"/> (<c>false</c>): no fallback; a name that is not ISO-8859-1 is sent as <c>filename*</c> only.</item>
/// <item><see cref="Named"/> (a string): that name's base name, which must be printable ISO-8859-1.</item>
/// </list>
/// A null string converts to <see cref="Automatic"/>, as an <c>undefined</c> option does in npm.
/// </remarks>
/// <example>
/// <code>
/// ContentDisposition.Create("€ rates.pdf", new() { Fallback = false });
/// // attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf
/// ContentDisposition.Create("€ rates.pdf", new() { Fallback = "EURO rates.pdf" });
/// // attachment; filename="EURO rates.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf
/// </code>
/// </example>
public readonly record struct ContentDispositionFallback
{
    private readonly bool _disabled;

    private ContentDispositionFallback(bool disabled, string? name)
    {
        _disabled = disabled;
        Name = name;
    }

    /// <summary>The generated ISO-8859-1 fallback (npm <c>fallback: true</c>, the default).</summary>
    /// <example><code>var options = new ContentDispositionOptions { Fallback = ContentDispositionFallback.Automatic };</code></example>
    public static ContentDispositionFallback Automatic => default;

    /// <summary>No fallback (npm <c>fallback: false</c>).</summary>
    /// <example><code>var options = new ContentDispositionOptions { Fallback = ContentDispositionFallback.None };</code></example>
    public static ContentDispositionFallback None => new(disabled: true, name: null);

    /// <summary>Whether a fallback is sent at all (false only for <see cref="None"/>).</summary>
    /// <example><code>ContentDispositionFallback fallback = false;   // fallback.IsEnabled is false</code></example>
    public bool IsEnabled => !_disabled;

    /// <summary>The explicit fallback name (npm <c>fallback: "name"</c>), or null when the fallback is generated or disabled.</summary>
    /// <example><code>ContentDispositionFallback fallback = "plans.pdf";   // fallback.Name is "plans.pdf"</code></example>
    public string? Name { get; }

    /// <summary>An explicit fallback name (npm <c>fallback: "name"</c>); its base name is used.</summary>
    /// <param name="name">A printable ISO-8859-1 file name; checked when the header is created.</param>
    /// <returns>The fallback.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <example><code>var options = new ContentDispositionOptions { Fallback = ContentDispositionFallback.Named("EURO rates.pdf") };</code></example>
    public static ContentDispositionFallback Named(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(disabled: false, name);
    }

    /// <summary><c>true</c> is <see cref="Automatic"/>, <c>false</c> is <see cref="None"/> (npm's boolean fallback).</summary>
    /// <param name="enabled">Whether to send a generated fallback.</param>
    /// <example><code>var options = new ContentDispositionOptions { Fallback = false };</code></example>
    public static implicit operator ContentDispositionFallback(bool enabled) => enabled ? Automatic : None;

    /// <summary>A name is <see cref="Named"/>; null is <see cref="Automatic"/> (npm's string fallback, or undefined).</summary>
    /// <param name="name">The fallback name, or null.</param>
    /// <example><code>var options = new ContentDispositionOptions { Fallback = "EURO rates.pdf" };</code></example>
    public static implicit operator ContentDispositionFallback(string? name) => name is null ? Automatic : Named(name);
}
