namespace Koa.Tests;

using Middleware = Func<KoaComposeTests.State, Func<Task>, Task>;

/// <summary>Ports of koa-compose v4.2.0 test/test.js, <c>describe('Koa Compose')</c>, one test per <c>it(...)</c>.</summary>
public sealed class KoaComposeTests
{
    /// <summary>The plain object the upstream tests pass as the context.</summary>
    public sealed class State
    {
        public List<int> Arr { get; } = [];
        public int Middleware { get; set; }
        public int Next { get; set; }
    }

    private static Task Wait(int ms = 1) => Task.Delay(ms);

    [Fact(DisplayName = "Koa Compose › should work")]
    public async Task Should_work()
    {
        var arr = new List<int>();
        var stack = new List<Middleware>
        {
            async (context, next) => { arr.Add(1); await Wait(1); await next(); await Wait(1); arr.Add(6); },
            async (context, next) => { arr.Add(2); await Wait(1); await next(); await Wait(1); arr.Add(5); },
            async (context, next) => { arr.Add(3); await Wait(1); await next(); await Wait(1); arr.Add(4); },
        };

        await MiddlewareComposer.Compose(stack)(new State(), null);

        Assert.Equal([1, 2, 3, 4, 5, 6], arr);
    }

    [Fact(DisplayName = "Koa Compose › should be able to be called twice")]
    public async Task Should_be_able_to_be_called_twice()
    {
        var stack = new List<Middleware>
        {
            async (context, next) => { context.Arr.Add(1); await Wait(1); await next(); await Wait(1); context.Arr.Add(6); },
            async (context, next) => { context.Arr.Add(2); await Wait(1); await next(); await Wait(1); context.Arr.Add(5); },
            async (context, next) => { context.Arr.Add(3); await Wait(1); await next(); await Wait(1); context.Arr.Add(4); },
        };
        var fn = MiddlewareComposer.Compose(stack);
        var ctx1 = new State();
        var ctx2 = new State();
        int[] expected = [1, 2, 3, 4, 5, 6];

        await fn(ctx1, null);
        Assert.Equal(expected, ctx1.Arr);
        await fn(ctx2, null);
        Assert.Equal(expected, ctx2.Arr);
    }

