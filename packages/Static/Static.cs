namespace Koa;

/// <summary>
/// koa-static 5.0.0: serves the files under a folder for GET and HEAD requests, through
/// <see cref="Send.FileAsync(Context, string, SendOptions?)"/>. A missing file (404) passes the request on to the
/// next middleware; any other error (400, 403, 500) is thrown.
/// </summary>
/// <example>
/// <code>
/// app.Use(Static.Create("public"));
/// app.Use(Static.Create("uploads", new StaticOptions { Defer = true, MaxAge = TimeSpan.FromHours(1) }));
/// </code>
/// </example>
public static class Static
{
    /// <summary><c>serve(root, opts)</c>.</summary>
    /// <param name="root">The folder to serve (made absolute against the current directory now).</param>
    /// <param name="options">The options; null for the defaults (index.html, not deferred).</param>
    /// <returns>The middleware.</returns>
    /// <exception cref="ArgumentException"><paramref name="root"/> is null or empty ("root directory is required to serve files").</exception>
    /// <example><c>app.Use(Static.Create("public", new StaticOptions { Index = "index.txt" }));</c></example>
    public static Func<Context, Func<Task>, Task> Create(string root, StaticOptions? options = null)
    {
        if (string.IsNullOrEmpty(root)) throw new ArgumentException("root directory is required to serve files", nameof(root));
        options ??= new StaticOptions();
        var send = new SendOptions
        {
            Root = Path.GetFullPath(root),
            Index = options.Index,
            MaxAge = options.MaxAge,
            Immutable = options.Immutable,
            Hidden = options.Hidden,
            Format = options.Format,
            Extensions = options.Extensions,
            Brotli = options.Brotli,
            Gzip = options.Gzip,
            SetHeaders = options.SetHeaders,
            FollowSymlinksOutsideRoot = options.FollowSymlinksOutsideRoot,
        };

        if (!options.Defer)
        {
            return async (ctx, next) =>
            {
                string? done = null;
                var method = ctx.Method;
                if (method is "HEAD" or "GET")
                {
                    try
                    {
                        done = await Send.FileAsync(ctx, ctx.Path, send).ConfigureAwait(false);
                    }
                    catch (Exception error) when (HttpErrors.GetStatus(error) == 404)
                    {
                    }
                }
                if (done is null) await next().ConfigureAwait(false);
            };
        }

        return async (ctx, next) =>
        {
            await next().ConfigureAwait(false);
            var method = ctx.Method;
            if (method is not ("HEAD" or "GET")) return;
            if (ctx.Body is not null || ctx.Status != 404) return;
            try
            {
                await Send.FileAsync(ctx, ctx.Path, send).ConfigureAwait(false);
            }
            catch (Exception error) when (HttpErrors.GetStatus(error) == 404)
            {
            }
        };
    }
}
