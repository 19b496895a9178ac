using System.Runtime.CompilerServices;

namespace Koa;

/// <summary>
/// The state of one invocation of a composed chain — koa-compose's closure over <c>context</c>, <c>next</c> and
/// <c>index</c> — made reusable. The <c>next</c> function handed to middleware <c>i</c> is bound once, when the
/// dispatcher is created, so dispatching allocates nothing. The owning <see cref="Composition{TContext}"/> rents a
/// dispatcher for each invocation and gets it back from <see cref="Finish"/> once the whole chain has completed.
/// </summary>
/// <remarks>
/// Ownership rules that make the pooling safe:
/// <list type="bullet">
/// <item>Between rent and <see cref="Finish"/> only the chain of one invocation touches the mutable fields; its
/// steps are ordered by program order (synchronous calls) or by task completion (awaits), both of which publish
/// the writes of the previous step.</item>
/// <item><see cref="Finish"/> runs once per invocation: synchronously when the first middleware's task completed
/// synchronously, otherwise in the one continuation registered on that task.</item>
/// <item>A dispatcher goes back to the pool only when every task a dispatch returned has completed. A middleware
/// that calls <c>next()</c> without awaiting it may leave downstream middleware running after the first task
/// completed; that dispatcher is then abandoned to the garbage collector instead of being reused under them.</item>
/// <item>An idle dispatcher rejects every <c>next()</c> call, so a <c>next</c> kept by a finished chain cannot
/// run middleware. The remaining hazard is documented: a <c>next</c> first called after its own middleware's task
/// completed (and after the whole chain finished) may reach the dispatcher while another invocation owns it.</item>
/// </list>
/// </remarks>
internal sealed class Dispatcher<TContext>
{
    internal const string CalledMultipleTimes = "next() called multiple times";
    internal const string CalledAfterCompletion = "next() called after the middleware chain completed";

    /// <summary>The value of <see cref="_index"/> while the dispatcher is idle: no level is ever <c>Idle + 1</c>.</summary>
    private const int Idle = int.MinValue;

    /// <summary>
    /// Every this many levels (and at level 0, so that nested compositions check too) a dispatch makes sure the
    /// stack has room: a chain too deep for it faults with <see cref="InsufficientExecutionStackException"/>, as
    /// upstream's rejects with V8's RangeError, instead of overflowing the stack and ending the process.
    /// </summary>
    private const int StackCheckInterval = 16;

    private readonly Composition<TContext> _composition;

    /// <summary>Level 0: the first middleware (or the outer next when there is no middleware).</summary>
    private readonly Step _first;

    /// <summary>
    /// Tasks that had not completed when their dispatch returned, by level (the outer next is level <c>length</c>).
    /// An <c>object[]</c>: storing into a <c>Task[]</c> would cost a covariance check per store, since the tasks
    /// stored are of derived types (async state machine boxes).
    /// </summary>
    private readonly object?[] _pending;

    private readonly Action _onChainCompleted;
    private TContext _context = default!;
    private Task? _chain;
    private TaskCompletionSource? _completion;
    private Func<Task>? _outerNext;
    private int _index = Idle;
    private int _lastIndex;
    private bool _sawPending;

    public Dispatcher(Composition<TContext> composition)
    {
        _composition = composition;
        var middleware = composition.Middleware;
        var step = new Step(this, middleware.Length, null, null);
        for (var level = middleware.Length - 1; level >= 0; level--)
            step = new Step(this, level, middleware[level], step.Invoke);
        _first = step;
        _pending = new object?[middleware.Length + 1];
        _onChainCompleted = OnChainCompleted;
    }

    /// <summary>Begins an invocation: <c>index = -1; return dispatch(0)</c>.</summary>
    public Task Start(TContext context, Func<Task>? next)
    {
        _context = context;
        _outerNext = next;
        _index = -1;
        return _first.Invoke();
    }

