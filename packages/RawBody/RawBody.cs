using System.Buffers;
using System.Text;

namespace Koa;

/// <summary>
/// A port of the npm package raw-body 2.5.3: reads a stream to its end into bytes or a string, enforcing a size limit
/// (413 <c>entity.too.large</c> as soon as it is crossed, without buffering past it), an expected length (400
/// <c>request.size.invalid</c>) and a supported charset (415 <c>encoding.unsupported</c>); a stream that fails
/// mid-read (the client went away) is a 400 <c>request.aborted</c>. Errors are <see cref="HttpError"/>s carrying
/// upstream's properties (<c>type</c>, <c>limit</c>, <c>received</c>, <c>expected</c>, <c>length</c>).
/// </summary>
public static class RawBody
{
    private const int ChunkSize = 16 * 1024;
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>Reads the stream to its end as bytes.</summary>
    /// <exception cref="HttpError">413, 400 or 415 as described on <see cref="RawBody"/>.</exception>
    public static async Task<byte[]> ReadAsync(Stream stream, RawBodyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var o = options ?? new RawBodyOptions();
        Check(o);
        return await ReadCoreAsync(stream, o, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the stream to its end and decodes it with <see cref="RawBodyOptions.Encoding"/> (UTF-8 by default; a leading BOM is dropped, as iconv-lite does).</summary>
    /// <exception cref="HttpError">413, 400 or 415 as described on <see cref="RawBody"/>.</exception>
    public static async Task<string> ReadStringAsync(Stream stream, RawBodyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var o = options ?? new RawBodyOptions();
        Check(o);
        var encoding = GetEncoding(o.Encoding ?? "utf-8");
        var bytes = await ReadCoreAsync(stream, o, cancellationToken).ConfigureAwait(false);
        return Decode(bytes, encoding);
    }

    private static void Check(RawBodyOptions o)
    {
        if (o.Limit is { } limit && o.Length is { } length && length > limit)
            throw Error(413, "request entity too large", ("expected", length), ("length", length), ("limit", limit), ("type", "entity.too.large"));
        if (o.Encoding is not null) GetEncoding(o.Encoding);
    }

    private static async Task<byte[]> ReadCoreAsync(Stream stream, RawBodyOptions o, CancellationToken cancellationToken)
    {
        // a closed (disposed) stream: upstream's 500 stream.not.readable
        if (!stream.CanRead) throw Error(500, "stream is not readable", ("type", "stream.not.readable"));
        var limit = o.Limit;
        var capacity = o.Length is { } len && len >= 0 && len <= (limit ?? int.MaxValue) && len <= Array.MaxLength ? (int)len : 0;
        var buffer = capacity > 0 ? new byte[capacity] : [];
        long received = 0;
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    throw Aborted(o.Length, received, ex);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Aborted(o.Length, received, ex);
                }
                if (read == 0) break;
                received += read;
                if (limit is { } l && received > l)
                    throw Error(413, "request entity too large", ("limit", l), ("received", received), ("type", "entity.too.large"));
                if (received > buffer.Length)
                {
                    if (received > Array.MaxLength)
                        throw Error(413, "request entity too large", ("limit", (long)Array.MaxLength), ("received", received), ("type", "entity.too.large"));
                    var size = Math.Max(received, Math.Max((long)buffer.Length * 2, ChunkSize));
                    if (limit is { } cap) size = Math.Max(received, Math.Min(size, cap));
                    var grown = new byte[(int)Math.Min(Array.MaxLength, size)];
                    Buffer.BlockCopy(buffer, 0, grown, 0, (int)(received - read));
                    buffer = grown;
                }
                Buffer.BlockCopy(chunk, 0, buffer, (int)(received - read), read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (o.Length is { } expected && received != expected)
            throw Error(400, "request size did not match content length", ("expected", expected), ("length", expected), ("received", received), ("type", "request.size.invalid"));
        if (buffer.Length != received) Array.Resize(ref buffer, (int)received);
        return buffer;
    }

    /// <summary>
    /// <see cref="ReadAsync"/> into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it): the
    /// same reads of at most 16 KB, checks and errors, without the chunk copy and the exact-size array.
    /// </summary>
    internal static async ValueTask<(byte[] Buffer, int Length)> ReadPooledAsync(Stream stream, long? length, long? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (limit is { } max && length is { } expectedLength && expectedLength > max)
            throw Error(413, "request entity too large", ("expected", expectedLength), ("length", expectedLength), ("limit", max), ("type", "entity.too.large"));
        if (!stream.CanRead) throw Error(500, "stream is not readable", ("type", "stream.not.readable"));
        var capacity = length is { } len && len >= 0 && len <= (limit ?? int.MaxValue) && len <= Array.MaxLength - ChunkSize ? (int)len : 0;
        var buffer = ArrayPool<byte>.Shared.Rent(capacity + ChunkSize);
        long received = 0;
        try
        {
            while (true)
            {
                if (buffer.Length - received < ChunkSize)
                {
                    var size = Math.Max(received + ChunkSize, (long)buffer.Length * 2);
                    if (size > Array.MaxLength)
                        throw Error(413, "request entity too large", ("limit", (long)Array.MaxLength), ("received", received), ("type", "entity.too.large"));
                    var grown = ArrayPool<byte>.Shared.Rent((int)size);
                    Buffer.BlockCopy(buffer, 0, grown, 0, (int)received);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = grown;
                }
                int read;
                try
                {
                    read = await stream.ReadAsync(buffer.AsMemory((int)received, ChunkSize), cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    throw Aborted(length, received, ex);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Aborted(length, received, ex);
                }
                if (read == 0) break;
                received += read;
                if (limit is { } l && received > l)
                    throw Error(413, "request entity too large", ("limit", l), ("received", received), ("type", "entity.too.large"));
            }
            if (length is { } expected && received != expected)
                throw Error(400, "request size did not match content length", ("expected", expected), ("length", expected), ("received", received), ("type", "request.size.invalid"));
            return (buffer, (int)received);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// The synchronous fast path of <see cref="ReadPooledAsync"/> over a request's <see cref="System.IO.Pipelines.PipeReader"/>:
    /// when the server already holds the whole body (the usual small POST, read with its headers), it is handed back
    /// in place, without a copy, and the caller calls <c>reader.AdvanceTo(body.End)</c> once done with it. The same
    /// checks and errors as the stream read (413 past the limit, 400 on a length mismatch or an aborted request).
    /// False, with nothing consumed, when the body is not all there yet: read it as a stream then.
    /// </summary>
    internal static bool TryReadBuffered(System.IO.Pipelines.PipeReader reader, long? length, long? limit, out ReadOnlySequence<byte> body)
    {
        body = default;
        if (limit is { } max && length is { } expectedLength && expectedLength > max)
            throw Error(413, "request entity too large", ("expected", expectedLength), ("length", expectedLength), ("limit", max), ("type", "entity.too.large"));
        System.IO.Pipelines.ReadResult result;
        try
        {
            if (!reader.TryRead(out result)) return false;
        }
        catch (IOException ex)
        {
            throw Aborted(length, 0, ex);
        }
        var buffer = result.Buffer;
        if (!result.IsCompleted || result.IsCanceled)
        {
            // nothing consumed nor examined: the stream read starts from the same bytes
            reader.AdvanceTo(buffer.Start);
            return false;
        }
        var received = buffer.Length;
        if (limit is { } l && received > l)
        {
            reader.AdvanceTo(buffer.End);
            throw Error(413, "request entity too large", ("limit", l), ("received", received), ("type", "entity.too.large"));
        }
        if (length is { } expected && received != expected)
        {
            reader.AdvanceTo(buffer.End);
            throw Error(400, "request size did not match content length", ("expected", expected), ("length", expected), ("received", received), ("type", "request.size.invalid"));
        }
        body = buffer;
        return true;
    }

    private static HttpError Aborted(long? length, long received, Exception inner)
    {
        var error = Error(400, "request aborted", ("code", "ECONNABORTED"), ("expected", length), ("length", length), ("received", received), ("type", "request.aborted"));
        error.Properties["cause"] = inner.Message;
        return error;
    }

    internal static HttpError Error(int status, string message, params (string Name, object? Value)[] properties)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in properties) props[name] = value;
        return HttpErrors.Create(status, message, props);
    }

    private static string Decode(byte[] bytes, Encoding encoding)
    {
        var text = encoding.GetString(bytes);
        // iconv-lite strips a leading BOM by default
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>iconv-lite's name lookup (lower case, only letters and digits) for the charsets .NET has built in.</summary>
    internal static Encoding GetEncoding(string name)
    {
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase)) return Utf8;
        var key = new string([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        Encoding? encoding = key switch
        {
            "utf8" or "unicode11utf8" => new UTF8Encoding(false, false),
            "utf16le" or "ucs2" or "usc2" => new UnicodeEncoding(false, false, false),
            "utf16be" => new UnicodeEncoding(true, false, false),
            "utf16" => new Utf16BomEncoding(),
            "latin1" or "iso88591" or "binary" or "l1" or "cp819" or "ibm819" => Encoding.Latin1,
            "ascii" or "usascii" => Encoding.Latin1, // iconv-lite's "ascii" is a single-byte table
            "utf32le" or "ucs4le" => new UTF32Encoding(false, false, false),
            "utf32be" or "ucs4be" => new UTF32Encoding(true, false, false),
            _ => null,
        };
        return encoding ?? throw Error(415, "specified encoding unsupported", ("encoding", name), ("type", "encoding.unsupported"));
    }

    // iconv-lite's "utf-16": little-endian unless a BOM says otherwise.
    private sealed class Utf16BomEncoding : Encoding
    {
        public override int GetByteCount(char[] chars, int index, int count) => Unicode.GetByteCount(chars, index, count);
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => Unicode.GetBytes(chars, charIndex, charCount, bytes, byteIndex);
        public override int GetCharCount(byte[] bytes, int index, int count) => Pick(bytes, index, count).GetCharCount(bytes, index, count);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => Pick(bytes, byteIndex, byteCount).GetChars(bytes, byteIndex, byteCount, chars, charIndex);
        public override int GetMaxByteCount(int charCount) => Unicode.GetMaxByteCount(charCount);
        public override int GetMaxCharCount(int byteCount) => Unicode.GetMaxCharCount(byteCount);

        private static Encoding Pick(byte[] bytes, int index, int count) =>
            count >= 2 && bytes[index] == 0xFE && bytes[index + 1] == 0xFF ? BigEndianUnicode : Unicode;
    }
}
