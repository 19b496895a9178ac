using System.Buffers;
using System.IO.Compression;
using System.IO.Pipelines;

namespace Koa;

/// <summary>
/// The compressed body koa-compress pipes out (<c>ctx.body = zlib.createGzip(); body.pipe(stream)</c>), as a stream
/// Koa's respond step reads: each read pulls a chunk from the original body through the encoder. With
/// <c>flushEachWrite</c> (server-sent events) every chunk is flushed out of the encoder, so no event waits in its
/// window for the next one.
/// </summary>
internal sealed class CompressedBody : Stream
{
    private const int ChunkSize = 16 * 1024;

    private readonly Stream? _source;
    private ReadOnlyMemory<byte> _bytes;
    private readonly Stream _encoder;
    private readonly Sink _output = new();
    private readonly bool _flushEachWrite;
    private byte[]? _chunk;
    private bool _finished;
    private bool _disposed;

    private CompressedBody(Stream? source, ReadOnlyMemory<byte> bytes, string encoding, CompressOptions options, bool flushEachWrite)
    {
        _source = source;
        _bytes = bytes;
        _flushEachWrite = flushEachWrite;
        _encoder = encoding switch
        {
            "br" => new BrotliStream(_output, options.Br!, leaveOpen: true),
            "gzip" => new GZipStream(_output, options.Gzip!, leaveOpen: true),
            _ => new ZLibStream(_output, options.Deflate!, leaveOpen: true),
        };
    }

    public static CompressedBody Of(object body, string encoding, CompressOptions options, bool flushEachWrite) => body switch
    {
        Stream stream => new CompressedBody(stream, default, encoding, options, flushEachWrite),
        PipeReader reader => new CompressedBody(reader.AsStream(), default, encoding, options, flushEachWrite),
        string text => new CompressedBody(null, System.Text.Encoding.UTF8.GetBytes(text), encoding, options, flushEachWrite),
        byte[] bytes => new CompressedBody(null, bytes, encoding, options, flushEachWrite),
        ReadOnlyMemory<byte> memory => new CompressedBody(null, memory, encoding, options, flushEachWrite),
        Memory<byte> memory => new CompressedBody(null, memory, encoding, options, flushEachWrite),
        ArraySegment<byte> segment => new CompressedBody(null, segment, encoding, options, flushEachWrite),
        _ => throw new ArgumentException("body cannot be compressed", nameof(body)),
    };

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_output.Available > 0) return _output.Drain(buffer);
            if (_finished) return 0;
            if (_source is null)
            {
                Encode(TakeBytes());
            }
            else
            {
                var chunk = _chunk ??= ArrayPool<byte>.Shared.Rent(ChunkSize);
                Encode(chunk.AsSpan(0, _source.Read(chunk, 0, ChunkSize)));
            }
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_output.Available > 0) return _output.Drain(buffer.Span);
            if (_finished) return 0;
            if (_source is null)
            {
                Encode(TakeBytes());
            }
            else
            {
                var chunk = _chunk ??= ArrayPool<byte>.Shared.Rent(ChunkSize);
                var read = await _source.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
                Encode(chunk.AsSpan(0, read));
            }
        }
    }

    private ReadOnlySpan<byte> TakeBytes()
    {
        var take = _bytes[..Math.Min(ChunkSize, _bytes.Length)];
        _bytes = _bytes[take.Length..];
        return take.Span;
    }

    // An empty chunk is the end of the body: the encoder writes its last block.
    private void Encode(ReadOnlySpan<byte> chunk)
    {
        if (chunk.IsEmpty)
        {
            _encoder.Dispose();
            _finished = true;
            return;
        }
        _encoder.Write(chunk);
        if (_flushEachWrite) _encoder.Flush();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _encoder.Dispose();
            _source?.Dispose();
            _output.Release();
            if (_chunk is not null) ArrayPool<byte>.Shared.Return(_chunk);
            _chunk = null;
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_disposed && _source is not null) await _source.DisposeAsync().ConfigureAwait(false);
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Where the encoder writes: a pooled buffer drained by the reads.</summary>
    private sealed class Sink : Stream
    {
        private byte[] _buffer = [];
        private int _start;
        private int _end;

        public int Available => _end - _start;

        public int Drain(Span<byte> destination)
        {
            var count = Math.Min(destination.Length, Available);
            _buffer.AsSpan(_start, count).CopyTo(destination);
            _start += count;
            if (_start == _end) _start = _end = 0;
            return count;
        }

        public void Release()
        {
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _start = _end = 0;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Available;

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_buffer.Length - _end < buffer.Length)
            {
                var needed = Available + buffer.Length;
                if (_buffer.Length >= needed)
                {
                    _buffer.AsSpan(_start, Available).CopyTo(_buffer);
                }
                else
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, ChunkSize));
                    _buffer.AsSpan(_start, Available).CopyTo(larger);
                    if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }
                _end = Available;
                _start = 0;
            }
            buffer.CopyTo(_buffer.AsSpan(_end));
            _end += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
