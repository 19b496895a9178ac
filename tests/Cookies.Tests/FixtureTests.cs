using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;
using Koa.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Replays tests/conformance/cookies/*.json, produced by node with the pinned npm cookies 0.9.2 + keygrip 1.1.0
// (node's Date.now frozen per case; the same instant is injected here through TimeProvider).
public sealed class FixtureTests
{
    /// <summary>Node's error class → the port's exception type.</summary>
    private static Type ExceptionType(string nodeType) => nodeType switch
    {
        "TypeError" => typeof(ArgumentException),
        "Error" => typeof(InvalidOperationException),
        _ => throw new InvalidOperationException("unexpected node error type " + nodeType),
    };

    private static Keygrip? Keys(JsonElement c) =>
        c.GetProperty("keys").ValueKind == JsonValueKind.Array ? new Keygrip(Json.Strings(c.GetProperty("keys"))) : null;

    [Fact(DisplayName = "fixtures › cookies.set(name, value, opts) sequences give node's Set-Cookie headers byte for byte")]
    public void Set_matches_node()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var c in Fixtures.Cases("cookies/set.json"))
        {
            count++;
            var context = new DefaultHttpContext();
            context.Request.IsHttps = c.GetProperty("encrypted").GetBoolean();
            if (c.GetProperty("existing").ValueKind == JsonValueKind.Array)
                context.Response.Headers.SetCookie = new StringValues(Json.Strings(c.GetProperty("existing")).ToArray());
            var secure = c.GetProperty("secure");
            var cookies = new Cookies(context, new CookiesOptions
            {
                Keys = Keys(c),
                Secure = secure.ValueKind == JsonValueKind.Null ? null : secure.GetBoolean(),
                TimeProvider = new FixedClock(DateTimeOffset.FromUnixTimeMilliseconds(c.GetProperty("now").GetInt64())),
            });

            var expected = c.TryGetProperty("outOfRange", out var outOfRange) ? outOfRange : c;
            string outcome;
            try
            {
                foreach (var call in c.GetProperty("calls").EnumerateArray())
                    cookies.Set(Json.String(call.GetProperty("name"))!, Json.String(call.GetProperty("value")), SetOptions(call.GetProperty("options")));
                outcome = "headers " + string.Join(" ‖ ", context.Response.Headers.SetCookie.Select(Json.Show));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                outcome = $"{e.GetType().Name}: {e.Message}";
            }

            var want = expected.TryGetProperty("error", out var error)
                ? $"{ExceptionType(expected.GetProperty("errorType").GetString()!).Name}: {error.GetString()}"
                : "headers " + string.Join(" ‖ ", Json.Strings(expected.GetProperty("headers")).Select(Json.Show));
            if (outcome != want)
                failures.Add($"case {count}: {c.GetRawText()}\n  expected {want}\n  actual   {outcome}");
        }

        Assert.True(count > 1000, $"only {count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases differ:\n" + string.Join("\n", failures.Take(10)));
    }

    [Fact(DisplayName = "fixtures › cookies.get(name, opts) over generated Cookie headers gives node's value and queued Set-Cookie")]
    public void Get_matches_node()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var c in Fixtures.Cases("cookies/get.json"))
        {
            count++;
            var context = new DefaultHttpContext();
            var header = c.GetProperty("header");
            if (header.ValueKind == JsonValueKind.Array)
                context.Request.Headers.Cookie = new StringValues(Json.Strings(header).ToArray());
            else if (header.ValueKind != JsonValueKind.Null)
                context.Request.Headers.Cookie = Json.String(header);
            var cookies = new Cookies(context, new CookiesOptions { Keys = Keys(c) });
            var options = c.GetProperty("options");
            var getOptions = options.ValueKind == JsonValueKind.Null ? null
                : new CookieGetOptions { Signed = options.TryGetProperty("signed", out var signed) ? signed.GetBoolean() : null };

            string outcome;
            try
            {
                var value = cookies.Get(Json.String(c.GetProperty("name"))!, getOptions);
                outcome = $"value {Json.Show(value)} headers " + string.Join(" ‖ ", context.Response.Headers.SetCookie.Select(Json.Show));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                outcome = $"{e.GetType().Name}: {e.Message}";
            }

            var want = c.TryGetProperty("error", out var error)
                ? $"{ExceptionType(c.GetProperty("errorType").GetString()!).Name}: {error.GetString()}"
                : $"value {Json.Show(Json.String(c.GetProperty("value")))} headers " + string.Join(" ‖ ", Json.Strings(c.GetProperty("headers")).Select(Json.Show));
            if (outcome != want)
                failures.Add($"case {count}: {c.GetRawText()}\n  expected {want}\n  actual   {outcome}");
        }

        Assert.True(count > 1000, $"only {count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases differ:\n" + string.Join("\n", failures.Take(10)));
    }

    /// <summary>Node's options object → <see cref="CookieSetOptions"/>; upstream's loose values map as documented.</summary>
    private static CookieSetOptions? SetOptions(JsonElement o)
    {
        if (o.ValueKind == JsonValueKind.Null)
            return null;
        return new CookieSetOptions
        {
            MaxAge = o.TryGetProperty("maxAge", out var maxAge) ? MaxAge(maxAge) : null,
            Expires = o.TryGetProperty("expires", out var expires) ? DateTimeOffset.FromUnixTimeMilliseconds(expires.GetInt64()) : null,
            Path = o.TryGetProperty("path", out var path) ? Json.String(path) : "/",
            Domain = o.TryGetProperty("domain", out var domain) ? Json.String(domain) : null,
            Secure = o.TryGetProperty("secure", out var secure) ? secure.GetBoolean() : null,
            HttpOnly = !o.TryGetProperty("httpOnly", out var httpOnly) || httpOnly.GetBoolean(),
            SameSite = o.TryGetProperty("sameSite", out var sameSite) ? SameSite(sameSite) : null,
            Signed = o.TryGetProperty("signed", out var signed) ? signed.GetBoolean() : null,
            Overwrite = o.TryGetProperty("overwrite", out var overwrite) && overwrite.GetBoolean(),
            Partitioned = o.TryGetProperty("partitioned", out var partitioned) && partitioned.GetBoolean(),
            Priority = o.TryGetProperty("priority", out var priority) ? Priority(priority) : null,
        };
    }

    /// <summary>Milliseconds → TimeSpan; ±Infinity and lifetimes beyond TimeSpan's range → its extremes.</summary>
    private static TimeSpan MaxAge(JsonElement ms)
    {
        if (ms.ValueKind == JsonValueKind.String)
            return ms.GetString() == "Infinity" ? TimeSpan.MaxValue : TimeSpan.MinValue;
        var ticks = ms.GetDouble() * TimeSpan.TicksPerMillisecond;
        return ticks >= long.MaxValue ? TimeSpan.MaxValue : ticks <= long.MinValue ? TimeSpan.MinValue : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>true → Strict; false or '' → none; a valid name (any case) → its value; anything else → an undefined value.</summary>
    private static CookieSameSite? SameSite(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => CookieSameSite.Strict,
        JsonValueKind.False => null,
        _ => value.GetString()!.ToLowerInvariant() switch
        {
            "" => null,
            "strict" => CookieSameSite.Strict,
            "lax" => CookieSameSite.Lax,
            "none" => CookieSameSite.None,
            _ => (CookieSameSite)99,
        },
    };

    private static CookiePriority? Priority(JsonElement value) => value.GetString()!.ToLowerInvariant() switch
    {
        "" => null,
        "low" => CookiePriority.Low,
        "medium" => CookiePriority.Medium,
        "high" => CookiePriority.High,
        _ => (CookiePriority)99,
    };
}
