namespace Koa;

/// <summary>What a router stores on a request (in <c>ctx.Features</c>); read it through the extension properties of
/// <see cref="RouterContextExtensions"/>.</summary>
public sealed class RouterFeature
{
    /// <summary>The decoded route parameters.</summary>
    public Dictionary<string, string>? Params { get; set; }

    // One field per state, not per form, so that the feature every routed request makes stays small:
    // the raw captures (IReadOnlyList<string?>), or the layer whose captures of _capturesPath they are, computed when
    // first read (the router builds ctx.params from the match)
    private object? _captures;
    private string? _capturesPath;

    // every path-matched layer: the first router's array (cached, shared, never written: Layer[]) until another router
    // adds to it or someone reads Matched, then a List<Layer>
    private object? _matched;

    // what few requests set (NewRouterPath, the param handlers run)
    private Rare? _rare;

    private sealed class Rare
    {
        public string? NewRouterPath;
        public HashSet<object>? MatchedParams;
    }

    /// <summary>The raw captures of the last layer run.</summary>
    public IReadOnlyList<string?>? Captures
    {
        get
        {
            if (_captures is Layer layer)
            {
                _captures = layer.Captures(_capturesPath!);
                _capturesPath = null;
            }
            return (IReadOnlyList<string?>?)_captures;
        }
        set
        {
            _captures = value;
            _capturesPath = null;
        }
    }

    // ctx.captures = layer.captures(path), computed when first read
    internal void SetCaptures(Layer layer, string path)
    {
        _captures = layer;
        _capturesPath = path;
    }

    /// <summary>The pattern of the last layer run.</summary>
    public string? RouterPath { get; set; }

    /// <summary>The name of the last layer run.</summary>
    public string? RouterName { get; set; }

    /// <summary>The pattern of the matched route.</summary>
    public string? MatchedRoute { get; set; }

    /// <summary>The name of the matched route.</summary>
    public string? MatchedRouteName { get; set; }

    /// <summary>The router that handled the request last.</summary>
    public object? Router { get; set; }

    /// <summary>Every layer whose path matched, across routers.</summary>
    public List<Layer>? Matched
    {
        get
        {
            if (_matched is Layer[] layers)
                _matched = new List<Layer>(layers);
            return (List<Layer>?)_matched;
        }
        set => _matched = value;
    }

    // What Matched holds without making the list.
    internal IReadOnlyList<Layer>? MatchedLayers => (IReadOnlyList<Layer>?)_matched;

    // upstream's ctx.matched = matched.path, or ctx.matched.push(...matched.path) after another router
    internal void AddMatched(Layer[] layers)
    {
        if (_matched is null)
            _matched = layers;
        else
            Matched!.AddRange(layers);
    }

    /// <summary>Whether a route (a layer with methods) matched path and method.</summary>
    public bool RouteMatched { get; set; }

    /// <summary>A path routed instead of <c>ctx.Path</c> (upstream's <c>ctx.newRouterPath</c>).</summary>
    public string? NewRouterPath
    {
        get => _rare?.NewRouterPath;
        set
        {
            if (value is not null || _rare is not null)
                (_rare ??= new Rare()).NewRouterPath = value;
        }
    }

    internal HashSet<object>? MatchedParams
    {
        get => _rare?.MatchedParams;
        set
        {
            if (value is not null || _rare is not null)
                (_rare ??= new Rare()).MatchedParams = value;
        }
    }

    internal static RouterFeature Of(Context ctx)
    {
        var features = ctx.Features;
        if (features[typeof(RouterFeature)] is RouterFeature f)
            return f;
        f = new RouterFeature();
        features[typeof(RouterFeature)] = f;
        return f;
    }

    internal static RouterFeature? Peek(Context ctx) => ctx.Features[typeof(RouterFeature)] as RouterFeature;
}

/// <summary>The router's additions to the context: <c>ctx.Params</c>, <c>ctx.RouterPath</c>, <c>ctx.MatchedRoute</c>, …</summary>
public static class RouterContextExtensions
{
    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

    extension(Context ctx)
    {
        /// <summary>The route parameters, decoded with <c>decodeURIComponent</c> (upstream's <c>ctx.params</c>).</summary>
        public Dictionary<string, string> Params
        {
            get => RouterFeature.Of(ctx).Params ??= new Dictionary<string, string>(StringComparer.Ordinal);
            set => RouterFeature.Of(ctx).Params = value;
        }

        /// <summary>The raw captures of the current layer (upstream's <c>ctx.captures</c>).</summary>
        public IReadOnlyList<string?> Captures => RouterFeature.Peek(ctx)?.Captures ?? [];

        /// <summary>The pattern of the current layer (upstream's <c>ctx.routerPath</c>).</summary>
        public string? RouterPath
        {
            get => RouterFeature.Peek(ctx)?.RouterPath;
            set => RouterFeature.Of(ctx).RouterPath = value;
        }

        /// <summary>The name of the current layer (upstream's <c>ctx.routerName</c>).</summary>
        public string? RouterName => RouterFeature.Peek(ctx)?.RouterName;

        /// <summary>The pattern of the matched route (upstream's <c>ctx._matchedRoute</c>).</summary>
        public string? MatchedRoute => RouterFeature.Peek(ctx)?.MatchedRoute;

        /// <summary>The name of the matched route (upstream's <c>ctx._matchedRouteName</c>).</summary>
        public string? MatchedRouteName => RouterFeature.Peek(ctx)?.MatchedRouteName;

        /// <summary>Every layer whose path matched (upstream's <c>ctx.matched</c>), or <c>null</c> before routing.</summary>
        public IReadOnlyList<Layer>? Matched => RouterFeature.Peek(ctx)?.Matched;

        /// <summary>Whether a route matched path and method (upstream's <c>ctx.routeMatched</c>).</summary>
        public bool RouteMatched => RouterFeature.Peek(ctx)?.RouteMatched ?? false;

        /// <summary>A path to route instead of <c>ctx.Path</c> (upstream's <c>ctx.newRouterPath</c>).</summary>
        public string? NewRouterPath
        {
            get => RouterFeature.Peek(ctx)?.NewRouterPath;
            set => RouterFeature.Of(ctx).NewRouterPath = value;
        }

        /// <summary>The router handling the request (upstream's <c>ctx.router</c>): use it for <c>Url(name, …)</c>.</summary>
        public IRouter? Router => RouterFeature.Peek(ctx)?.Router as IRouter;
    }

    extension(Request request)
    {
        /// <summary>The route parameters (upstream's <c>ctx.request.params</c>, the same object as <c>ctx.Params</c>).</summary>
        public Dictionary<string, string> Params
        {
            get => request.Ctx.Params;
            set => request.Ctx.Params = value;
        }
    }
}

/// <summary>What <c>ctx.Router</c> offers whatever the router's context type.</summary>
public interface IRouter
{
    /// <summary>The URL of a named route.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="parameters">Named parameters.</param>
    /// <param name="options">Query and encoder.</param>
    /// <returns>The URL.</returns>
    string Url(string name, IReadOnlyDictionary<string, object?>? parameters = null, UrlOptions? options = null);

    /// <summary>The layers, in registration order.</summary>
    IReadOnlyList<Layer> Layers { get; }
}
