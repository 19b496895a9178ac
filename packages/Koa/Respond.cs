using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// Koa's <c>respond(ctx)</c> (lib/application.js), run after the middleware: puts the body on the wire.
/// <code>
/// respond = false          → nothing (the middleware owns the response)
/// not writable             → end
/// status 204 / 205 / 304   → body = null (entity headers stripped), end
/// HEAD                     → Content-Length from the would-be body when unset, end without body
/// no body                  → explicit null: Content-Length 0; else the status text (HTTP/2: the code) as text/plain
/// string / bytes           → written
/// FileStream              → IHttpResponseBodyFeature.SendFileAsync (sendfile), disposed at the end
/// Stream / PipeReader / HttpContent / HttpResponseMessage → piped without buffering, disposed at the end
/// anything else            → JSON.stringify-identical JSON with its Content-Length
/// </code>
/// </summary>
internal static class Respond
{
    public static Task RespondAsync(Context ctx)
    {
        if (!ctx.Respond) return Task.CompletedTask;

        var response = ctx.Response;
        if (!response.Writable)
        {
            ctx.MarkEnded();
            return Task.CompletedTask;
        }

        var code = response.Status;
        if (Statuses.IsEmpty(code))
        {
            response.Body = null;
            ctx.MarkEnded();
            return Task.CompletedTask;
        }

        if (ctx.Req.Method == "HEAD")
        {
            if (!response.HeaderSent && !response.Has("Content-Length") && response.Length is { } length)
            {
                response.Length = length;
            }
            ctx.MarkEnded();
            return Task.CompletedTask;
        }

        var body = response.Body;
        if (body is null)
        {
            if (response.ExplicitNullBody)
            {
                response.Remove("Content-Type");
                response.Remove("Transfer-Encoding");
                response.Length = 0;
                ctx.MarkEnded();
                ctx.ResponseLength = 0;
                return Task.CompletedTask;
            }
            var text = ctx.IsHttp2 ? code.ToString(CultureInfo.InvariantCulture) : response.Message is { Length: > 0 } message ? message : code.ToString(CultureInfo.InvariantCulture);
            if (!response.HeaderSent)
            {
                response.Type = "text";
                response.Length = Encoding.UTF8.GetByteCount(text);
            }
            HeaderBytes.AsUtf8(ctx);
            return ctx.EndAsync(text);
        }

        switch (body)
        {
            case string text:
                if (!response.HeaderSent)
                {
                    // LengthMissing and DropTransferEncoding with one look at each header.
                    var headers = ctx.Res.Headers;
                    if (headers.ContainsKey("Transfer-Encoding")) DropTransferEncoding(response);
                    else if (!headers.ContainsKey("Content-Length")) headers.ContentLength = Encoding.UTF8.GetByteCount(text);
                }
                if (ctx.Bound.ObsText) HeaderBytes.AsUtf8(ctx);
                return ctx.EndAsync(text);
            case byte[] or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte>:
                var bytes = Response.BytesOf(body);
                if (LengthMissing(response)) response.Length = bytes.Length;
                DropTransferEncoding(response);
                return ctx.EndAsync(bytes);
            case FileStream file when file.CanSeek:
                return SendFileAsync(ctx, file);
            case Stream or PipeReader or HttpContent or HttpResponseMessage:
                return PipeAsync(ctx, body);
            default:
                return WriteJsonAsync(ctx, body);
        }
    }

    // node's res.end(data) computes Content-Length itself when none is set and the body is not chunked (the body
    // setter has usually set one, so a text's UTF-8 length is counted only when it has not).
    private static bool LengthMissing(Response response) =>
        !response.HeaderSent && !response.Has("Content-Length") && !response.Has("Transfer-Encoding");

    // Without an async state machine when the write completes at once (the scratch goes back to its pool then).
    private static Task WriteJsonAsync(Context ctx, object body)
    {
        var scratch = JsonScratch.Rent();
        Task write;
        try
        {
            var json = scratch.Serialize(body, ctx.App.JsonOptions, ctx.App.JsonIndent);
            if (!ctx.Response.HeaderSent) ctx.Response.Length = json.Length;
            DropTransferEncoding(ctx.Response);
            if (ctx.Bound.ObsText) HeaderBytes.AsUtf8(ctx);
            write = ctx.EndAsync(json);
        }
        catch (Exception error)
        {
            JsonScratch.Return(scratch);
            return Task.FromException(error);
        }
        if (!write.IsCompleted) return ReturnAfterAsync(write, scratch);
        JsonScratch.Return(scratch);
        return write;
    }

    private static async Task ReturnAfterAsync(Task write, JsonScratch scratch)
    {
        try
        {
            await write.ConfigureAwait(false);
        }
        finally
        {
            JsonScratch.Return(scratch);
        }
    }