    [Fact(DisplayName = "Koa Compose › should only accept an array")]
    public void Should_only_accept_an_array()
    {
        var typed = Assert.Throws<ArgumentNullException>(() => MiddlewareComposer.Compose((IEnumerable<Middleware>)null!));
        Assert.StartsWith("Middleware stack must be an array!", typed.Message, StringComparison.Ordinal);
        Assert.Equal("middleware", typed.ParamName);

        var nested = Assert.Throws<ArgumentNullException>(() => MiddlewareComposer.Compose<State>((IEnumerable<object?>)null!));
        Assert.StartsWith("Middleware stack must be an array!", nested.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Koa Compose › should create next functions that return a Promise")]
    public void Should_create_next_functions_that_return_a_promise()
    {
        var stack = new List<Middleware>();
        var arr = new List<Task?>();
        for (var i = 0; i < 5; i++)
        {
            stack.Add((context, next) =>
            {
                arr.Add(next());
                return Task.CompletedTask;
            });
        }

        _ = MiddlewareComposer.Compose(stack)(new State(), null);

        Assert.Equal(5, arr.Count);
        Assert.All(arr, next => Assert.IsAssignableFrom<Task>(next));
    }

    [Fact(DisplayName = "Koa Compose › should work with 0 middleware")]
    public async Task Should_work_with_0_middleware()
    {
        var task = MiddlewareComposer.Compose(new List<Middleware>())(new State(), null);

        Assert.True(task.IsCompletedSuccessfully);
        await task;
    }

    [Fact(DisplayName = "Koa Compose › should only accept middleware as functions")]
    public void Should_only_accept_middleware_as_functions()
    {
        var notAFunction = Assert.Throws<ArgumentException>(() => MiddlewareComposer.Compose<State>([new object()]));
        Assert.StartsWith("Middleware must be composed of functions!", notAFunction.Message, StringComparison.Ordinal);
        Assert.Equal("middleware", notAFunction.ParamName);

        var nullFunction = Assert.Throws<ArgumentException>(() => MiddlewareComposer.Compose(new List<Middleware> { null! }));
        Assert.StartsWith("Middleware must be composed of functions!", nullFunction.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Koa Compose › should work when yielding at the end of the stack")]
    public async Task Should_work_when_yielding_at_the_end_of_the_stack()
    {
        var called = false;
        var stack = new List<Middleware>
        {
            async (ctx, next) =>
            {
                await next();
                called = true;
            },
        };

        await MiddlewareComposer.Compose(stack)(new State(), null);

        Assert.True(called);
    }

    [Fact(DisplayName = "Koa Compose › should reject on errors in middleware")]
    public async Task Should_reject_on_errors_in_middleware()
    {
        var error = new InvalidOperationException("boom");
        var stack = new List<Middleware> { (ctx, next) => throw error };

        var task = MiddlewareComposer.Compose(stack)(new State(), null);

        Assert.True(task.IsFaulted);
        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => task));
    }

    // Upstream awaits the next function itself instead of calling it (a leftover of the generator era): the
    // middleware yields once without calling next, and the composition still resolves.
    [Fact(DisplayName = "Koa Compose › should work when yielding at the end of the stack with yield*")]
    public async Task Should_work_when_yielding_at_the_end_of_the_stack_with_yield_star()
    {
        var stack = new List<Middleware>
        {
            async (ctx, next) => await Task.Yield(),
        };

        await MiddlewareComposer.Compose(stack)(new State(), null);
    }

    [Fact(DisplayName = "Koa Compose › should keep the context")]
    public async Task Should_keep_the_context()
    {
        var ctx = new State();
        var seen = new List<State>();
        var stack = new List<Middleware>
        {
            async (ctx2, next) => { await next(); seen.Add(ctx2); },
            async (ctx2, next) => { await next(); seen.Add(ctx2); },
            async (ctx2, next) => { await next(); seen.Add(ctx2); },
        };

        await MiddlewareComposer.Compose(stack)(ctx, null);

        Assert.Equal(3, seen.Count);
        Assert.All(seen, ctx2 => Assert.Same(ctx, ctx2));
    }

    [Fact(DisplayName = "Koa Compose › should catch downstream errors")]
    public async Task Should_catch_downstream_errors()
    {
        var arr = new List<int>();
        var stack = new List<Middleware>
        {
            async (ctx, next) =>
            {
                arr.Add(1);
                try
                {
                    arr.Add(6);
                    await next();
                    arr.Add(7);
                }
                catch (InvalidOperationException)
                {
                    arr.Add(2);
                }

                arr.Add(3);
            },
            async (ctx, next) =>
            {
                arr.Add(4);
                await Task.CompletedTask;
                throw new InvalidOperationException();
            },
        };

        await MiddlewareComposer.Compose(stack)(new State(), null);

        Assert.Equal([1, 6, 4, 2, 3], arr);
    }

    [Fact(DisplayName = "Koa Compose › should compose w/ next")]
    public async Task Should_compose_with_next()
    {
        var called = false;

        await MiddlewareComposer.Compose(new List<Middleware>())(new State(), async () =>
        {
            await Task.Yield();
            called = true;
        });

        Assert.True(called);
    }

    [Fact(DisplayName = "Koa Compose › should handle errors in wrapped non-async functions")]
    public async Task Should_handle_errors_in_wrapped_non_async_functions()
    {
        var stack = new List<Middleware>
        {
            (ctx, next) => throw new InvalidOperationException("not async"),
        };

        var task = MiddlewareComposer.Compose(stack)(new State(), null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
        Assert.Equal("not async", error.Message);
    }

    // https://github.com/koajs/compose/pull/27#issuecomment-143109739
    [Fact(DisplayName = "Koa Compose › should compose w/ other compositions")]
    public async Task Should_compose_with_other_compositions()
    {
        var called = new List<int>();
        var inner = MiddlewareComposer.Compose(new List<Middleware>
        {
            (ctx, next) => { called.Add(1); return next(); },
            (ctx, next) => { called.Add(2); return next(); },
        });

        await MiddlewareComposer.Compose(new List<Middleware>
        {
            inner,
            (ctx, next) => { called.Add(3); return next(); },
        })(new State(), null);

        Assert.Equal([1, 2, 3], called);
    }

    [Fact(DisplayName = "Koa Compose › should throw if next() is called multiple times")]
    public async Task Should_throw_if_next_is_called_multiple_times()
    {
        var composed = MiddlewareComposer.Compose(new List<Middleware>
        {
            async (ctx, next) =>
            {
                await next();
                await next();
            },
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => composed(new State(), null));

        Assert.Matches("multiple times", error.Message);
        Assert.Equal("next() called multiple times", error.Message);
    }

    [Fact(DisplayName = "Koa Compose › should return a valid middleware")]
    public async Task Should_return_a_valid_middleware()
    {
        var val = 0;
        await MiddlewareComposer.Compose(new List<Middleware>
        {
            MiddlewareComposer.Compose(new List<Middleware>
            {
                (ctx, next) => { val++; return next(); },
                (ctx, next) => { val++; return next(); },
            }),
            (ctx, next) => { val++; return next(); },
        })(new State(), null);

        Assert.Equal(3, val);
    }

    // A C# middleware returns a Task, not a value. What carries upstream's "return value" is the task itself: the
    // composed function returns the first middleware's task and every next() returns the task of the level below
    // (Promise.resolve(p) is p for a native promise), so a Task<T> returned downstream reaches upstream unchanged.
    [Fact(DisplayName = "Koa Compose › should return last return value")]
    public async Task Should_return_last_return_value()
    {
        Task<int>? fromFirst = null;
        Task<int>? fromSecond = null;
        var seen = new List<int>();
        var stack = new List<Middleware>
        {
            (context, next) =>
            {
                fromFirst = Run();
                return fromFirst;

                async Task<int> Run()
                {
                    var downstream = next();
                    await downstream;
                    seen.Add(((Task<int>)downstream).Result);
                    return 1;
                }
            },
            (context, next) =>
            {
                fromSecond = Run();
                return fromSecond;

                async Task<int> Run()
                {
                    var downstream = next();
                    await downstream;
                    seen.Add(((Task<int>)downstream).Result);
                    return 2;
                }
            },
        };

        var result = MiddlewareComposer.Compose(stack)(new State(), () => Task.FromResult(0));
        await result;

        Assert.Same(fromFirst, result);
        Assert.Equal(1, await (Task<int>)result);
        Assert.Equal([0, 2], seen);
        Assert.Equal(2, await fromSecond!);
    }

    [Fact(DisplayName = "Koa Compose › should not affect the original middleware array")]
    public void Should_not_affect_the_original_middleware_array()
    {
        var middleware = new List<Middleware>();
        Middleware fn1 = (ctx, next) => next();
        middleware.Add(fn1);

        Assert.All(middleware, fn => Assert.Same(fn1, fn));
        _ = MiddlewareComposer.Compose(middleware);
        Assert.All(middleware, fn => Assert.Same(fn1, fn));
        Assert.Single(middleware);
    }

    // Upstream's outer next receives (ctx, next) and calls that next; ours is a Func<Task> that already knows
    // everything it needs, so it increments the counter of the context it closed over.
    [Fact(DisplayName = "Koa Compose › should not get stuck on the passed in next")]
    public async Task Should_not_get_stuck_on_the_passed_in_next()
    {
        var middleware = new List<Middleware>
        {
            (ctx, next) =>
            {
                ctx.Middleware++;
                return next();
            },
        };
        var ctx = new State();

        await MiddlewareComposer.Compose(middleware)(ctx, () =>
        {
            ctx.Next++;
            return Task.CompletedTask;
        });

        Assert.Equal(1, ctx.Middleware);
        Assert.Equal(1, ctx.Next);
    }

    [Fact(DisplayName = "Koa Compose › should flatten nested arrays ")]
    public async Task Should_flatten_nested_arrays()
    {
        var middleware = new object[]
        {
            (Middleware)((ctx, next) => { ctx.Middleware++; return next(); }),
            new Middleware[]
            {
                (ctx, next) => { ctx.Middleware++; return next(); },
                (ctx, next) => { ctx.Middleware++; return next(); },
            },
            (Middleware)((ctx, next) => { ctx.Middleware++; return next(); }),
        };
        var ctx = new State();

        await MiddlewareComposer.Compose<State>(middleware)(ctx, () => Task.CompletedTask);

        Assert.Equal(4, ctx.Middleware);
        Assert.Equal(0, ctx.Next);
    }

    [Fact(DisplayName = "Koa Compose › should flatten and retain mw order")]
    public async Task Should_flatten_and_retain_mw_order()
    {
        var order = new List<int>();
        Middleware Push(int value) => (ctx, next) => { order.Add(value); return next(); };
        var middleware = new List<object>
        {
            Push(1),
            new List<object>
            {
                Push(2),
                Push(3),
                new[] { Push(4), Push(5) },
            },
            Push(6),
        };

        await MiddlewareComposer.Compose<State>(middleware)(new State(), () => Task.CompletedTask);

        Assert.Equal([1, 2, 3, 4, 5, 6], order);
    }
}
