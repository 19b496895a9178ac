namespace Koa;

/// <summary>@koa/router's src/utils/parameter-helpers.ts: param middleware given as one handler, several, or none.</summary>
internal static class ParameterHelpers
{
    /// <summary>The handlers as a list (none for <c>null</c>).</summary>
    public static IReadOnlyList<Func<string, TContext, Func<Task>, Task>> NormalizeParameterMiddleware<TContext>(
        IEnumerable<Func<string, TContext, Func<Task>, Task>>? parameterMiddleware) where TContext : Context =>
        parameterMiddleware switch
        {
            null => [],
            IReadOnlyList<Func<string, TContext, Func<Task>, Task>> list => list,
            _ => [.. parameterMiddleware],
        };

    /// <summary>Registers each handler for the parameter on a router.</summary>
    public static void ApplyParameterMiddlewareToRoute<TContext>(Router<TContext> route, string parameterName,
        IEnumerable<Func<string, TContext, Func<Task>, Task>>? parameterMiddleware) where TContext : Context
    {
        foreach (var middleware in NormalizeParameterMiddleware(parameterMiddleware))
            route.Param(parameterName, middleware);
    }

    /// <summary>Registers each handler for the parameter on a layer.</summary>
    public static void ApplyParameterMiddlewareToRoute<TContext>(Layer<TContext> route, string parameterName,
        IEnumerable<Func<string, TContext, Func<Task>, Task>>? parameterMiddleware) where TContext : Context
    {
        foreach (var middleware in NormalizeParameterMiddleware(parameterMiddleware))
            route.Param(parameterName, middleware);
    }

    /// <summary>Registers every parameter's handlers on a layer, in the order of the parameters.</summary>
    public static void ApplyAllParameterMiddleware<TContext>(Layer<TContext> route,
        IEnumerable<KeyValuePair<string, List<Func<string, TContext, Func<Task>, Task>>>> parametersObject) where TContext : Context
    {
        foreach (var (name, handlers) in parametersObject)
            ApplyParameterMiddlewareToRoute(route, name, handlers);
    }
}
