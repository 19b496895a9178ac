using System.Buffers;

namespace Koa;

/// <summary>
/// Matches an If-None-Match list against a response ETag, as fresh 0.5.2 does (with the later HTAB fix).
/// </summary>
/// <remarks>
/// <code>
/// If-None-Match = "*" / 1#entity-tag      ; fresh reads any comma-separated token list
/// </code>
/// Tokens are split on <c>,</c>; spaces and tabs before a token are skipped and after it are dropped
/// (inside a token they stay, as in fresh's <c>parseTokenList</c>). A token matches with the weak
/// comparison both ways: <c>t === etag || t === 'W/' + etag || 'W/' + t === etag</c>. The scan is a single
/// pass (CVE-2017-16119 was the quadratic <c>split(/ *, */)</c>) and allocates nothing.
/// </remarks>
internal static class EntityTagList
{
    private static readonly SearchValues<char> Separators = SearchValues.Create("\t ,");

    /// <summary>Whether any token of <paramref name="list"/> matches <paramref name="etag"/>.</summary>
    public static bool Matches(ReadOnlySpan<char> list, ReadOnlySpan<char> etag)
    {
        int start = 0, end = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '\t':
                case ' ':
                    if (start == end)
                        start = end = i + 1;
                    break;
                case ',':
                    if (TokenMatches(list[start..end], etag))
                        return true;
                    start = end = i + 1;
                    break;
                default:
                    // a run of token characters: jump to the next separator
                    var separator = list[i..].IndexOfAny(Separators);
                    i = separator < 0 ? list.Length - 1 : i + separator - 1;
                    end = i + 1;
                    break;
            }
        }
        return TokenMatches(list[start..end], etag);
    }

    private static bool TokenMatches(ReadOnlySpan<char> token, ReadOnlySpan<char> etag) =>
        token.SequenceEqual(etag)
        || (token.Length == etag.Length + 2 && token.StartsWith("W/") && token[2..].SequenceEqual(etag))
        || (etag.Length == token.Length + 2 && etag.StartsWith("W/") && etag[2..].SequenceEqual(token));
}
