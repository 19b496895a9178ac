// Ported from @koa/router test/utils/parameter-helpers.test.ts.
namespace Koa.Tests.Upstream.Utils;

using ParamFn = Func<string, Context, Func<Task>, Task>;

public sealed class ParameterHelpersTests
{
    private static ParamFn Next() => (_, _, next) => next();

    private static Layer<Context> Route(string path) => new(path, ["GET"], [(_, _) => Task.CompletedTask]);

    [Fact(DisplayName = "parameter-helpers utilities › normalizeParameterMiddleware() › should return empty array for undefined")]
    public void Normalize_undefined() => Assert.Empty(ParameterHelpers.NormalizeParameterMiddleware<Context>(null));

    [Fact(DisplayName = "parameter-helpers utilities › normalizeParameterMiddleware() › should return array for single middleware function")]
    public void Normalize_single()
    {
        var middleware = Next();
        var result = ParameterHelpers.NormalizeParameterMiddleware([middleware]);
        Assert.Single(result);
        Assert.Same(middleware, result[0]);
    }

    [Fact(DisplayName = "parameter-helpers utilities › normalizeParameterMiddleware() › should return array as-is for array input")]
    public void Normalize_array()
    {
        ParamFn[] list = [Next(), Next()];
        var result = ParameterHelpers.NormalizeParameterMiddleware(list);
        Assert.Equal(2, result.Count);
        Assert.Equal(list, result);
    }

    [Fact(DisplayName = "parameter-helpers utilities › normalizeParameterMiddleware() › should handle empty array")]
    public void Normalize_empty() => Assert.Empty(ParameterHelpers.NormalizeParameterMiddleware(Array.Empty<ParamFn>()));

    [Fact(DisplayName = "parameter-helpers utilities › normalizeParameterMiddleware() › should handle single item array")]
    public void Normalize_single_item_array()
    {
        var middleware = Next();
        var result = ParameterHelpers.NormalizeParameterMiddleware(new[] { middleware });
        Assert.Single(result);
        Assert.Same(middleware, result[0]);
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyParameterMiddlewareToRoute() › should apply single middleware to router")]
    public void Apply_single_to_router()
    {
        var router = new Router();
        var middleware = Next();
        ParameterHelpers.ApplyParameterMiddlewareToRoute(router, "id", [middleware]);
        var registered = router.Params["id"];
        Assert.Single(registered);
        Assert.Same(middleware, registered[0]);
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyParameterMiddlewareToRoute() › should apply array of middleware to router")]
    public void Apply_array_to_router()
    {
        var router = new Router();
        ParamFn middleware1 = Next(), middleware2 = Next();
        ParameterHelpers.ApplyParameterMiddlewareToRoute(router, "id", [middleware1, middleware2]);
        var registered = router.Params["id"];
        Assert.Equal(2, registered.Count);
        Assert.Same(middleware1, registered[0]);
        Assert.Same(middleware2, registered[1]);
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyParameterMiddlewareToRoute() › should apply middleware to Layer")]
    public void Apply_to_layer()
    {
        var layer = Route("/users/:id");
        var before = layer.Stack.Count;
        ParameterHelpers.ApplyParameterMiddlewareToRoute(layer, "id", [Next()]);
        Assert.Equal(before + 1, layer.Stack.Count);
        Assert.Equal("id", Layer<Context>.ParamOf(layer.Stack[0]));
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyParameterMiddlewareToRoute() › should handle undefined middleware gracefully")]
    public void Apply_undefined()
    {
        var router = new Router();
        ParameterHelpers.ApplyParameterMiddlewareToRoute(router, "id", null);
        Assert.False(router.Params.ContainsKey("id"));
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyAllParameterMiddleware() › should apply all middleware from params object")]
    public void Apply_all()
    {
        var layer = Route("/users/:id/:name");
        ParameterHelpers.ApplyAllParameterMiddleware(layer, new Dictionary<string, List<ParamFn>> { ["id"] = [Next()], ["name"] = [Next()] });
        Assert.Equal(["id", "name"], layer.Stack.Take(2).Select(Layer<Context>.ParamOf));
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyAllParameterMiddleware() › should handle empty params object")]
    public void Apply_all_empty()
    {
        var layer = Route("/users");
        ParameterHelpers.ApplyAllParameterMiddleware(layer, new Dictionary<string, List<ParamFn>>());
        Assert.Single(layer.Stack);
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyAllParameterMiddleware() › should handle params object with array middleware")]
    public void Apply_all_array()
    {
        var layer = Route("/users/:id");
        ParameterHelpers.ApplyAllParameterMiddleware(layer, new Dictionary<string, List<ParamFn>> { ["id"] = [Next(), Next()] });
        Assert.Equal(3, layer.Stack.Count);
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyAllParameterMiddleware() › should apply middleware for multiple parameters")]
    public void Apply_all_multiple()
    {
        var layer = Route("/users/:userId/posts/:postId");
        ParameterHelpers.ApplyAllParameterMiddleware(layer, new Dictionary<string, List<ParamFn>>
        {
            ["id"] = [Next()],
            ["userId"] = [Next()],
            ["postId"] = [Next()],
        });
        // "id" is not a parameter of the pattern: only userId and postId are added, in the pattern's order
        Assert.Equal(["userId", "postId", null], layer.Stack.Select(Layer<Context>.ParamOf));
    }

    [Fact(DisplayName = "parameter-helpers utilities › applyAllParameterMiddleware() › should handle mixed single and array middleware")]
    public void Apply_all_mixed()
    {
        var layer = Route("/users/:userId/:id");
        ParameterHelpers.ApplyAllParameterMiddleware(layer, new Dictionary<string, List<ParamFn>>
        {
            ["id"] = [Next()],
            ["userId"] = [Next(), Next()],
        });
        Assert.Equal(["userId", "userId", "id", null], layer.Stack.Select(Layer<Context>.ParamOf));
    }
}