    /// <summary>Called once the first middleware's task has completed: back to the pool if the chain is quiet.</summary>
    public void Finish()
    {
        if (_sawPending && !PendingTasksCompleted())
            return;

        _lastIndex = _index;
        _index = Idle;
        _context = default!;
        _outerNext = null;
        _composition.Return(this);
    }

    /// <summary>
    /// For a chain still running: returns the task the caller gets, completed like <paramref name="chain"/> once
    /// this dispatcher has been given back. The cost is that task (a <see cref="TaskCompletionSource"/>, 88 bytes):
    /// the continuation is a delegate bound once and is the only one on <paramref name="chain"/>, so the runtime
    /// stores it without allocating and runs it inline. (Handing out <paramref name="chain"/> itself would put the
    /// caller's await second in line, and the runtime runs every await continuation after the first asynchronously.)
    /// </summary>
    public Task FinishWhenCompleted(Task chain)
    {
        var completion = new TaskCompletionSource();
        _chain = chain;
        _completion = completion;
        chain.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onChainCompleted);
        return completion.Task;
    }

    private void OnChainCompleted()
    {
        var chain = _chain!;
        var completion = _completion!;
        _chain = null;
        _completion = null;
        Finish();
        completion.SetFromTask(chain);
    }

    // One pass that clears as it goes: when a task is still running the dispatcher is abandoned, state and all.
    private bool PendingTasksCompleted()
    {
        var pending = _pending;
        var last = Math.Min(_index, pending.Length - 1);
        for (var level = 0; level <= last; level++)
        {
            if (pending[level] is Task task)
            {
                if (!task.IsCompleted)
                    return false;
                pending[level] = null;
            }
        }

        _sawPending = false;
        return true;
    }

    // Within one invocation the next of level i is only handed out after dispatch(i - 1), and the index only grows,
    // so a first call always finds index == i - 1. A level at or below the index was dispatched before (upstream's
    // "called multiple times"); a level further down can only come from a next kept by a finished invocation.
    private Task Reject(int level)
    {
        var afterCompletion = _index == Idle ? level > _lastIndex : level > _index;
        return Task.FromException(new InvalidOperationException(afterCompletion ? CalledAfterCompletion : CalledMultipleTimes));
    }

    /// <summary>
    /// One level of the chain, bound once: koa-compose's <c>dispatch.bind(null, i)</c>. Its <see cref="Invoke"/> is
    /// the <c>next</c> handed to the middleware above, and holds the whole of <c>dispatch(i)</c> so that a level
    /// costs two stack frames (the middleware and this), which keeps deep chains cheaper on return prediction.
    /// </summary>
    private sealed class Step(
        Dispatcher<TContext> dispatcher,
        int level,
        Func<TContext, Func<Task>, Task>? middleware,
        Func<Task>? next)
    {
        private readonly bool _checkStack = (level & (StackCheckInterval - 1)) == 0;

        /// <summary>
        /// koa-compose's <c>dispatch(i)</c>: runs the middleware of this level (or the outer next after the last
        /// one) with the <c>next</c> of the level below. Never throws: a synchronous exception becomes a faulted
        /// task, a <see langword="null"/> task a completed one (<c>Promise.resolve(undefined)</c>).
        /// </summary>
        public Task Invoke()
        {
            if (level != dispatcher._index + 1)
                return dispatcher.Reject(level);
            dispatcher._index = level;

            Task? task;
            try
            {
                if (_checkStack)
                    RuntimeHelpers.EnsureSufficientExecutionStack();
                if (middleware is not null)
                    task = middleware(dispatcher._context, next!);
                else if (dispatcher._outerNext is { } outerNext)
                    task = outerNext();
                else
                    return Task.CompletedTask;
            }
            catch (Exception error)
            {
                return Task.FromException(error);
            }

            if (task is null)
                return Task.CompletedTask;
            if (!task.IsCompleted)
            {
                dispatcher._pending[level] = task;
                dispatcher._sawPending = true;
            }

            return task;
        }
    }
}
