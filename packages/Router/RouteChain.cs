using System.Runtime.CompilerServices;

namespace Koa;

/// <summary>
/// The chain a set of selected layers runs, as upstream builds it per request:
/// <c>[setter(layer₁), ...layer₁.stack, setter(layer₂), ...layer₂.stack, …]</c>. Built once per set of layers and
/// kept on that set's cached <see cref="RouteMatch{TContext}"/>; before every use <see cref="IsCurrent"/> compares it
/// with the layers' stacks as they are now (a few reference comparisons), so a stack changed after registration is
/// seen by the next request, while a request already running keeps the chain it started with (upstream flattens the
/// stacks when the request arrives).
/// </summary>
internal sealed class RoutePlan<TContext> where TContext : Context
{
    private RoutePlan(int first, Layer<TContext>[] layers, Layer<TContext>?[] setters, Func<TContext, Func<Task>, Task>?[] middleware)
    {
        First = first;
        Layers = layers;
        Setters = setters;
        Middleware = middleware;
    }

    /// <summary>The index of the first layer run among the selected ones (with <c>Exclusive</c>, the chosen one).</summary>
    public int First { get; }

    /// <summary>The layers run, in order.</summary>
    public Layer<TContext>[] Layers { get; }

    /// <summary>For each level, the layer whose params/routerPath step it is, or <c>null</c> for a middleware level.</summary>
    public Layer<TContext>?[] Setters { get; }

    /// <summary>For each level, the middleware (<c>null</c> at a setter level).</summary>
    public Func<TContext, Func<Task>, Task>?[] Middleware { get; }

    /// <summary>The handler when the plan is one layer with one middleware (see <see cref="RouteChain{TContext}.RunSingle"/>), else <c>null</c>.</summary>
    public Func<TContext, Func<Task>, Task>? Single => Middleware.Length == 2 ? Middleware[1] : null;

    public static RoutePlan<TContext> Build(IReadOnlyList<Layer<TContext>> selected, int first, int count)
    {
        var layers = new Layer<TContext>[count - first];
        var length = 0;
        for (var i = first; i < count; i++)
        {
            layers[i - first] = selected[i];
            length += 1 + selected[i].Stack.Count;
        }
        var setters = new Layer<TContext>?[length];
        var middleware = new Func<TContext, Func<Task>, Task>?[length];
        var at = 0;
        foreach (var layer in layers)
        {
            setters[at++] = layer;
            foreach (var fn in layer.Stack)
                middleware[at++] = fn;
        }
        return new RoutePlan<TContext>(first, layers, setters, middleware);
    }

    /// <summary>Whether this plan runs <paramref name="selected"/>[first..count) with their stacks as they are now.</summary>
    public bool IsCurrent(IReadOnlyList<Layer<TContext>> selected, int first, int count)
    {
        if (First != first || Layers.Length != count - first)
            return false;
        var at = 0;
        for (var i = 0; i < Layers.Length; i++)
        {
            var layer = Layers[i];
            if (!ReferenceEquals(layer, selected[first + i]))
                return false;
            at++;
            var stack = layer.Stack;
            if (at + stack.Count > Middleware.Length)
                return false;
            for (var j = 0; j < stack.Count; j++)
            {
                if (!ReferenceEquals(stack[j], Middleware[at++]))
                    return false;
            }
        }
        return at == Middleware.Length;
    }
}

/// <summary>
/// One run of a <see cref="RoutePlan{TContext}"/>: koa-compose's <c>dispatch(i)</c> over the plan, with its
/// <c>index</c> ("next() called multiple times"), the outer <c>next</c> after the last level, a synchronous throw
/// turned into a faulted task and a <c>null</c> task into a completed one. A setter level is run in place (upstream's
/// setter middleware only sets the context and returns <c>next()</c>), so it costs no <c>next</c> function. Created per
/// request and never shared: a <c>next</c> kept and called late reaches this run only.
/// </summary>
internal sealed class RouteChain<TContext>(RoutePlan<TContext> plan, TContext context, Func<Task> next, string path, RouterFeature feature)
    where TContext : Context
{
    internal const string CalledMultipleTimes = "next() called multiple times";

    private const int StackCheckInterval = 16;

    private int _index = -1;

    public Task Start() => Dispatch(0);

    /// <summary>
    /// A plan of one layer with one middleware, when the router's own <c>next</c> is a single-call one
    /// (<see cref="ISingleCallNext"/>, koa-compose's): the chain would run the layer's step, then the handler with a
    /// <c>next</c> that faults on a second call and otherwise runs the router's <c>next</c> — which already faults on
    /// a second call with the same error, never throws and never returns null. So the handler gets the router's
    /// <c>next</c> as is: no chain and no <c>next</c> per request, the same observable run.
    /// </summary>
    public static Task RunSingle(RoutePlan<TContext> plan, TContext context, Func<Task> next, string path, RouterFeature feature)
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            Enter(plan.Layers[0], path, feature);
            return plan.Middleware[1]!(context, next) ?? Task.CompletedTask;
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    private Task Dispatch(int level)
    {
        if (level <= _index)
            return Task.FromException(new InvalidOperationException(CalledMultipleTimes));
        try
        {
            var setters = plan.Setters;
            while (true)
            {
                _index = level;
                if ((level & (StackCheckInterval - 1)) == 0)
                    RuntimeHelpers.EnsureSufficientExecutionStack();
                if (level >= setters.Length)
                    return next() ?? Task.CompletedTask;
                if (setters[level] is not { } layer)
                    return plan.Middleware[level]!(context, NextOf(level + 1)) ?? Task.CompletedTask;
                Enter(layer, path, feature);
                level++;
            }
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    // upstream's per-layer middleware: ctx.captures, ctx.params (a new object when the layer captures), ctx.routerPath,
    // ctx.routerName, ctx._matchedRoute, ctx._matchedRouteName
    private static void Enter(Layer<TContext> layer, string path, RouterFeature feature)
    {
        // the feature the router found or made for this request (no second look-up in the feature collection)
        feature.Params = layer.ParamsOf(path, feature, feature.Params);
        feature.RouterPath = layer.Path;
        feature.RouterName = layer.Name;
        feature.MatchedRoute = layer.Path;
        if (layer.Name is not null)
            feature.MatchedRouteName = layer.Name;
    }

    // one delegate per level handed out (the level is what tells a second call of the same next from the first);
    // the first levels are methods of this object, so they cost the delegate alone
    private Func<Task> NextOf(int level) => level switch
    {
        1 => Next1,
        2 => Next2,
        3 => Next3,
        4 => Next4,
        5 => Next5,
        6 => Next6,
        _ => new Step(this, level).Invoke,
    };

    private Task Next1() => Dispatch(1);

    private Task Next2() => Dispatch(2);

    private Task Next3() => Dispatch(3);

    private Task Next4() => Dispatch(4);

    private Task Next5() => Dispatch(5);

    private Task Next6() => Dispatch(6);

    private sealed class Step(RouteChain<TContext> chain, int level)
    {
        public Task Invoke() => chain.Dispatch(level);
    }
}
