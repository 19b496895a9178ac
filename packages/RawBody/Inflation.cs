using System.IO.Compression;

namespace Koa;

/// <summary>
/// A port of the npm package inflation 2.1.0: wraps a request body stream in the decompressor its
/// <c>Content-Encoding</c> names. <c>gzip</c> and <c>deflate</c> both auto-detect gzip or zlib data (as
/// <c>zlib.createUnzip</c>), <c>br</c> is Brotli, <c>identity</c> (or none) is the stream itself. Decompression is
/// streamed: read it with <see cref="RawBody"/>'s limit and the limit applies to the inflated size (a zip bomb is a
/// 413, never an out-of-memory).
/// </summary>
public static class Inflation
{
    /// <summary>The decompressing stream for <paramref name="contentEncoding"/>.</summary>
    /// <exception cref="HttpError">415 <c>Unsupported Content-Encoding: …</c> for any other encoding.</exception>
    public static Stream Inflate(Stream stream, string? contentEncoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        switch (string.IsNullOrEmpty(contentEncoding) ? "identity" : contentEncoding)
        {
            case "identity": return stream;
            case "gzip" or "deflate": return new InvalidDataGuard(new UnzipStream(stream));
            case "br": return new InvalidDataGuard(new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true));
            default:
                throw RawBody.Error(415, "Unsupported Content-Encoding: " + contentEncoding, ("type", "encoding.unsupported"));
        }
    }

    // zlib.createUnzip: gzip when the data starts with 1f 8b, zlib otherwise.
    private sealed class UnzipStream(Stream inner) : ReadOnlyStream
    {
        private Stream? _decoder;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_decoder is null)
            {
                var first = new byte[1];
                var n = await inner.ReadAsync(first, cancellationToken).ConfigureAwait(false);
                if (n == 0) return 0;
                var replay = new PrefixStream(first, inner);
                _decoder = first[0] == 0x1f
                    ? new GZipStream(replay, CompressionMode.Decompress, leaveOpen: true)
                    : new ZLibStream(replay, CompressionMode.Decompress, leaveOpen: true);
            }
            return await _decoder.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _decoder?.Dispose();
            base.Dispose(disposing);
        }
    }

    private sealed class PrefixStream(byte[] prefix, Stream inner) : ReadOnlyStream
    {
        private int _offset;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_offset < prefix.Length && buffer.Length > 0)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _offset);
                prefix.AsMemory(_offset, n).CopyTo(buffer);
                _offset += n;
                return ValueTask.FromResult(n);
            }
            return inner.ReadAsync(buffer, cancellationToken);
        }
    }

    // Corrupt compressed data is the client's fault: a 400 rather than an unhandled InvalidDataException (a 500).
    private sealed class InvalidDataGuard(Stream inner) : ReadOnlyStream
    {

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                var error = RawBody.Error(400, "invalid compressed body", ("type", "encoding.invalid"));
                error.Properties["cause"] = ex.Message;
                throw error;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    // A forward-only readable stream: the members a Stream must have and the decoders never call.
    private abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        // The subclasses read asynchronously; Task-based callers go through the ValueTask overload.
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
