using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Case-insensitive header lookups over any <see cref="IDictionary{TKey, TValue}"/> of request or response
/// headers, as Node's lower-cased <c>req.headers</c> behaves. Linked as source (from packages/Shared) into the
/// Negotiator, Accepts and Fresh packages; <see cref="FindJoined"/> needs <c>HeaderList.cs</c> too.
/// </summary>
/// <remarks>
/// The name is first looked up as given. That is the only lookup for a dictionary known to ignore case:
/// <see cref="Dictionary{TKey, TValue}"/> or <see cref="ConcurrentDictionary{TKey, TValue}"/> with an
/// ignore-case comparer, and any implementation of ASP.NET Core's <c>IHeaderDictionary</c> (whose contract
/// is case-insensitive). Other dictionaries are then asked for the lower-case name (Node-style keys) and
/// finally scanned, so every spelling is found.
/// </remarks>
internal static class HeaderLookup
{
    private const string HeaderDictionaryInterface = "Microsoft.AspNetCore.Http.IHeaderDictionary";

    private static readonly ConcurrentDictionary<Type, bool> IgnoresCaseByType = new();

    /// <summary>Finds a header; <paramref name="lowerCaseName"/> is <paramref name="name"/> in lower case.</summary>
    public static StringValues Find(IDictionary<string, StringValues> headers, string name, string lowerCaseName)
    {
        if (headers.TryGetValue(name, out var value))
            return value;
        if (headers.Count == 0 || IgnoresCase(headers))
            return StringValues.Empty;
        if (headers.TryGetValue(lowerCaseName, out value))
            return value;
        if (headers is Dictionary<string, StringValues> dictionary)
        {
            foreach (var pair in dictionary)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                    return pair.Value;
            }
            return StringValues.Empty;
        }
        foreach (var pair in headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                return pair.Value;
        }
        return StringValues.Empty;
    }

    /// <summary>
    /// Finds a header and joins several values with <c>", "</c>, as Node does for repeated request headers;
    /// <c>null</c> when the header is absent.
    /// </summary>
    public static string? FindJoined(IDictionary<string, StringValues> headers, string name, string lowerCaseName) =>
        HeaderList.JoinOrNull(Find(headers, name, lowerCaseName));

    private static bool IgnoresCase(IDictionary<string, StringValues> headers)
    {
        if (headers is Dictionary<string, StringValues> dictionary)
            return IsIgnoreCase(dictionary.Comparer);
        if (headers is ConcurrentDictionary<string, StringValues> concurrent)
            return IsIgnoreCase(concurrent.Comparer);
        return IgnoresCaseByType.GetOrAdd(headers.GetType(), ImplementsHeaderDictionary);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Only an optimisation: if trimming removed the interface, the lookup falls back to a scan, which is correct.")]
    private static bool ImplementsHeaderDictionary(Type type) => type.GetInterface(HeaderDictionaryInterface) is not null;

    private static bool IsIgnoreCase(IEqualityComparer<string> comparer) =>
        ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)
        || ReferenceEquals(comparer, StringComparer.InvariantCultureIgnoreCase);
}
