using Koa.Tests.Shared;
using System.Text.Json;

namespace Koa.Tests;

/// <summary>
/// Reads strings from the conformance fixtures. A string that is not well-formed UTF-16 (a lone surrogate) is
/// stored by the generator as <c>{ "utf16": [code units] }</c>, since .NET's JSON reader refuses it as a string.
/// </summary>
internal static class FixtureText
{
    public static string? Read(JsonElement element) => Fixtures.Text(element);

    /// <summary>A short, printable rendering of an input for failure messages.</summary>
    public static string Describe(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 160 ? raw : raw[..150] + $"… ({raw.Length} chars)";
    }

    /// <summary>The message an <see cref="ArgumentException"/> carrying upstream's text has.</summary>
    public static string ArgumentMessage(string upstream, string? parameter) => new ArgumentException(upstream, parameter).Message;
}
