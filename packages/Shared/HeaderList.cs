using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Header lists as node presents and Koa splits them, written once (linked as source, tested by tests/Shared.Tests).
/// </summary>
/// <remarks>
/// Node's <c>req.headers[name]</c> joins the values of a repeated header with <c>", "</c> (and keeps only the first
/// value of a single-valued one such as <c>Content-Type</c>); Koa splits a list with <c>value.split(',')</c> and trims
/// each item with JavaScript's <c>trim()</c> — no regular expression (CVE-2025-25200).
/// <code>
/// #element = [ element ] *( OWS "," OWS [ element ] )      ; RFC 9110 §5.6.1, split the way Koa does
/// </code>
/// </remarks>
internal static class HeaderList
{
    /// <summary>A header as node presents it in <c>req.headers</c>: one value, or several joined by <c>", "</c>; <c>""</c> when absent.</summary>
    public static string Join(StringValues values) => values.Count switch
    {
        0 => string.Empty,
        1 => values[0] ?? string.Empty,
        _ => string.Join(", ", values.ToArray()),
    };

    /// <summary>As <see cref="Join"/>, but null when the header is absent (no value at all).</summary>
    public static string? JoinOrNull(StringValues values) => values.Count == 0 ? null : Join(values);

    /// <summary>The first value of a header, or null when absent (node keeps the first <c>Content-Type</c>/<c>Content-Length</c>).</summary>
    /// <remarks>
    /// The name is looked up as node stores it (lower-case): an ASP.NET Core <c>IHeaderDictionary</c> or a dictionary
    /// built with <see cref="StringComparer.OrdinalIgnoreCase"/> finds any spelling; a case-sensitive dictionary must
    /// use lower-case keys, like node's <c>req.headers</c>.
    /// </remarks>
    public static string? First(IDictionary<string, StringValues> headers, string lowerCaseName) =>
        headers.TryGetValue(lowerCaseName, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary><c>value.split(',', limit).map(v =&gt; v.trim())</c>: Koa's <c>splitCommaSeparatedValues</c>.</summary>
    public static List<string> SplitCommaSeparated(string value, int limit = int.MaxValue)
    {
        var result = new List<string>();
        var span = value.AsSpan();
        while (result.Count < limit)
        {
            var comma = span.IndexOf(',');
            result.Add(JsValue.Trim(comma < 0 ? span : span[..comma]).ToString());
            if (comma < 0) break;
            span = span[(comma + 1)..];
        }
        return result;
    }

    /// <summary>The first item of <c>value.split(',', 1)</c>, trimmed (the string itself when nothing changes).</summary>
    public static string FirstCommaSeparated(string value)
    {
        var comma = value.IndexOf(',');
        var first = JsValue.Trim(comma < 0 ? value : value.AsSpan(0, comma));
        return first.Length == value.Length ? value : first.ToString();
    }
}
