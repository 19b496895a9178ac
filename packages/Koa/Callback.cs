using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

// The two ways in from a server: a RequestDelegate for ASP.NET Core (app.callback()) and an IHttpApplication for a bare IServer.
public partial class Application<TContext>
{
    /// <inheritdoc />
    public override RequestDelegate Callback()
    {
        var pipeline = BuildPipeline();
        return httpContext => ServeAsync(httpContext.Features, pipeline, mounted: true);
    }

    /// <summary>
    /// The one path of a request from a server, mounted or not: a new context, <c>handleRequest</c>, and the context
    /// detached in <c>finally</c> — so that a middleware still running after its response was sent (a <c>next()</c>
    /// not awaited) throws on its next use of the context instead of touching a finished request.
    /// </summary>
    internal Task ServeAsync(IFeatureCollection features, Func<TContext, Task> pipeline, bool mounted) =>
        ServeAsync(features, new ContextState(), pipeline, mounted);

    /// <summary>
    /// <see cref="ServeAsync(IFeatureCollection, Func{TContext, Task}, bool)"/> with the state the connection keeps
    /// between its requests: the context is still new, only what it points to is reused (see <see cref="ContextState"/>).
    /// </summary>
    internal Task ServeAsync(IFeatureCollection features, ContextState state, Func<TContext, Task> pipeline, bool mounted)
    {
        var context = NewContext();
        context.Initialize(this, features, state, mounted);
        return HandleRequestAsync(context, pipeline, detach: true);
    }

    /// <summary>
    /// <c>new TContext()</c> for every request: <see cref="Context"/> itself through a plain constructor call (the
    /// generic <c>new()</c> goes through <see cref="Activator"/>), a subclass through the generic constraint.
    /// </summary>
    private static readonly Func<TContext> NewContext = typeof(TContext) == typeof(Context)
        ? (Func<TContext>)(object)new Func<Context>(static () => new Context())
        : static () => new TContext();

    private protected override Task StartCoreAsync(IServer server, CancellationToken cancellationToken) =>
        server.StartAsync(new KoaHttpApplication<TContext>(this, BuildPipeline()), cancellationToken);
}
