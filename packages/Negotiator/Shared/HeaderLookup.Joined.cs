using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>Request header values as Node presents them (shared by the Negotiator and Accepts packages).</summary>
internal static partial class HeaderLookup
{
    /// <summary>
    /// Finds a header and joins several values with <c>", "</c>, as Node does for repeated request headers;
    /// <c>null</c> when the header is absent.
    /// </summary>
    public static string? FindJoined(IDictionary<string, StringValues> headers, string name, string lowerCaseName)
    {
        var values = Find(headers, name, lowerCaseName);
        return values.Count switch
        {
            0 => null,
            1 => values[0] ?? "",
            _ => string.Join(", ", values.ToArray()),
        };
    }
}
