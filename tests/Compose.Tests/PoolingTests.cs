namespace Koa.Tests;

using Middleware = Func<PoolingTests.Request, Func<Task>, Task>;

/// <summary>
/// The pooled dispatchers behave as koa-compose's fresh closure per call: reuse after faults, concurrent and
/// re-entrant invocations, and <c>next</c> functions kept beyond the invocation they belong to.
/// </summary>
public sealed class PoolingTests
{
    public sealed class Request(string name)
    {
        public string Name { get; } = name;
        public List<string> Log { get; } = [];
        public bool Fail { get; init; }
        public Task Gate { get; init; } = Task.CompletedTask;
        public Func<Task>? Kept { get; set; }
    }

    private static Func<Request, Func<Task>?, Task> Compose(params Middleware[] middleware) => MiddlewareComposer.Compose(middleware);

    private static Middleware Record(string step) => (ctx, next) =>
    {
        ctx.Log.Add(step);
        return next();
    };

    [Fact(DisplayName = "pooling › one dispatcher serves consecutive synchronous calls, its next functions bound once")]
    public async Task Consecutive_calls_reuse_one_dispatcher()
    {
        var nexts = new List<Func<Task>>();
        var composed = Compose((ctx, next) => { nexts.Add(next); return next(); }, Record("b"));

        for (var i = 0; i < 3; i++)
            await composed(new Request("r"), null);

        Assert.Equal(3, nexts.Count);
        Assert.Same(nexts[0], nexts[1]);
        Assert.Same(nexts[0], nexts[2]);
        Assert.Equal(1, Pooling.IdleDispatchers(composed));
    }

    [Fact(DisplayName = "pooling › a dispatcher is reused after a chain that faulted synchronously")]
    public Task Reuse_after_synchronous_fault() =>
        AssertReusedAfterFault((ctx, next) => ctx.Fail ? throw new InvalidOperationException(ctx.Name) : next());

    [Fact(DisplayName = "pooling › a dispatcher is reused after a chain that faulted asynchronously")]
    public Task Reuse_after_asynchronous_fault() =>
        AssertReusedAfterFault(async (ctx, next) =>
        {
            await Task.Yield();
            if (ctx.Fail)
                throw new InvalidOperationException(ctx.Name);
            await next();
        });

    private static async Task AssertReusedAfterFault(Middleware faulting)
    {
        var composed = Compose(Record("a"), faulting, Record("c"));

        var failing = new Request("failing") { Fail = true };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => composed(failing, null));
        Assert.Equal(1, Pooling.IdleDispatchers(composed));
        var healthy = new Request("healthy");
        await composed(healthy, null);

