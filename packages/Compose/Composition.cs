namespace Koa;

/// <summary>
/// One composed chain: the flattened middleware. <see cref="Invoke"/> is the function
/// <see cref="MiddlewareComposer.Compose{TContext}(IEnumerable{Func{TContext, Func{Task}, Task}})"/> hands out.
/// </summary>
internal sealed class Composition<TContext>(Func<TContext, Func<Task>, Task>[] middleware)
{
    /// <summary>The middleware, outermost first (a private copy: never mutated).</summary>
    public Func<TContext, Func<Task>, Task>[] Middleware { get; } = middleware;

    /// <summary>
    /// koa-compose's <c>function (context, next) { let index = -1; return dispatch(0) }</c>: the per-call state in a
    /// new dispatcher, owned by this call alone, so that a <c>next</c> called late can only reach its own chain.
    /// </summary>
    public Task Invoke(TContext context, Func<Task>? next) => new Dispatcher<TContext>(Middleware, context, next).Start();
}
