using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Internals;

// Koa's JSON semantics and the hostile-input bound every parser must meet (the JavaScript value rules are tested in
// tests/Shared.Tests).
public sealed class JsSemanticsTests
{
    [Fact(DisplayName = "internals › JSON options read back what they write; floats, decimals, offsets, Koa objects")]
    public void Json_round_trip()
    {
        var options = JsJson.Compact;
        var value = new Sample(1.5, 2.25f, 1.50m, new DateTimeOffset(2020, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Local).ToUniversalTime(), "x\ud800");
        var json = JsJson.Stringify(value, options);
        Assert.Equal("{\"D\":1.5,\"F\":2.25,\"M\":1.5,\"O\":\"2020-01-01T00:00:00.000Z\",\"T\":\"" + JsJson.IsoString(value.T.ToUniversalTime()) + "\",\"S\":\"x\\ud800\"}", json);
        var back = JsonSerializer.Deserialize<Sample>("{\"D\":1.5,\"F\":2.25,\"M\":1.5,\"O\":\"2020-01-01T00:00:00.000Z\",\"T\":\"2020-01-01T00:00:00.000Z\",\"S\":\"s\"}", options)!;
        Assert.Equal(1.5, back.D);
        Assert.Equal(2.25f, back.F);
        Assert.Equal(1.5m, back.M);
        Assert.Equal("s", back.S);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), back.O);
        Assert.Equal("{\"k\\ud800\":1}".Length - 5, JsJson.Stringify(new Dictionary<string, int> { ["k\ud800"] = 1 }, options).Length);
        Assert.Equal(1, JsonSerializer.Deserialize<Dictionary<string, int>>("{\"k\":1}", options)!["k"]);
        Assert.Equal("[null,null,null]", JsJson.Stringify(new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity }, options));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Application>("{}", options));
        var app = new Application(new ApplicationOptions { Env = "test" });
        Assert.Equal("{\"subdomainOffset\":2,\"proxy\":false,\"env\":\"test\"}", JsJson.Stringify(app, options));
        var ctx = TestContexts.Create(app: app);
        Assert.StartsWith("{\"method\":\"GET\"", JsJson.Stringify(ctx.Request, options), StringComparison.Ordinal);
        Assert.StartsWith("{\"status\":200", JsJson.Stringify(ctx.Response, options), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "internals › JsonSerializerOptions of the application are honoured (camelCase) and JsonSpaces indents")]
    public async Task Application_json_options()
    {
        var app = new Application(new ApplicationOptions { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web), JsonSpaces = 2 });
        app.Use(ctx =>
        {
            ctx.Body = new { HelloWorld = new[] { 1 }, Empty = Array.Empty<int>() };
            return Task.CompletedTask;
        });
        const string Expected = "{\n  \"helloWorld\": [\n    1\n  ],\n  \"empty\": []\n}";
        var res = await app.Request().Get("/").ExpectAsync(200, Expected);
        Assert.Equal(Encoding.UTF8.GetByteCount(Expected).ToString(System.Globalization.CultureInfo.InvariantCulture), res.Header("Content-Length"));
        await app.Request().Head("/").ExpectAsync("Content-Length", res.Header("Content-Length")!);
        app.JsonSpaces = 0;
        app.JsonSerializerOptions = null;
        await app.Request().Get("/").ExpectAsync(200, "{\"HelloWorld\":[1],\"Empty\":[]}");
        Assert.Null(app.JsonSerializerOptions);
    }

    private sealed record Sample(double D, float F, decimal M, DateTimeOffset O, DateTime T, string S);
}

public sealed class HostileInputTests
{
    private static void Linear(Action action)
    {
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        action();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), "took " + watch.Elapsed);
    }

    private static readonly string Spaces = new(' ', 100_000);

    [Fact(DisplayName = "hostile input › proxy headers of 100 KB white space (CVE-2025-25200) split in linear time")]
    public void Proxy_headers()
    {
        var ctx = TestContexts.Create(new TestRequestOptions
        {
            Headers = { ["X-Forwarded-Proto"] = Spaces + "x", ["X-Forwarded-Host"] = Spaces + "x", ["X-Forwarded-For"] = Spaces + "x" + string.Concat(Enumerable.Repeat(", ", 20_000)) },
        });
        ctx.App.Proxy = true;
        Linear(() =>
        {
            Assert.Equal("x", ctx.Protocol);
            Assert.Equal("x", ctx.Host);
            Assert.Equal(20_001, ctx.Ips.Count);
        });
    }

    [Fact(DisplayName = "hostile input › 100 KB hosts, queries, Location values and JSON strings through the context")]
    public void Parsers()
    {
        var junk = string.Concat(Enumerable.Repeat("%[@:]\\/?#&=+\ud800 é", 100_000 / 16));
        Linear(() => EscapeHtml.Escape(junk));
        Linear(() => JsJson.Stringify(junk, JsJson.Compact, 2));
        var ctx = TestContexts.Create(new TestRequestOptions { Url = "/" + junk.Replace("#", "", StringComparison.Ordinal), Headers = { ["Host"] = "a@" + junk, ["Referer"] = junk } });
        Linear(() => _ = ctx.Host);
        Linear(() => _ = ctx.Hostname);
        Linear(() => _ = ctx.Subdomains);
        Linear(() => _ = ctx.Query);
        Linear(() => _ = ctx.URL);
        Linear(() => ctx.Back());
        Linear(() => Assert.Throws<FormatException>(() => ctx.Redirect("http://" + junk)));
        Linear(() => ctx.Redirect("/" + junk));
    }
}

// An application that brings its own source-generated context (what a trimmed or native AOT app does) still gets
// JSON.stringify output, and Koa's own objects (ctx.toJSON()) serialize through Koa's context behind it.
public sealed class SourceGeneratedJsonTests
{
    [Theory(DisplayName = "internals › JSON bodies through an application's JsonSerializerContext")]
    [Transports]
    public async Task Application_context(TestTransport transport)
    {
        var app = new Application(new ApplicationOptions
        {
            JsonSerializerOptions = new JsonSerializerOptions { TypeInfoResolver = PetJsonContext.Default },
            Env = "test",
        });
        app.Use(ctx =>
        {
            ctx.Body = new Pet("tobi", 1.5e21, "</script>");
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").ExpectAsync(200, "{\"Name\":\"tobi\",\"Weight\":1.5e+21,\"Note\":\"</script>\"}");

        var ctx = TestContexts.Create(new TestRequestOptions { Headers = { ["X-Many"] = new StringValues(["a", "b"]) } });
        ctx.App.JsonSerializerOptions = app.JsonSerializerOptions;
        ctx.Status = 200;
        var json = JsJson.Stringify(ctx, ctx.App.JsonOptions);
        Assert.Contains("\"x-many\":\"a, b\"", json, StringComparison.Ordinal);
        Assert.Contains("\"response\":{\"status\":200,\"message\":\"OK\"", json, StringComparison.Ordinal);
        Assert.Contains("\"app\":{\"subdomainOffset\":2,\"proxy\":false", json, StringComparison.Ordinal);
    }
}

public sealed record Pet(string Name, double Weight, string Note);

[System.Text.Json.Serialization.JsonSerializable(typeof(Pet))]
internal sealed partial class PetJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
