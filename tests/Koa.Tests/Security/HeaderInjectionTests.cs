using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Security;

/// <summary>
/// Response splitting: a CR, LF or NUL that middleware copies from request data into a header name, value or the
/// status text is an error — an <see cref="ArgumentException"/> at the call (node: <c>ERR_INVALID_CHAR</c> /
/// <c>ERR_INVALID_HTTP_TOKEN</c>), which Koa's error handling turns into a 500 — or is encoded by the API that
/// builds the header (Location, Content-Disposition). The bytes on the wire are checked: one response, no injected
/// header line.
/// </summary>
public sealed class HeaderInjectionTests
{
    // What an attacker puts in ?v= — decoded by ctx.Query into a CR LF and a header of their choosing.
    private const string Crlf = "a%0D%0AInjected:%20yes";

    public static TheoryData<string, string> Rejected => new()
    {
        { "Set(field, value)", Crlf },
        { "Set(field, value) with a bare LF", "a%0AInjected:%20yes" },
        { "Set(field, value) with a bare CR", "a%0DInjected:%20yes" },
        { "Set(field, value) with NUL", "a%00b" },
        { "Set(value as field, 1)", Crlf },
        { "Set(fields)", Crlf },
        { "Append(field, value)", Crlf },
        { "Append(field, [ok, value])", Crlf },
        { "Vary(field)", Crlf },
        { "Etag", Crlf },
        { "Type", Crlf },
        { "Message", Crlf },
        { "Cookies.Set(name, value)", Crlf },
        { "Cookies.Set(value as name, 1)", Crlf },
        { "Cookies.Set path", Crlf },
        { "Cookies.Set domain", Crlf },
    };

    private static void Apply(Context ctx, string api, string v)
    {
        switch (api)
        {
            case "Set(value as field, 1)": ctx.Set("X-" + v, "1"); break;
            case "Set(fields)": ctx.Set(new Dictionary<string, StringValues> { ["X-Ok"] = "1", ["X-A"] = v }); break;
            case "Append(field, value)": ctx.Append("Link", v); break;
            case "Append(field, [ok, value])": ctx.Append("Link", "<ok>"); ctx.Append("Link", new StringValues(["<b>", v])); break;
            case "Vary(field)": ctx.Vary(v); break;
            case "Etag": ctx.Etag = v; break;
            case "Type": ctx.Type = "text/plain; x=" + v; break;
            case "Message": ctx.Message = v; break;
            case "Cookies.Set(name, value)": ctx.Cookies.Set("sid", v); break;
            case "Cookies.Set(value as name, 1)": ctx.Cookies.Set(v, "1"); break;
            case "Cookies.Set path": ctx.Cookies.Set("sid", "1", new CookieSetOptions { Path = "/" + v }); break;
            case "Cookies.Set domain": ctx.Cookies.Set("sid", "1", new CookieSetOptions { Domain = "example.com" + v }); break;
            default: ctx.Set("X-A", v); break;
        }
    }

    private static Task<ServerProbe> StartAsync(string api) => ServerProbe.StartAsync(handler: ctx =>
    {
        Apply(ctx, api, ctx.Query["v"].ToString());
        ctx.Body = "not reached";
        return Task.CompletedTask;
    });

