using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Reads a <c>headers</c> property (upstream <c>err.headers</c>, a plain object of name → value) into a
/// case-insensitive header dictionary. Values become strings the way Koa's <c>ctx.set</c> stringifies them.
/// </summary>
internal static class ErrorHeaders
{
    public static bool TryConvert(object? value, [NotNullWhen(true)] out Dictionary<string, StringValues>? headers)
    {
        if (!IsHeaderSet(value))
        {
            headers = null;
            return false;
        }
        headers = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        CopyTo(value, headers);
        return true;
    }

    public static bool IsHeaderSet([NotNullWhen(true)] object? value) =>
        value is IEnumerable<KeyValuePair<string, StringValues>> or IEnumerable<KeyValuePair<string, string?>>
            or IEnumerable<KeyValuePair<string, string?[]?>> or IEnumerable<KeyValuePair<string, object?>> or IDictionary;

    public static void CopyTo(object value, IDictionary<string, StringValues> headers)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, StringValues>> pairs:
                foreach (var (name, v) in pairs) headers[name] = v;
                break;
            case IEnumerable<KeyValuePair<string, string?>> pairs:
                foreach (var (name, v) in pairs) headers[name] = v;
                break;
            case IEnumerable<KeyValuePair<string, string?[]?>> pairs:
                foreach (var (name, v) in pairs) headers[name] = v;
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                foreach (var (name, v) in pairs) headers[name] = ToValues(v);
                break;
            default:
                foreach (DictionaryEntry entry in (IDictionary)value)
                    headers[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = ToValues(entry.Value);
                break;
        }
    }

    // Koa's response.set: an array maps each item to a string, anything else is String(value).
    private static StringValues ToValues(object? value) => value switch
    {
        null => StringValues.Empty,
        StringValues values => values,
        string text => text,
        IEnumerable items => items.Cast<object?>().Select(ToText).ToArray(),
        _ => ToText(value),
    };

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text,
        bool b => b ? "true" : "false",
        _ when JsValue.TryGetNumber(value, out var n) => JsValue.ToString(n),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
