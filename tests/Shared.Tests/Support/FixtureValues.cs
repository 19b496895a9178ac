using Koa.Tests.Shared;
using System.Globalization;
using System.Text.Json;

namespace Koa.Tests;

/// <summary>Reads the values of tests/conformance/shared fixtures: strings (or their UTF-16 units) and doubles.</summary>
internal static class FixtureValues
{
    /// <summary>A string, or <c>{ "units": [...] }</c> for one that is not well-formed UTF-16; null for JSON null.</summary>
    public static string? Text(JsonElement element) => Fixtures.Text(element);

    /// <summary>A double: a JSON number, or "NaN", "Infinity", "-Infinity", "-0".</summary>
    public static double Number(JsonElement element) => element.ValueKind == JsonValueKind.Number
        ? element.GetDouble()
        : element.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "-0" => -0.0,
            var other => throw new FormatException(other),
        };

    /// <summary>A double as the fixtures print it (round-trip, -0 distinct).</summary>
    public static string Show(double value) =>
        double.IsNegative(value) && value == 0 ? "-0" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A string with its non-ASCII and control characters escaped, for failure messages.</summary>
    public static string Show(string? value)
    {
        if (value is null) return "null";
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is >= ' ' and < '\u007F') builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return builder.Append('"').ToString();
    }
}
