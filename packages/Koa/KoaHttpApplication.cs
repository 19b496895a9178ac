using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Abstractions;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// The Koa pipeline as the <see cref="IHttpApplication{TContext}"/> a bare server runs (Kestrel for
/// <c>ListenAsync</c>, TestServer for the in-memory test client): each request goes through
/// <see cref="Application{TContext}.ServeAsync(IFeatureCollection, ContextState, Func{TContext, Task}, bool)"/>, the
/// path <see cref="ApplicationBase.Callback"/> takes too.
/// </summary>
/// <remarks>
/// Every request gets a new <typeparamref name="TContext"/>, as every request gets a new <c>ctx</c> in node: reusing
/// the context itself per keep-alive connection would let a middleware that calls <c>next()</c> without awaiting it —
/// Koa's most common mistake — or a closure that kept <c>ctx</c> keep writing after its response was sent, into the
/// context of the connection's next request (behind a proxy that reuses upstream connections, another user's
/// response). What is reused is the <see cref="ContextState"/> behind the context, kept by Kestrel on the connection
/// (HTTP/1.x) or the stream (HTTP/2) through <see cref="IHostContextContainer{TContext}"/>. Kestrel hands the
/// container's state to the next request only after <see cref="ProcessRequestAsync"/> of the previous one completed,
/// and that task completes only after the previous context was detached from the state: a context kept after its
/// request finds no state and throws.
/// </remarks>
internal sealed class KoaHttpApplication<TContext>(Application<TContext> app, Func<TContext, Task> pipeline) : IHttpApplication<KoaHttpApplication<TContext>.Request>
    where TContext : Context, new()
{
    public Request CreateContext(IFeatureCollection contextFeatures)
    {
        ContextState state;
        if (contextFeatures is IHostContextContainer<Request> container)
        {
            // A connection's (or stream's) state, made at its first request.
            var held = container.HostContext;
            if (held.State is null)
            {
                held = new Request(null, new ContextState());
                container.HostContext = held;
            }
            state = held.State!;
        }
        else
        {
            state = new ContextState();
        }
        return new Request(contextFeatures, state);
    }

    public Task ProcessRequestAsync(Request context) => app.ServeAsync(context.Features!, context.State!, pipeline, mounted: false);

    public void DisposeContext(Request context, Exception? exception)
    {
    }

    /// <summary>What the server carries from <see cref="CreateContext"/> to <see cref="ProcessRequestAsync"/>: no allocation.</summary>
    internal readonly record struct Request(IFeatureCollection? Features, ContextState? State);
}
