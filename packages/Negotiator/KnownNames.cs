namespace Koa;

/// <summary>
/// Shared strings for the names browsers send most, so listing a header (<c>negotiator.encodings()</c> and
/// friends) returns them without allocating; any other name is copied out of the header.
/// </summary>
internal static class KnownNames
{
    public static readonly string[] MediaTypes =
    [
        "*/*", "text/html", "text/plain", "text/css", "text/*", "image/*", "image/png", "image/jpeg", "image/avif",
        "image/webp", "image/apng", "image/svg+xml", "application/xml", "application/json", "application/xhtml+xml",
        "application/signed-exchange",
    ];

    public static readonly string[] Languages = ["*", "en", "en-US", "en-GB", "fr", "de", "es", "it", "pt", "pt-BR", "ja", "zh", "zh-CN", "ru", "nl"];

    public static readonly string[] Charsets = ["*", "utf-8", "UTF-8", "iso-8859-1", "ISO-8859-1"];

    public static readonly string[] Encodings = ["*", "br", "gzip", "zstd", "deflate", "identity", "compress"];

    /// <summary>The shared string equal to <paramref name="value"/> (ordinal), or a new one.</summary>
    public static string Get(ReadOnlySpan<char> value, string[] names)
    {
        foreach (var name in names)
        {
            if (name.Length == value.Length && value.SequenceEqual(name))
                return name;
        }
        return value.ToString();
    }
}
