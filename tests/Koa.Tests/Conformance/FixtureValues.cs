using Koa.Tests.Shared;
using System.Globalization;
using System.Text.Json;

namespace Koa.Tests.Conformance;

/// <summary>Reads the values of tests/conformance/koa fixtures back into .NET objects.</summary>
internal static class FixtureValues
{
    /// <summary>A fixture string: a JSON string, <c>{ "utf16": [code units] }</c> for lone surrogates, or null.</summary>
    public static string? Text(JsonElement element) => Fixtures.Text(element);

    /// <summary>
    /// A value described for JSON.stringify: <c>{n}</c> number, <c>{s}</c> string, <c>{b}</c> boolean, <c>{z}</c> null,
    /// <c>{d}</c> date (epoch ms), <c>{a}</c> array, <c>{o}</c> object as ordered [key, value] pairs.
    /// Safe integers become <see cref="long"/> when <paramref name="integersAsLong"/> is set.
    /// </summary>
    public static object? Build(JsonElement description, bool integersAsLong = false)
    {
        var property = description.EnumerateObject().Single();
        var value = property.Value;
        switch (property.Name)
        {
            case "n":
                if (value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString() switch
                    {
                        "NaN" => double.NaN,
                        "Infinity" => double.PositiveInfinity,
                        "-Infinity" => double.NegativeInfinity,
                        "-0" => -0.0,
                        var other => throw new InvalidOperationException(other),
                    };
                }
                var number = value.GetDouble();
                if (integersAsLong && Math.Abs(number) < 9007199254740992 && Math.Floor(number) == number) return (long)number;
                return number;
            case "s":
                return Text(value);
            case "b":
                return value.GetBoolean();
            case "z":
                return null;
            case "d":
                return DateTime.UnixEpoch.AddMilliseconds(value.GetDouble());
            case "a":
                return value.EnumerateArray().Select(item => Build(item, integersAsLong)).ToList();
            case "deep":
                var nested = new List<object?>();
                for (var i = 1; i < value.GetInt32(); i++) nested = [nested];
                return nested;
            case "o":
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var pair in value.EnumerateArray()) dictionary[Text(pair[0])!] = Build(pair[1], integersAsLong);
                return dictionary;
            default:
                throw new InvalidOperationException("unknown description " + property.Name);
        }
    }

    /// <summary>A short printable form of a string for failure messages.</summary>
    public static string Show(string? value)
    {
        if (value is null) return "null";
        var text = new System.Text.StringBuilder("\"");
        foreach (var c in value.Length > 120 ? value[..120] : value)
        {
            if (c < 0x20 || char.IsSurrogate(c) || c == '"') text.Append(Invariant($"\\u{(int)c:x4}"));
            else text.Append(c);
        }
        return text.Append(value.Length > 120 ? "…\"" : "\"").ToString();
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
