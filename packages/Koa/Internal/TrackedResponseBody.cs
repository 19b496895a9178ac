using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// The server's body feature as <c>ctx.ResBody</c> hands it out: the same stream and writer, but completing it
/// marks the response ended (node's <c>res.end()</c> turns <c>res.writableEnded</c> on), so Koa's respond step and
/// <c>ctx.Writable</c> see a response the middleware finished itself. Made when <c>ctx.ResBody</c> is first read.
/// </summary>
internal sealed class TrackedResponseBody(Context owner) : IHttpResponseBodyFeature
{
    private IHttpResponseBodyFeature? _inner;

    private IHttpResponseBodyFeature Inner => _inner ?? throw new InvalidOperationException("This context is not bound to a request.");

    public Stream Stream => Inner.Stream;

    public PipeWriter Writer => Inner.Writer;

    public void Attach(IHttpResponseBodyFeature inner) => _inner = inner;

    public void Detach() => _inner = null;

    public void DisableBuffering() => Inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => Inner.StartAsync(cancellationToken);

    // Kestrel has no sendfile for HTTP/1.1 and HTTP/2; FileSender is its fallback without the per-request buffer.
    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        FileSender.SendAsync(Inner, path, offset, count, cancellationToken);

    public Task CompleteAsync()
    {
        owner.MarkEnded();
        return Inner.CompleteAsync();
    }
}
