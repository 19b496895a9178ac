using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Koa.Tests.Upstream;

/// <summary>
/// raw-body 2.5.3 test/flowing.js, test/native.js, test/http.js and test/http2.js, case by case. Node's streams have
/// modes (flowing, paused) and an encoding; a .NET <see cref="Stream"/> has neither: it is read when the reader asks
/// and yields bytes. "The stream is paused" becomes "nothing more is read after the error"; "stream encoding set"
/// (a 500 in node) has no .NET form — its counterpart, noted in each case, is reading text through
/// <see cref="RawBodyOptions.Encoding"/>. The http cases run over Kestrel (HTTP/1.1 and HTTP/2 prior knowledge).
/// </summary>
public sealed class RawBodyStreamTests
{
    private const long DefaultLimit = 1024 * 1024;

    /// <summary>An endless stream of 4–64 KB chunks, a little slow (node's createInfiniteStream); counts reads.</summary>
    private sealed class InfiniteStream(Exception? failAfterDelay = null) : Stream
    {
        private readonly DateTime _started = DateTime.UtcNow;
        public int Reads;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Reads);
            await Task.Delay(1, cancellationToken);
            if (failAfterDelay is not null && DateTime.UtcNow - _started > TimeSpan.FromMilliseconds(500)) throw failAfterDelay;
            var n = Math.Min(buffer.Length, Random.Shared.Next(4, 65) * 1024);
            buffer.Span[..n].Fill((byte)'a');
            return n;
        }
    }

    [Fact(DisplayName = "stream flowing › when limit lower then length › should stop the steam flow")]
    public async Task Limit_lower_than_length()
    {
        var stream = new InfiniteStream();
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(stream, new RawBodyOptions { Limit = DefaultLimit, Length = DefaultLimit * 2 }));
        Assert.Equal("entity.too.large", err.Properties["type"]);
        Assert.Equal("request entity too large", err.Message);
        Assert.Equal(413, err.StatusCode);
        Assert.Equal(DefaultLimit * 2, err.Properties["length"]);
        Assert.Equal(DefaultLimit, err.Properties["limit"]);
        Assert.Equal(0, stream.Reads); // refused before reading: the stream stays untouched ("paused")
    }

    [Fact(DisplayName = "stream flowing › when limit lower then length › should halt flowing stream")]
    public async Task Halt_flowing_stream()
    {
        // node: the stream is also piped elsewhere and length (1 MB) < limit (2 MB); the infinite stream crosses the
        // length... and the limit: 413. .NET has no second reader; the read stops at the limit.
        var stream = new InfiniteStream();
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(stream, new RawBodyOptions { Limit = DefaultLimit * 2, Length = DefaultLimit }));
        Assert.Equal("entity.too.large", err.Properties["type"]);
        Assert.Equal("request entity too large", err.Message);
        Assert.Equal(413, err.StatusCode);
        var reads = stream.Reads;
        await Task.Delay(50);
        Assert.Equal(reads, stream.Reads);
    }

    [Fact(DisplayName = "stream flowing › when stream has encoding set › should stop the steam flow")]
    public async Task Encoding_set_stops_flow()
    {
        // .NET streams carry no encoding (node's 500 stream.encoding.set cannot happen); an unknown RawBodyOptions.Encoding
        // is refused before any read, as node refuses a stream with an encoding before reading it.
        var stream = new InfiniteStream();
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadStringAsync(stream, new RawBodyOptions { Limit = DefaultLimit, Encoding = "bogus" }));
        Assert.Equal("encoding.unsupported", err.Properties["type"]);
        Assert.Equal(0, stream.Reads);
    }

    [Fact(DisplayName = "stream flowing › when stream has limit › should stop the steam flow")]
    public async Task Limit_stops_flow()
    {
        var stream = new InfiniteStream();
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(stream, new RawBodyOptions { Limit = DefaultLimit }));
        Assert.Equal("entity.too.large", err.Properties["type"]);
        Assert.Equal(413, err.StatusCode);
        Assert.True((long)err.Properties["received"]! > DefaultLimit);
        Assert.Equal(DefaultLimit, err.Properties["limit"]);
        var reads = stream.Reads;
        await Task.Delay(50);
        Assert.Equal(reads, stream.Reads);
    }

    [Fact(DisplayName = "stream flowing › when stream has limit › should stop the steam flow (stream error)")]
    public async Task Stream_error_stops_flow()
    {
        // upstream's second "when stream has limit › should stop the steam flow": the stream errors after 500 ms
        var stream = new InfiniteStream(new InvalidOperationException("BOOM"));
        var err = await Assert.ThrowsAsync<InvalidOperationException>(() => RawBody.ReadAsync(stream));
        Assert.Equal("BOOM", err.Message);
        var reads = stream.Reads;
        await Task.Delay(50);
        Assert.Equal(reads, stream.Reads);
    }

    [Fact(DisplayName = "using native streams › should read contents")]
    public async Task Native_read() => Assert.Equal("hello, streams!", Encoding.UTF8.GetString(await RawBody.ReadAsync(new MemoryStream("hello, streams!"u8.ToArray()))));

    [Fact(DisplayName = "using native streams › should read pre-buffered contents")]
    public async Task Native_pre_buffered()
    {
        // node pushes "oh, " before the read; .NET: a buffered stream that already holds the first bytes
        var inner = new MemoryStream("oh, hello, streams!"u8.ToArray());
        var buffered = new BufferedStream(inner, 4);
        Assert.Equal((int)'o', buffered.ReadByte());
        var rest = await RawBody.ReadAsync(buffered);
        Assert.Equal("h, hello, streams!", Encoding.UTF8.GetString(rest));
    }

    [Fact(DisplayName = "using native streams › should stop the stream on limit")]
    public async Task Native_limit()
    {
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(new MemoryStream("hello, streams!"u8.ToArray()), new RawBodyOptions { Limit = 2 }));
        Assert.Equal(413, err.Status);
        Assert.Equal(2L, err.Properties["limit"]);
    }

    [Fact(DisplayName = "using native streams › should throw if stream is not readable")]
    public async Task Native_not_readable()
    {
        var stream = new MemoryStream("hello, streams!"u8.ToArray());
        await stream.CopyToAsync(Stream.Null);
        await stream.DisposeAsync(); // ended and closed
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(stream));
        Assert.Equal(500, err.Status);
        Assert.Equal("stream.not.readable", err.Properties["type"]);
        Assert.Equal("stream is not readable", err.Message);
    }

    private static async Task<(WebApplication App, int Port)> ServeAsync(HttpProtocols protocols, RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = protocols));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        return (app, port);
    }

    private static async Task Echo(HttpContext ctx)
    {
        try
        {
            var body = await RawBody.ReadAsync(ctx.Request.Body, new RawBodyOptions { Length = ctx.Request.ContentLength });
            await ctx.Response.Body.WriteAsync(body);
        }
        catch (HttpError err)
        {
            ctx.Response.StatusCode = 500;
            await ctx.Response.WriteAsync(err.Message);
        }
    }

    private static HttpClient Client(bool http2) => new(new SocketsHttpHandler { UseProxy = false })
    {
        DefaultRequestVersion = http2 ? HttpVersion.Version20 : HttpVersion.Version11,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    [Fact(DisplayName = "using http streams › should read body streams")]
    public async Task Http_read()
    {
        var (app, port) = await ServeAsync(HttpProtocols.Http1, Echo);
        await using var _ = app;
        using var client = Client(false);
        using var res = await client.PostAsync($"http://127.0.0.1:{port}/", new StringContent("hello, world!"));
        Assert.Equal("hello, world!", await RawBody.ReadStringAsync(await res.Content.ReadAsStreamAsync()));
    }

    [Fact(DisplayName = "using http streams › should throw if stream encoding is set")]
    public async Task Http_encoding_set()
    {
        // no stream encoding in .NET: the request body read as text with a charset instead
        var (app, port) = await ServeAsync(HttpProtocols.Http1, async ctx =>
            await ctx.Response.WriteAsync(await RawBody.ReadStringAsync(ctx.Request.Body, new RawBodyOptions { Length = ctx.Request.ContentLength, Encoding = "utf-8" })));
        await using var _ = app;
        using var client = Client(false);
        using var res = await client.PostAsync($"http://127.0.0.1:{port}/", new StringContent("hello, world!"));
        Assert.Equal("hello, world!", await res.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "using http streams › should throw if stream is not readable")]
    public async Task Http_not_readable()
    {
        // node: the second read of an ended request stream is 500 stream.not.readable. Kestrel's request body stays
        // readable and answers end-of-stream, so the second read finds 0 of the 13 bytes announced: 400 request.size.invalid.
        var (app, port) = await ServeAsync(HttpProtocols.Http1, async ctx =>
        {
            await RawBody.ReadAsync(ctx.Request.Body, new RawBodyOptions { Length = ctx.Request.ContentLength });
            try
            {
                await RawBody.ReadAsync(ctx.Request.Body, new RawBodyOptions { Length = ctx.Request.ContentLength });
                ctx.Response.StatusCode = 200;
            }
            catch (HttpError err)
            {
                ctx.Response.StatusCode = 500;
                await ctx.Response.WriteAsync($"[{err.Properties["type"]}] {err.Message}");
            }
        });
        await using var _ = app;
        using var client = Client(false);
        using var res = await client.PostAsync($"http://127.0.0.1:{port}/", new StringContent("hello, world!"));
        Assert.Equal("[request.size.invalid] request size did not match content length", await res.Content.ReadAsStringAsync());
    }

    private static async Task AssertAbortedAsync(TaskCompletionSource<HttpError> seen)
    {
        var err = await seen.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("ECONNABORTED", err.Properties["code"]);
        Assert.Equal(50L, err.Properties["expected"]);
        Assert.Equal("request aborted", err.Message);
        Assert.Equal(10L, err.Properties["received"]);
        Assert.Equal(400, err.Status);
        Assert.Equal("request.aborted", err.Properties["type"]);
    }

    private static RequestDelegate Capture(TaskCompletionSource<HttpError> seen, TaskCompletionSource tenBytesIn) => async ctx =>
    {
        try
        {
            await RawBody.ReadAsync(new SignalAfter(ctx.Request.Body, 10, tenBytesIn), new RawBodyOptions { Length = ctx.Request.ContentLength });
        }
        catch (HttpError err)
        {
            seen.TrySetResult(err);
        }
    };

    /// <summary>
    /// The request body, signalling once <paramref name="count"/> bytes were read: the client cuts the connection only
    /// after the server holds them (a fixed sleep was once too short on a loaded CI machine: "received" was 0).
    /// </summary>
    private sealed class SignalAfter(Stream inner, int count, TaskCompletionSource reached) : Stream
    {
        private long _read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            if ((_read += n) >= count) reached.TrySetResult();
            return n;
        }
    }

    [Fact(DisplayName = "using http streams › should throw if connection ends")]
    public async Task Http_connection_ends()
    {
        var seen = new TaskCompletionSource<HttpError>(TaskCreationOptions.RunContinuationsAsynchronously);
        var tenBytesIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (app, port) = await ServeAsync(HttpProtocols.Http1, Capture(seen, tenBytesIn));
        await using var _ = app;
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(IPAddress.Loopback, port);
            await socket.GetStream().WriteAsync("POST / HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: 50\r\n\r\ntesting..."u8.ToArray());
            await tenBytesIn.Task.WaitAsync(TimeSpan.FromSeconds(20));
            socket.Client.LingerState = new LingerOption(true, 0);
        }
        await AssertAbortedAsync(seen);
    }

    [Fact(DisplayName = "using http2 streams › should read from compatibility api")]
    public async Task Http2_compat()
    {
        var (app, port) = await ServeAsync(HttpProtocols.Http2, Echo);
        await using var _ = app;
        using var client = Client(true);
        using var res = await client.PostAsync($"http://127.0.0.1:{port}/", new StringContent("hello, world!"));
        Assert.Equal(HttpVersion.Version20, res.Version);
        Assert.Equal(200, (int)res.StatusCode);
        Assert.Equal("hello, world!", await RawBody.ReadStringAsync(await res.Content.ReadAsStreamAsync()));
    }

    [Fact(DisplayName = "using http2 streams › should read body streams")]
    public async Task Http2_read()
    {
        // node's raw 'stream' event API; Kestrel has one request API, read here without a Content-Length (a streamed body)
        var (app, port) = await ServeAsync(HttpProtocols.Http2, Echo);
        await using var _ = app;
        using var client = Client(true);
        using var content = new StreamContent(new MemoryStream("hello, world!"u8.ToArray()));
        using var res = await client.PostAsync($"http://127.0.0.1:{port}/", content);
        Assert.Equal("hello, world!", await res.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "using http2 streams › should throw if stream encoding is set")]
    public async Task Http2_encoding_set()
    {
        // no stream encoding in .NET; an unsupported charset is the error a text read can meet: 415 before reading
        var (app, port) = await ServeAsync(HttpProtocols.Http2, async ctx =>
        {
            try
            {
                await RawBody.ReadStringAsync(ctx.Request.Body, new RawBodyOptions { Length = ctx.Request.ContentLength, Encoding = "bogus" });
            }
            catch (HttpError err)
            {
                ctx.Response.StatusCode = 500;
                await ctx.Response.WriteAsync(err.Message);
            }
        });
        await using var _ = app;
        using var client = Client(true);
        using var res = await client.PostAsync($"http://127.0.0.1:{port}/", new StringContent("hello, world!"));
        Assert.Equal(500, (int)res.StatusCode);
        Assert.Equal("specified encoding unsupported", await res.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A 50-byte body that sends its first 10 bytes, flushes them, signals, then waits until the request is cancelled
    /// (the connection goes away before the rest). The flush is explicit because SocketsHttpHandler's HTTP/2 writer
    /// may hold DATA frames in its buffer and a <see cref="StreamContent"/> copy never flushes: the bytes must be on
    /// the wire by the client's doing, not whenever the handler next flushes, for the server to be seen holding them.
    /// </summary>
    private sealed class TenBytesThenHang(TaskCompletionSource flushed) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync("testing..."u8.ToArray(), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            flushed.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = 50;
            return true;
        }
    }

    [Fact(DisplayName = "using http2 streams › should throw if connection ends")]
    public async Task Http2_connection_ends()
    {
        var seen = new TaskCompletionSource<HttpError>(TaskCreationOptions.RunContinuationsAsynchronously);
        var tenBytesIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tenBytesOut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (app, port) = await ServeAsync(HttpProtocols.Http2, Capture(seen, tenBytesIn));
        await using var _ = app;
        // the client's socket, to cut the connection itself: disposing the HttpClient and cancelling the request left
        // the closing to SocketsHttpHandler, which reached the server 1–2 s later (more under load)
        Socket? connection = null;
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                connection = socket;
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var content = new TenBytesThenHang(tenBytesOut);
        var sending = client.PostAsync($"http://127.0.0.1:{port}/", content);
        // the client wrote and flushed the 10 bytes, and the server holds them: only then does the connection go away
        await tenBytesOut.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await tenBytesIn.Task.WaitAsync(TimeSpan.FromSeconds(30));
        connection!.LingerState = new LingerOption(true, 0); // a reset, as the http case
        connection.Close();
        // the request fails as whichever client task meets the reset first reports it: the connection's reader (an
        // HttpRequestException) or the body's cancellation (a TaskCanceledException); upstream asserts the server's error
        var failed = await Record.ExceptionAsync(() => sending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(failed is HttpRequestException or OperationCanceledException, failed?.ToString() ?? "the request succeeded");
        await AssertAbortedAsync(seen);
    }
}
