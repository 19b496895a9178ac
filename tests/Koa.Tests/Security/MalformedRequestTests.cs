namespace Koa.Tests.Security;

/// <summary>
/// Request smuggling and malformed requests over real Kestrel. A request whose framing or header section is invalid
/// gets a 4xx (or, for an unknown HTTP version, 505) and a closed connection, and no middleware ever runs — not for
/// it, not for a valid request pipelined behind it. Requests with two framings (Content-Length and
/// Transfer-Encoding) are read by Transfer-Encoding alone and the connection is closed after the response (RFC 9112
/// §6.1), so bytes smuggled behind the chunked body never become a request.
/// </summary>
public sealed class MalformedRequestTests
{
    private const string After = "GET /after HTTP/1.1\r\nHost: a\r\n\r\n";

    // name → raw request (a valid request is pipelined after each); expected status.
    public static TheoryData<string, string, int> HeaderPhase => new()
    {
        { "duplicate Content-Length, different values", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 10\r\n\r\nhello", 400 },
        { "duplicate Content-Length, same value", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello", 400 },
        { "Content-Length as a list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\nhello", 400 },
        { "negative Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400 },
        { "Content-Length with trailing garbage", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5a\r\n\r\nhello", 400 },
        { "Content-Length in hexadecimal", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x5\r\n\r\nhello", 400 },
        { "Content-Length over 64 bits", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", 400 },
        { "Transfer-Encoding gzip (final coding not chunked)", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", 400 },
        { "Transfer-Encoding xchunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n", 400 },
        { "Transfer-Encoding chunked, identity", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n", 400 },
        { "two Transfer-Encoding fields, last not chunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n", 400 },
        { "Transfer-Encoding with Content-Length, final coding not chunked", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: gzip\r\n\r\nhello", 400 },
        { "white space before the colon", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n", 400 },
        { "obs-fold continuation line", "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n 2\r\n\r\n", 400 },
        { "obs-fold with a tab", "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n\t2\r\n\r\n", 400 },
        { "NUL in a header value", "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\0b\r\n\r\n", 400 },
        { "NUL in a header name", "GET / HTTP/1.1\r\nHost: a\r\nX-\0A: b\r\n\r\n", 400 },
        { "NUL in the target", "GET /a\0b HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "%00 in the path", "GET /a%00b HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "bare LF ending the request line", "GET / HTTP/1.1\nHost: a\r\n\r\n", 400 },
        { "bare LF ending a header", "GET / HTTP/1.1\r\nHost: a\nX-A: b\r\n\r\n", 400 },
        { "bare LF ending the header section", "GET / HTTP/1.1\r\nHost: a\r\n\n", 400 },
        { "bare LF everywhere", "GET / HTTP/1.1\nHost: a\n\n", 400 },
        { "bare CR inside a header value", "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\rb\r\n\r\n", 400 },
        { "CR LF inside the target (request splitting)", "GET /\r\nLocation: http://evil.example/ HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "empty header name", "GET / HTTP/1.1\r\nHost: a\r\n: b\r\n\r\n", 400 },
        { "header line without a colon", "GET / HTTP/1.1\r\nHost: a\r\nX-A b\r\n\r\n", 400 },
        { "missing Host (HTTP/1.1)", "GET / HTTP/1.1\r\n\r\n", 400 },
        { "two Host fields", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400 },
        { "Host with white space inside", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400 },
        { "Host with a path", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400 },
        { "absolute-form target with a different Host", "GET http://other.example/ HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "two spaces in the request line", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "request line without a version", "GET /\r\nHost: a\r\n\r\n", 400 },
        { "lower-case version", "GET / http/1.1\r\nHost: a\r\n\r\n", 505 },
        { "control character in the method", "G\u0001T / HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "authority-form target with GET", "GET a HTTP/1.1\r\nHost: a\r\n\r\n", 405 },
        { "HTTP/1.0 POST without a length", "POST / HTTP/1.0\r\n\r\nhello", 400 },
        { "unknown HTTP version", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", 505 },
        { "HTTP/2.0 over HTTP/1", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505 },
    };

    [Theory(DisplayName = "security › wire › rejected before any middleware runs")]
    [MemberData(nameof(HeaderPhase))]
    public async Task Rejected_before_the_application(string name, string request, int status)
    {
        await using var probe = await ServerProbe.StartAsync();

        var result = await Wire.ExchangeAsync(probe.Port, request + After);

        Assert.True(result.Status == status, $"{name}: expected {status}, got:\n{result.Text}");
        Assert.True(result.Closed, $"{name}: the connection stayed open");
        Assert.Equal(1, result.ResponseCount);
        Assert.Equal(0, probe.Invocations);
        Assert.Empty(probe.Errors);
    }

    // Kestrel parses Content-Length with Utf8Parser, which takes a leading '+': "+5" is 5 (RFC 9110 §8.6 says 1*DIGIT;
    // node answers 400). The raw value never reaches the application (Kestrel hands out the parsed number), so KoaNet
    // cannot refuse it; docs/SECURITY.md lists it. Framing stays self-consistent: exactly 5 bytes of body, and the
    // next request starts right after them. A front end that forwards "+5" while reading it as something else is the
    // only way to exploit it; nginx and HAProxy answer 400 to it.
    [Fact(DisplayName = "security › wire › Content-Length: +5 is read as 5 (Kestrel leniency, documented)")]
    public async Task Signed_content_length()
    {
        await using var probe = await ServerProbe.StartAsync();

        var result = await Wire.ExchangeAsync(probe.Port, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\nhello" + After.Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal));

        Assert.Equal(2, result.ResponseCount);
        Assert.Equal(["POST / hello", "GET /after"], probe.Seen);
    }

    // RFC 9110 §5.5: CR, LF and NUL in a value must be rejected (Kestrel does, above); other control characters and
    // non-token names "MAY" be retained. Kestrel retains them; node's llhttp rejects them. They reach the middleware
    // unchanged, framing intact: no smuggling, one request, one response.
    public static TheoryData<string, string, string, string> Retained => new()
    {
        { "control character in a header value", "X-A: a\u0001b", "X-A", "a\u0001b" },
        { "escape sequence in a header value", "X-A: \u001b[31mred", "X-A", "\u001b[31mred" },
        { "DEL in a header value", "X-A: a\u007fb", "X-A", "a\u007fb" },
        { "non-token character in a header name", "X@A: b", "X@A", "b" },
    };

    [Theory(DisplayName = "security › wire › other control characters are passed through intact (RFC 9110 §5.5)")]
    [MemberData(nameof(Retained))]
    public async Task Retained_control_characters(string name, string header, string field, string value)
    {
        string? seen = null;
        await using var probe = await ServerProbe.StartAsync(handler: ctx =>
        {
            seen = ctx.Get(field);
            ctx.Body = "ok";
            return Task.CompletedTask;
        });

        var result = await Wire.ExchangeAsync(probe.Port, $"GET / HTTP/1.1\r\nHost: a\r\n{header}\r\nConnection: close\r\n\r\n");

        Assert.True(result.Status == 200, $"{name}: {result.Text}");
        Assert.Equal(1, result.ResponseCount);
        Assert.Equal(value, seen);
    }

    // The body is read by the middleware; a framing error there surfaces as BadHttpRequestException from the read,
    // which Koa's error handling answers with its status, and Kestrel closes the connection.
    public static TheoryData<string, string> BodyPhase => new()
    {
        { "chunk size not hexadecimal", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nx\r\n0\r\n\r\n" },
        { "bare LF in a chunk extension (CVE-2025-55315)", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;a\nb\r\nhello\r\n0\r\n\r\n" },
        { "bare CR in a chunk extension", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;a\rb\r\nhello\r\n0\r\n\r\n" },
        { "chunk data longer than its size", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n" },
        { "chunk size ended by a bare LF", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n" },
    };

    [Theory(DisplayName = "security › wire › bad chunked body is a 400 from the body read, connection closed")]
    [MemberData(nameof(BodyPhase))]
    public async Task Bad_chunked_body(string name, string request)
    {
        await using var probe = await ServerProbe.StartAsync();

        var result = await Wire.ExchangeAsync(probe.Port, request + After);

        Assert.True(result.Status == 400, $"{name}: expected 400, got:\n{result.Text}\n{string.Join("\n", probe.Errors)}");
        Assert.True(result.Closed, $"{name}: the connection stayed open");
        Assert.Equal(1, result.ResponseCount);
        Assert.Equal(0, probe.Invocations);
        var error = Assert.Single(probe.Errors);
        Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.BadHttpRequestException>(error);
    }

    // Kestrel reports a chunk size that overflows 64 bits as IOException("Bad chunk size data."), not as
    // BadHttpRequestException, so Koa's error handling answers 500 (as for any unknown exception). What matters: the
    // size never wraps into a small one — no body reaches the middleware — and the connection is closed.
    [Fact(DisplayName = "security › wire › chunk size over 64 bits never wraps: no body, connection closed")]
    public async Task Chunk_size_overflow()
    {
        await using var probe = await ServerProbe.StartAsync();

        var result = await Wire.ExchangeAsync(probe.Port, "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1000000000000000A\r\nx\r\n0\r\n\r\n" + After);

        Assert.Equal(500, result.Status);
        Assert.True(result.Closed);
        Assert.Equal(1, result.ResponseCount);
        Assert.Equal(0, probe.Invocations);
        var error = Assert.IsType<IOException>(Assert.Single(probe.Errors));
        Assert.IsType<OverflowException>(error.InnerException);
    }

    public static TheoryData<string, string, string> BothFramings => new()
    {
        // CL.TE: a front end honouring Content-Length would forward "0\r\n\r\nG" and leave "G" to prefix the next request.
        { "CL.TE", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG", "POST /" },
        // TE.CL: a front end honouring Content-Length: 4 would see "5c\r\n" and leave a smuggled POST behind it.
        {
            "TE.CL",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "1d\r\nGPOST /smuggled HTTP/1.1\r\n\r\nx\r\n0\r\n\r\n",
            "POST / GPOST /smuggled HTTP/1.1\r\n\r\nx"
        },
        { "TE before CL", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n", "POST / abc" },
    };

    [Theory(DisplayName = "security › wire › Content-Length with Transfer-Encoding: chunked wins, connection closed after")]
    [MemberData(nameof(BothFramings))]
    public async Task Both_framings(string name, string request, string seen)
    {
        await using var probe = await ServerProbe.StartAsync();

        var result = await Wire.ExchangeAsync(probe.Port, request + After);

        Assert.True(result.Status == 200, $"{name}: expected 200, got:\n{result.Text}");
        Assert.Equal("close", result.Header("Connection"));
        Assert.True(result.Closed, $"{name}: the connection stayed open");
        Assert.Equal(1, result.ResponseCount);
        Assert.Equal([seen], probe.Seen);
    }

    [Fact(DisplayName = "security › wire › a well-formed pipeline is served in order (control case)")]
    public async Task Control_pipeline()
    {
        await using var probe = await ServerProbe.StartAsync();

        var result = await Wire.ExchangeAsync(probe.Port, "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello" + After.Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal));

        Assert.Equal(2, result.ResponseCount);
        Assert.Equal(["POST /a hello", "GET /after"], probe.Seen);
    }
}
