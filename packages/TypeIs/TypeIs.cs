using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// The npm <c>type-is</c> package, version 2.1.0 (what Koa 3.3.0's <c>ctx.is()</c> and <c>response.is()</c> use):
/// does a media type — or a request's Content-Type — match any of the given types? Types can be media types
/// (<c>"text/html"</c>), wildcards (<c>"text/*"</c>, <c>"*/*"</c>, <c>"application/*+json"</c>), extensions
/// (<c>"json"</c>, <c>".png"</c>) or the shorthands <c>"urlencoded"</c>, <c>"multipart"</c> and <c>"+json"</c>.
/// Where npm returns <c>false</c> these return <c>null</c>.
/// </summary>
/// <example>
/// <code>
/// TypeIs.Is("application/json; charset=utf-8", "json", "urlencoded");  // "json"
/// TypeIs.Is("text/html", "text/*");                                     // "text/html"
/// TypeIs.IsRequest(httpContext.Request.Headers, "multipart");           // "multipart", or null
/// TypeIs.HasBody(httpContext.Request.Headers);                          // Transfer-Encoding or a numeric Content-Length
/// </code>
/// </example>
public static class TypeIs
{
    private const string Urlencoded = "application/x-www-form-urlencoded";
    private const string Multipart = "multipart/*";

    /// <summary>
    /// type-is <c>typeis.is(mediaType, types)</c>. The media type is read like content-type 2.1.0 reads a header
    /// (parameters dropped, lower-cased, never throwing) and must then be a valid <c>type/subtype</c>.
    /// The types are tried in argument order (not by specificity) and the first match wins.
    /// </summary>
    /// <param name="mediaType">A media type or Content-Type header value, e.g. <c>"text/html; charset=utf-8"</c>.</param>
    /// <param name="types">The types to try; none returns the normalized media type. Null entries never match.</param>
    /// <returns>
    /// The matching type as given — or the normalized media type when that type contains <c>*</c> or starts with
    /// <c>+</c> — or, with no types, the normalized media type; <c>null</c> when <paramref name="mediaType"/> is null,
    /// empty or invalid, or nothing matches (npm: <c>false</c>).
    /// </returns>
    /// <example>
    /// <c>TypeIs.Is("image/png", "png")</c> is <c>"png"</c>; <c>TypeIs.Is("image/png", "text/*", "image/*")</c> is
    /// <c>"image/png"</c>; <c>TypeIs.Is("text/HTML")</c> is <c>"text/html"</c>; <c>TypeIs.Is("image/png", "jpeg")</c> is null.
    /// </example>
    public static string? Is(string? mediaType, params string[] types) => IsCore(mediaType, types ?? [], types?.Length ?? 0);

    /// <summary>type-is <c>typeis.is(mediaType, types)</c> with the types as a list; see <see cref="Is(string?, string[])"/>.</summary>
    /// <param name="mediaType">A media type or Content-Type header value.</param>
    /// <param name="types">The types to try; empty or null returns the normalized media type.</param>
    /// <returns>The first matching type (see <see cref="Is(string?, string[])"/>), or <c>null</c>.</returns>
    /// <example><c>TypeIs.Is("application/x-www-form-urlencoded", new List&lt;string&gt; { "json", "urlencoded" })</c> is <c>"urlencoded"</c>.</example>
    public static string? Is(string? mediaType, IReadOnlyList<string> types) => IsCore(mediaType, types ?? [], types?.Count ?? 0);

    /// <summary>
    /// type-is <c>typeis(req, types)</c> over request headers: <c>null</c> when the request has no body
    /// (<see cref="HasBody"/>), otherwise <see cref="Is(string?, string[])"/> on its <c>Content-Type</c>.
    /// </summary>
    /// <remarks>
    /// npm returns <c>null</c> for "no body" and <c>false</c> for "no Content-Type or no match"; both are <c>null</c>
    /// here. Call <see cref="HasBody"/> to tell them apart (Koa's <c>ctx.is()</c> does the same).
    /// </remarks>
    /// <param name="headers">Request headers: an ASP.NET Core <c>IHeaderDictionary</c>, or a dictionary with Node-style lower-case names.</param>
    /// <param name="types">The types to try; none returns the normalized Content-Type.</param>
    /// <returns>The first matching type, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    /// <example><c>TypeIs.IsRequest(httpContext.Request.Headers, "json", "urlencoded")</c></example>
    public static string? IsRequest(IDictionary<string, StringValues> headers, params string[] types) =>
        HasBody(headers) ? Is(HeaderList.First(headers, "content-type"), types) : null;

