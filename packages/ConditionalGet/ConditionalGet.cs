namespace Koa;

/// <summary>
/// Conditional GET (koa-conditional-get 3.0.0): after the downstream middleware ran, a request that is fresh
/// (<see cref="Context.Fresh"/>: its <c>If-None-Match</c> / <c>If-Modified-Since</c> match the response's
/// <c>ETag</c> / <c>Last-Modified</c>) is answered <c>304 Not Modified</c> without a body. Put it before
/// koa-etag (<c>Etag.Create()</c> of KoaNet.Etag).
/// </summary>
/// <example>
/// <code>
/// app.Use(ConditionalGet.Create());
/// app.Use(Etag.Create());
/// </code>
/// </example>
public static class ConditionalGet
{
    private static readonly Func<Context, Func<Task>, Task> Middleware = async (ctx, next) =>
    {
        await next().ConfigureAwait(false);
        if (ctx.Fresh)
        {
            ctx.Status = 304;
            ctx.Body = null;
        }
    };

    /// <summary>The middleware (stateless: every call returns the same instance).</summary>
    /// <returns>The middleware.</returns>
    /// <example><c>app.Use(ConditionalGet.Create());</c></example>
    public static Func<Context, Func<Task>, Task> Create() => Middleware;
}
