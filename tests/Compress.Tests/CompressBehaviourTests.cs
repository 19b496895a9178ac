using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using Koa.Tests.Shared;
using static Koa.Tests.Support;

namespace Koa.Tests;

/// <summary>Our own cases: what koa-compress 5.2.2 adds beyond its published tests, the 406 fix, server-sent events.</summary>
public sealed class CompressBehaviourTests
{
    private static readonly string Text2K = new('a', 2048);

    private static Application App(Action<Context> handler, CompressOptions? options = null)
    {
        var app = new Application();
        app.Use(Compress.Create(options));
        app.Use(ctx =>
        {
            handler(ctx);
            return Task.CompletedTask;
        });
        return app;
    }

    [Fact(DisplayName = "compress › public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Compress).Assembly);

    [Theory(DisplayName = "compress › nothing acceptable answers 406 (koa-compress 5.2.2 answers 500 there)")]
    [InlineData("identity;q=0")]
    [InlineData("*;q=0")]
    [InlineData("gzip;q=0, identity;q=0")]
    [InlineData("x-unknown, identity;q=0")]
    public async Task Not_acceptable(string acceptEncoding)
    {
        var app = App(ctx => ctx.Body = Text2K);
        var res = await app.Request().Get("/").Set("Accept-Encoding", acceptEncoding).ExpectAsync(406);
        Assert.Equal(Compress.NotAcceptableMessage, res.Text);
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
    }

    [Fact(DisplayName = "compress › identity;q=0 with an enabled encoding accepted compresses")]
    public async Task Identity_excluded_but_gzip_accepted()
    {
        var res = await App(ctx => ctx.Body = Text2K).Request().Get("/").Set("Accept-Encoding", "identity;q=0, gzip").ExpectAsync(200);
        Assert.Equal("gzip", res.Header("Content-Encoding"));
        Assert.Equal(Text2K, Text(res));
    }

    [Fact(DisplayName = "compress › identity;q=0 with the only accepted encoding disabled is 406")]
    public async Task Identity_excluded_and_encoding_disabled() =>
        await App(ctx => ctx.Body = Text2K, new CompressOptions { Gzip = null }).Request().Get("/").Set("Accept-Encoding", "gzip, identity;q=0").ExpectAsync(406);

    [Fact(DisplayName = "compress › Accept-Encoding: * means gzip")]
    public async Task Wildcard()
    {
        var res = await App(ctx => ctx.Body = Text2K).Request().Get("/").Set("Accept-Encoding", "*").ExpectAsync(200);
        Assert.Equal("gzip", res.Header("Content-Encoding"));
    }

    [Theory(DisplayName = "compress › partial content is never compressed (206, Content-Range, multipart/byteranges)")]
    [InlineData("status")]
    [InlineData("range")]
    [InlineData("byteranges")]
    public async Task Partial_content(string kind)
    {
        var app = App(ctx =>
        {
            ctx.Body = Text2K;
            if (kind == "status") ctx.Status = 206;
            if (kind == "range") ctx.Set("Content-Range", "bytes 0-2047/4096");
            if (kind == "byteranges") ctx.Set("Content-Type", "multipart/byteranges; boundary=x");
            ctx.Compress = true;
        });
        var res = await app.Request().Get("/").Set("Accept-Encoding", "gzip").EndAsync();
        Assert.Null(res.Header("Content-Encoding"));
    }

    [Fact(DisplayName = "compress › ctx.Compress lives in ctx.Features, not ctx.State")]
    public async Task Feature_backed()
    {
        var app = App(ctx =>
        {
            Assert.Null(ctx.Compress);
            ctx.Compress = false;
            Assert.False(ctx.Compress);
            Assert.Empty(ctx.State);
            ctx.Body = Text2K;
        });
        var res = await app.Request().Get("/").Set("Accept-Encoding", "gzip").ExpectAsync(200);
        Assert.Null(res.Header("Content-Encoding"));
    }

    [Fact(DisplayName = "compress › Threshold takes bytes or a bytes string; text that is no size is refused")]
    public void Threshold()
    {
        Assert.Equal(1024, new CompressOptions().Threshold.Bytes);
        Assert.Equal(1024, new CompressOptions { Threshold = "1kb" }.Threshold.Bytes);
        Assert.Equal(1572864, new CompressOptions { Threshold = "1.5 MB" }.Threshold.Bytes);
        Assert.Equal(10, new CompressOptions { Threshold = 10 }.Threshold.Bytes);
        Assert.Throws<ArgumentException>(() => new CompressOptions { Threshold = "lots" });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompressOptions { Threshold = -1 });
    }

    [Theory(DisplayName = "compress › every encoding round-trips a 1 MB stream and a PipeReader body")]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public async Task Round_trip(string encoding)
    {
        var text = new StringBuilder();
        var random = new Random(7);
        while (text.Length < 1024 * 1024) text.Append("{\"id\":").Append(random.Next()).Append(",\"name\":\"item\"},");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(ctx =>
        {
            ctx.Type = "json";
            ctx.Body = ctx.Path == "/pipe" ? PipeReader.Create(new MemoryStream(bytes)) : new MemoryStream(bytes);
            return Task.CompletedTask;
        });
        foreach (var path in new[] { "/stream", "/pipe" })
        {
            var res = await app.Request().Get(path).Set("Accept-Encoding", encoding).ExpectAsync(200);
            Assert.Equal(encoding, res.Header("Content-Encoding"));
            Assert.True(res.Body.Length < bytes.Length / 3, $"{encoding}: {res.Body.Length:N0} B for {bytes.Length:N0} B");
            Assert.Equal(bytes, Decoded(res));
        }
    }

    [Fact(DisplayName = "compress › brotli at quality 4 and gzip at level 6 produce Node's size class on JSON")]
    public async Task Size_class()
    {
        var items = Enumerable.Range(0, 2000).Select(i => new { id = i, name = "item " + i, tags = new[] { "a", "b" } }).ToArray();
        var app = App(ctx => ctx.Body = items);
        var plain = Encoding.UTF8.GetByteCount(app.Stringify(items));
        var br = (await app.Request().Get("/").Set("Accept-Encoding", "br").ExpectAsync(200)).Body.Length;
        var gzip = (await app.Request().Get("/").Set("Accept-Encoding", "gzip").ExpectAsync(200)).Body.Length;
        Assert.InRange(br, plain / 40, plain / 5);
        Assert.InRange(gzip, plain / 40, plain / 4);
    }

    [Fact(DisplayName = "compress › server-sent events are flushed out of the encoder per write (over Kestrel)")]
    public async Task Server_sent_events()
    {
        var pipe = new Pipe();
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(ctx =>
        {
            ctx.Type = "text/event-stream";
            ctx.Body = pipe.Reader;
            return Task.CompletedTask;
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{server.Port}/");
        request.Headers.Add("Accept-Encoding", "gzip");
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("data: first\n\n"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("gzip", string.Join(",", response.Content.Headers.ContentEncoding));
        await using var decoded = new GZipStream(await response.Content.ReadAsStreamAsync(timeout.Token), CompressionMode.Decompress);
        var buffer = new byte[256];
        var received = new StringBuilder();
        while (!received.ToString().Contains("data: first\n\n", StringComparison.Ordinal))
        {
            var read = await decoded.ReadAsync(buffer, timeout.Token);
            Assert.True(read > 0, "the stream ended before the first event");
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
        // The first event arrived while the body is still open: it was not held back in the encoder.
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("data: second\n\n"));
        await pipe.Writer.CompleteAsync();
        int n;
        while ((n = await decoded.ReadAsync(buffer, timeout.Token)) > 0) received.Append(Encoding.UTF8.GetString(buffer, 0, n));
        Assert.Equal("data: first\n\ndata: second\n\n", received.ToString());
    }

    [Fact(DisplayName = "compress › choosing the encoding of a browser request allocates nothing")]
    public void Encoding_choice_allocates_nothing()
    {
        string[] headers = ["gzip, deflate, br", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8, *;q=0.1", "gzip;Q=0.5, identity", "identity"];
        foreach (var header in headers) Compress.SelectEncoding(header, Compress.PreferredEncodings);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var header in headers) Compress.SelectEncoding(header, Compress.PreferredEncodings);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal("br", Compress.SelectEncoding(headers[0], Compress.PreferredEncodings));
        // negotiator 1.1 honours Q (0.6.3 would not, and would pick gzip on the tie).
        Assert.Equal("identity", Compress.SelectEncoding(headers[3], ["gzip", "deflate", "identity"]));
    }

    [Fact(DisplayName = "compress › 100 KB Accept-Encoding and Cache-Control headers cost about ten times 10 KB")]
    public async Task Hostile_headers_linear()
    {
        static void Select(int n)
        {
            Compress.SelectEncoding(string.Concat(Enumerable.Repeat("x;q=0.5;a=\"b,c\", ", n / 16)), Compress.PreferredEncodings);
            Compress.SelectEncoding(new string(',', n) + "gzip", Compress.PreferredEncodings);
            Compress.SelectEncoding("gzip;" + new string(';', n) + "q=0.1", Compress.PreferredEncodings);
            Compress.SelectEncoding("\"" + new string('\\', n), Compress.PreferredEncodings);
        }
        Select(1000);
        var small = Measure.CpuTime(() => Select(10_000));
        var large = Measure.CpuTime(() => Select(100_000));
        Assert.True(large.TotalMilliseconds < Math.Max(small.TotalMilliseconds, 1) * 40, $"10 KB: {small}, 100 KB: {large}");

        var app = App(ctx =>
        {
            ctx.Set("Cache-Control", string.Concat(Enumerable.Repeat("max-age=1, ", 10_000)) + "no-transform");
            ctx.Body = Text2K;
        });
        var res = await app.Request().Get("/").Set("Accept-Encoding", string.Concat(Enumerable.Repeat("x-y;q=0.001, ", 8000)) + "gzip").ExpectAsync(200);
        Assert.Null(res.Header("Content-Encoding"));
    }
}