    /// <summary>type-is <c>typeis(req, types)</c> with the types as a list; see <see cref="IsRequest(IDictionary{string, StringValues}, string[])"/>.</summary>
    /// <param name="headers">Request headers.</param>
    /// <param name="types">The types to try.</param>
    /// <returns>The first matching type, or <c>null</c> (no body, no Content-Type or no match).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    /// <example><c>TypeIs.IsRequest(httpContext.Request.Headers, new[] { "multipart" }.ToList())</c></example>
    public static string? IsRequest(IDictionary<string, StringValues> headers, IReadOnlyList<string> types) =>
        HasBody(headers) ? Is(HeaderList.First(headers, "content-type"), types) : null;

    /// <summary>
    /// type-is <c>typeis.hasBody(req)</c>: a request has a body when <c>Transfer-Encoding</c> is present or
    /// <c>Content-Length</c> is a number as JavaScript reads one (<c>!isNaN(value)</c>): <c>"0"</c> and even
    /// <c>""</c> count, <c>"bogus"</c> does not.
    /// </summary>
    /// <param name="headers">Request headers: an ASP.NET Core <c>IHeaderDictionary</c>, or a dictionary with Node-style lower-case names.</param>
    /// <returns>Whether the request carries a body.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    /// <example><c>TypeIs.HasBody(new Dictionary&lt;string, StringValues&gt; { ["content-length"] = "0" })</c> is true.</example>
    public static bool HasBody(IDictionary<string, StringValues> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.TryGetValue("transfer-encoding", out var transferEncoding) && transferEncoding.Count > 0)
        {
            return true;
        }

