namespace Koa.Tests;

using Middleware = Func<object, Func<Task>, Task>;

/// <summary>koa-compose's <c>dispatch(i)</c> edge cases that the upstream suite does not spell out.</summary>
public sealed class DispatchTests
{
    private static readonly object Context = new();

    [Fact(DisplayName = "dispatch › a middleware returning a null task counts as completed (Promise.resolve(undefined))")]
    public async Task Null_task_from_middleware()
    {
        var after = false;
        var composed = MiddlewareComposer.Compose<object>([
            async (ctx, next) => { await next(); after = true; },
            (ctx, next) => null!,
        ]);

        var task = composed(Context, null);

        Assert.True(task.IsCompletedSuccessfully);
        await task;
        Assert.True(after);
    }

    [Fact(DisplayName = "dispatch › the outer next: a null task counts as completed, a synchronous throw faults the chain")]
    public async Task Outer_next_null_and_throwing()
    {
        var error = new InvalidOperationException("outer");
        var caught = new List<Exception>();
        var composed = MiddlewareComposer.Compose<object>([
            async (ctx, next) =>
            {
                try
                {
                    await next();
                }
                catch (InvalidOperationException e)
                {
                    caught.Add(e);
                    throw;
                }
            },
        ]);

        await composed(Context, () => null!);
        var thrown = composed(Context, () => throw error);

        Assert.True(thrown.IsFaulted);
        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => thrown));
        Assert.Same(error, Assert.Single(caught));
    }

    [Fact(DisplayName = "dispatch › no middleware: the outer next runs once; its null task and synchronous throw are handled")]
    public async Task Empty_composition_with_outer_next()
    {
        var composed = MiddlewareComposer.Compose(Array.Empty<Middleware>());
        var calls = 0;
        var error = new InvalidOperationException("outer");

        await composed(Context, () => { calls++; return Task.CompletedTask; });
        var fromNull = composed(Context, () => null!);
        var thrown = composed(Context, () => throw error);

        Assert.Equal(1, calls);
        Assert.True(fromNull.IsCompletedSuccessfully);
        Assert.True(thrown.IsFaulted);
        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => thrown));
    }

    [Fact(DisplayName = "dispatch › a middleware that does not call next stops the chain and upstream unwinds normally")]
    public async Task Short_circuit()
    {
        var log = new List<string>();
        var composed = MiddlewareComposer.Compose<object>([
            async (ctx, next) => { log.Add("a>"); await next(); log.Add("<a"); },
            (ctx, next) => { log.Add("b"); return Task.CompletedTask; },
            (ctx, next) => { log.Add("c"); return next(); },
        ]);

        await composed(Context, () => { log.Add("outer"); return Task.CompletedTask; });

        Assert.Equal(["a>", "b", "<a"], log);
    }

    [Fact(DisplayName = "dispatch › next() called twice synchronously: the second call is a faulted task, not a throw")]
    public async Task Next_called_twice_synchronously()
    {
        Task? second = null;
        var runs = 0;
        var composed = MiddlewareComposer.Compose<object>([
            (ctx, next) =>
            {
                var first = next();
                second = next();
                return first;
            },
            (ctx, next) => { runs++; return next(); },
        ]);

        await composed(Context, null);

        Assert.Equal(1, runs);
        Assert.True(second!.IsFaulted);
        Assert.Equal("next() called multiple times", (await Assert.ThrowsAsync<InvalidOperationException>(() => second)).Message);
    }

    [Fact(DisplayName = "dispatch › a chain too deep for the stack faults with InsufficientExecutionStackException (upstream: RangeError)")]
    public async Task Chain_too_deep_for_the_stack()
    {
        var composed = MiddlewareComposer.Compose(Enumerable.Repeat<Middleware>((ctx, next) => next(), 100_000).ToArray());
        Task? task = null;
        var thread = new Thread(() => task = composed(Context, null), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.True(task!.IsFaulted);
        await Assert.ThrowsAsync<InsufficientExecutionStackException>(() => task);
        var shallow = MiddlewareComposer.Compose(Enumerable.Repeat<Middleware>((ctx, next) => next(), 100).ToArray());
        await shallow(Context, null);
    }

    [Fact(DisplayName = "dispatch › compositions nested ten thousand deep fault instead of overflowing the stack")]
    public async Task Nested_compositions_too_deep_for_the_stack()
    {
        Middleware composed = (ctx, next) => next();
        for (var i = 0; i < 10_000; i++)
            composed = MiddlewareComposer.Compose<object>([composed]);
        Task? task = null;
        var thread = new Thread(() => task = composed(Context, () => Task.CompletedTask), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        await Assert.ThrowsAsync<InsufficientExecutionStackException>(() => task!);
    }
}
