namespace Koa;

/// <summary>
/// Mounts a KoaNet application or middleware at a path prefix: a port of the npm package koa-mount 4.2.0.
/// Inside the mounted middleware <c>ctx.Path</c> has the prefix stripped; it is restored for the middleware
/// downstream of the mount and once the mount returns (also when it throws).
/// </summary>
public static class Mount
{
    internal const string MustBeginWithSlash = "mount path must begin with \"/\"";

    /// <summary>Mounts an application at <c>/</c>: its middleware runs for every request.</summary>
    /// <param name="app">The application whose middleware to run (read at request time, as npm does).</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create(otherApp));</code></example>
    public static Func<TContext, Func<Task>, Task> Create<TContext>(Application<TContext> app)
        where TContext : Context, new() => Create("/", app);

    /// <summary>Mounts an application at <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path prefix; must begin with <c>/</c>. A trailing <c>/</c> makes the bare prefix not match.</param>
    /// <param name="app">The application whose middleware to run (read at request time, as npm does).</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create("/admin", adminApp));</code></example>
    public static Func<TContext, Func<Task>, Task> Create<TContext>(string prefix, Application<TContext> app)
        where TContext : Context, new()
    {
        ArgumentNullException.ThrowIfNull(app);
        return Create<TContext>(prefix, new AppDownstream<TContext>(app).Invoke);
    }

    /// <summary>Mounts a middleware at <c>/</c> (returned as it is, like npm).</summary>
    /// <param name="middleware">The middleware.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create(async (ctx, next) => await next()));</code></example>
    public static Func<Context, Func<Task>, Task> Create(Func<Context, Func<Task>, Task> middleware) =>
        Create<Context>("/", middleware);

    /// <summary>Mounts a middleware at <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path prefix; must begin with <c>/</c>.</param>
    /// <param name="middleware">The middleware.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create("/hello", async (ctx, next) => { await next(); ctx.Body = "Hello"; }));</code></example>
    public static Func<Context, Func<Task>, Task> Create(string prefix, Func<Context, Func<Task>, Task> middleware) =>
        Create<Context>(prefix, middleware);

    /// <summary>Mounts a terminal middleware (one that never calls <c>next</c>) at <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path prefix; must begin with <c>/</c>.</param>
    /// <param name="middleware">The middleware.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create("/health", ctx => { ctx.Status = 204; return Task.CompletedTask; }));</code></example>
    public static Func<Context, Func<Task>, Task> Create(string prefix, Func<Context, Task> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        return Create<Context>(prefix, (ctx, _) => middleware(ctx));
    }

    /// <summary>Mounts a list of middleware, composed, at <c>/</c> (npm's <c>mount([a, b])</c>).</summary>
    /// <param name="middleware">The middleware, run in order.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create([Logger.Create(), handler]));</code></example>
    public static Func<Context, Func<Task>, Task> Create(IEnumerable<Func<Context, Func<Task>, Task>> middleware) =>
        Create<Context>("/", middleware);

    /// <summary>Mounts a list of middleware, composed, at <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path prefix; must begin with <c>/</c>.</param>
    /// <param name="middleware">The middleware, run in order.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create("/api", [auth, handler]));</code></example>
    public static Func<Context, Func<Task>, Task> Create(string prefix, IEnumerable<Func<Context, Func<Task>, Task>> middleware) =>
        Create<Context>(prefix, middleware);

    /// <summary>Mounts a list of middleware of a typed context, composed, at <paramref name="prefix"/>.</summary>
    /// <typeparam name="TContext">The context type.</typeparam>
    /// <param name="prefix">The path prefix; must begin with <c>/</c>.</param>
    /// <param name="middleware">The middleware, run in order.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Mount.Create&lt;MyContext&gt;("/api", [auth, handler]));</code></example>
    public static Func<TContext, Func<Task>, Task> Create<TContext>(string prefix, IEnumerable<Func<TContext, Func<Task>, Task>> middleware)
        where TContext : Context
    {
        ArgumentNullException.ThrowIfNull(middleware);
        var composed = MiddlewareComposer.Compose(middleware);
        return Create<TContext>(prefix, (ctx, next) => composed(ctx, next));
    }

