namespace Koa.Tests;

using Middleware = Func<List<string>, Func<Task>, Task>;

/// <summary>
/// <see cref="ISingleCallNext"/>: every <c>next</c> a composition hands out says so through its target, and keeps
/// what the marker promises — a second call faults with "next() called multiple times", no synchronous throw, no
/// <see langword="null"/> task, state of its own invocation only — so that a caller (the router's single-handler
/// path) may pass it on as is instead of wrapping it.
/// </summary>
public sealed class SingleCallNextTests
{
    private static Middleware Keep(List<Func<Task>> kept, string step) => (log, next) =>
    {
        log.Add(step);
        kept.Add(next);
        return next();
    };

    [Fact(DisplayName = "single-call next › every level's next, bound or a step (past the 8th), has a marked target")]
    public async Task Every_level_is_marked()
    {
        var kept = new List<Func<Task>>();
        var middleware = Enumerable.Range(0, Dispatcher<List<string>>.BoundLevels + 4).Select(i => Keep(kept, "m" + i)).ToArray();
        await MiddlewareComposer.Compose(middleware)([], null);

        Assert.Equal(middleware.Length, kept.Count);
        Assert.All(kept, next => Assert.IsAssignableFrom<ISingleCallNext>(next.Target));
    }

    [Theory(DisplayName = "single-call next › a second call faults with next() called multiple times and runs nothing")]
    [InlineData(1)]
    [InlineData(Dispatcher<List<string>>.BoundLevels + 2)]
    public async Task Second_call_faults(int level)
    {
        var kept = new List<Func<Task>>();
        var middleware = Enumerable.Range(0, level + 1).Select(i => Keep(kept, "m" + i)).ToArray();
        var log = new List<string>();
        await MiddlewareComposer.Compose(middleware)(log, null);
        var next = kept[level - 1];
        Assert.IsAssignableFrom<ISingleCallNext>(next.Target);

        var again = next();

        Assert.True(again.IsFaulted);
        Assert.Equal(Dispatcher<List<string>>.CalledMultipleTimes, (await Assert.ThrowsAsync<InvalidOperationException>(() => again)).Message);
        Assert.Equal(level + 1, log.Count);
    }

    [Fact(DisplayName = "single-call next › a synchronous throw below it is a faulted task, a null task a completed one")]
    public async Task Never_throws_nor_returns_null()
    {
        Func<Task>? throwing = null;
        Func<Task>? nulling = null;
        await MiddlewareComposer.Compose<object>([
            (_, next) => { throwing = next; return Task.CompletedTask; },
            (_, _) => throw new InvalidOperationException("boom"),
        ])(new object(), null);
        await MiddlewareComposer.Compose<object>([
            (_, next) => { nulling = next; return Task.CompletedTask; },
            (_, _) => null!,
        ])(new object(), null);

        var faulted = throwing!();
        Assert.Equal("boom", (await Assert.ThrowsAsync<InvalidOperationException>(() => faulted)).Message);
        Assert.Same(Task.CompletedTask, nulling!());
    }

    [Fact(DisplayName = "single-call next › each invocation hands out its own (never pooled or shared)")]
    public async Task Own_per_invocation()
    {
        var kept = new List<Func<Task>>();
        var composed = MiddlewareComposer.Compose([Keep(kept, "a"), Keep(kept, "b")]);
        await composed([], null);
        await composed([], null);

        Assert.Equal(4, kept.Count);
        Assert.NotSame(kept[0].Target, kept[2].Target);
        Assert.NotSame(kept[1].Target, kept[3].Target);
    }
}
