using System.Runtime.CompilerServices;

namespace Koa;

/// <summary>
/// The state of one invocation of a composed chain — koa-compose's closure over <c>context</c>, <c>next</c> and
/// <c>index</c>. Created per invocation and never shared: a <c>next</c> kept or called late (after the chain
/// finished, the Koa mistake of a <c>next()</c> not awaited) reaches this invocation only, whatever other requests
/// are doing, as in koa-compose.
/// </summary>
internal sealed class Dispatcher<TContext>(Func<TContext, Func<Task>, Task>[] middleware, TContext context, Func<Task>? next)
{
    internal const string CalledMultipleTimes = "next() called multiple times";

    /// <summary>
    /// Every this many levels (and at level 0, so that nested compositions check too) a dispatch makes sure the
    /// stack has room: a chain too deep for it faults with <see cref="InsufficientExecutionStackException"/>, as
    /// upstream's rejects with V8's RangeError, instead of overflowing the stack and ending the process.
    /// </summary>
    private const int StackCheckInterval = 16;

    private int _index = -1;

    /// <summary><c>return dispatch(0)</c>.</summary>
    public Task Start() => new Step(this, 0).Invoke();

    /// <summary>
    /// koa-compose's <c>dispatch.bind(null, i)</c>: its <see cref="Invoke"/> is the <c>next</c> handed to the middleware
    /// above, created when that middleware runs, and holds the whole of <c>dispatch(i)</c> (two stack frames a level).
    /// </summary>
    private sealed class Step(Dispatcher<TContext> dispatcher, int level)
    {
        /// <summary>
        /// <c>dispatch(i)</c>: runs the middleware of this level (or the outer next after the last one) with the
        /// <c>next</c> of the level below. Never throws: a synchronous exception becomes a faulted task, a
        /// <see langword="null"/> task a completed one (<c>Promise.resolve(undefined)</c>).
        /// </summary>
        public Task Invoke()
        {
            if (level <= dispatcher._index)
                return Task.FromException(new InvalidOperationException(CalledMultipleTimes));
            dispatcher._index = level;

            Task? task;
            try
            {
                if ((level & (StackCheckInterval - 1)) == 0)
                    RuntimeHelpers.EnsureSufficientExecutionStack();
                var middleware = dispatcher.Middleware;
                if (level < middleware.Length)
                    task = middleware[level](dispatcher.Context, new Step(dispatcher, level + 1).Invoke);
                else if (dispatcher.Next is { } outerNext)
                    task = outerNext();
                else
                    return Task.CompletedTask;
            }
            catch (Exception error)
            {
                return Task.FromException(error);
            }

            return task ?? Task.CompletedTask;
        }
    }

    private Func<TContext, Func<Task>, Task>[] Middleware => middleware;

    private TContext Context => context;

    private Func<Task>? Next => next;
}
