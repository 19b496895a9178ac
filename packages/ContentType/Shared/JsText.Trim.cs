namespace Koa;

internal static partial class JsText
{
    /// <summary>JavaScript <c>String.prototype.trim</c>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> value)
    {
        if (value.Length > 0 && value[0] is > ' ' and < '\u007F' && value[^1] is > ' ' and < '\u007F')
        {
            // Fast path: starts and ends with visible ASCII, nothing to trim.
            return value;
        }

        var start = value.IndexOfAnyExcept(WhiteSpace);
        if (start < 0) return [];
        var end = value.LastIndexOfAnyExcept(WhiteSpace);
        return value[start..(end + 1)];
    }
}
