using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Responses;

/// <summary>
/// Reading response headers the way upstream's asserts do (<c>res.header['x-foo']</c>): null when absent, the single
/// value when there is one (a test fails on several), or every value.
/// </summary>
internal static class HeaderValues
{
    /// <summary>The one value of <paramref name="name"/>, or null when absent.</summary>
    public static string? Single(IHeaderDictionary headers, string name)
    {
        if (!headers.TryGetValue(name, out var values)) return null;
        Assert.True(values.Count == 1, $"expected one value of {name}, got [{string.Join(" | ", values.ToArray())}]");
        return values[0];
    }

    /// <summary>The one value of the response header <paramref name="name"/>, or null when absent.</summary>
    public static string? Single(Response res, string name) => Single(res.Header, name);

    /// <summary>Every value of the response header <paramref name="name"/> (empty when absent).</summary>
    public static string[] All(Response res, string name) => res.Header.TryGetValue(name, out var values) ? All(values) : [];

    /// <summary>The values as an array (a null item shows as <c>"(null)"</c>).</summary>
    public static string[] All(StringValues values) => Array.ConvertAll(values.ToArray(), value => value ?? "(null)");

    /// <summary>The headers as a dictionary with lower-case names and single values joined (node's <c>res.getHeaders()</c>).</summary>
    public static Dictionary<string, string> Lowered(IHeaderDictionary headers)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in headers) result[name.ToLowerInvariant()] = value.ToString();
        return result;
    }
}
