using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>Upstream's header objects (<c>{ 'if-none-match': '"foo"' }</c>) as a plain, case-sensitive dictionary.</summary>
internal static class UpstreamHeaders
{
    public static Dictionary<string, StringValues> Headers(params (string Name, string Value)[] headers)
    {
        var dictionary = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
            dictionary[name] = value;
        return dictionary;
    }
}
