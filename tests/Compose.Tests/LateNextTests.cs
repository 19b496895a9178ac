namespace Koa.Tests;

using Middleware = Func<LateNextTests.Request, Func<Task>, Task>;

/// <summary>
/// A <c>next</c> called late — after the chain it belongs to has finished, the Koa mistake of a <c>next()</c> kept or
/// not awaited — runs (or rejects) within its own invocation only, as koa-compose's closure per call does: it never
/// runs middleware on another request's context nor disturbs another request's chain, whatever that request is
/// doing when the late call comes.
/// </summary>
public sealed class LateNextTests
{
    public sealed class Request(string name)
    {
        public string Name { get; } = name;
        public List<string> Log { get; } = [];
        public Task Gate { get; init; } = Task.CompletedTask;
        public Func<Task>? Kept { get; set; }
    }

    private static Func<Request, Func<Task>?, Task> Compose(params Middleware[] middleware) => MiddlewareComposer.Compose(middleware);

    private static Middleware Record(string step) => (ctx, next) =>
    {
        ctx.Log.Add(step + ":" + ctx.Name);
        return next();
    };

    // The late next is the one of level 2, kept (never called) by the first request; the second request waits inside
    // level 1, exactly where that next would be the right one to call if both shared state.
    [Fact(DisplayName = "late next › a next first called after its chain finished, while another request waits one level above it, runs on its own context only")]
    public async Task Late_next_aligned_with_another_request()
    {
        var composed = Compose(
            Record("a"),
            async (ctx, next) =>
            {
                ctx.Log.Add("b:" + ctx.Name);
                if (ctx.Name == "first")
                {
                    ctx.Kept = next;
                    return;
                }
                await ctx.Gate;
                await next();
            },
            Record("c"));
        var first = new Request("first");
        await composed(first, null);
        var gate = new TaskCompletionSource();
        var second = new Request("second") { Gate = gate.Task };

        var running = composed(second, null);
        var late = first.Kept!();
        gate.SetResult();
        await running;
        await late;

        Assert.Equal(["a:first", "b:first", "c:first"], first.Log);
        Assert.Equal(["a:second", "b:second", "c:second"], second.Log);
    }

    [Fact(DisplayName = "late next › many requests in flight at every level, late nexts of finished ones fired among them: each chain sees only its own context")]
    public async Task Late_nexts_among_many_requests()
    {
        const int length = 6;
        var middleware = Enumerable.Range(0, length).Select(i => (Middleware)(async (ctx, next) =>
        {
            ctx.Log.Add($"{i}:{ctx.Name}");
            if (ctx.Name.StartsWith("keep", StringComparison.Ordinal) && i == ctx.Name.Length % length)
            {
                ctx.Kept = next;
                return;
            }
            await Task.Yield();
            await next();
        })).ToArray();
        var composed = MiddlewareComposer.Compose(middleware);
        var kept = Enumerable.Range(0, 60).Select(i => new Request("keep" + new string('x', i))).ToArray();
        foreach (var r in kept) await composed(r, null);

        var live = Enumerable.Range(0, 300).Select(i => new Request($"r{i}")).ToArray();
        var running = live.Select(r => Task.Run(() => composed(r, null))).Concat(kept.Select(r => Task.Run(r.Kept!))).ToArray();
        await Task.WhenAll(running);

        foreach (var r in live) Assert.Equal(Enumerable.Range(0, length).Select(i => $"{i}:{r.Name}"), r.Log);
        foreach (var r in kept) Assert.All(r.Log, entry => Assert.EndsWith(":" + r.Name, entry, StringComparison.Ordinal));
        foreach (var r in kept) Assert.Equal(length, r.Log.Count);
    }

    [Fact(DisplayName = "late next › called again after the chain completed: next() called multiple times, nothing runs")]
    public async Task Next_called_again_after_completion()
    {
        var composed = Compose((ctx, next) => { ctx.Kept = next; return next(); }, Record("b"));
        var request = new Request("r");

        await composed(request, null);
        var late = request.Kept!();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => late);
        Assert.Equal("next() called multiple times", error.Message);
        Assert.Equal(["b:r"], request.Log);
    }

    [Fact(DisplayName = "late next › first called after the chain completed: runs the rest of its own chain, late (koa-compose)")]
    public async Task Next_first_called_after_completion()
    {
        var composed = Compose((ctx, next) => { ctx.Kept = next; return Task.CompletedTask; }, Record("b"));
        var request = new Request("r");

        await composed(request, null);
        Assert.Empty(request.Log);
        await request.Kept!();

        Assert.Equal(["b:r"], request.Log);
        Assert.Equal("next() called multiple times", (await Assert.ThrowsAsync<InvalidOperationException>(request.Kept!)).Message);
    }

    [Fact(DisplayName = "late next › a kept next() called again while another request runs is rejected without disturbing it")]
    public async Task Kept_next_called_again_among_others()
    {
        var composed = Compose(
            (ctx, next) => { ctx.Kept = next; ctx.Log.Add("a:" + ctx.Name); return next(); },
            async (ctx, next) => { ctx.Log.Add("b:" + ctx.Name); await ctx.Gate; await next(); },
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
        Assert.Equal(["a:first", "b:first", "c:first"], first.Log);
        Assert.Equal(["a:second", "b:second", "c:second"], second.Log);
    }

    [Fact(DisplayName = "late next › not awaited: downstream keeps running on its own context while other requests come and go")]
    public async Task Unawaited_downstream()
    {
        var gate = new TaskCompletionSource();
        var composed = Compose(
            (ctx, next) => { ctx.Log.Add("a:" + ctx.Name); _ = next(); return Task.CompletedTask; },
            async (ctx, next) => { await ctx.Gate; ctx.Log.Add("b:" + ctx.Name); ctx.Kept = next; await next(); },
            Record("c"));
        var first = new Request("first") { Gate = gate.Task };
        var second = new Request("second");
        var firstReachedTheEnd = new TaskCompletionSource();

        await composed(first, () => { firstReachedTheEnd.SetResult(); return Task.CompletedTask; });
        await composed(second, null);
        gate.SetResult();
        await firstReachedTheEnd.Task;

        Assert.Equal(["a:first", "b:first", "c:first"], first.Log);
        Assert.Equal(["a:second", "b:second", "c:second"], second.Log);
        Assert.Equal("next() called multiple times", (await Assert.ThrowsAsync<InvalidOperationException>(first.Kept!)).Message);
    }
}
