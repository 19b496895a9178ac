using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Koa.Tests.Security;

/// <summary>
/// Linear time, end to end: every request header KoaNet parses (and the request target) is fed adversarial input
/// through Kestrel — 100 KB with the limits raised to let it in, and the largest that fits Kestrel's default limits
/// (32 KB header section, 8 KB request line) — and the parsing calls a middleware makes must finish within a
/// generous bound. The package test projects do the same on each parser alone (HostileInputTests); this proves the
/// framework adds no quadratic step of its own. docs/SECURITY.md lists the headers.
/// </summary>
public sealed class HostileHeaderTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    private sealed record Case(string Where, Func<int, string> Value, Action<Context> Parse, bool Proxy = false);

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length) builder.Append(unit);
        return builder.ToString(0, length);
    }

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["Accept: media ranges with q"] = new("Accept", n => Repeat("a/b;q=0.5,", n), ctx => { ctx.Accepts(); ctx.Accepts("json", "html", "text/*"); }),
        ["Accept: semicolons"] = new("Accept", n => "*/*" + Repeat(";", n), ctx => ctx.Accepts("json", "html")),
        ["Accept: escaped quotes in a parameter"] = new("Accept", n => "text/html;x=\"" + Repeat("\\\"", n), ctx => ctx.Accepts("html")),
        ["Accept: empty elements"] = new("Accept", n => Repeat(" , ", n), ctx => ctx.Accepts("html")),
        ["Accept: one long subtype"] = new("Accept", n => "a/" + Repeat("b", n), ctx => ctx.Accepts("a/*")),
        ["Accept-Charset: list"] = new("Accept-Charset", n => Repeat("utf-8;q=0.1, ", n), ctx => { ctx.AcceptsCharsets(); ctx.AcceptsCharsets("utf-8"); }),
        ["Accept-Encoding: list"] = new("Accept-Encoding", n => Repeat("gzip;q=1,", n), ctx => { ctx.AcceptsEncodings(); ctx.AcceptsEncodings("gzip", "br"); }),
        ["Accept-Encoding: spaces"] = new("Accept-Encoding", n => Repeat(" ", n) + "x", ctx => ctx.AcceptsEncodings("gzip")),
        ["Accept-Language: dashes (CVE-2016-10539)"] = new("Accept-Language", n => "a" + Repeat("-", n) + " >", ctx => ctx.AcceptsLanguages("en")),
        ["Accept-Language: long q"] = new("Accept-Language", n => "en;q=0." + Repeat("0", n), ctx => ctx.AcceptsLanguages()),
        ["Content-Type: parameters"] = new("Content-Type", n => "text/plain" + Repeat("; a=b", n), ctx => { ctx.Is("json", "text/*"); _ = ctx.Request.Charset; _ = ctx.Request.Type; }),
        ["Content-Type: quoted charset"] = new("Content-Type", n => "text/plain; charset=\"" + Repeat("\\a", n) + "\"", ctx => { _ = ctx.Request.Charset; ctx.Is("text"); }),
        ["Content-Type: one long token"] = new("Content-Type", n => Repeat("a", n), ctx => { ctx.Is("json"); _ = ctx.Request.Charset; }),
        ["Cookie: many pairs"] = new("Cookie", n => Repeat("a=b; ", n), ctx => { ctx.Cookies.Get("x"); ctx.Cookies.Get("a", new CookieGetOptions { Signed = true }); }),
        ["Cookie: no separators"] = new("Cookie", n => Repeat("a", n), ctx => ctx.Cookies.Get("a")),
        ["Cookie: empty pairs"] = new("Cookie", n => Repeat("=;", n), ctx => ctx.Cookies.Get("x")),
        ["If-None-Match: spaces (CVE-2017-16119)"] = new("If-None-Match", n => Repeat(" ", n) + "x", ctx => { ctx.Status = 200; ctx.Etag = "x"; _ = ctx.Fresh; }),
        ["If-None-Match: list"] = new("If-None-Match", n => Repeat("W/\"a\", ", n), ctx => { ctx.Status = 200; ctx.Etag = "b"; _ = ctx.Fresh; }),
        ["If-Modified-Since: garbage date"] = new("If-Modified-Since", n => Repeat("Mon, ", n), ctx => { ctx.Status = 200; ctx.LastModified = DateTimeOffset.UnixEpoch; _ = ctx.Fresh; }),
        ["Host: many labels"] = new("Host", n => Repeat("a.", n) + "com", ctx => { _ = ctx.Host; _ = ctx.Hostname; _ = ctx.Subdomains; _ = ctx.Href; _ = ctx.URL; }),
        ["X-Forwarded-Host: spaces (CVE-2025-25200)"] = new("X-Forwarded-Host", n => Repeat(" ", n) + "x", ctx => { _ = ctx.Host; _ = ctx.Hostname; _ = ctx.Subdomains; }, Proxy: true),
        ["X-Forwarded-Host: userinfo and commas"] = new("X-Forwarded-Host", n => Repeat("a:b@", n) + "c", ctx => { _ = ctx.Host; _ = ctx.Hostname; }, Proxy: true),
        ["X-Forwarded-Proto: spaces (CVE-2025-25200)"] = new("X-Forwarded-Proto", n => Repeat(" ", n) + "x", ctx => { _ = ctx.Protocol; _ = ctx.Secure; }, Proxy: true),
        ["X-Forwarded-For: spaces (CVE-2025-25200)"] = new("X-Forwarded-For", n => Repeat(" ", n) + "x", ctx => { _ = ctx.Ips; _ = ctx.Ip; }, Proxy: true),
        ["X-Forwarded-For: addresses"] = new("X-Forwarded-For", n => Repeat("1.2.3.4, ", n), ctx => { _ = ctx.Ips; _ = ctx.Ip; }, Proxy: true),
        ["Referer: dot segments"] = new("Referer", n => "http://example.com/" + Repeat("%2e%2e/", n), ctx => ctx.Back()),
        ["Referer: backslashes"] = new("Referer", n => "http:" + Repeat("\\", n) + "example.com", ctx => ctx.Back()),
        ["Origin: long"] = new("Origin", n => "http://" + Repeat("a", n), ctx => _ = ctx.Origin),
        ["query: pairs"] = new("query", n => Repeat("a=1&", n), ctx => { _ = ctx.Query; _ = ctx.Querystring; _ = ctx.Search; }),
        ["query: bad escapes"] = new("query", n => Repeat("%zz%e2%82+", n), ctx => _ = ctx.Query),
        ["query: separators only"] = new("query", n => Repeat("&=", n), ctx => _ = ctx.Query),
        ["path: dot segments"] = new("path", n => Repeat("/%2e%2e", n), ctx => { _ = ctx.Path; _ = ctx.URL; _ = ctx.Href; }),
        ["path: slashes"] = new("path", n => Repeat("/", n), ctx => { _ = ctx.Path; _ = ctx.URL; }),
    };

    public static TheoryData<string, bool> All()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name, true);
            data.Add(name, false);
        }
        return data;
    }

    [Theory(DisplayName = "security › linear time › adversarial request header through KoaNet")]
    [MemberData(nameof(All))]
    public async Task Linear_time(string name, bool raisedLimits)
    {
        var test = Cases[name];
        // 100 KB with the limits raised; otherwise the largest value Kestrel's defaults let through.
        var inLine = test.Where is "query" or "path";
        var size = raisedLimits ? 100_000 : inLine ? 8_000 : 32_000;
        var options = new ApplicationOptions { Proxy = test.Proxy, Keys = ["keyboard cat"] };
        if (raisedLimits)
        {
            options.MaxRequestHeadersTotalSize = 1024 * 1024;
            options.MaxRequestLineSize = 1024 * 1024;
        }
        var parse = TimeSpan.MaxValue;
        var app = new Application(options);
        app.Use(ctx =>
        {
            var stopwatch = Stopwatch.StartNew();
            test.Parse(ctx);
            parse = stopwatch.Elapsed;
            ctx.Body = "parsed";
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var value = test.Value(size);
        var target = test.Where switch
        {
            "query" => "/?" + value,
            "path" => value,
            _ => "/",
        };
        var host = test.Where == "Host" ? value : "example.com";
        var extra = test.Where is "query" or "path" or "Host" ? string.Empty : $"{test.Where}: {value}\r\n";
        var result = await Wire.ExchangeAsync(probe.Port, $"GET {target} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n", TimeSpan.FromSeconds(10));

        Assert.True(result.Status is 200 or 302 or 304, $"{name}: {result.Text[..Math.Min(300, result.Text.Length)]}\n{string.Join("\n", probe.Errors)}");
        output.WriteLine($"{name}, {value.Length:N0} chars: {parse.TotalMilliseconds:N2} ms");
        Assert.True(parse < Bound, $"{name} ({value.Length:N0} chars): {parse.TotalMilliseconds:N0} ms");
    }
}
