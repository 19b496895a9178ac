namespace Koa;

/// <summary>
/// One composed chain: the flattened middleware and the pool of dispatchers that run it. <see cref="Invoke"/> is
/// the function <see cref="MiddlewareComposer.Compose{TContext}(IEnumerable{Func{TContext, Func{Task}, Task}})"/>
/// hands out.
/// </summary>
internal sealed class Composition<TContext>(Func<TContext, Func<Task>, Task>[] middleware)
{
    private readonly DispatcherPool<TContext> _pool = new();

    /// <summary>The middleware, outermost first (a private copy: never mutated).</summary>
    public Func<TContext, Func<Task>, Task>[] Middleware { get; } = middleware;

    /// <summary>
    /// koa-compose's <c>function (context, next) { let index = -1; return dispatch(0) }</c>, with the per-call
    /// state (<c>index</c>, the context, the bound <c>next</c> functions) in a rented dispatcher instead of a closure.
    /// </summary>
    public Task Invoke(TContext context, Func<Task>? next)
    {
        var dispatcher = _pool.Rent() ?? new Dispatcher<TContext>(this);
        var task = dispatcher.Start(context, next);
        if (task.IsCompleted)
            dispatcher.Finish();
        else
            dispatcher.FinishWhenCompleted(task);
        return task;
    }

    /// <summary>Gives a dispatcher whose chain has fully completed back to the pool.</summary>
    public void Return(Dispatcher<TContext> dispatcher) => _pool.Return(dispatcher);
}
