namespace Koa;

internal static partial class JsText
{
    /// <summary>JavaScript <c>String.prototype.trim</c>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> value)
    {
        var start = value.IndexOfAnyExcept(WhiteSpace);
        if (start < 0) return [];
        var end = value.LastIndexOfAnyExcept(WhiteSpace);
        return value[start..(end + 1)];
    }
}