    private static void AssertNotSplit(WireResult result)
    {
        Assert.Equal(1, result.ResponseCount);
        Assert.DoesNotContain(result.HeaderLines, line => line.StartsWith("Injected", StringComparison.OrdinalIgnoreCase));
        var head = result.Text[..result.Text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.DoesNotContain('\0', head);
        Assert.DoesNotContain("\n", head.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", head.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "security › header injection › CR/LF/NUL from request data is a 500, never a split response")]
    [MemberData(nameof(Rejected))]
    public async Task Rejected_with_500(string api, string v)
    {
        await using var probe = await StartAsync(api);

        var result = await Wire.ExchangeAsync(probe.Port, $"GET /?v={v} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.True(result.Status == 500, $"{api}: {result.Text}");
        Assert.Equal("Internal Server Error", result.Body);
        AssertNotSplit(result);
        Assert.IsAssignableFrom<ArgumentException>(Assert.Single(probe.Errors));
    }

    [Theory(DisplayName = "security › header injection › ArgumentException at the call, whatever the server")]
    [MemberData(nameof(Rejected))]
    public void Rejected_at_the_call(string api, string v)
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Url = "/?v=" + v });
        var before = TestContexts.ResponseOf(ctx).Headers.Count;

        Assert.ThrowsAny<ArgumentException>(() => Apply(ctx, api, ctx.Query["v"].ToString()));

        var headers = TestContexts.ResponseOf(ctx).Headers;
        foreach (var (name, values) in headers)
        {
            Assert.DoesNotContain("Injected", name, StringComparison.OrdinalIgnoreCase);
            foreach (var value in values) Assert.DoesNotContain('\n', value ?? string.Empty);
        }
        Assert.True(headers.Count <= before + 2, "only headers set before the bad one remain");
    }

    [Fact(DisplayName = "security › header injection › node's messages: invalid token, invalid character, statusMessage")]
    public void Messages()
    {
        var ctx = TestContexts.Create();
        Assert.Equal("Header name must be a valid HTTP token [\"X-A\r\nB\"] (Parameter 'field')", Assert.Throws<ArgumentException>(() => ctx.Set("X-A\r\nB", "1")).Message);
        Assert.Equal("Header name must be a valid HTTP token [\"X A\"] (Parameter 'field')", Assert.Throws<ArgumentException>(() => ctx.Set("X A", "1")).Message);
        Assert.Equal("Invalid character in header content [\"X-A\"] (Parameter 'value')", Assert.Throws<ArgumentException>(() => ctx.Set("X-A", "1\r\n")).Message);
        Assert.Equal("Invalid character in header content [\"X-A\"] (Parameter 'value')", Assert.Throws<ArgumentException>(() => ctx.Set("X-A", "\u20ac")).Message);
        Assert.Equal("Invalid character in statusMessage (Parameter 'message')", Assert.Throws<ArgumentException>(() => ctx.Message = "OK\r\nX: y").Message);
    }

    [Fact(DisplayName = "security › header injection › what node allows passes: HTAB, visible ASCII, obs-text 0x80-0xFF")]
    public void Allowed_values()
    {
        var ctx = TestContexts.Create();
        ctx.Set("X-A", "a\tb ~!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}");
        ctx.Set("X-B", "caf\u00e9 \u00ff");
        ctx.Set("!#$%&'*+-.^_`|~09AZaz", "1");
        ctx.Message = "Everything \u00e9s Fine";
        Assert.Equal("caf\u00e9 \u00ff", ctx.Response.Get("X-B").ToString());
    }

    // Chars 0x80-0xFF pass KoaNet's check, as in node, and go out as one byte each (Kestrel's response header
    // encoding is Latin-1 under ListenAsync), or as their UTF-8 bytes before a string body, as node sends them
    // (tests/Koa.Tests/Wire/WireConformanceTests.cs); a char above 0xFF is refused at the call (500), as in node.
    [Fact(DisplayName = "security › header injection › non-ASCII value on Kestrel: sent as node sends it, never split")]
    public async Task Non_ascii_on_kestrel()
    {
        await using var probe = await ServerProbe.StartAsync(handler: ctx =>
        {
            ctx.Set("X-A", ctx.Query["v"]);
            ctx.Body = "x"u8.ToArray();
            return Task.CompletedTask;
        });

        var latin1 = await Wire.ExchangeAsync(probe.Port, "GET /?v=caf%C3%A9%0D%0A HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        var sent = await Wire.ExchangeAsync(probe.Port, "GET /?v=caf%C3%A9 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        var wide = await Wire.ExchangeAsync(probe.Port, "GET /?v=%E2%82%AC HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(500, latin1.Status);
        AssertNotSplit(latin1);
        Assert.Equal(200, sent.Status);
        Assert.Equal("caf\u00e9", sent.Header("X-A"));
        Assert.Equal(500, wide.Status);
        AssertNotSplit(wide);
        Assert.All(probe.Errors, error => Assert.IsType<ArgumentException>(error));
        Assert.Equal(2, probe.Errors.Count);
    }

    [Fact(DisplayName = "security › header injection › Redirect: Location is percent-encoded (encodeurl)")]
    public async Task Redirect_encodes()
    {
        await using var probe = await ServerProbe.StartAsync(handler: ctx =>
        {
            ctx.Redirect(ctx.Query["v"].ToString());
            return Task.CompletedTask;
        });

        var result = await Wire.ExchangeAsync(probe.Port, $"GET /?v=/{Crlf} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(302, result.Status);
        Assert.Equal("/a%0D%0AInjected:%20yes", result.Header("Location"));
        AssertNotSplit(result);
    }

    [Fact(DisplayName = "security › header injection › Attachment: the file name is escaped by content-disposition")]
    public async Task Attachment_encodes()
    {
        await using var probe = await ServerProbe.StartAsync(handler: ctx =>
        {
            ctx.Attachment(ctx.Query["v"].ToString() + ".txt");
            ctx.Body = "x";
            return Task.CompletedTask;
        });

        var result = await Wire.ExchangeAsync(probe.Port, $"GET /?v={Crlf} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, result.Status);
        Assert.Equal("attachment; filename=\"a??Injected: yes.txt\"; filename*=UTF-8''a%0D%0AInjected%3A%20yes.txt", result.Header("Content-Disposition"));
        AssertNotSplit(result);
    }

    [Fact(DisplayName = "security › header injection › HttpError.Headers with CR LF: 500, no split")]
    public async Task Error_headers()
    {
        await using var probe = await ServerProbe.StartAsync(handler: ctx =>
        {
            var error = HttpErrors.Create(401);
            error.Headers["WWW-Authenticate"] = ctx.Query["v"];
            throw error;
        });

        var result = await Wire.ExchangeAsync(probe.Port, $"GET /?v={Crlf} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(500, result.Status);
        AssertNotSplit(result);
    }

    // ctx.Res is the server's own response object (node's ctx.res): what Kestrel itself checks.
    [Fact(DisplayName = "security › header injection › Kestrel's own checks behind ctx.Res: headers refused, 500")]
    public async Task Raw_response_feature()
    {
        await using var probe = await ServerProbe.StartAsync(handler: ctx =>
        {
            ctx.Res.Headers["X-A"] = ctx.Query["v"];
            ctx.Body = "not reached";
            return Task.CompletedTask;
        });

        var result = await Wire.ExchangeAsync(probe.Port, $"GET /?v={Crlf} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(500, result.Status);
        AssertNotSplit(result);
    }
}