    /// <summary>Mounts a middleware of a typed context at <paramref name="prefix"/>.</summary>
    /// <typeparam name="TContext">The context type.</typeparam>
    /// <param name="prefix">The path prefix; must begin with <c>/</c>.</param>
    /// <param name="middleware">The middleware.</param>
    /// <returns>The middleware (<paramref name="middleware"/> itself when the prefix is <c>/</c>).</returns>
    /// <example><code>app.Use(Mount.Create&lt;MyContext&gt;("/hello", async (ctx, next) => await next()));</code></example>
    public static Func<TContext, Func<Task>, Task> Create<TContext>(string prefix, Func<TContext, Func<Task>, Task> middleware)
        where TContext : Context
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(middleware);
        if (prefix.Length == 0 || prefix[0] != '/')
            throw new ArgumentException(MustBeginWithSlash, nameof(prefix));

        // don't need to do mounting here
        if (prefix == "/")
            return middleware;

        return new Mounted<TContext>(prefix, middleware).Invoke;
    }

    /// <summary>npm's <c>match(path)</c>: the path with the prefix stripped, or <c>null</c> when it does not match.</summary>
    internal static string? Match(string prefix, string path)
    {
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var newPath = path.Length == prefix.Length ? "/" : path.Substring(prefix.Length);
        if (prefix[^1] == '/')
            return newPath;
        // `/mount` does not match `/mountlkjalskjdf`
        return newPath[0] == '/' ? newPath : null;
    }

    private sealed class Mounted<TContext>(string prefix, Func<TContext, Func<Task>, Task> downstream)
        where TContext : Context
    {
        public async Task Invoke(TContext ctx, Func<Task> upstream)
        {
            var prev = ctx.Path;
            var newPath = Match(prefix, prev);
            if (newPath is null)
            {
                await upstream().ConfigureAwait(false);
                return;
            }

            ctx.MountPath = prefix;
            ctx.Path = newPath;
            try
            {
                await downstream(ctx, async () =>
                {
                    ctx.Path = prev;
                    await upstream().ConfigureAwait(false);
                    ctx.Path = newPath;
                }).ConfigureAwait(false);
            }
            finally
            {
                ctx.Path = prev;
            }
        }
    }

    // npm composes `app.middleware`, an array koa-compose reads at dispatch time: middleware added to the mounted
    // app after mounting still runs. The composition is rebuilt when the list has grown.
    private sealed class AppDownstream<TContext>(Application<TContext> app)
        where TContext : Context, new()
    {
        private (int Count, Func<TContext, Func<Task>?, Task> Composed) _cache = (-1, null!);

        public Task Invoke(TContext ctx, Func<Task> next)
        {
            var cache = _cache;
            var middleware = app.Middleware;
            if (cache.Count != middleware.Count)
            {
                cache = (middleware.Count, MiddlewareComposer.Compose(middleware));
                _cache = cache;
            }

            return cache.Composed(ctx, next);
        }
    }
}

/// <summary>What <see cref="Mount"/> adds to the context.</summary>
public static class MountContextExtensions
{
    /// <param name="ctx">The context.</param>
    extension(Context ctx)
    {
        /// <summary>npm's <c>ctx.mountPath</c>: the prefix of the innermost mount the request went through, or <c>null</c>.</summary>
        /// <example><code>var prefix = ctx.MountPath; // "/admin"</code></example>
        public string? MountPath
        {
            get => ctx.Features.Get<MountFeature>()?.Path;
            set
            {
                var feature = ctx.Features.Get<MountFeature>();
                if (feature is null)
                    ctx.Features.Set(new MountFeature { Path = value });
                else
                    feature.Path = value;
            }
        }
    }
}

/// <summary>The feature behind <c>ctx.MountPath</c>.</summary>
public sealed class MountFeature
{
    /// <summary>The prefix of the innermost mount.</summary>
    public string? Path { get; set; }
}
