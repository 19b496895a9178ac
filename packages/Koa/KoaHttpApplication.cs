using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Abstractions;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// The Koa pipeline as the <see cref="IHttpApplication{TContext}"/> a bare server runs (Kestrel for
/// <c>ListenAsync</c>, TestServer for the in-memory test client). The Koa context is the host context: the
/// server keeps it per connection (<see cref="IHostContextContainer{TContext}"/>) and it is reset between
/// requests, so a keep-alive connection reuses one <typeparamref name="TContext"/>, its request and response.
/// </summary>
internal sealed class KoaHttpApplication<TContext>(Application<TContext> app, Func<TContext, Task> pipeline) : IHttpApplication<TContext>
    where TContext : Context, new()
{
    public TContext CreateContext(IFeatureCollection contextFeatures)
    {
        TContext context;
        if (contextFeatures is IHostContextContainer<TContext> container)
        {
            context = container.HostContext ??= new TContext();
        }
        else
        {
            context = new TContext();
        }
        context.Initialize(app, contextFeatures);
        return context;
    }

    public Task ProcessRequestAsync(TContext context) => app.HandleRequestAsync(context, pipeline);

    public void DisposeContext(TContext context, Exception? exception) => context.Reset();
}
