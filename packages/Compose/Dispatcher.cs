using System.Runtime.CompilerServices;

namespace Koa;

/// <summary>
/// The state of one invocation of a composed chain — koa-compose's closure over <c>context</c>, <c>next</c> and
/// <c>index</c>. Created per invocation and never shared: a <c>next</c> kept or called late (after the chain
/// finished, the Koa mistake of a <c>next()</c> not awaited) reaches this invocation only, whatever other requests
/// are doing, as in koa-compose.
/// </summary>
internal sealed class Dispatcher<TContext>(Func<TContext, Func<Task>, Task>[] middleware, TContext context, Func<Task>? next) : ISingleCallNext
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
    public Task Start() => Dispatch(0);

    /// <summary>
    /// <c>dispatch(i)</c>: runs the middleware of this level (or the outer next after the last one) with the
    /// <c>next</c> of the level below. Never throws: a synchronous exception becomes a faulted task, a
    /// <see langword="null"/> task a completed one (<c>Promise.resolve(undefined)</c>).
    /// </summary>
    private Task Dispatch(int level)
    {
        if (level <= _index)
            return Task.FromException(new InvalidOperationException(CalledMultipleTimes));
        _index = level;

        Task? task;
        try
        {
            if ((level & (StackCheckInterval - 1)) == 0)
                RuntimeHelpers.EnsureSufficientExecutionStack();
            var middleware = Middleware;
            if (level < middleware.Length)
                task = middleware[level](Context, NextOf(level + 1));
            else if (Next is { } outerNext)
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

    /// <summary>
    /// koa-compose's <c>dispatch.bind(null, i)</c>, the <c>next</c> handed to the middleware above, created when that
    /// middleware runs (the level is what tells a second call of the same <c>next</c> from the first). The first
    /// levels are methods of the dispatcher, so they cost the delegate alone; deeper ones a <see cref="Step"/> too.
    /// </summary>
    private Func<Task> NextOf(int level) => level switch
    {
        1 => Next1,
        2 => Next2,
        3 => Next3,
        4 => Next4,
        5 => Next5,
        6 => Next6,
        7 => Next7,
        8 => Next8,
        _ => new Step(this, level).Invoke,
    };

    /// <summary>The number of levels whose <c>next</c> is a method of the dispatcher.</summary>
    internal const int BoundLevels = 8;

    private Task Next1() => Dispatch(1);

    private Task Next2() => Dispatch(2);

    private Task Next3() => Dispatch(3);

    private Task Next4() => Dispatch(4);

    private Task Next5() => Dispatch(5);

    private Task Next6() => Dispatch(6);

    private Task Next7() => Dispatch(7);

    private Task Next8() => Dispatch(8);

    /// <summary>The <c>next</c> of a level deeper than <see cref="BoundLevels"/>.</summary>
    private sealed class Step(Dispatcher<TContext> dispatcher, int level) : ISingleCallNext
    {
        public Task Invoke() => dispatcher.Dispatch(level);
    }

    private Func<TContext, Func<Task>, Task>[] Middleware => middleware;

    private TContext Context => context;

    private Func<Task>? Next => next;
}
