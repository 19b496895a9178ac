namespace Koa;

// TEMPORARY until packages/Shared/JsUri.cs (branch `shared`) lands on main; then: JsUri.DecodeURIComponent(value)
// ?? throw new UriFormatException("URI malformed"), and the same for encode.
internal static class JsUriBridge
{
    public static string Decode(string value) => Uri.UnescapeDataString(value);

    public static string Encode(string value) => Uri.EscapeDataString(value)
        .Replace("%21", "!", StringComparison.Ordinal).Replace("%27", "'", StringComparison.Ordinal)
        .Replace("%28", "(", StringComparison.Ordinal).Replace("%29", ")", StringComparison.Ordinal)
        .Replace("%2A", "*", StringComparison.Ordinal);
}
