using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// HTTP response freshness testing: a port of npm <c>fresh</c> 0.5.2 (the version Koa 3.3.0 resolves), with
/// the later fix that treats a tab as white space in If-None-Match lists.
/// </summary>
/// <remarks>
/// <para>
/// A response is fresh, so a cache may answer 304 Not Modified, when the request is conditional and:
/// </para>
/// <list type="number">
/// <item>the request's Cache-Control has no <c>no-cache</c> item;</item>
/// <item>If-None-Match, when present and not exactly <c>*</c>, lists the response's ETag (weak comparison:
/// <c>W/"x"</c> and <c>"x"</c> match each other);</item>
/// <item>If-Modified-Since, when present, is not earlier than the response's Last-Modified.</item>
/// </list>
/// <para>
/// As in 0.5.2 (unlike fresh 1.0+), both validators must pass when both are sent, and If-None-Match <c>*</c>
/// falls through to If-Modified-Since. Empty headers count as absent. Nothing is allocated.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// // inside an ASP.NET Core endpoint, after setting ETag / Last-Modified:
/// if (Fresh.IsFresh(context.Request.Headers, context.Response.Headers))
///     context.Response.StatusCode = StatusCodes.Status304NotModified;
/// </code>
/// </example>
public static class Fresh
{
    /// <summary>
    /// Checks freshness from request and response header dictionaries (fresh's <c>fresh(reqHeaders, resHeaders)</c>).
    /// </summary>
    /// <param name="requestHeaders">
    /// The request headers (If-Modified-Since, If-None-Match, Cache-Control), e.g. ASP.NET Core's
    /// <c>HttpRequest.Headers</c>. Names are matched case-insensitively. A repeated If-None-Match or
    /// Cache-Control counts with all its values (Node joins them); a repeated If-Modified-Since by its first
    /// (Node drops the others).
    /// </param>
    /// <param name="responseHeaders">The response headers (ETag, Last-Modified), read by their first value.</param>
    /// <returns>True when the response is fresh.</returns>
    /// <exception cref="ArgumentNullException">A dictionary is null.</exception>
    /// <example>
    /// <code>
    /// var request = new Dictionary&lt;string, StringValues&gt; { ["if-none-match"] = "\"foo\"" };
    /// var response = new Dictionary&lt;string, StringValues&gt; { ["etag"] = "\"foo\"" };
    /// Fresh.IsFresh(request, response);   // true
    /// </code>
    /// </example>
    public static bool IsFresh(IDictionary<string, StringValues> requestHeaders, IDictionary<string, StringValues> responseHeaders)
    {
        ArgumentNullException.ThrowIfNull(requestHeaders);
        ArgumentNullException.ThrowIfNull(responseHeaders);

        var modifiedSince = First(HeaderLookup.Find(requestHeaders, "If-Modified-Since", "if-modified-since"));
        var noneMatch = HeaderLookup.Find(requestHeaders, "If-None-Match", "if-none-match");
        if (string.IsNullOrEmpty(modifiedSince) && !IsPresent(noneMatch))
            return false;

        return IsFreshCore(
            modifiedSince,
            noneMatch,
            HeaderLookup.Find(requestHeaders, "Cache-Control", "cache-control"),
            IsPresent(noneMatch) ? First(HeaderLookup.Find(responseHeaders, "ETag", "etag")) : null,
            string.IsNullOrEmpty(modifiedSince) ? null : First(HeaderLookup.Find(responseHeaders, "Last-Modified", "last-modified")));
    }

    /// <summary>
    /// Checks freshness from the five raw header values; <c>null</c> or empty means absent.
    /// </summary>
    /// <param name="ifModifiedSince">The request's If-Modified-Since.</param>
    /// <param name="ifNoneMatch">The request's If-None-Match.</param>
    /// <param name="cacheControl">The request's Cache-Control.</param>
    /// <param name="etag">The response's ETag.</param>
    /// <param name="lastModified">The response's Last-Modified.</param>
    /// <returns>True when the response is fresh.</returns>
    /// <example>
    /// <code>
    /// Fresh.IsFresh(ifModifiedSince: null, ifNoneMatch: "W/\"foo\"", cacheControl: null, etag: "\"foo\"", lastModified: null);   // true
    /// Fresh.IsFresh("Sat, 01 Jan 2000 01:00:00 GMT", null, null, null, "Sat, 01 Jan 2000 00:00:00 GMT");                        // true
    /// Fresh.IsFresh(null, "\"foo\"", "no-cache", "\"foo\"", null);                                                              // false
    /// </code>
    /// </example>
    public static bool IsFresh(string? ifModifiedSince, string? ifNoneMatch, string? cacheControl, string? etag, string? lastModified) =>
        IsFreshCore(ifModifiedSince, ifNoneMatch, cacheControl, etag, lastModified);

    private static bool IsFreshCore(string? modifiedSince, StringValues noneMatch, StringValues cacheControl, string? etag, string? lastModified)
    {
        // unconditional request
        var hasModifiedSince = !string.IsNullOrEmpty(modifiedSince);
        var hasNoneMatch = IsPresent(noneMatch);
        if (!hasModifiedSince && !hasNoneMatch)
            return false;

        // Cache-Control: no-cache asks for an end-to-end reload (RFC 7234 §5.2.1.4)
        foreach (var value in cacheControl)
        {
            if (CacheControl.HasNoCache(value))
                return false;
        }

        // If-None-Match; a lone "*" falls through to If-Modified-Since
        if (hasNoneMatch && !(noneMatch.Count == 1 && noneMatch[0] == "*"))
        {
            if (string.IsNullOrEmpty(etag))
                return false;
            var matched = false;
            foreach (var list in noneMatch)
            {
                if (EntityTagList.Matches(list, etag))
                {
                    matched = true;
                    break;
                }
            }
            if (!matched)
                return false;
        }

        // If-Modified-Since: stale unless Last-Modified <= If-Modified-Since (an invalid date is stale)
        if (hasModifiedSince)
        {
            if (string.IsNullOrEmpty(lastModified)
                || !HttpDate.TryParse(lastModified, out var modified)
                || !HttpDate.TryParse(modifiedSince, out var since)
                || modified > since)
            {
                return false;
            }
        }

        return true;
    }

    // Node joins repeated values with ", ", so only a single empty value is falsy.
    private static bool IsPresent(StringValues values) => values.Count > 1 || (values.Count == 1 && !string.IsNullOrEmpty(values[0]));

    private static string? First(StringValues values) => values.Count == 0 ? null : values[0];
}
