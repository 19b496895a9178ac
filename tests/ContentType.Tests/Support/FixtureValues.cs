using Koa.Tests.Shared;
using System.Text.Json;

namespace Koa.Tests;

/// <summary>
/// Reads values written by the conformance generators: strings (or <c>{ "utf16": [code units] }</c> for strings that
/// are not well-formed UTF-16), JavaScript <c>false</c>/<c>null</c> as C# null, and string lists.
/// Linked into the ContentType, MimeTypes and TypeIs test projects.
/// </summary>
internal static class FixtureValues
{
    /// <summary>A string, or null for JSON null/false.</summary>
    public static string? Text(JsonElement element) => Fixtures.Text(element);

    /// <summary>The named property as a string (null when missing, null or false).</summary>
    public static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? Text(value) : null;

    /// <summary>A JSON array of strings (null entries kept).</summary>
    public static string?[] List(JsonElement element) => element.EnumerateArray().Select(Text).ToArray();

    /// <summary>A JSON object of strings, as an ordinal dictionary.</summary>
    public static Dictionary<string, string> Map(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value)!, StringComparer.Ordinal);

    /// <summary>A readable rendering of an input for failure messages (escapes control and non-ASCII characters).</summary>
    public static string Show(string? value)
    {
        if (value is null) return "null";
        var text = value.Length > 200 ? value[..200] + $"…({value.Length} chars)" : value;
        return "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}")) + "\"";
    }
}
