using System.Text.Json;

namespace Koa.Tests;

/// <summary>
/// Reads strings from the conformance fixtures. A string that is not well-formed UTF-16 (a lone surrogate) is
/// stored by the generator as <c>{ "utf16": [code units] }</c>, since .NET's JSON reader refuses it as a string.
/// </summary>
internal static class FixtureText
{
    public static string? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => new string(element.GetProperty("utf16").EnumerateArray().Select(unit => (char)unit.GetInt32()).ToArray()),
        _ => throw new InvalidOperationException("Not a fixture string: " + element.GetRawText()),
    };

    /// <summary>A short, printable rendering of an input for failure messages.</summary>
    public static string Describe(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 160 ? raw : raw[..150] + $"… ({raw.Length} chars)";
    }

    /// <summary>The message an <see cref="ArgumentException"/> carrying upstream's text has.</summary>
    public static string ArgumentMessage(string upstream, string? parameter) => new ArgumentException(upstream, parameter).Message;
}
