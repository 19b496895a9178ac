using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Reads a <c>headers</c> property (upstream <c>err.headers</c>, a plain object of name → value) into a
/// case-insensitive header dictionary. Values become strings the way Koa's <c>ctx.set</c> stringifies them.
/// </summary>
internal static class ErrorHeaders
{
    public static bool TryConvert(object? value, out Dictionary<string, StringValues> headers)
    {
        headers = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, StringValues>> pairs:
                foreach (var (name, v) in pairs) headers[name] = v;
                return true;
            case IEnumerable<KeyValuePair<string, string?>> pairs:
                foreach (var (name, v) in pairs) headers[name] = v;
                return true;
            case IEnumerable<KeyValuePair<string, string?[]?>> pairs:
                foreach (var (name, v) in pairs) headers[name] = v;
                return true;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                foreach (var (name, v) in pairs) headers[name] = ToValues(v);
                return true;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                    headers[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = ToValues(entry.Value);
                return true;
            default:
                return false;
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
