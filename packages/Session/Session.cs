using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

[module: System.Runtime.CompilerServices.SkipLocalsInit]

namespace Koa;

/// <summary>
/// Sessions: a port of the npm package koa-session 7.0.2. Cookie sessions (base64 JSON signed with the
/// application's keys — the same cookie Node koa-session reads and writes) or an external store
/// (<see cref="ISessionStore"/>, e.g. <see cref="DistributedCacheSessionStore"/> over Redis) with the key in the cookie.
/// </summary>
public static class Session
{
    private static readonly ConditionalWeakTable<ApplicationBase, SessionOptions> AppOptions = new();

    /// <summary>Creates the session middleware for <paramref name="app"/> (whose <c>Keys</c> sign the cookie).</summary>
    /// <param name="app">The application.</param>
    /// <param name="options">The options; <c>null</c> for koa-session's defaults.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Session.Create(app, new SessionOptions { MaxAge = 86_400_000 }));</code></example>
    public static Func<Context, Func<Task>, Task> Create(ApplicationBase app, SessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app, nameof(app));
        options ??= new SessionOptions();
        if (options.ExternalKey is { } externalKey && (externalKey.Get is null || externalKey.Set is null))
            throw new ArgumentException("options.ExternalKey must have both Get and Set functions.", nameof(options));
        AppOptions.AddOrUpdate(app, options);

        if (options.AutoCommit)
        {
            return (ctx, next) =>
            {
                var sess = Of(ctx, options);
                if (sess.Store is not null)
                    return AutoCommitAsync(sess, next);

                // Cookie sessions: when the rest of the chain completed synchronously, the commit (synchronous without
                // a store) is the whole answer — its task faults or cancels exactly as awaiting it in `finally` would.
                Task task;
                try
                {
                    task = next();
                }
                catch (Exception error)
                {
                    return CommitAfterAsync(sess, null, error);
                }
                return task.IsCompletedSuccessfully
                    ? sess.CommitAsync(save: false, regenerate: false)
                    : CommitAfterAsync(sess, task, null);
            };
        }

        return (ctx, next) =>
        {
            var sess = Of(ctx, options);
            return sess.Store is not null ? InitThenNextAsync(sess, next) : next();
        };
    }

    private static async Task AutoCommitAsync(ContextSession sess, Func<Task> next)
    {
        await sess.InitFromExternalAsync().ConfigureAwait(false);
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            await sess.CommitAsync(save: false, regenerate: false).ConfigureAwait(false);
        }
    }

    /// <summary><c>try { await next() } finally { await commit }</c> for a <paramref name="task"/> still running or failed, or for what next() threw.</summary>
    private static async Task CommitAfterAsync(ContextSession sess, Task? task, Exception? thrown)
    {
        try
        {
            if (thrown is not null)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(thrown);
            await task!.ConfigureAwait(false);
        }
        finally
        {
            await sess.CommitAsync(save: false, regenerate: false).ConfigureAwait(false);
        }
    }

    private static async Task InitThenNextAsync(ContextSession sess, Func<Task> next)
    {
        await sess.InitFromExternalAsync().ConfigureAwait(false);
        await next().ConfigureAwait(false);
    }

    internal static ContextSession Of(Context ctx, SessionOptions? options = null)
    {
        if (ctx.Features.Get<SessionFeature>() is { } feature)
            return feature.Session;
        options ??= AppOptions.TryGetValue(ctx.App, out var registered)
            ? registered
            : throw new InvalidOperationException("Session.Create(app, options) has not been called for this application.");
        var session = new ContextSession(ctx, options);
        ctx.Features.Set(new SessionFeature(session));
        return session;
    }
}

/// <summary>The feature behind <c>ctx.Session</c>: the request's session state.</summary>
public sealed class SessionFeature
{
    internal SessionFeature(ContextSession session) => Session = session;

    internal ContextSession Session { get; }
}

/// <summary>What <see cref="Session"/> adds to the context.</summary>
public static class SessionContextExtensions
{
    /// <param name="ctx">The context.</param>
    extension(Context ctx)
    {
        /// <summary>
        /// npm's <c>ctx.session</c>: the session (loaded on first access), or <c>null</c> once set to <c>null</c>;
        /// setting <c>null</c> destroys it (cookie cleared, store entry removed) at commit.
        /// </summary>
        /// <example><code>ctx.Session!["user"] = "ada"; ctx.Session = null; // logout</code></example>
        public SessionModel? Session
        {
            get => Koa.Session.Of(ctx).Get();
            set => Koa.Session.Of(ctx).Set(value);
        }

        /// <summary>npm's <c>ctx.sessionOptions</c> (the middleware's options).</summary>
        /// <example><code>var key = ctx.SessionOptions.Key;</code></example>
        public SessionOptions SessionOptions => Koa.Session.Of(ctx).SessionOptions;

        /// <summary>Replaces the session with new data (npm's <c>ctx.session = { … }</c>), keeping the external key.</summary>
        /// <param name="data">The new data.</param>
        /// <example><code>ctx.SetSession(new JsonObject { ["user"] = "ada" });</code></example>
        public void SetSession(JsonObject data)
        {
            ArgumentNullException.ThrowIfNull(data);
            Koa.Session.Of(ctx).Set(data);
        }
    }
}
