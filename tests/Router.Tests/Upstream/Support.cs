using System.Text.Json;

namespace Koa.Tests.Upstream;

/// <summary>Shorthands for the ported cases: JS objects as dictionaries, ctx.foo as ctx.State["foo"].</summary>
internal static class T
{
    public static Dictionary<string, object?> Obj(params (string Key, object? Value)[] items)
    {
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in items)
            d[k] = v;
        return d;
    }

    public static Task Done => Task.CompletedTask;

    public static bool Has(JsonElement json, string name) => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out _);

    public static string? Str(JsonElement json, string name) => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static Dictionary<string, object?> BodyDict(Context ctx) => ctx.Body as Dictionary<string, object?> ?? new(StringComparer.Ordinal);
}

internal static class StateExtensions
{
    public static object? St(this Context ctx, string key) => ctx.State.TryGetValue(key, out var v) ? v : null;
}
