namespace Koa.Tests;

using Middleware = Func<InvocationTests.Request, Func<Task>, Task>;

/// <summary>
/// Each invocation has its own state, as koa-compose's fresh closure per call: calls after faults, concurrent and
/// re-entrant invocations, outcomes kept (late <c>next</c> calls: <see cref="LateNextTests"/>).
/// </summary>
public sealed class InvocationTests
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

    [Fact(DisplayName = "invocation › consecutive calls get their own next functions (koa-compose binds dispatch per call)")]
    public async Task Consecutive_calls_get_their_own_next()
    {
        var nexts = new List<Func<Task>>();
        var composed = Compose((ctx, next) => { nexts.Add(next); return next(); }, Record("b"));

        for (var i = 0; i < 3; i++)
            await composed(new Request("r"), null);

        Assert.Equal(3, nexts.Distinct().Count());
    }

    [Fact(DisplayName = "invocation › a call after a chain that faulted synchronously runs normally")]
    public Task Reuse_after_synchronous_fault() =>
        AssertReusedAfterFault((ctx, next) => ctx.Fail ? throw new InvalidOperationException(ctx.Name) : next());

    [Fact(DisplayName = "invocation › a call after a chain that faulted asynchronously runs normally")]
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
        var healthy = new Request("healthy");
        await composed(healthy, null);

        Assert.Equal("failing", error.Message);
        Assert.Equal(["a"], failing.Log);
        Assert.Equal(["a", "c"], healthy.Log);
    }

    [Fact(DisplayName = "invocation › a call after next() was called multiple times runs normally")]
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

    [Fact(DisplayName = "invocation › an asynchronous chain keeps its outcome: same exception object, cancellation stays cancellation")]
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

    [Fact(DisplayName = "invocation › concurrent asynchronous invocations each see only their own context")]
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
    }

    [Fact(DisplayName = "invocation › concurrent synchronous invocations each see only their own context")]
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

    [Fact(DisplayName = "invocation › re-entrant invocations of the same composition get their own state")]
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
    }

    [Fact(DisplayName = "invocation › synchronous re-entrant invocations get their own state")]
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

    [Fact(DisplayName = "invocation › downstream started before the chain is awaited completes within it")]
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
    }
}
