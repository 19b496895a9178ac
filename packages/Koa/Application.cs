using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// A Koa application (<c>new Koa()</c>): a stack of middleware run for each request on a <see cref="Context"/>,
/// served by Kestrel (<see cref="ApplicationBase.ListenAsync(int, string, CancellationToken)"/>) or mounted in ASP.NET Core (<see cref="ApplicationBase.Callback"/>).
/// </summary>
/// <example>
/// <code>
/// var app = new Application();
/// app.Use(ctx => { ctx.Body = "Hello World"; return Task.CompletedTask; });
/// await using var server = await app.ListenAsync(3000);
/// </code>
/// </example>
public sealed class Application : Application<Context>
{
    /// <summary>Creates an application (<c>new Koa(options)</c>).</summary>
    /// <param name="options">The options, or null for Koa's defaults.</param>
    /// <example><c>var app = new Application(new ApplicationOptions { Proxy = true });</c></example>
    public Application(ApplicationOptions? options = null)
        : base(options)
    {
    }
}

/// <summary>
/// A Koa application whose contexts are <typeparamref name="TContext"/> — the typed form of extending
/// <c>app.context</c>: add members to a <see cref="Context"/> subclass and every middleware sees them.
/// </summary>
/// <typeparam name="TContext">The context type, created for each request.</typeparam>
/// <example>
/// <code>
/// sealed class DbContext : Context { public Database Db { get; } = Database.Shared; }
///
/// var app = new Application&lt;DbContext&gt;();
/// app.Use(async ctx => ctx.Body = await ctx.Db.FindUserAsync(ctx.Query["id"]));
/// </code>
/// </example>
public partial class Application<TContext> : ApplicationBase
    where TContext : Context, new()
{
    /// <summary>koa-compose, the default <see cref="Compose"/>.</summary>
    private static readonly Func<IReadOnlyList<Func<TContext, Func<Task>, Task>>, Func<TContext, Task>> KoaCompose = middleware =>
    {
        var composed = MiddlewareComposer.Compose(middleware);
        return context => composed(context, null);
    };

    private readonly List<Func<TContext, Func<Task>, Task>> _middleware = [];

    /// <summary>Creates an application with contexts of type <typeparamref name="TContext"/>.</summary>
    /// <param name="options">The options, or null for Koa's defaults.</param>
    /// <example><c>var app = new Application&lt;MyContext&gt;(new ApplicationOptions { Env = "test" });</c></example>
    public Application(ApplicationOptions? options = null)
        : base(options)
    {
    }

    /// <summary>The middleware, in the order added (<c>app.middleware</c>).</summary>
    /// <example><c>app.Middleware.Count</c></example>
    public IReadOnlyList<Func<TContext, Func<Task>, Task>> Middleware => _middleware;

    /// <summary>
    /// Turns the middleware list into the request handler (Koa's <c>compose</c> option / <c>app.compose</c>); called
    /// when the request pipeline is built. Defaults to koa-compose (<see cref="MiddlewareComposer"/>).
    /// </summary>
    /// <example>
    /// <code>
    /// app.Compose = middleware => ctx => middleware[0](ctx, () => Task.CompletedTask);
    /// </code>
    /// </example>
    public Func<IReadOnlyList<Func<TContext, Func<Task>, Task>>, Func<TContext, Task>> Compose { get; set; } = KoaCompose;

    /// <summary>Adds a middleware (<c>app.use(fn)</c>); it gets the context and <c>next</c>, the rest of the chain.</summary>
    /// <param name="middleware">The middleware.</param>
    /// <returns>This application, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="middleware"/> is null ("middleware must be a function!").</exception>
    /// <example>
    /// <code>
    /// app.Use(async (ctx, next) =>
    /// {
    ///     var started = Stopwatch.GetTimestamp();
    ///     await next();
    ///     ctx.Set("X-Response-Time", $"{Stopwatch.GetElapsedTime(started).TotalMilliseconds}ms");
    /// });
    /// </code>
    /// </example>
    public Application<TContext> Use(Func<TContext, Func<Task>, Task> middleware)
    {
        if (middleware is null) throw new ArgumentNullException(nameof(middleware), "middleware must be a function!");
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Adds a middleware that does not call <c>next</c> (it ends the chain).</summary>
    /// <param name="middleware">The middleware.</param>
    /// <returns>This application, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="middleware"/> is null ("middleware must be a function!").</exception>
    /// <example><c>app.Use(ctx => { ctx.Body = "Hello World"; return Task.CompletedTask; });</c></example>
    public Application<TContext> Use(Func<TContext, Task> middleware)
    {
        if (middleware is null) throw new ArgumentNullException(nameof(middleware), "middleware must be a function!");
        _middleware.Add(new Terminal(middleware).Invoke);
        return this;
    }

    /// <summary>
    /// A middleware added without <c>next</c> (<see cref="Use(Func{TContext, Task})"/>). When it is the whole chain
    /// and the composition is koa-compose's, the request runs it directly (<see cref="Run"/>): koa-compose would only
    /// add a dispatcher and a <c>next</c> nobody can call.
    /// </summary>
    private sealed class Terminal(Func<TContext, Task> handler)
    {
        public Task Invoke(TContext context, Func<Task> next) => handler(context);

        /// <summary><c>dispatch(0)</c> of a chain of this middleware alone: a throw becomes a faulted task, a null task a completed one.</summary>
        public Task Run(TContext context)
        {
            try
            {
                return handler(context) ?? Task.CompletedTask;
            }
            catch (Exception error)
            {
                return Task.FromException(error);
            }
        }
    }

    /// <summary>
    /// Creates a context for a request described by ASP.NET Core features (<c>app.createContext(req, res)</c>):
    /// at least <see cref="IHttpRequestFeature"/> and <see cref="IHttpResponseFeature"/>.
    /// </summary>
    /// <param name="features">The request's features.</param>
    /// <returns>A new context bound to this application.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The request or response feature is missing.</exception>
    /// <example><c>var ctx = app.CreateContext(httpContext.Features);</c></example>
    public TContext CreateContext(IFeatureCollection features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var context = new TContext();
        context.Initialize(this, features);
        return context;
    }

    /// <summary>
    /// Runs the middleware on <paramref name="context"/>, then the respond step, handling errors like Koa's
    /// <c>app.handleRequest(ctx, fn)</c>. The middleware is composed at each call; servers compose once.
    /// </summary>
    /// <param name="context">A context from <see cref="CreateContext"/>.</param>
    /// <returns>A task that completes when the response has been written.</returns>
    /// <example><c>await app.HandleRequestAsync(app.CreateContext(httpContext.Features));</c></example>
    public Task HandleRequestAsync(TContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HandleRequestAsync(context, BuildPipeline());
    }

    /// <summary>Composes the middleware as it is now (<c>this.compose(this.middleware)</c> in <c>callback()</c>).</summary>
    internal Func<TContext, Task> BuildPipeline()
    {
        if (ReferenceEquals(Compose, KoaCompose) && _middleware.Count == 1 && _middleware[0].Target is Terminal terminal) return terminal.Run;
        return Compose([.. _middleware]) ?? throw new InvalidOperationException("Compose returned no handler.");
    }

    /// <summary>
    /// <c>handleRequest</c>: status 404 until something says otherwise, the middleware, <c>respond()</c>, and
    /// <c>ctx.onerror</c> for anything thrown on the way.
    /// </summary>
    /// <remarks>
    /// Without a context storage the request runs without an async state machine as long as everything completes
    /// synchronously (a middleware that sets a body, Kestrel's write taken without waiting): the first step that
    /// does not complete goes on in <see cref="ContinueAsync"/>, with the same error handling and release.
    /// </remarks>
    internal Task HandleRequestAsync(TContext context, Func<TContext, Task> pipeline, bool detach = false)
    {
        // AsyncLocal needs the async method: its value set here must not leak into the server's flow.
        if (ContextStorage is not null) return HandleRequestWithStorageAsync(context, pipeline, detach);
        context.Res.StatusCode = 404;
        Task? step;
        try
        {
            step = pipeline(context);
        }
        catch (Exception error)
        {
            step = Task.FromException(error);
        }
        if (step is null || !step.IsCompletedSuccessfully) return ContinueAsync(context, step, responding: false, detach);
        try
        {
            step = Respond.RespondAsync(context);
        }
        catch (Exception error)
        {
            step = Task.FromException(error);
        }
        if (!step.IsCompletedSuccessfully || context.Bound.Owned is not null) return ContinueAsync(context, step, responding: true, detach);
        if (detach) context.Reset();
        return Task.CompletedTask;
    }

    /// <summary>The rest of <see cref="HandleRequestAsync(TContext, Func{TContext, Task}, bool)"/> once a step did not complete synchronously.</summary>
    private static async Task ContinueAsync(TContext context, Task? step, bool responding, bool detach)
    {
        try
        {
            if (!responding)
            {
                await step!.ConfigureAwait(false);
                step = Respond.RespondAsync(context);
            }
            await step!.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            await context.HandleFailureAsync(error).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAndDetachAsync(context, detach).ConfigureAwait(false);
        }
    }

    private async Task HandleRequestWithStorageAsync(TContext context, Func<TContext, Task> pipeline, bool detach)
    {
        var storage = ContextStorage;
        if (storage is not null) storage.Value = context;
        context.Res.StatusCode = 404;
        try
        {
            await pipeline(context).ConfigureAwait(false);
            await Respond.RespondAsync(context).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            await context.HandleFailureAsync(error).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAndDetachAsync(context, detach).ConfigureAwait(false);
        }
    }

    /// <summary>Koa's end of a request: every body the response held is disposed, then the context detaches.</summary>
    private static async Task ReleaseAndDetachAsync(TContext context, bool detach)
    {
        try
        {
            await context.Response.ReleaseBodiesAsync().ConfigureAwait(false);
        }
        finally
        {
            if (detach) context.Reset();
        }
    }
}