        var length = HeaderList.First(headers, "content-length");
        return length is not null && JsValue.IsNumber(length);
    }

    /// <summary>
    /// type-is <c>typeis.normalize(type)</c>: expands a type argument into a media type (pattern):
    /// <c>"urlencoded"</c> → <c>application/x-www-form-urlencoded</c>, <c>"multipart"</c> → <c>multipart/*</c>,
    /// <c>"+json"</c> → <c>*/*+json</c>; a value with <c>/</c> is returned as is; anything else is looked up as an
    /// extension (<see cref="MimeTypes.Lookup"/>).
    /// </summary>
    /// <param name="type">A type argument.</param>
    /// <returns>The media type, or <c>null</c> for null or an unknown extension (npm: <c>false</c>).</returns>
    /// <example><c>TypeIs.Normalize("json")</c> is <c>"application/json"</c>; <c>TypeIs.Normalize("+json")</c> is <c>"*/*+json"</c>.</example>
    public static string? Normalize(string? type)
    {
        if (type is null)
        {
            return null;
        }

        switch (type)
        {
            case "urlencoded":
                return Urlencoded;
            case "multipart":
                return Multipart;
        }

        if (type.Length > 0 && type[0] == '+')
        {
            return "*/*" + type;
        }

        return type.Contains('/', StringComparison.Ordinal) ? type : MimeTypes.Lookup(type);
    }

    /// <summary>
    /// type-is <c>typeis.match(expected, actual)</c>: whether <paramref name="actual"/> matches the pattern
    /// <paramref name="expected"/>. Both must be exactly <c>type/subtype</c>; <c>*</c> as type or subtype matches
    /// anything and <c>*+suffix</c> matches a subtype ending in <c>+suffix</c>. Comparison is case-sensitive.
    /// </summary>
    /// <param name="expected">The pattern, e.g. <c>"text/*"</c>; null never matches (npm: <c>false</c>).</param>
    /// <param name="actual">The media type, e.g. <c>"text/html"</c>.</param>
    /// <returns>Whether it matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actual"/> is null.</exception>
    /// <example><c>TypeIs.Match("*/*+xml", "text/html+xml")</c> is true; <c>TypeIs.Match("text/html", "text/plain")</c> is false.</example>
    public static bool Match(string? expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return expected is not null && MatchCore(expected, actual);
    }

    private static string? IsCore<TList>(string? mediaType, TList types, int count)
        where TList : IReadOnlyList<string>
    {
        if (string.IsNullOrEmpty(mediaType))
        {
            return null;
        }

        var raw = LenientContentType.TypeOf(mediaType);
        if (!MediaTyper.Test(raw))
        {
            return null;
        }

        // A valid media type is at most 127 + 1 + 127 characters: lower-case it on the stack.
        Span<char> actual = stackalloc char[raw.Length];
        JsLowerCase.TryToLowerAscii(raw, actual);
        if (count == 0)
        {
            return AsString(actual, mediaType);
        }

        for (var i = 0; i < count; i++)
        {
            var type = types[i];
            if (type is not null && Matches(type, actual))
            {
                return (type.Length > 0 && type[0] == '+') || type.Contains('*', StringComparison.Ordinal)
                    ? AsString(actual, mediaType)
                    : type;
            }
        }

        return null;
    }

    /// <summary><c>mimeMatch(normalize(type), actual)</c> without building the normalized string.</summary>
    private static bool Matches(string type, ReadOnlySpan<char> actual)
    {
        switch (type)
        {
            case "urlencoded":
                return MatchCore(Urlencoded, actual);
            case "multipart":
                return MatchCore(Multipart, actual);
        }

        if (type.Length > 0 && type[0] == '+')
        {
            // "*/*" + type: any type, and the subtype "*" + type is a suffix wildcard ending in type.
            if (type.Contains('/', StringComparison.Ordinal))
            {
                return false;
            }

            var slash = actual.IndexOf('/');
            return actual[(slash + 1)..].EndsWith(type, StringComparison.Ordinal);
        }

        if (type.Contains('/', StringComparison.Ordinal))
        {
            return MatchCore(type, actual);
        }

        var mime = MimeTypes.Lookup(type);
        return mime is not null && MatchCore(mime, actual);
    }

    /// <summary>mimeMatch(expected, actual) of type-is 2.1.0, over spans.</summary>
    private static bool MatchCore(ReadOnlySpan<char> expected, ReadOnlySpan<char> actual)
    {
        if (!TrySplit(actual, out var actualType, out var actualSubtype)
            || !TrySplit(expected, out var expectedType, out var expectedSubtype))
        {
            return false;
        }

        if (expectedType is not "*" && !expectedType.SequenceEqual(actualType))
        {
            return false;
        }

        if (expectedSubtype.StartsWith("*+", StringComparison.Ordinal))
        {
            // expected.length <= actual.length + 1 && expected.slice(1) === actual.slice(1 - expected.length)
            return actualSubtype.EndsWith(expectedSubtype[1..], StringComparison.Ordinal);
        }

        return expectedSubtype is "*" || expectedSubtype.SequenceEqual(actualSubtype);
    }

    /// <summary><c>value.split('/')</c> into exactly two parts.</summary>
    private static bool TrySplit(ReadOnlySpan<char> value, out ReadOnlySpan<char> type, out ReadOnlySpan<char> subtype)
    {
        var slash = value.IndexOf('/');
        if (slash < 0 || value[(slash + 1)..].Contains('/'))
        {
            type = subtype = default;
            return false;
        }

        type = value[..slash];
        subtype = value[(slash + 1)..];
        return true;
    }

    /// <summary>The normalized media type as a string, reusing <paramref name="original"/> when it is already that text.</summary>
    private static string AsString(ReadOnlySpan<char> normalized, string original) =>
        normalized.SequenceEqual(original) ? original : new string(normalized);
}
