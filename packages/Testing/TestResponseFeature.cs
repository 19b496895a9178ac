using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// A response without a server, for contexts built by <see cref="TestContexts"/> (Koa's test-helpers fake
/// <c>res</c>): status, reason phrase and headers in memory, the body collected into <see cref="BodyText"/>;
/// <see cref="HasStarted"/> turns true when the body starts or the headers are flushed.
/// </summary>
/// <example>
/// <code>
/// var ctx = TestContexts.Create();
/// await ctx.OnErrorAsync(new Exception("boom"));
/// var res = TestContexts.ResponseOf(ctx);
/// Assert.Equal("Internal Server Error", res.BodyText);
/// </code>
/// </example>
public sealed class TestResponseFeature : IHttpResponseFeature, IHttpResponseBodyFeature
{
    private readonly MemoryStream _body = new();
    private readonly List<(Func<object, Task> Callback, object State)> _onStarting = [];
    private readonly List<(Func<object, Task> Callback, object State)> _onCompleted = [];
    private PipeWriter? _writer;

    /// <summary>The status code (200 until set).</summary>
    /// <example><c>feature.StatusCode = 404;</c></example>
    public int StatusCode { get; set; } = 200;

    /// <summary>The reason phrase.</summary>
    /// <example><c>feature.ReasonPhrase</c></example>
    public string? ReasonPhrase { get; set; }

    /// <summary>The response headers.</summary>
    /// <example><c>feature.Headers["Content-Type"]</c></example>
    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    /// <summary>The body as a stream (writes are collected).</summary>
    /// <example><c>await feature.Body.WriteAsync(bytes);</c></example>
    [Obsolete("Use Stream or Writer (IHttpResponseBodyFeature).")]
    public Stream Body
    {
        get => Stream;
        set => throw new NotSupportedException("The test response body cannot be replaced.");
    }

    /// <summary>Whether the headers count as sent.</summary>
    /// <example><c>await ctx.FlushHeadersAsync(); // feature.HasStarted is now true</c></example>
    public bool HasStarted { get; private set; }

    /// <summary>Whether the response was completed.</summary>
    /// <example><c>feature.IsCompleted</c></example>
    public bool IsCompleted { get; private set; }

    /// <summary>The body stream; writing starts the response.</summary>
    /// <example><c>feature.Stream.Write("x"u8);</c></example>
    public Stream Stream => new StartingStream(this);

    /// <summary>The body writer; flushing starts the response.</summary>
    /// <example><c>feature.Writer.Write("x"u8);</c></example>
    public PipeWriter Writer => _writer ??= PipeWriter.Create(Stream, new StreamPipeWriterOptions(leaveOpen: true));

    /// <summary>The bytes written so far.</summary>
    /// <example><c>feature.BodyBytes.Length</c></example>
    public byte[] BodyBytes => _body.ToArray();

    /// <summary>The bytes written so far, as UTF-8 text.</summary>
    /// <example><c>feature.BodyText == "Not Found"</c></example>
    public string BodyText => Encoding.UTF8.GetString(_body.GetBuffer(), 0, (int)_body.Length);

    /// <inheritdoc />
    public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Add((callback, state));

    /// <inheritdoc />
    public void OnCompleted(Func<object, Task> callback, object state) => _onCompleted.Add((callback, state));

    /// <inheritdoc />
    public void DisableBuffering()
    {
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (HasStarted) return;
        HasStarted = true;
        for (var i = _onStarting.Count - 1; i >= 0; i--) await _onStarting[i].Callback(_onStarting[i].State).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        await using var file = File.OpenRead(path);
        file.Seek(offset, SeekOrigin.Begin);
        var buffer = new byte[count ?? (file.Length - offset)];
        await file.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        _body.Write(buffer);
    }

    /// <inheritdoc />
    public async Task CompleteAsync()
    {
        await StartAsync().ConfigureAwait(false);
        if (_writer is not null) await _writer.FlushAsync().ConfigureAwait(false);
        if (IsCompleted) return;
        IsCompleted = true;
        foreach (var (callback, state) in _onCompleted) await callback(state).ConfigureAwait(false);
    }

    // Writes go to the collected body, starting the response first.
    private sealed class StartingStream(TestResponseFeature owner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => owner._body.Length;
        public override long Position { get => owner._body.Length; set => throw new NotSupportedException(); }
        public override void Flush() => owner.StartAsync().GetAwaiter().GetResult();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            owner.StartAsync().GetAwaiter().GetResult();
            owner._body.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await owner.StartAsync(cancellationToken).ConfigureAwait(false);
            owner._body.Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => owner.StartAsync(cancellationToken);
    }
}
