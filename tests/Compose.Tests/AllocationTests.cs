namespace Koa.Tests;

using Middleware = Func<object, Func<Task>, Task>;

/// <summary>
/// What one dispatch allocates, measured exactly on the current thread: koa-compose's own cost, a dispatcher per
/// call and a bound <c>next</c> per level reached (<see cref="ComposerBytes"/>) — what a literal translation of its
/// closures costs too. For a chain that completes asynchronously it is compared with the same middleware wired by
/// hand (no composer), so the middleware's own state machines are not counted.
/// </summary>
[Collection(nameof(AllocationTests))]
[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class AllocationTests
{
    private static readonly object Context = new();

    public static TheoryData<int> Lengths => [1, 5, 10, 20, 50, 100];

    private static Middleware[] Chain(int length, Middleware middleware) => Enumerable.Repeat(middleware, length).ToArray();

    private static long AllocatedPerCall(Func<Task> call, int iterations = 1_000) =>
        Koa.Tests.Shared.Measure.AllocatedPerCall(() =>
        {
            call().GetAwaiter().GetResult();
            return null;
        }, iterations);

    /// <summary>
    /// On 64-bit: the dispatcher (48 B: middleware, context, outer next, index), then for each middleware that runs
    /// its <c>next</c>: a delegate (64 B) bound to the dispatcher for the first 8 levels, a step (32 B) and its
    /// delegate below them.
    /// </summary>
    private static long ComposerBytes(int middlewareRun) => 48 + 64 * middlewareRun + 32 * Math.Max(0, middlewareRun - 8);

    [Theory(DisplayName = "allocations › synchronous middleware (return next()): a dispatcher and a next per level")]
    [MemberData(nameof(Lengths))]
    public void Synchronous_chain(int length)
    {
        var composed = MiddlewareComposer.Compose(Chain(length, (ctx, next) => next()));

        Assert.Equal(ComposerBytes(length), AllocatedPerCall(() => composed(Context, null)));
    }

    // In a Debug build the compiler makes async state machines classes, allocated on every call even when they
    // complete synchronously; that is the middleware's cost, so the hand-wired chain is the reference.
    [Theory(DisplayName = "allocations › async middleware that complete synchronously: a dispatcher and a next per level")]
    [MemberData(nameof(Lengths))]
    public void Async_chain_completing_synchronously(int length)
    {
        Middleware middleware = async (ctx, next) => await next();
        var composed = MiddlewareComposer.Compose(Chain(length, middleware));
        var handWired = HandWired(Chain(length, middleware), () => Task.CompletedTask);

        Assert.Equal(ComposerBytes(length), AllocatedPerCall(() => composed(Context, null)) - AllocatedPerCall(handWired));
    }

    [Fact(DisplayName = "allocations › an outer next, a short-circuiting middleware, no middleware: only the levels reached")]
    public void Outer_next_and_short_circuit()
    {
        Func<Task> outer = () => Task.CompletedTask;
        var throughOuter = MiddlewareComposer.Compose(Chain(3, (ctx, next) => next()));
        var shortCircuit = MiddlewareComposer.Compose<object>([(ctx, next) => next(), (ctx, next) => Task.CompletedTask, (ctx, next) => next()]);
        var empty = MiddlewareComposer.Compose(Array.Empty<Middleware>());

        Assert.Equal(ComposerBytes(3), AllocatedPerCall(() => throughOuter(Context, outer)));
        Assert.Equal(ComposerBytes(2), AllocatedPerCall(() => shortCircuit(Context, null)));
        Assert.Equal(0, AllocatedPerCall(() => empty(Context, outer)));
    }

    [Theory(DisplayName = "allocations › a chain that completes asynchronously: the same, nothing more (the caller gets the chain's own task)")]
    [MemberData(nameof(Lengths))]
    public void Asynchronous_chain_overhead(int length)
    {
        Middleware middleware = async (ctx, next) => await next();
        var composed = MiddlewareComposer.Compose(Chain(length, middleware));
        var ours = AllocatedWhenPending(terminal => () => composed(Context, terminal));
        var theirs = AllocatedWhenPending(terminal => HandWired(Chain(length, middleware), terminal));

        Assert.Equal(ComposerBytes(length), ours - theirs);
    }

    [Theory(DisplayName = "allocations › synchronous middleware around a pending terminal: the same, nothing more")]
    [MemberData(nameof(Lengths))]
    public void Synchronous_chain_with_pending_terminal(int length)
    {
        Middleware middleware = (ctx, next) => next();
        var composed = MiddlewareComposer.Compose(Chain(length, middleware));
        var ours = AllocatedWhenPending(terminal => () => composed(Context, terminal));
        var theirs = AllocatedWhenPending(terminal => HandWired(Chain(length, middleware), terminal));

        Assert.Equal(ComposerBytes(length), ours - theirs);
    }

    /// <summary>The same middleware chained by delegates built once, with no composer in between.</summary>
    private static Func<Task> HandWired(Middleware[] chain, Func<Task> terminal)
    {
        var next = terminal;
        for (var i = chain.Length - 1; i >= 0; i--)
        {
            var fn = chain[i];
            var downstream = next;
            next = () => fn(Context, downstream);
        }

        return next;
    }

    // The chain is built once around a terminal that returns the current gate. The caller awaits the chain (as Koa's request handler does); the terminal is pending until the caller has
    // subscribed, then completes inline on this thread, so every continuation runs here and is counted.
    // On a thread of its own: no test-framework SynchronizationContext or TaskScheduler, so continuations run inline.
    private static long AllocatedWhenPending(Func<Func<Task>, Func<Task>> prepare)
    {
        long allocated = 0;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                allocated = Measure(prepare);
            }
            catch (Exception error)
            {
                failure = error;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? allocated : throw new InvalidOperationException("measurement failed", failure);
    }

    private static long Measure(Func<Func<Task>, Func<Task>> prepare)
    {
        TaskCompletionSource gate = null!;
        var run = prepare(() => gate.Task);
        async Task Caller() => await run();

        long Once(bool measure)
        {
            gate = new TaskCompletionSource();
            Task? caller = null;
            var allocated = Koa.Tests.Shared.Measure.Allocated(() =>
            {
                caller = Caller();
                gate.SetResult();
            });
            Assert.True(caller!.IsCompletedSuccessfully);
            return measure ? allocated : 0;
        }

        for (var i = 0; i < 100; i++)
            Once(measure: false);
        long total = 0;
        const int iterations = 200;
        for (var i = 0; i < iterations; i++)
            total += Once(measure: true);
        return total / iterations;
    }
}
