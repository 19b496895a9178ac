using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Win32.SafeHandles;

namespace Koa;

/// <summary>
/// <see cref="IHttpResponseBodyFeature.SendFileAsync"/> for Kestrel's HTTP/1.1 and HTTP/2 responses, which have no
/// sendfile: Kestrel's own answer (<c>SendFileFallback</c>) copies the file through a 16 KB stream buffer (allocated
/// per request) into the response pipe's 4 KB blocks, so that each socket send gathers up to 16 blocks (System.Net.Sockets
/// allocates an <c>IOVector[]</c> and a <c>GCHandle[]</c> for every send of more than 8 buffers). This reads the file
/// straight into the response writer's memory, <see cref="Chunk"/> bytes at a time (one pipe segment from the array
/// pool when larger than a pool block), and flushes every <see cref="FlushEvery"/> bytes: a send is a few buffers,
/// nothing is copied twice and nothing is allocated per chunk. Same contract as Kestrel's: the response is started, the range is
/// checked against the file's length, the token cancels, and the file handle is closed when the copy ends or fails.
/// </summary>
internal static class FileSender
{
    /// <summary>Bytes read at a time: one segment of the response pipe (from the array pool: larger than a pool block).</summary>
    internal const int Chunk = 64 * 1024;

    /// <summary>
    /// Bytes written between flushes. A response pipe holds 64 KB before its writer waits, and every flush that waits
    /// allocates Kestrel's flush state (~400 B): flushing every 128 KB keeps that to ~80 per 10 MB (~32 KB), where a
    /// flush every 32 KB waits ~150 times (~62 KB).
    /// </summary>
    internal const int FlushEvery = 2 * Chunk;

    /// <summary>Files up to this size are written before the response is started (see <see cref="SendAsync"/>).</summary>
    internal const int SmallFile = 16 * 1024;

    public static async Task SendAsync(IHttpResponseBodyFeature body, string path, long offset, long? count, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, length);
        if (count is { } c && (c < 0 || c > length - offset)) throw new ArgumentOutOfRangeException(nameof(count), c, string.Empty);
        cancellationToken.ThrowIfCancellationRequested();
        // A small file goes out with the head in one send (the response starts at the first flush); a large one
        // starts first, so that its 64 KB reads land in the connection's pipe and not in the head's staging buffer.
        count ??= length - offset;
        if (count is > SmallFile or 0) await body.StartAsync(cancellationToken).ConfigureAwait(false);
        await CopyAsync(handle, body.Writer, offset, count.Value, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private static async ValueTask CopyAsync(SafeFileHandle handle, PipeWriter writer, long offset, long remaining, CancellationToken cancellationToken)
    {
        var unflushed = 0;
        while (remaining > 0)
        {
            var memory = writer.GetMemory((int)Math.Min(remaining, Chunk));
            if (memory.Length > remaining) memory = memory[..(int)remaining];
            // A synchronous positional read: a file being served is almost always in the page cache, and a read
            // that completes at once costs less than a hop to the thread pool (an asynchronous handle on Unix reads
            // on the thread pool anyway).
            var read = RandomAccess.Read(handle, memory.Span, offset);
            if (read == 0) break; // The file shrank: send what there was (the client sees a short body).
            writer.Advance(read);
            offset += read;
            remaining -= read;
            unflushed += read;
            if (unflushed < FlushEvery && remaining > 0) continue;
            unflushed = 0;
            var result = await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCanceled) cancellationToken.ThrowIfCancellationRequested();
            if (result.IsCompleted || result.IsCanceled) break;
        }
    }
}
