using Koa.Tests.Shared;
using System.Text.Json;

namespace Koa.Tests.Support;

/// <summary>Reads fixture values; a string holding a lone surrogate is stored as <c>{"utf16": [code units]}</c>.</summary>
internal static class Json
{
    public static string? String(JsonElement element) =>
        element.ValueKind is JsonValueKind.String or JsonValueKind.Object ? Fixtures.Text(element) : null;

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? String(value) : null;

    public static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => String(e)!).ToList();

    /// <summary>A C# literal-ish rendering for failure messages (control characters escaped).</summary>
    public static string Show(string? text) => text is null ? "null" : JsonSerializer.Serialize(text);
}
