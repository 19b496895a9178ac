using System.Diagnostics;

namespace Koa.Tests.Security;

/// <summary>
/// Faults inside the application: exceptions before and after the headers, a throwing Error listener, a body stream
/// that fails midway, a client that goes away during a large streamed response, a middleware that does not await
/// <c>next</c>, and cancellation reaching middleware. Each over real Kestrel, bounded by a few seconds.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class FaultTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Fact(DisplayName = "security › faults › exception before the headers: one 500, Error raised, connection reusable")]
    public async Task Exception_before_headers()
    {
        var app = new Application();
        app.Use(ctx => ctx.Path == "/boom" ? throw new InvalidOperationException("secret detail") : SetBody(ctx, "fine"));
        await using var probe = await ServerProbe.StartAsync(app);
        using var wire = await Wire.ConnectAsync(probe.Port);

        await wire.SendAsync("GET /boom HTTP/1.1\r\nHost: a\r\n\r\n");
        var failed = await wire.ReadResponseAsync();
        await wire.SendAsync("GET /next HTTP/1.1\r\nHost: a\r\n\r\n");
        var next = await wire.ReadResponseAsync();

        Assert.Equal(500, failed.Status);
        Assert.Equal("Internal Server Error", failed.Body);
        Assert.DoesNotContain("secret", failed.Text, StringComparison.Ordinal);
        Assert.Equal("fine", next.Body);
        Assert.Equal("secret detail", Assert.Single(probe.Errors).Message);
    }

    [Fact(DisplayName = "security › faults › exception after the headers: Error raised, response truncated (no last chunk), no second response")]
    public async Task Exception_after_headers()
    {
        var invocations = 0;
        var app = new Application();
        app.Use(async ctx =>
        {
            Interlocked.Increment(ref invocations);
            ctx.Status = 200;
            ctx.Type = "text";
            await ctx.Response.FlushHeadersAsync();
            await ctx.ResBody.Writer.WriteAsync("partial "u8.ToArray());
            await ctx.ResBody.Writer.FlushAsync();
            throw new InvalidOperationException("after the headers");
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var result = await Wire.ExchangeAsync(probe.Port, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");

        AssertTruncated(result);
        Assert.Equal(1, invocations);
        var error = Assert.Single(probe.Errors);
        Assert.Equal(true, error.Data["headerSent"]);
    }

    // The abort may overtake bytes already handed to the transport, so the client sees the head and part of the body,
    // or less — but never a complete response, never a second one (no 500 after the 200), and the connection ends.
    private static void AssertTruncated(WireResult result)
    {
        Assert.True(result.Closed, "the connection stayed open");
        Assert.True(result.Status is null or 200, result.Text);
        Assert.False(result.ChunkedComplete, "the response looks complete:\n" + result.Text);
        Assert.Equal(0, result.ResponseCount);
        Assert.DoesNotContain("HTTP/1.1 500", result.Text, StringComparison.Ordinal);
        Assert.True(result.Elapsed < Bound);
    }

    [Fact(DisplayName = "security › faults › exception after the headers with Content-Length: connection cut short")]
    public async Task Exception_after_headers_with_length()
    {
        var app = new Application();
        app.Use(async ctx =>
        {
            ctx.Status = 200;
            ctx.Length = 100;
            await ctx.Response.FlushHeadersAsync();
            await ctx.ResBody.Writer.WriteAsync("partial "u8.ToArray());
            await ctx.ResBody.Writer.FlushAsync();
            throw new InvalidOperationException("after the headers");
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var result = await Wire.ExchangeAsync(probe.Port, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");

        AssertTruncated(result);
        Assert.Single(probe.Errors);
    }

    [Fact(DisplayName = "security › faults › a throwing Error listener: 500, reported on stderr, the server keeps serving")]
    public async Task Throwing_error_listener()
    {
        using var stderr = new StderrCapture();
        var app = new Application();
        var calls = 0;
        app.Error += (_, _) =>
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("listener bug");
        };
        app.Use(ctx => ctx.Path == "/boom" ? throw new FormatException("handler bug") : SetBody(ctx, "fine"));
        await using var server = await app.ListenAsync(0, "127.0.0.1");

        var failed = await Wire.ExchangeAsync(server.Port, "GET /boom HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        var next = await Wire.ExchangeAsync(server.Port, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(500, failed.Status);
        Assert.True(failed.Closed);
        Assert.True(failed.Elapsed < Bound);
        Assert.Equal("fine", next.Body);
        Assert.Equal(1, calls);
        Assert.Contains("error in the error handler: System.InvalidOperationException: listener bug", stderr.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "security › faults › a throwing Error listener after the headers: connection aborted, no hang")]
    public async Task Throwing_error_listener_after_headers()
    {
        using var stderr = new StderrCapture();
        var app = new Application(new ApplicationOptions { Silent = true });
        app.Error += (_, _) => throw new InvalidOperationException("listener bug");
        app.Use(async ctx =>
        {
            ctx.Status = 200;
            await ctx.Response.FlushHeadersAsync();
            throw new FormatException("handler bug");
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");

        var result = await Wire.ExchangeAsync(server.Port, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");

        AssertTruncated(result);
        Assert.Equal(string.Empty, stderr.Text);
    }

    [Fact(DisplayName = "security › faults › a stream body failing midway: Error raised once, response truncated, stream disposed")]
    public async Task Stream_failing_midway()
    {
        var stream = new FailingStream(chunks: 3);
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = stream;
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var result = await Wire.ExchangeAsync(probe.Port, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");

        AssertTruncated(result);
        Assert.Equal("source failed", Assert.Single(probe.Errors).Message);
        await probe.WaitForAsync(_ => stream.Disposed);
        Assert.True(stream.Disposed);
    }

    [Fact(DisplayName = "security › faults › a client aborting a large streamed response: every body stream disposed")]
    public async Task Client_aborts_streamed_response()
    {
        var open = 0;
        var created = 0;
        var app = new Application();
        app.Use(ctx =>
        {
            Interlocked.Increment(ref created);
            ctx.Body = new CountingStream(() => Interlocked.Increment(ref open), () => Interlocked.Decrement(ref open));
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        for (var i = 0; i < 10; i++)
        {
            using var wire = await Wire.ConnectAsync(probe.Port);
            await wire.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            var start = await wire.ReadHeadAsync();
            Assert.Equal(200, start.Status);
            wire.Abort();
        }
        var deadline = Stopwatch.StartNew();
        while (Volatile.Read(ref open) != 0 && deadline.Elapsed < Bound) await Task.Delay(10);

        Assert.Equal(10, created);
        Assert.Equal(0, Volatile.Read(ref open));
        Assert.Empty(probe.Errors);
    }

    [Fact(DisplayName = "security › faults › a client aborting while the body stream waits: the read is cancelled, the stream disposed")]
    public async Task Client_aborts_while_stream_waits()
    {
        var stream = new WaitingStream();
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = stream;
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        using (var wire = await Wire.ConnectAsync(probe.Port))
        {
            await wire.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            await stream.Reading.Task.WaitAsync(Bound);
            wire.Abort();
        }
        await probe.WaitForAsync(_ => stream.Disposed);

        Assert.True(stream.Cancelled);
        Assert.True(stream.Disposed);
        Assert.Empty(probe.Errors);
    }

    // Koa's common mistake: `next()` without await. The response goes out when the upstream middleware returns; the
    // downstream middleware keeps running. Its late writes must not land in the next request on the same keep-alive
    // connection (or, behind a proxy that reuses upstream connections, in another user's response).
    [Fact(DisplayName = "security › faults › a middleware not awaiting next: late writes never reach the next request on the connection")]
    public async Task Not_awaiting_next()
    {
        var lateWrite = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new Application();
        app.Use((ctx, next) =>
        {
            if (ctx.Path != "/forgot-await") return next();
            _ = next();
            return Task.CompletedTask;
        });
        app.Use(async ctx =>
        {
            if (ctx.Path == "/forgot-await")
            {
                await Task.Delay(300);
                try
                {
                    ctx.Set("X-Leak", "from /forgot-await");
                    ctx.Body = "secret of the first request";
                    lateWrite.TrySetResult("written");
                }
                catch (Exception error)
                {
                    lateWrite.TrySetResult(error.GetType().Name);
                }
                return;
            }
            await Task.Delay(900);
            ctx.Body ??= "second";
        });
        await using var probe = await ServerProbe.StartAsync(app);
        using var wire = await Wire.ConnectAsync(probe.Port);

        await wire.SendAsync("GET /forgot-await HTTP/1.1\r\nHost: a\r\n\r\n");
        var first = await wire.ReadResponseAsync();
        await wire.SendAsync("GET /second HTTP/1.1\r\nHost: a\r\n\r\n");
        var second = await wire.ReadResponseAsync();

        Assert.Equal(404, first.Status);
        Assert.True(first.Elapsed < TimeSpan.FromMilliseconds(300) + Bound);
        Assert.Equal(200, second.Status);
        Assert.Equal("second", second.Body);
        Assert.Null(second.Header("X-Leak"));
        Assert.Equal(nameof(InvalidOperationException), await lateWrite.Task.WaitAsync(Bound));
    }

    [Fact(DisplayName = "security › faults › a middleware that never calls next: the chain stops, the response is sent")]
    public async Task Never_calling_next()
    {
        var downstream = 0;
        var app = new Application();
        app.Use((ctx, next) =>
        {
            ctx.Body = "stopped here";
            return Task.CompletedTask;
        });
        app.Use(ctx =>
        {
            downstream++;
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var result = await Wire.ExchangeAsync(probe.Port, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal("stopped here", result.Body);
        Assert.Equal(0, downstream);
    }

    [Fact(DisplayName = "security › faults › cancellation reaches middleware: ctx.RequestAborted fires when the client goes away; nothing reported")]
    public async Task Cancellation_reaches_middleware()
    {
        var observed = new TaskCompletionSource<(bool Cancelled, bool Writable, bool SameAsFeature)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new Application();
        app.Use(async ctx =>
        {
            var token = ctx.RequestAborted;
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                var lifetime = ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature>()!;
                observed.TrySetResult((token.IsCancellationRequested, ctx.Writable, lifetime.RequestAborted == token));
                throw;
            }
        });
        await using var probe = await ServerProbe.StartAsync(app);

        using (var wire = await Wire.ConnectAsync(probe.Port))
        {
            await wire.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
            await Task.Delay(100);
            wire.Abort();
        }
        var (cancelled, writable, same) = await observed.Task.WaitAsync(Bound);
        await Task.Delay(100);

        Assert.True(cancelled);
        Assert.False(writable);
        Assert.True(same);
        Assert.Empty(probe.Errors);
    }

    private static Task SetBody(Context ctx, string body)
    {
        ctx.Body = body;
        return Task.CompletedTask;
    }

    /// <summary>Yields <c>chunk N;</c> <paramref name="chunks"/> times, then throws.</summary>
    private sealed class FailingStream(int chunks) : ReadOnlyStream
    {
        private int _read;

        public bool Disposed { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (_read == chunks) throw new IOException("source failed");
            var text = System.Text.Encoding.ASCII.GetBytes($"chunk {_read++};");
            text.CopyTo(buffer);
            return text.Length;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>An endless body that counts itself open until disposed.</summary>
    private sealed class CountingStream : ReadOnlyStream
    {
        private readonly Action _closed;
        private int _disposed;

        public CountingStream(Action opened, Action closed)
        {
            opened();
            _closed = closed;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(buffer.Length);

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) _closed();
            base.Dispose(disposing);
        }
    }

    /// <summary>A body whose first read waits until cancelled.</summary>
    private sealed class WaitingStream : ReadOnlyStream
    {
        public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Cancelled { get; private set; }

        public bool Disposed { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Reading.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled = true;
                throw;
            }
            return 0;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}

/// <summary>The Stream boilerplate of a read-only, non-seekable body.</summary>
internal abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