    /// <summary>
    /// <c>stream.pipeline(stream, res, err => err &amp;&amp; ctx.onerror(err))</c>: copies the body to the response as it
    /// comes. A client that goes away ends the copy quietly; a failing source goes through <c>ctx.onerror</c> and,
    /// when the headers are already out, the connection is aborted so the client sees a truncated response.
    /// </summary>
    private static async Task PipeAsync(Context ctx, object body)
    {
        var writer = ctx.ResBody.Writer;
        var aborted = ctx.RequestAborted;
        DropTransferEncoding(ctx.Response);
        try
        {
            switch (body)
            {
                case Stream stream:
                    await CopyAsync(ctx, stream, writer, aborted).ConfigureAwait(false);
                    break;
                case PipeReader reader:
                    await CopyAsync(ctx, reader, writer, aborted).ConfigureAwait(false);
                    break;
                case HttpContent content:
                    await CopyAsync(ctx, await content.ReadAsStreamAsync(aborted).ConfigureAwait(false), writer, aborted).ConfigureAwait(false);
                    break;
                case HttpResponseMessage message:
                    await CopyAsync(ctx, await message.Content.ReadAsStreamAsync(aborted).ConfigureAwait(false), writer, aborted).ConfigureAwait(false);
                    break;
            }
            ctx.MarkEnded();
        }
        catch (Exception error) when (!ctx.IsClientAbort(error))
        {
            await FailBodyAsync(ctx, error).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The client is gone: nothing to answer, nothing to report (node: ERR_STREAM_PREMATURE_CLOSE).
            ctx.MarkEnded();
        }
    }

    /// <summary>
    /// A file body (what koa-send sets: <c>fs.createReadStream(path)</c>) goes through the server's
    /// <see cref="IHttpResponseBodyFeature.SendFileAsync"/> from the stream's position to its end, so that Kestrel
    /// sends it without copying it through the application's buffers. The stream itself (its handle) is disposed
    /// with the other bodies when the response ends or the client goes away.
    /// </summary>
    private static async Task SendFileAsync(Context ctx, FileStream file)
    {
        DropTransferEncoding(ctx.Response);
        try
        {
            var offset = file.Position;
            var count = file.Length - offset;
            ctx.ResponseLength = 0;
            await ctx.ResBody.SendFileAsync(file.Name, offset, count, ctx.RequestAborted).ConfigureAwait(false);
            ctx.ResponseLength = count;
            ctx.MarkEnded();
        }
        catch (Exception error) when (!ctx.IsClientAbort(error))
        {
            await FailBodyAsync(ctx, error).ConfigureAwait(false);
        }
        catch (Exception)
        {
            ctx.MarkEnded();
        }
    }

    // An error while the body is being sent: Koa's onerror (its error response while the head is not out yet), and
    // the connection cut when the head is already out (node destroys the socket: the client sees a truncated body).
    private static async Task FailBodyAsync(Context ctx, Exception error)
    {
        var started = ctx.Response.HeaderSent;
        await ctx.OnErrorAsync(error).ConfigureAwait(false);
        if (started) ctx.Features.Get<IHttpRequestLifetimeFeature>()?.Abort();
    }

    // Node chunks a body itself when the application set "Transfer-Encoding: chunked"; Kestrel expects the
    // application to write chunk framing in that case. Let the server frame the body instead.
    private static void DropTransferEncoding(Response response)
    {
        if (response.HeaderSent || !response.Has("Transfer-Encoding")) return;
        var value = HeaderList.Join(response.Get("Transfer-Encoding"));
        if (value.Trim().Equals("chunked", StringComparison.OrdinalIgnoreCase)) response.Remove("Transfer-Encoding");
    }

    /// <summary>
    /// Copies a body to the response writer, counting the bytes into <see cref="Context.ResponseLength"/>. Reads go
    /// through a pooled buffer so that nothing starts the response before the source produced its first bytes (a
    /// source failing at once still gets a proper error response).
    /// </summary>
    private static async Task CopyAsync(Context ctx, Stream source, PipeWriter writer, CancellationToken cancellationToken)
    {
        ctx.ResponseLength = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                var read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                ctx.ResponseLength += read;
                var flush = await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                if (flush.IsCanceled || flush.IsCompleted) break;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task CopyAsync(Context ctx, PipeReader source, PipeWriter writer, CancellationToken cancellationToken)
    {
        ctx.ResponseLength = 0;
        while (true)
        {
            var result = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var stop = result.IsCompleted || result.IsCanceled;
            try
            {
                foreach (var segment in buffer)
                {
                    if (segment.IsEmpty) continue;
                    ctx.ResponseLength += segment.Length;
                    var flush = await writer.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
                    if (flush.IsCompleted || flush.IsCanceled)
                    {
                        stop = true;
                        break;
                    }
                }
            }
            finally
            {
                source.AdvanceTo(buffer.End);
            }
            if (stop) break;
        }
    }
}
