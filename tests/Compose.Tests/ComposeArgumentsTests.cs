
namespace Koa.Tests;

using Middleware = Func<object, Func<Task>, Task>;

/// <summary>
/// <c>MiddlewareComposer.Compose</c>'s two forms: the typed list, and the stack of middleware and nested
/// sequences that koa-compose 4.2.0 flattens.
/// </summary>
public sealed class ComposeArgumentsTests
{
    private static readonly object Context = new();

    private static Middleware Push(List<int> order, int value) => (ctx, next) =>
    {
        order.Add(value);
        return next();
    };

    [Fact(DisplayName = "Compose(middleware) › the list is copied: adding to it afterwards has no effect")]
    public async Task Typed_list_is_copied()
    {
        var order = new List<int>();
        var middleware = new List<Middleware> { Push(order, 1) };

        var composed = MiddlewareComposer.Compose(middleware);
        middleware.Add(Push(order, 2));
        middleware[0] = Push(order, 3);
        await composed(Context, null);

        Assert.Equal([1], order);
    }

    [Fact(DisplayName = "Compose(middleware) › a lazy sequence is enumerated once, when composing")]
    public async Task Lazy_sequence_is_enumerated_once()
    {
        var order = new List<int>();
        var enumerations = 0;
        IEnumerable<Middleware> Lazy()
        {
            enumerations++;
            yield return Push(order, 1);
            yield return Push(order, 2);
        }

        var composed = MiddlewareComposer.Compose(Lazy());
        await composed(Context, null);
        await composed(Context, null);

        Assert.Equal(1, enumerations);
        Assert.Equal([1, 2, 1, 2], order);
    }

    [Fact(DisplayName = "Compose(nested) › nested sequences are flattened into a new array: later mutation has no effect")]
    public async Task Nested_sequences_are_copied()
    {
        var order = new List<int>();
        var inner = new List<object> { Push(order, 2) };
        var stack = new List<object> { Push(order, 1), inner };

        var composed = MiddlewareComposer.Compose<object>(stack);
        inner.Add(Push(order, 3));
        stack.Add(Push(order, 4));
        await composed(Context, null);

        Assert.Equal([1, 2], order);
    }

    [Fact(DisplayName = "Compose(nested) › the same sequence may appear twice (it is not a cycle)")]
    public async Task Repeated_sequence_is_flattened_twice()
    {
        var order = new List<int>();
        var shared = new[] { Push(order, 1), Push(order, 2) };

        await MiddlewareComposer.Compose<object>([shared, new object[] { shared }])(Context, null);

        Assert.Equal([1, 2, 1, 2], order);
    }

    [Fact(DisplayName = "Compose(nested) › compositions nest as middleware and empty sequences vanish")]
    public async Task Compositions_and_empty_sequences()
    {
        var order = new List<int>();
        var inner = MiddlewareComposer.Compose<object>([Push(order, 1), Push(order, 2)]);

        await MiddlewareComposer.Compose<object>([Array.Empty<object>(), inner, new List<object>(), Push(order, 3)])(Context, null);

        Assert.Equal([1, 2, 3], order);
    }

    [Fact(DisplayName = "Compose(nested) › a sequence containing itself is an argument error, not a hang")]
    public void Sequence_containing_itself()
    {
        var stack = new List<object> { (Middleware)((ctx, next) => next()) };
        var inner = new List<object> { stack };
        stack.Add(inner);

        var error = Assert.Throws<ArgumentException>(() => MiddlewareComposer.Compose<object>(stack));

        Assert.StartsWith("Middleware stack must not contain itself!", error.Message, StringComparison.Ordinal);
        Assert.Equal("middleware", error.ParamName);
    }

    public static TheoryData<object?> NotMiddleware => new()
    {
        { null },
        { "(ctx, next) => next()" },
        { 42 },
        { new Func<object, Task>(ctx => Task.CompletedTask) },
        { new Func<string, Func<Task>, Task>((ctx, next) => next()) },
    };

    [Theory(DisplayName = "Compose(nested) › an element that is neither middleware nor a sequence is rejected")]
    [MemberData(nameof(NotMiddleware))]
    public void Element_that_is_not_middleware(object? element)
    {
        var nested = Assert.Throws<ArgumentException>(() => MiddlewareComposer.Compose<object>([(Middleware)((ctx, next) => next()), new[] { element }]));

        Assert.StartsWith("Middleware must be composed of functions!", nested.Message, StringComparison.Ordinal);
        Assert.Equal("middleware", nested.ParamName);
    }

    [Fact(DisplayName = "Compose(nested) › hostile input: 100,000 levels of nesting flatten in linear time")]
    public async Task Deep_nesting()
    {
        var order = new List<int>();
        object stack = new object[] { Push(order, 1) };
        for (var i = 0; i < 100_000; i++)
            stack = new object[] { stack };

        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        var composed = MiddlewareComposer.Compose<object>((object[])stack);
        watch.Stop();
        await composed(Context, null);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal([1], order);
    }

    [Fact(DisplayName = "Compose(nested) › hostile input: 100,000 middleware in 1,000 sequences compose in linear time")]
    public void Wide_stack()
    {
        Middleware noop = (ctx, next) => next();
        var stack = Enumerable.Range(0, 1_000).Select(_ => (object)Enumerable.Repeat(noop, 100).ToArray()).ToArray();

        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        var composed = MiddlewareComposer.Compose<object>(stack);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(100_000, ((Composition<object>)composed.Target!).Middleware.Length);
    }
}
