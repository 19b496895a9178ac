using System.Collections;
using System.Text.Json;

namespace Koa.Tests;

// JSON values of the conformance fixtures as CLR values (numbers are doubles, arrays List<object?>, objects
// Dictionary<string, object?>, {"$num": "NaN" | "Infinity" | "-Infinity" | "-0"} the numbers JSON cannot spell),
// and structural equality over them. Shared with the HttpAssert tests.
internal static class FixtureValues
{
    public static object? Decode(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Array => e.EnumerateArray().Select(Decode).ToList(),
        JsonValueKind.Object when e.TryGetProperty("$num", out var special) => special.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => -0d,
        },
        _ => e.EnumerateObject().ToDictionary(p => p.Name, p => Decode(p.Value)),
    };

    // Numbers of any CLR type compare by value (NaN equal to NaN); lists by items; dictionaries by entries.
    public static bool Same(object? a, object? b)
    {
        if (JsValue.TryGetNumber(a, out var x) && JsValue.TryGetNumber(b, out var y)) return x.Equals(y);
        return (a, b) switch
        {
            (null, null) => true,
            (IDictionary<string, object?> da, IDictionary<string, object?> db) => da.Count == db.Count && da.All(p => db.TryGetValue(p.Key, out var v) && Same(p.Value, v)),
            (IList la, IList lb) => la.Count == lb.Count && la.Cast<object?>().Zip(lb.Cast<object?>()).All(p => Same(p.First, p.Second)),
            _ => Equals(a, b),
        };
    }
}
