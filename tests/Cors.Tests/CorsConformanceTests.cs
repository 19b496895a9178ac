using System.Text.Json;
using Koa.Tests.Shared;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Replays tests/conformance/koa-cors/fixtures.json: @koa/cors 5.0.0 run by node over generated options and
// requests; the status and every CORS-related response header must match.
public sealed class CorsConformanceTests
{
    private static readonly string[] Watched =
    [
        "access-control-allow-origin", "access-control-allow-credentials", "access-control-expose-headers",
        "access-control-max-age", "access-control-allow-methods", "access-control-allow-headers",
        "access-control-allow-private-network", "cross-origin-opener-policy", "cross-origin-embedder-policy", "vary",
        "x-example", "www-authenticate",
    ];

    [Fact]
    public async Task Every_fixture_case_matches_node()
    {
        var count = 0;
        var failures = new List<string>();
        foreach (var c in Fixtures.Cases("koa-cors/fixtures.json"))
        {
            count++;
            var options = Options(c.GetProperty("options"));
            var request = c.GetProperty("request");
            var handler = request.GetProperty("handler").GetString();
            var app = new Application { Silent = true };
            app.Use(Cors.Create(options));
            app.Use(ctx =>
            {
                ctx.Set("X-Example", "Value");
                ctx.Body = new { foo = "bar" };
                switch (handler)
                {
                    case "throw":
                        throw new InvalidOperationException("Whoops!");
                    case "throwVary":
                        var e = new InvalidOperationException("Whoops!");
                        e.Data["headers"] = new Dictionary<string, StringValues> { ["Vary"] = "Accept-Encoding" };
                        throw e;
                    case "throwHttp":
                        var http = HttpErrors.Create(401, "no");
                        http.Headers["WWW-Authenticate"] = "Basic";
                        throw http;
                }

                return Task.CompletedTask;
            });

            var req = app.Request().Method(request.GetProperty("method").GetString()!, "/");
            foreach (var h in request.GetProperty("headers").EnumerateObject())
                _ = req.Set(h.Name, h.Value.GetString()!.Trim(' ')); // an HTTP parser (node's, Kestrel's) drops OWS; the in-memory transport does not
            var res = await req.EndAsync();

            var expected = c.GetProperty("response");
            var problems = new List<string>();
            if (res.Status != expected.GetProperty("status").GetInt32())
                problems.Add($"status {res.Status} != {expected.GetProperty("status").GetInt32()}");
            var expectedHeaders = expected.GetProperty("headers");
            foreach (var name in Watched)
            {
                var want = expectedHeaders.TryGetProperty(name, out var v) ? v.GetString() : null;
                var got = res.Header(name);
                if (want != got)
                    problems.Add($"{name}: '{got}' != '{want}'");
            }

            if (problems.Count > 0)
                failures.Add($"#{count} {c.GetRawText()}\n  " + string.Join("\n  ", problems));
        }

        Assert.Equal(600, count);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private static CorsOptions Options(JsonElement o)
    {
        static StringValues List(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Array => new StringValues(e.EnumerateArray().Select(x => x.GetString()).ToArray()),
            JsonValueKind.Null => StringValues.Empty,
            _ => e.GetString(),
        };

        var defaults = new CorsOptions();
        return new CorsOptions
        {
            Origin = o.TryGetProperty("origin", out var origin) ? origin.GetString() : null,
            Credentials = o.TryGetProperty("credentials", out var cred) && cred.GetBoolean(),
            AllowMethods = o.TryGetProperty("allowMethods", out var m) ? List(m) : defaults.AllowMethods,
            ExposeHeaders = o.TryGetProperty("exposeHeaders", out var e) ? List(e) : StringValues.Empty,
            AllowHeaders = o.TryGetProperty("allowHeaders", out var h) ? List(h) : StringValues.Empty,
            MaxAge = o.TryGetProperty("maxAge", out var a) ? a.GetInt64() : null,
            SecureContext = o.TryGetProperty("secureContext", out var s) && s.GetBoolean(),
            PrivateNetworkAccess = o.TryGetProperty("privateNetworkAccess", out var p) && p.GetBoolean(),
            KeepHeadersOnError = !o.TryGetProperty("keepHeadersOnError", out var k) || k.GetBoolean(),
        };
    }
}
