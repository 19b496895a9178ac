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
    /// <remarks>
    /// A chain that completes synchronously returns the first middleware's own task (as upstream's
    /// <c>Promise.resolve(fn(...))</c> returns the promise itself) and its dispatcher is back in the pool before the
    /// caller sees it. A chain still running returns a task that completes, exactly as the chain did, once the
    /// dispatcher has been given back (see <see cref="Dispatcher{TContext}.FinishWhenCompleted"/>).
    /// </remarks>
    public Task Invoke(TContext context, Func<Task>? next)
    {
        var dispatcher = _pool.Rent() ?? new Dispatcher<TContext>(this);
        var task = dispatcher.Start(context, next);
        if (!task.IsCompleted)
            return dispatcher.FinishWhenCompleted(task);

        dispatcher.Finish();
        return task;
    }

    /// <summary>The idle dispatchers (for tests).</summary>
    internal DispatcherPool<TContext> Pool => _pool;

    /// <summary>Gives a dispatcher whose chain has fully completed back to the pool.</summary>
    public void Return(Dispatcher<TContext> dispatcher) => _pool.Return(dispatcher);
}