        Assert.Equal("failing", error.Message);
        Assert.Equal(["a"], failing.Log);
        Assert.Equal(["a", "c"], healthy.Log);
        Assert.Equal(1, Pooling.IdleDispatchers(composed));
    }

    [Fact(DisplayName = "pooling › a dispatcher is reused after next() was called multiple times")]
    public async Task Reuse_after_next_called_twice()
    {
        var composed = Compose(
            async (ctx, next) =>
            {
                await next();
                if (ctx.Fail)
                    await next();
            },
            Record("b"));

        var twice = new Request("twice") { Fail = true };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => composed(twice, null));
        var once = new Request("once");
        await composed(once, null);

        Assert.Equal("next() called multiple times", error.Message);
        Assert.Equal(["b"], twice.Log);
        Assert.Equal(["b"], once.Log);
    }

    [Fact(DisplayName = "pooling › the task of an asynchronous chain completes after its dispatcher is back in the pool")]
    public async Task Asynchronous_chain_returns_its_dispatcher_before_completing()
    {
        var composed = Compose(async (ctx, next) => { await Task.Yield(); await next(); }, Record("b"));

        await composed(new Request("r"), null);

        Assert.Equal(1, Pooling.IdleDispatchers(composed));
    }

    [Fact(DisplayName = "pooling › an asynchronous chain keeps its outcome: same exception object, cancellation stays cancellation")]
    public async Task Asynchronous_outcome_is_kept()
    {
        var error = new InvalidOperationException("kept");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var faulting = Compose(async (ctx, next) => { await Task.Yield(); throw error; });
        var cancelling = Compose(async (ctx, next) => { await Task.Yield(); cancelled.Token.ThrowIfCancellationRequested(); });

        var faulted = faulting(new Request("f"), null);
        var canceled = cancelling(new Request("c"), null);

        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => faulted));
        var cancellation = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        Assert.True(canceled.IsCanceled);
        Assert.Equal(cancelled.Token, cancellation.CancellationToken);
    }

    [Fact(DisplayName = "pooling › concurrent asynchronous invocations each see only their own context")]
    public async Task Concurrent_asynchronous_invocations()
    {
        const int length = 10;
        var middleware = Enumerable.Range(0, length).Select(i => (Middleware)(async (ctx, next) =>
        {
            ctx.Log.Add($"{ctx.Name}:down{i}");
            await Task.Yield();
            await next();
            ctx.Log.Add($"{ctx.Name}:up{i}");
        })).ToArray();
        var composed = MiddlewareComposer.Compose(middleware);
        var requests = Enumerable.Range(0, 500).Select(i => new Request($"r{i}")).ToArray();

        await Task.WhenAll(requests.Select(r => Task.Run(() => composed(r, () => { r.Log.Add($"{r.Name}:end"); return Task.CompletedTask; }))));

        foreach (var r in requests)
        {
            var expected = Enumerable.Range(0, length).Select(i => $"{r.Name}:down{i}")
                .Append($"{r.Name}:end")
                .Concat(Enumerable.Range(0, length).Reverse().Select(i => $"{r.Name}:up{i}"));
            Assert.Equal(expected, r.Log);
        }

        Assert.InRange(Pooling.IdleDispatchers(composed), 1, DispatcherPool<Request>.Capacity + 1);
    }

    [Fact(DisplayName = "pooling › concurrent synchronous invocations each see only their own context")]
    public void Concurrent_synchronous_invocations()
    {
        var mismatches = 0;
        var composed = MiddlewareComposer.Compose(Enumerable.Range(0, 20).Select(i => (Middleware)((ctx, next) =>
        {
            if (ctx.Log.Count != i)
                Interlocked.Increment(ref mismatches);
            ctx.Log.Add(ctx.Name);
            return next();
        })).ToArray());

        Parallel.For(0, 20_000, i =>
        {
            var request = new Request($"r{i}");
            var task = composed(request, null);
            if (!task.IsCompletedSuccessfully || request.Log.Count != 20 || request.Log.Any(name => name != request.Name))
                Interlocked.Increment(ref mismatches);
        });

        Assert.Equal(0, mismatches);
    }

    [Fact(DisplayName = "pooling › concurrent invocations beyond the pool's capacity: the surplus is left to the garbage collector")]
    public async Task Pool_is_bounded()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var composed = Compose(async (ctx, next) => { await ctx.Gate; await next(); });
        var requests = Enumerable.Range(0, DispatcherPool<Request>.Capacity + 50).Select(i => new Request($"r{i}") { Gate = gate.Task }).ToArray();

        var running = requests.Select(r => composed(r, null)).ToArray();
        Assert.Equal(0, Pooling.IdleDispatchers(composed));
        gate.SetResult();
        await Task.WhenAll(running);

        Assert.Equal(DispatcherPool<Request>.Capacity + 1, Pooling.IdleDispatchers(composed));
    }

    [Fact(DisplayName = "pooling › re-entrant invocations of the same composition get their own dispatchers")]
    public async Task Reentrant_invocations()
    {
        Func<Request, Func<Task>?, Task> composed = null!;
        composed = Compose(
            async (ctx, next) =>
            {
                ctx.Log.Add($"enter {ctx.Name}");
                if (ctx.Name.Length < 3)
                {
                    var inner = new Request(ctx.Name + "+");
                    await composed(inner, null);
                    ctx.Log.AddRange(inner.Log);
                }

                await next();
                ctx.Log.Add($"leave {ctx.Name}");
            },
            async (ctx, next) =>
            {
                await Task.Yield();
                ctx.Log.Add($"inner {ctx.Name}");
                await next();
            });

        var request = new Request("r");
        await composed(request, null);

        Assert.Equal(
            ["enter r", "enter r+", "enter r++", "inner r++", "leave r++", "inner r+", "leave r+", "inner r", "leave r"],
            request.Log);
        Assert.Equal(3, Pooling.IdleDispatchers(composed));
    }

    [Fact(DisplayName = "pooling › synchronous re-entrant invocations get their own dispatchers")]
    public void Synchronous_reentrant_invocations()
    {
        Func<Request, Func<Task>?, Task> composed = null!;
        composed = Compose(
            (ctx, next) =>
            {
                if (ctx.Name.Length < 4)
                {
                    var inner = new Request(ctx.Name + "+");
                    composed(inner, null);
                    ctx.Log.AddRange(inner.Log);
                }

                return next();
            },
            Record("b"));

        var request = new Request("r");
        var task = composed(request, null);

        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(["b", "b", "b", "b"], request.Log);
    }

    [Fact(DisplayName = "pooling › next() kept and called again after the chain completed is rejected as called multiple times")]
    public async Task Next_called_again_after_completion()
    {
        var composed = Compose((ctx, next) => { ctx.Kept = next; return next(); }, Record("b"));
        var request = new Request("r");

        await composed(request, null);
        var late = request.Kept!();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => late);
        Assert.Equal("next() called multiple times", error.Message);
        Assert.Equal(["b"], request.Log);
    }

    [Fact(DisplayName = "pooling › next() kept and called for the first time after the chain completed is rejected")]
    public async Task Next_first_called_after_completion()
    {
        var composed = Compose((ctx, next) => { ctx.Kept = next; return Task.CompletedTask; }, Record("b"));
        var request = new Request("r");

        await composed(request, null);
        var late = request.Kept!();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => late);
        Assert.Equal("next() called after the middleware chain completed", error.Message);
        Assert.Empty(request.Log);
    }

    [Fact(DisplayName = "pooling › a kept next() does not disturb the invocation that reuses its dispatcher")]
    public async Task Kept_next_does_not_disturb_the_next_owner()
    {
        var composed = Compose(
            async (ctx, next) => { ctx.Log.Add("a"); await ctx.Gate; await next(); },
            (ctx, next) => { ctx.Kept ??= next; ctx.Log.Add("b"); return next(); },
            Record("c"));
        var first = new Request("first");
        await composed(first, null);
        var gate = new TaskCompletionSource();
        var second = new Request("second") { Gate = gate.Task };

        var running = composed(second, null);
        var deeper = first.Kept!();
        var again = first.Kept!();
        gate.SetResult();
        await running;

        Assert.Equal("next() called after the middleware chain completed", (await Assert.ThrowsAsync<InvalidOperationException>(() => deeper)).Message);
        Assert.Equal("next() called after the middleware chain completed", (await Assert.ThrowsAsync<InvalidOperationException>(() => again)).Message);
        Assert.Equal(["a", "b", "c"], first.Log);
        Assert.Equal(["a", "b", "c"], second.Log);
    }

    [Fact(DisplayName = "pooling › a kept next() at or above the new owner's level is rejected without disturbing it")]
    public async Task Kept_next_above_the_new_owner_is_rejected()
    {
        var composed = Compose(
            (ctx, next) => { ctx.Kept = next; ctx.Log.Add("a"); return next(); },
            async (ctx, next) => { ctx.Log.Add("b"); await ctx.Gate; await next(); },
            Record("c"));
        var first = new Request("first");
        await composed(first, null);
        var gate = new TaskCompletionSource();
        var second = new Request("second") { Gate = gate.Task };

        var running = composed(second, null);
        var stale = first.Kept!();
        gate.SetResult();
        await running;

        Assert.Equal("next() called multiple times", (await Assert.ThrowsAsync<InvalidOperationException>(() => stale)).Message);
        Assert.Equal(["a", "b", "c"], first.Log);
        Assert.Equal(["a", "b", "c"], second.Log);
    }

    [Fact(DisplayName = "pooling › downstream still running when the chain completes (next not awaited): the dispatcher is not reused under it")]
    public async Task Unawaited_downstream_keeps_its_dispatcher()
    {
        var gate = new TaskCompletionSource();
        var composed = Compose(
            (ctx, next) => { ctx.Log.Add("a"); _ = next(); return Task.CompletedTask; },
            async (ctx, next) => { await ctx.Gate; ctx.Log.Add("b"); ctx.Kept = next; await next(); },
            Record("c"));
        var first = new Request("first") { Gate = gate.Task };
        var second = new Request("second");
        var firstReachedTheEnd = new TaskCompletionSource();

        await composed(first, () => { firstReachedTheEnd.SetResult(); return Task.CompletedTask; });
        Assert.Equal(0, Pooling.IdleDispatchers(composed));
        await composed(second, null);
        Assert.Equal(1, Pooling.IdleDispatchers(composed));
        gate.SetResult();
        await firstReachedTheEnd.Task;

        Assert.Equal(["a", "b", "c"], first.Log);
        Assert.Equal(["a", "b", "c"], second.Log);
        Assert.Equal("next() called multiple times", (await Assert.ThrowsAsync<InvalidOperationException>(first.Kept!)).Message);
    }

    [Fact(DisplayName = "pooling › downstream that completes before the chain is awaited does not prevent reuse")]
    public async Task Downstream_completed_in_time_allows_reuse()
    {
        var gate = new TaskCompletionSource();
        var composed = Compose(
            async (ctx, next) =>
            {
                var downstream = next();
                gate.SetResult();
                await downstream;
            },
            async (ctx, next) => { await gate.Task; await next(); },
            Record("c"));
        var request = new Request("r");

        await composed(request, null);

        Assert.Equal(["c"], request.Log);
        Assert.Equal(1, Pooling.IdleDispatchers(composed));
    }
}
