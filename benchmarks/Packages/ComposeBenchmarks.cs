using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

using Middleware = Func<object, Func<Task>, Task>;

/// <summary>
/// One dispatch of a chain of N no-op middleware through <see cref="MiddlewareComposer"/> ("Composer"), through a
/// literal translation of koa-compose 4.2.0 that allocates a closure per <c>next</c> ("Closure"), and — for the
/// chain that completes asynchronously — through the same middleware wired by hand with no composer at all
/// ("HandWired": what the middleware allocate by themselves). Same cases as benchmarks/node/koa-compose.js.
/// </summary>
[MemoryDiagnoser]
public class ComposeBenchmarks
{
    private static readonly Middleware SyncMiddleware = (ctx, next) => next();
    private static readonly Middleware AsyncMiddleware = async (ctx, next) => await next();

    private readonly object _context = new();
    private Func<object, Func<Task>?, Task> _pooledSync = null!;
    private Func<object, Func<Task>?, Task> _closureSync = null!;
    private Func<object, Func<Task>?, Task> _pooledAsync = null!;
    private Func<object, Func<Task>?, Task> _closureAsync = null!;
    private Func<Task> _handWiredAsync = null!;
    private Func<Task> _terminal = null!;
    private TaskCompletionSource _gate = new();

    /// <summary>Chain length.</summary>
    [Params(1, 5, 10, 20, 50, 100)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sync = Enumerable.Repeat(SyncMiddleware, N).ToArray();
        var async = Enumerable.Repeat(AsyncMiddleware, N).ToArray();
        _pooledSync = MiddlewareComposer.Compose(sync);
        _closureSync = ClosureCompose(sync);
        _pooledAsync = MiddlewareComposer.Compose(async);
        _closureAsync = ClosureCompose(async);
        _terminal = () => _gate.Task;
        _handWiredAsync = HandWire(async, _context, _terminal);
    }

    /// <summary><c>(ctx, next) =&gt; next()</c> × N.</summary>
    [Benchmark(Description = "sync: Composer")]
    public Task SyncPooled() => _pooledSync(_context, null);

    /// <summary><c>(ctx, next) =&gt; next()</c> × N, closure per next.</summary>
    [Benchmark(Description = "sync: Closure")]
    public Task SyncClosure() => _closureSync(_context, null);

    /// <summary><c>async (ctx, next) =&gt; await next()</c> × N, completing synchronously.</summary>
    [Benchmark(Description = "async: Composer")]
    public Task AsyncPooled() => _pooledAsync(_context, null);

    /// <summary>Same, closure per next.</summary>
    [Benchmark(Description = "async: Closure")]
    public Task AsyncClosure() => _closureAsync(_context, null);

    /// <summary>Async middleware around a terminal that is still pending when awaited (the caller awaits too).</summary>
    [Benchmark(Description = "async, pending terminal: Composer")]
    public void PendingPooled() => RunPending(static self => self._pooledAsync(self._context, self._terminal));

    /// <summary>Same, closure per next.</summary>
    [Benchmark(Description = "async, pending terminal: Closure")]
    public void PendingClosure() => RunPending(static self => self._closureAsync(self._context, self._terminal));

    /// <summary>Same middleware chained once by hand: the middleware's own allocations.</summary>
    [Benchmark(Description = "async, pending terminal: HandWired")]
    public void PendingHandWired() => RunPending(static self => self._handWiredAsync());

    // The gate completes after the caller has subscribed; every continuation then runs inline on this thread.
    private void RunPending(Func<ComposeBenchmarks, Task> chain)
    {
        _gate = new TaskCompletionSource();
        var caller = Caller(chain);
        _gate.SetResult();
        if (!caller.IsCompletedSuccessfully)
            throw new InvalidOperationException("the chain did not complete inline");
    }

    private async Task Caller(Func<ComposeBenchmarks, Task> chain) => await chain(this);

    private static Func<Task> HandWire(Middleware[] chain, object context, Func<Task> terminal)
    {
        var next = terminal;
        for (var i = chain.Length - 1; i >= 0; i--)
        {
            var fn = chain[i];
            var downstream = next;
            next = () => fn(context, downstream);
        }

        return next;
    }

    /// <summary>koa-compose 4.2.0 translated line by line: a closure per invocation and a bound dispatch per next.</summary>
    private static Func<object, Func<Task>?, Task> ClosureCompose(Middleware[] middleware) => (context, next) =>
    {
        var index = -1;
        return Dispatch(0);

        Task Dispatch(int i)
        {
            if (i <= index)
                return Task.FromException(new InvalidOperationException("next() called multiple times"));
            index = i;
            try
            {
                if (i < middleware.Length)
                    return middleware[i](context, () => Dispatch(i + 1)) ?? Task.CompletedTask;
                return next is null ? Task.CompletedTask : next() ?? Task.CompletedTask;
            }
            catch (Exception error)
            {
                return Task.FromException(error);
            }
        }
    };
}
