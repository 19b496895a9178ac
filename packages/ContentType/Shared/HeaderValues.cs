using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Node's <c>req.headers[name]</c> over a .NET header dictionary. Shared as source by KoaNet.ContentType and
/// KoaNet.TypeIs (each gets an internal copy).
/// </summary>
/// <remarks>
/// The name is looked up as Node stores it (lower-case): an ASP.NET Core <c>IHeaderDictionary</c> or a dictionary
/// built with <see cref="StringComparer.OrdinalIgnoreCase"/> finds any spelling; a case-sensitive dictionary must use
/// lower-case keys, like Node's <c>req.headers</c>. A header with no value (<see cref="StringValues.Count"/> 0) is
/// absent; a repeated single-valued header counts by its first value, as Node keeps the first
/// <c>Content-Type</c>/<c>Content-Length</c>.
/// </remarks>
internal static class HeaderValues
{
    /// <summary>The first value of the header, or null when absent.</summary>
    public static string? First(IDictionary<string, StringValues> headers, string lowerCaseName) =>
        headers.TryGetValue(lowerCaseName, out var values) && values.Count > 0 ? values[0] : null;
}
