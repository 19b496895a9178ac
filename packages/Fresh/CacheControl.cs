namespace Koa;

/// <summary>
/// Finds the <c>no-cache</c> directive in a request's Cache-Control, as fresh 0.5.2 does.
/// </summary>
/// <remarks>
/// fresh tests <c>/(?:^|,)\s*?no-cache\s*?(?:,|$)/</c>: some comma-separated item is exactly <c>no-cache</c>
/// (case-sensitive) with optional JavaScript white space around it. So <c>max-age=0, no-cache</c> matches,
/// while <c>no-cache="set-cookie"</c>, <c>No-Cache</c> and <c>no-cache-x</c> do not. One pass over the items.
/// </remarks>
internal static class CacheControl
{
    private const string NoCache = "no-cache";

    /// <summary>Whether <paramref name="value"/> holds the <c>no-cache</c> item.</summary>
    public static bool HasNoCache(ReadOnlySpan<char> value)
    {
        while (true)
        {
            var comma = value.IndexOf(',');
            var item = comma < 0 ? value : value[..comma];
            if (item.Length >= NoCache.Length && JsValue.Trim(item) is NoCache)
                return true;
            if (comma < 0)
                return false;
            value = value[(comma + 1)..];
        }
    }
}
