using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// The Koa pipeline as the <see cref="IHttpApplication{TContext}"/> a bare server runs (Kestrel for
/// <c>ListenAsync</c>, TestServer for the in-memory test client): each request goes through
/// <see cref="Application{TContext}.ServeAsync"/>, the path <see cref="ApplicationBase.Callback"/> takes too. Every
/// request gets a new <typeparamref name="TContext"/> (with its request and response), as every request gets a new
/// <c>ctx</c> in node. Reusing one per keep-alive connection (Kestrel offers <c>IHostContextContainer</c> for that)
/// would let a middleware that calls <c>next()</c> without awaiting it — Koa's most common mistake — keep writing
/// after its response was sent, into the context of the connection's next request: behind a proxy that reuses
/// upstream connections, another user's response. A context that is done is detached instead, so such a late write
/// throws.
/// </summary>
internal sealed class KoaHttpApplication<TContext>(Application<TContext> app, Func<TContext, Task> pipeline) : IHttpApplication<IFeatureCollection>
    where TContext : Context, new()
{
    public IFeatureCollection CreateContext(IFeatureCollection contextFeatures) => contextFeatures;

    public Task ProcessRequestAsync(IFeatureCollection context) => app.ServeAsync(context, pipeline, mounted: false);

    public void DisposeContext(IFeatureCollection context, Exception? exception)
    {
    }
}
