using System.Text.Json;
using Koa.Tests.Security;
using Koa.Tests.Shared;

namespace Koa.Tests.Wire;

/// <summary>
/// Replays tests/conformance/koa/wire.json — what Node Koa 3.3.0 answered, byte for byte, to requests sent over a raw
/// socket (recorded by tests/conformance/koa/wire.js) — against the same middleware on Kestrel: status line, the named
/// headers (their bytes, read as Latin-1) and the body. Documented differences are listed in <see cref="Differences"/>.
/// </summary>
public sealed class WireConformanceTests
{
    /// <summary>The middleware of each scenario, as wire.js spells it in JavaScript.</summary>
    private static readonly Dictionary<string, Action<Context>> Middleware = new()
    {
        ["attachment-latin1"] = ctx => { ctx.Attachment("r\u00e9sum\u00e9.pdf"); ctx.Body = "x"; },
        ["attachment-unicode"] = ctx => { ctx.Attachment("\u20ac rates.pdf"); ctx.Body = "x"; },
        ["attachment-latin1-bytes"] = ctx => { ctx.Attachment("r\u00e9sum\u00e9.pdf"); ctx.Body = "x"u8.ToArray(); },
        ["set-latin1"] = ctx => { ctx.Set("X-Value", "caf\u00e9 \u0080\u00a0\u00ff"); ctx.Body = "x"; },
        ["set-latin1-bytes"] = ctx => { ctx.Set("X-Value", "caf\u00e9 \u0080\u00a0\u00ff"); ctx.Body = "x"u8.ToArray(); },
        ["set-latin1-json"] = ctx => { ctx.Set("X-Value", "caf\u00e9"); ctx.Body = new Dictionary<string, int> { ["a"] = 1 }; },
        ["set-latin1-empty"] = ctx => { ctx.Set("X-Value", "caf\u00e9"); ctx.Status = 204; },
        ["set-latin1-head"] = ctx => { ctx.Set("X-Value", "caf\u00e9"); ctx.Body = "x"; },
        ["set-latin1-stream"] = ctx => { ctx.Set("X-Value", "caf\u00e9"); ctx.Body = new MemoryStream("x"u8.ToArray()); },
        ["set-tab"] = ctx => { ctx.Set("X-Value", "a\tb"); ctx.Body = "x"; },
        ["set-u0100"] = ctx => { ctx.Set("X-Value", "\u0100"); ctx.Body = "x"; },
        ["set-euro"] = ctx => { ctx.Set("X-Value", "\u20ac"); ctx.Body = "x"; },
        ["set-del"] = ctx => { ctx.Set("X-Value", "a\u007fb"); ctx.Body = "x"; },
        ["set-nul"] = ctx => { ctx.Set("X-Value", "a\u0000b"); ctx.Body = "x"; },
        ["set-lf"] = ctx => { ctx.Set("X-Value", "a\nb"); ctx.Body = "x"; },
        ["set-array-latin1"] = ctx => { ctx.Set("X-Value", new Microsoft.Extensions.Primitives.StringValues(["\u00e9", "\u00ff"])); ctx.Body = "x"; },
        ["message-latin1"] = ctx => { ctx.Status = 200; ctx.Message = "Caf\u00e9"; ctx.Body = "x"; },
        ["status-700"] = ctx => { ctx.Status = 700; },
        ["status-599-body"] = ctx => { ctx.Status = 599; ctx.Body = "x"; },
        ["echo-user-agent"] = ctx => { ctx.Body = Codes(ctx.Get("User-Agent")); },
        ["echo-cookie"] = ctx => { ctx.Body = Codes(ctx.Cookies.Get("name")); },
        ["reflect-user-agent"] = ctx => { ctx.Set("X-Echo", ctx.Get("User-Agent")); ctx.Body = "x"; },
    };

    /// <summary>
    /// Where we send other bytes than node, on purpose (packages/Koa/README.md, "Differences"): node 20 turns a
    /// non-ASCII Content-Disposition of a response with a known length into U+FFFD (it encodes the value to a Latin-1
    /// Buffer, then concatenates that Buffer into the head string: the bytes are read back as UTF-8); we send the
    /// Latin-1 bytes that node's change meant to send. Kestrel writes the status text as ASCII (a char above 0x7F
    /// becomes <c>?</c>); node sends its bytes.
    /// </summary>
    private static readonly Dictionary<string, Func<WireResult, string>> Differences = new()
    {
        ["attachment-latin1"] = _ => "HTTP/1.1 200 OK|content-disposition=attachment; filename=\"r\u00e9sum\u00e9.pdf\"|x",
        ["attachment-latin1-bytes"] = _ => "HTTP/1.1 200 OK|content-disposition=attachment; filename=\"r\u00e9sum\u00e9.pdf\"|x",
        ["message-latin1"] = _ => "HTTP/1.1 200 Caf?|x",
    };

    private static string Codes(string? value) =>
        value is null ? "null" : "[" + string.Join(",", value.Select(c => (int)c)) + "]";

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        var count = Fixtures.Cases("koa/wire.json").Count();
        for (var i = 0; i < count; i++) data.Add(i);
        return data;
    }

    [Theory(DisplayName = "wire › Node Koa 3.3.0's recorded answer, over Kestrel")]
    [MemberData(nameof(Cases))]
    public async Task Replays_node(int index)
    {
        var c = Fixtures.Cases("koa/wire.json").ElementAt(index);
        var name = c.GetProperty("name").GetString()!;
        var names = c.GetProperty("headers").EnumerateArray().Select(h => h.GetString()!).ToArray();
        var app = new Application { Silent = true };
        var middleware = Middleware[name];
        app.Use(ctx => { middleware(ctx); return Task.CompletedTask; });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        var result = await Security.Wire.ExchangeAsync(server.Port, c.GetProperty("request").GetString()!);

        var answer = c.GetProperty("answer");
        var node = Show(answer.GetProperty("statusLine").GetString()!, names.Select(h => (h, Value(answer.GetProperty("headers").GetProperty(h)))), answer.GetProperty("body").GetString()!);
        var ours = Show(StatusLine(result), names.Select(h => (h, result.Header(h))), RawBody(result));
        var expected = Differences.TryGetValue(name, out var documented) ? documented(result) : node;
        Assert.True(expected == ours, $"{name} {Escape(c.GetProperty("request").GetString()!)}\n node: {Escape(node)}\nexpected: {Escape(expected)}\n    ours: {Escape(ours)}");
    }

    private static string? Value(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    // The body as sent, chunk framing included (as wire.js records it).
    private static string RawBody(WireResult result)
    {
        var text = result.Text;
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? string.Empty : text[(end + 4)..];
    }

    private static string StatusLine(WireResult result)
    {
        var text = result.Text;
        var end = text.IndexOf("\r\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static string Show(string statusLine, IEnumerable<(string Name, string? Value)> headers, string body) =>
        statusLine + string.Concat(headers.Select(h => "|" + h.Name + "=" + (h.Value ?? "(absent)"))) + "|" + body;

    private static string Escape(string text) =>
        string.Concat(text.Select(ch => ch is < ' ' or > '~' ? $"\\x{(int)ch:X2}" : ch.ToString()));
}
