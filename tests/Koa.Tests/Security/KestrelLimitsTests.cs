using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Koa.Tests.Security;

/// <summary>
/// The Kestrel limits exposed by <see cref="ApplicationOptions"/>, each tested at its edge over real Kestrel: the
/// limit passes, one over is refused. Small limits keep the requests small; timeouts are a few seconds (Kestrel
/// checks them on a 1 s heartbeat).
/// </summary>
public sealed class KestrelLimitsTests
{
    [Fact(DisplayName = "security › limits › the defaults are Kestrel's")]
    public void Defaults()
    {
        var options = new ApplicationOptions();
        var kestrel = new KestrelServerLimits();
        Assert.Equal(8192, options.MaxRequestLineSize);
        Assert.Equal(32768, options.MaxRequestHeadersTotalSize);
        Assert.Equal(100, options.MaxRequestHeaderCount);
        Assert.Equal(30_000_000, options.MaxRequestBodySize);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestHeadersTimeout);
        Assert.Equal(TimeSpan.FromSeconds(130), options.KeepAliveTimeout);
        Assert.Equal(240, options.MinRequestBodyDataRate!.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MinRequestBodyDataRate.GracePeriod);
        Assert.Equal(240, options.MinResponseDataRate!.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MinResponseDataRate.GracePeriod);
        Assert.Null(options.MaxConcurrentConnections);
        Assert.Equal(kestrel.MaxRequestLineSize, options.MaxRequestLineSize);
        Assert.Equal(kestrel.MaxRequestHeadersTotalSize, options.MaxRequestHeadersTotalSize);
        Assert.Equal(kestrel.MaxRequestHeaderCount, options.MaxRequestHeaderCount);
        Assert.Equal(kestrel.MaxRequestBodySize, options.MaxRequestBodySize);
        Assert.Equal(kestrel.RequestHeadersTimeout, options.RequestHeadersTimeout);
        Assert.Equal(kestrel.KeepAliveTimeout, options.KeepAliveTimeout);
        Assert.Equal(kestrel.MaxConcurrentConnections, options.MaxConcurrentConnections);
    }

    // The request line counts its CRLF: "GET /aaa HTTP/1.1\r\n".
    private static string RequestLineOf(int length) => $"GET /{new string('a', length - 16)} HTTP/1.1\r\n";

    [Theory(DisplayName = "security › limits › MaxRequestLineSize: the limit passes, one byte more is 414")]
    [InlineData(99, 200)]
    [InlineData(100, 200)]
    [InlineData(101, 414)]
    public async Task Request_line(int length, int status)
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestLineSize = 100 });
        var line = RequestLineOf(length);
        Assert.Equal(length, line.Length);

        var result = await Wire.ExchangeAsync(probe.Port, line + "Host: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(status, result.Status);
        Assert.True(result.Closed);
        Assert.Equal(status == 200 ? 1 : 0, probe.Invocations);
    }

    // The header section counts every field line with its CRLF, not the request line nor the final empty line.
    [Theory(DisplayName = "security › limits › MaxRequestHeadersTotalSize: the limit passes, one byte more is 431")]
    [InlineData(199, 200)]
    [InlineData(200, 200)]
    [InlineData(201, 431)]
    public async Task Header_section(int size, int status)
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestHeadersTotalSize = 200 });
        var fields = "Host: a\r\nConnection: close\r\n";
        fields += "X: " + new string('b', size - fields.Length - 5) + "\r\n";
        Assert.Equal(size, fields.Length);

        var result = await Wire.ExchangeAsync(probe.Port, "GET / HTTP/1.1\r\n" + fields + "\r\n");

        Assert.Equal(status, result.Status);
        Assert.True(result.Closed);
        Assert.Equal(status == 200 ? 1 : 0, probe.Invocations);
    }

    [Theory(DisplayName = "security › limits › MaxRequestHeaderCount: the limit passes, one field more is 431")]
    [InlineData(9, 200)]
    [InlineData(10, 200)]
    [InlineData(11, 431)]
    public async Task Header_count(int count, int status)
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestHeaderCount = 10 });
        var fields = new StringBuilder("Host: a\r\nConnection: close\r\n");
        for (var i = 2; i < count; i++) fields.Append("X-").Append(i).Append(": v\r\n");

        var result = await Wire.ExchangeAsync(probe.Port, "GET / HTTP/1.1\r\n" + fields + "\r\n");

        Assert.Equal(status, result.Status);
        Assert.Equal(status == 200 ? 1 : 0, probe.Invocations);
    }

    // With Content-Length the limit is the body length. A chunked body is measured as it arrives on the wire, framing
    // included: "59\r\n" + 89 bytes + "\r\n" + "0\r\n\r\n" is 100 bytes.
    [Theory(DisplayName = "security › limits › MaxRequestBodySize: the limit passes, one byte more is 413 (Content-Length and chunked)")]
    [InlineData(99, false, 200)]
    [InlineData(100, false, 200)]
    [InlineData(101, false, 413)]
    [InlineData(88, true, 200)]
    [InlineData(89, true, 200)]
    [InlineData(90, true, 413)]
    public async Task Body_size(int size, bool chunked, int status)
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestBodySize = 100 });
        var body = new string('x', size);
        var framed = chunked ? $"{size:x}\r\n{body}\r\n0\r\n\r\n" : body;
        if (chunked) Assert.Equal(size + 11, framed.Length);
        var request = chunked
            ? $"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{framed}"
            : $"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n{body}";

        var result = await Wire.ExchangeAsync(probe.Port, request);

        Assert.Equal(status, result.Status);
        Assert.Equal(status == 200 ? 1 : 0, probe.Invocations);
        if (status == 413)
        {
            Assert.Equal(413, Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.BadHttpRequestException>(Assert.Single(probe.Errors)).StatusCode);
        }
    }

    [Fact(DisplayName = "security › limits › MaxRequestBodySize = null lifts the limit")]
    public async Task Body_size_unlimited()
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestBodySize = null, Kestrel = k => Assert.Null(k.Limits.MaxRequestBodySize) });

        var result = await Wire.ExchangeAsync(probe.Port, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");

        Assert.Equal(200, result.Status);
    }

    [Fact(DisplayName = "security › limits › RequestHeadersTimeout: headers finished in time pass, stalled headers get 408 and close")]
    public async Task Request_headers_timeout()
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { RequestHeadersTimeout = TimeSpan.FromSeconds(2) });

        using (var slow = await Wire.ConnectAsync(probe.Port))
        {
            await slow.SendAsync("GET /in-time HTTP/1.1\r\nHost: a\r\n");
            await Task.Delay(TimeSpan.FromSeconds(0.5));
            await slow.SendAsync("Connection: close\r\n\r\n");
            Assert.Equal(200, (await slow.ReadToEndAsync()).Status);
        }

        using var stalled = await Wire.ConnectAsync(probe.Port);
        await stalled.SendAsync("GET /stalled HTTP/1.1\r\nHost: a\r\n");
        var result = await stalled.ReadToEndAsync(TimeSpan.FromSeconds(6));

        Assert.Equal(408, result.Status);
        Assert.True(result.Closed);
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(6));
        Assert.Equal(["GET /in-time"], probe.Seen);
    }

    [Fact(DisplayName = "security › limits › KeepAliveTimeout: a request within it is served, an idle connection is closed after it")]
    public async Task Keep_alive_timeout()
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { KeepAliveTimeout = TimeSpan.FromSeconds(2) });
        using var wire = await Wire.ConnectAsync(probe.Port);

        await wire.SendAsync("GET /1 HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(200, (await wire.ReadResponseAsync()).Status);
        await Task.Delay(TimeSpan.FromSeconds(0.5));
        await wire.SendAsync("GET /2 HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(200, (await wire.ReadResponseAsync()).Status);
        var idle = await wire.ReadToEndAsync(TimeSpan.FromSeconds(6));

        Assert.True(idle.Closed, "the idle connection was not closed");
        Assert.Empty(idle.Bytes);
        Assert.InRange(idle.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(6));
    }

    [Fact(DisplayName = "security › limits › MinRequestBodyDataRate: a body trickling below the rate is cut with 408")]
    public async Task Min_request_body_data_rate()
    {
        var rate = new MinDataRate(bytesPerSecond: 1000, gracePeriod: TimeSpan.FromSeconds(2));
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MinRequestBodyDataRate = rate });
        using var wire = await Wire.ConnectAsync(probe.Port);
        var stopwatch = Stopwatch.StartNew();

        await wire.SendAsync("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n0123456789");
        var result = await wire.ReadToEndAsync(TimeSpan.FromSeconds(8));

        Assert.Equal(408, result.Status);
        Assert.True(result.Closed);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8));
        Assert.Equal(0, probe.Invocations);
        Assert.Equal(408, Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.BadHttpRequestException>(Assert.Single(probe.Errors)).StatusCode);
    }

    [Fact(DisplayName = "security › limits › MinResponseDataRate: a client that stops reading is disconnected")]
    public async Task Min_response_data_rate()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new Application(new ApplicationOptions { MinResponseDataRate = new MinDataRate(bytesPerSecond: 1_000_000, gracePeriod: TimeSpan.FromSeconds(2)) });
        app.Use(ctx =>
        {
            ctx.RequestAborted.Register(() => aborted.TrySetResult());
            ctx.Body = new EndlessStream();
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);
        using var wire = await Wire.ConnectAsync(probe.Port);

        await wire.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\n");

        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact(DisplayName = "security › limits › MaxConcurrentConnections: the limit is served, one more connection is closed unanswered")]
    public async Task Max_concurrent_connections()
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxConcurrentConnections = 2 });
        using var first = await Wire.ConnectAsync(probe.Port);
        using var second = await Wire.ConnectAsync(probe.Port);
        await first.SendAsync("GET /1 HTTP/1.1\r\nHost: a\r\n\r\n");
        await second.SendAsync("GET /2 HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal(200, (await first.ReadResponseAsync()).Status);
        Assert.Equal(200, (await second.ReadResponseAsync()).Status);

        using (var third = await Wire.ConnectAsync(probe.Port))
        {
            await third.SendAsync("GET /3 HTTP/1.1\r\nHost: a\r\n\r\n");
            var refused = await third.ReadToEndAsync();
            Assert.True(refused.Closed);
            Assert.Empty(refused.Bytes);
        }

        first.Dispose();
        await probe.WaitForAsync(_ => false, TimeSpan.FromMilliseconds(300));
        var fourth = await Wire.ExchangeAsync(probe.Port, "GET /4 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        Assert.Equal(200, fourth.Status);
        Assert.Equal(["GET /1", "GET /2", "GET /4"], probe.Seen.Order());
    }

    [Fact(DisplayName = "security › limits › the Kestrel callback runs after the limits and has the last word")]
    public async Task Kestrel_callback_wins()
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestLineSize = 100, Kestrel = k => k.Limits.MaxRequestLineSize = 200 });

        var result = await Wire.ExchangeAsync(probe.Port, RequestLineOf(150) + "Host: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, result.Status);
    }

    [Fact(DisplayName = "security › limits › an out-of-range limit makes ListenAsync throw")]
    public async Task Invalid_limits()
    {
        var app = new Application(new ApplicationOptions { MaxRequestLineSize = 0 });
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => app.ListenAsync(0, "127.0.0.1"));
        app = new Application(new ApplicationOptions { KeepAliveTimeout = TimeSpan.FromSeconds(-1) });
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => app.ListenAsync(0, "127.0.0.1"));
    }

    /// <summary>A body that never ends: 64 KiB of zeros per read.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => count;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(buffer.Length);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
