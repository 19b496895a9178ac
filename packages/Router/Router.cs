using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Koa;

/// <summary>A router for the plain <see cref="Context"/>.</summary>
/// <example><c>var router = new Router(); router.Get("/users/:id", ctx => { ctx.Body = ctx.Params["id"]; return Task.CompletedTask; });</c></example>
public sealed class Router : Router<Context>
{
    /// <summary>Creates a router.</summary>
    /// <param name="options">Options (prefix, exclusive, host, methods, sensitive, strict).</param>
    public Router(RouterOptions? options = null) : base(options)
    {
    }

    /// <summary>Builds a URL from a pattern and named parameters (upstream's static <c>Router.url(path, params)</c>).</summary>
    /// <param name="path">The pattern.</param>
    /// <param name="parameters">Named parameters.</param>
    /// <param name="options">Query and encoder.</param>
    /// <returns>The URL.</returns>
    public static string UrlFromPath(string path, IReadOnlyDictionary<string, object?>? parameters, UrlOptions? options = null) =>
        new Layer<Context>(path, [], [], null).Url(parameters, options);

    /// <summary>Builds a URL from a pattern and positional parameters.</summary>
    /// <param name="path">The pattern.</param>
    /// <param name="parameters">The values, in the order of the pattern's keys.</param>
    /// <returns>The URL.</returns>
    public static string UrlFromPath(string path, params object?[] parameters) =>
        new Layer<Context>(path, [], [], null).Url(parameters);
}

/// <summary>
/// A port of @koa/router 15.7.0: routes by method and path-to-regexp pattern, running every matching layer in
/// registration order through <c>next()</c>.
/// </summary>
/// <typeparam name="TContext">The application's context type.</typeparam>
public partial class Router<TContext> : IRouter where TContext : Context
{
    private static readonly ConditionalWeakTable<Delegate, Router<TContext>> Dispatchers = new();
    private static readonly string[] DefaultMethods = ["HEAD", "OPTIONS", "GET", "PUT", "PATCH", "POST", "DELETE"];
    private readonly Dictionary<string, List<Func<TContext, Func<Task>, Task>>> _events = new(StringComparer.Ordinal);

    /// <summary>Creates a router.</summary>
    /// <param name="options">Options.</param>
    public Router(RouterOptions? options = null)
    {
        Opts = options?.Clone() ?? new RouterOptions();
        Methods = [.. Opts.Methods ?? DefaultMethods];
        Params = new Dictionary<string, List<Func<string, TContext, Func<Task>, Task>>>(StringComparer.Ordinal);
        Stack = [];
    }

    private Router(Router<TContext> source)
    {
        Opts = source.Opts;
        Methods = source.Methods;
        Params = source.Params; // shared, as upstream's Object.assign clone
        Stack = [.. source.Stack];
        _events = source._events;
    }

    /// <summary>The options (the prefix changes with <see cref="Prefix"/>).</summary>
    public RouterOptions Opts { get; }

    /// <summary>The methods <see cref="AllowedMethods"/> implements.</summary>
    public List<string> Methods { get; }

    /// <summary>Whether only one matching layer runs.</summary>
    public bool Exclusive => Opts.Exclusive;

    /// <summary>The param handlers registered with <see cref="Param"/>, by parameter.</summary>
    public Dictionary<string, List<Func<string, TContext, Func<Task>, Task>>> Params { get; }

    /// <summary>The layers, in registration order.</summary>
    public List<Layer<TContext>> Stack { get; }

    IReadOnlyList<Layer> IRouter.Layers => Stack;

    // ---------------------------------------------------------------- registration

    private Router<TContext> Verb(string method, string? name, object path, Func<TContext, Func<Task>, Task>[] middleware)
    {
        if (path is string[] { Length: 0 })
            throw new ArgumentException($"You have to provide a path when adding a {method} handler");
        Register(path, [method], middleware, RouteOptions(name, path));
        return this;
    }

    private LayerOptions RouteOptions(string? name, object path) => new()
    {
        Name = name,
        PathAsRegExp = path is Regex,
    };

    /// <summary>Registers a route for any method and name (node's extra verbs: <c>Method("propfind", "/x", …)</c>).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">A path-to-regexp pattern.</param>
    /// <param name="middleware">The route's middleware.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Method(string method, string path, params Func<TContext, Func<Task>, Task>[] middleware) =>
        Verb(method.ToLowerInvariant(), null, path, middleware);

    /// <summary>Registers a route for every method node knows.</summary>
    /// <param name="path">A path-to-regexp pattern.</param>
    /// <param name="middleware">The route's middleware.</param>
    /// <returns>This router.</returns>
    public Router<TContext> All(string path, params Func<TContext, Func<Task>, Task>[] middleware) => AllCore(null, path, middleware);

    /// <summary>Registers a named route for every method.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="path">A path-to-regexp pattern.</param>
    /// <param name="middleware">The route's middleware.</param>
    /// <returns>This router.</returns>
    public Router<TContext> All(string name, string path, params Func<TContext, Func<Task>, Task>[] middleware) => AllCore(name, path, middleware);

    /// <summary>Registers a route for every method, for several paths.</summary>
    /// <param name="paths">The patterns.</param>
    /// <param name="middleware">The route's middleware.</param>
    /// <returns>This router.</returns>
    public Router<TContext> All(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware) => AllCore(null, paths, middleware);

    /// <summary>Registers a route for every method matching a regular expression.</summary>
    /// <param name="path">The expression.</param>
    /// <param name="middleware">The route's middleware.</param>
    /// <returns>This router.</returns>
    public Router<TContext> All(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => AllCore(null, path, middleware);

    private Router<TContext> AllCore(string? name, object path, Func<TContext, Func<Task>, Task>[] middleware)
    {
        if (path is string[] { Length: 0 })
            throw new ArgumentException("You have to provide a path when adding an all handler");
        Register(path, HttpMethods.All, middleware, RouteOptions(name, path));
        return this;
    }

    /// <summary>Redirects <paramref name="source"/> to <paramref name="destination"/> for every method (either may be a
    /// route name).</summary>
    /// <param name="source">A path (starting with <c>/</c>) or a route name.</param>
    /// <param name="destination">A path, a URL with <c>://</c>, or a route name.</param>
    /// <param name="code">The status (default 301).</param>
    /// <returns>This router.</returns>
    public Router<TContext> Redirect(string source, string destination, int code = 301)
    {
        if (source.Length == 0 || source[0] != '/')
            source = Url(source);
        if ((destination.Length == 0 || destination[0] != '/') && !destination.Contains("://", StringComparison.Ordinal))
            destination = Url(destination);
        return All(source, (ctx, _) =>
        {
            ctx.Redirect(destination);
            ctx.Status = code;
            return Task.CompletedTask;
        });
    }

    /// <summary>Creates and registers a layer (upstream's <c>router.register(path, methods, middleware, opts)</c>).</summary>
    /// <param name="path">A pattern, a <see cref="Regex"/>, or an array of patterns.</param>
    /// <param name="methods">The methods (empty for middleware).</param>
    /// <param name="middleware">The middleware.</param>
    /// <param name="options">Layer options (merged over the router's).</param>
    /// <returns>The (last) layer.</returns>
    public Layer<TContext>? Register(object path, IEnumerable<string> methods, IEnumerable<Func<TContext, Func<Task>, Task>> middleware, LayerOptions? options = null)
    {
        options ??= new LayerOptions();
        if (path is string[] paths)
        {
            Layer<TContext>? last = null;
            var list = middleware.ToList();
            foreach (var p in paths)
                last = Register(p, methods, list, options.Clone());
            return last;
        }
        var layerOptions = new LayerOptions
        {
            End = options.End == false ? false : true,
            Name = options.Name,
            Sensitive = options.Sensitive ?? Opts.Sensitive,
            Strict = options.Strict ?? Opts.Strict,
            Prefix = Opts.Prefix ?? "",
            IgnoreCaptures = options.IgnoreCaptures,
            IgnoreWildcardParameter = options.IgnoreWildcardParameter,
            PathAsRegExp = options.PathAsRegExp,
        };
        var layer = path switch
        {
            Regex r => new Layer<TContext>(r, methods, middleware, layerOptions),
            string s => new Layer<TContext>(s, methods, middleware, layerOptions),
            _ => throw new ArgumentException("path must be a string, a string array or a Regex", nameof(path)),
        };
        if (!string.IsNullOrEmpty(Opts.Prefix))
            layer.SetPrefix(Opts.Prefix);
        ParameterHelpers.ApplyAllParameterMiddleware(layer, Params);
        Stack.Add(layer);
        return layer;
    }

    /// <summary>Adds middleware (or nested routers' <see cref="Routes"/>) for every path.</summary>
    /// <param name="middleware">Middleware or nested routers' dispatchers.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Use(params Func<TContext, Func<Task>, Task>[] middleware) => UseCore(null, false, middleware);

    /// <summary>Adds middleware (or nested routers) under a path.</summary>
    /// <param name="path">A pattern (<c>""</c> = everything, with params of the prefix).</param>
    /// <param name="middleware">Middleware or nested routers' dispatchers.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Use(string path, params Func<TContext, Func<Task>, Task>[] middleware) => UseCore(path, true, middleware);

    /// <summary>Adds middleware under a regular expression.</summary>
    /// <param name="path">The expression.</param>
    /// <param name="middleware">Middleware.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Use(Regex path, params Func<TContext, Func<Task>, Task>[] middleware) => UseCore(path, true, middleware);

    /// <summary>Adds middleware under each of several paths.</summary>
    /// <param name="paths">The patterns.</param>
    /// <param name="middleware">Middleware or nested routers' dispatchers.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Use(string[] paths, params Func<TContext, Func<Task>, Task>[] middleware)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Length == 0)
            return UseCore(null, false, middleware);
        foreach (var p in paths)
            Use(p, middleware);
        return this;
    }

    private Router<TContext> UseCore(object? explicitPath, bool hasExplicitPath, Func<TContext, Func<Task>, Task>[] middleware)
    {
        if (middleware is null || middleware.Length == 0)
            throw new ArgumentException("You must provide at least one middleware function to router.use()");
        foreach (var fn in middleware)
        {
            if (fn is not null && Dispatchers.TryGetValue(fn, out var nested))
                MountNested(nested, explicitPath as string);
            else
                RegisterMiddleware(fn!, explicitPath, hasExplicitPath);
        }
        return this;
    }

    private void MountNested(Router<TContext> nested, string? mountPath)
    {
        var cloned = new Router<TContext>(nested);
        var mountHasParameters = !string.IsNullOrEmpty(mountPath) && HasPathParameters(mountPath);
        for (var i = 0; i < cloned.Stack.Count; i++)
        {
            var layer = cloned.Stack[i].Clone();
            if (!string.IsNullOrEmpty(mountPath))
                layer.SetPrefix(mountPath);
            if (!string.IsNullOrEmpty(Opts.Prefix))
                layer.SetPrefix(Opts.Prefix);
            if (layer.Methods.Count == 0 && mountHasParameters)
                layer.Opts.IgnoreCaptures = false;
            Stack.Add(layer);
            cloned.Stack[i] = layer;
        }
        foreach (var (name, handlers) in Params.ToList())
        {
            foreach (var handler in handlers.ToList())
                cloned.Param(name, handler);
        }
    }

    private bool HasPathParameters(string? path) =>
        PathHelpers.HasPathParameters(path, new LayerOptions { Sensitive = Opts.Sensitive, Strict = Opts.Strict });

    private void RegisterMiddleware(Func<TContext, Func<Task>, Task> middleware, object? explicitPath, bool hasExplicitPath)
    {
        var prefixHasParameters = HasPathParameters(Opts.Prefix);
        var effectivePath = explicitPath ?? (prefixHasParameters ? "" : null);
        var effectiveHasExplicitPath = hasExplicitPath || (explicitPath is null && prefixHasParameters);
        var (path, asRegExp) = PathHelpers.DetermineMiddlewarePath(effectivePath, prefixHasParameters);
        var isRootPath = effectiveHasExplicitPath && path is "/";
        if (effectiveHasExplicitPath && path is string)
            asRegExp = false;
        Register(path, [], [middleware], new LayerOptions
        {
            End = isRootPath,
            IgnoreCaptures = !effectiveHasExplicitPath && !prefixHasParameters,
            IgnoreWildcardParameter = effectivePath is "" && path is PathHelpers.RestWildcard ? "rest" : null,
            PathAsRegExp = asRegExp,
        });
    }

    /// <summary>Sets the path prefix for every layer registered so far and later (a trailing <c>/</c> is removed).</summary>
    /// <param name="prefix">The prefix.</param>
    /// <returns>This router.</returns>
    public Router<TContext> Prefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var normalized = prefix.EndsWith('/') ? prefix[..^1] : prefix;
        var previous = Opts.Prefix ?? "";
        Opts.Prefix = normalized;
        foreach (var route in Stack)
        {
            if (route.PathRegex is null && previous.Length > 0)
            {
                if (route.Path == previous || route.Path.StartsWith(previous + "/", StringComparison.Ordinal))
                {
                    var rest = route.Path[previous.Length..];
                    route.Path = rest.Length == 0 ? "/" : rest;
                }
            }
            route.SetPrefix(normalized);
        }
        return this;
    }

    /// <summary>Adds a handler run before the routes that have parameter <paramref name="name"/>, once per request.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="handler">(value, ctx, next).</param>
    /// <returns>This router.</returns>
    public Router<TContext> Param(string name, Func<string, TContext, Func<Task>, Task> handler)
    {
        if (!Params.TryGetValue(name, out var list))
            Params[name] = list = [];
        list.Add(handler);
        foreach (var route in Stack)
            route.Param(name, handler);
        return this;
    }

    /// <summary>Adds a handler for a router event (<see cref="RouterEvents.NotFound"/>: no route matched; the handlers run
    /// in place of <c>next</c>).</summary>
    /// <param name="eventName">The event.</param>
    /// <param name="handler">Middleware.</param>
    /// <returns>This router.</returns>
    public Router<TContext> On(string eventName, Func<TContext, Func<Task>, Task> handler)
    {
        if (!_events.TryGetValue(eventName, out var list))
            _events[eventName] = list = [];
        list.Add(handler);
        return this;
    }

    // ---------------------------------------------------------------- lookup

    /// <summary>The first layer with that name, or <c>null</c>.</summary>
    /// <param name="name">The route's name.</param>
    /// <returns>The layer.</returns>
    public Layer<TContext>? Route(string name) => Stack.Find(l => l.Name == name);

    /// <summary>The URL of a named route.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="parameters">Named parameters.</param>
    /// <param name="options">Query and encoder.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="InvalidOperationException">No route has that name (upstream returns an <c>Error</c>).</exception>
    public string Url(string name, IReadOnlyDictionary<string, object?>? parameters = null, UrlOptions? options = null) =>
        (Route(name) ?? throw NoRoute(name)).Url(parameters, options);

    /// <summary>The URL of a named route from positional parameters.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="parameters">The values in key order.</param>
    /// <returns>The URL.</returns>
    public string UrlOf(string name, params object?[] parameters) => (Route(name) ?? throw NoRoute(name)).Url(parameters);

    private static InvalidOperationException NoRoute(string name) => new($"No route found for name: {name}");

    /// <summary>Matches a path and method against the layers (upstream's <c>router.match(path, method)</c>).</summary>
    /// <param name="path">The path.</param>
    /// <param name="method">The method.</param>
    /// <returns>The layers matching the path, those matching path and method, and whether a route matched: a
    /// read-only result, the same instance for the same layers while they match the same way (no allocation once a
    /// path has been seen).</returns>
    public RouteMatch<TContext> Match(string path, string method)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(method);
        return MatchCore(path, method.ToUpperInvariant());
    }

    [ThreadStatic]
    private static Layer<TContext>[]? t_scratch;

    // Upstream's linear scan over the layers in registration order, every request: which layers match is never
    // cached. Only the result object is: it is looked up among those cached on the last path-matched layer and
    // reused when it lists the same layers with the same method matches (so it can never be stale); otherwise a
    // new one is made and cached there. The scratch buffer is filled and read with no user code in between.
    private RouteMatch<TContext> MatchCore(string path, string method)
    {
        var scratch = t_scratch ??= new Layer<TContext>[RouteMatch<TContext>.MaxCached];
        var stack = Stack;
        var n = 0;
        ulong selected = 0;
        var route = false;

        // the layers whose first literal segment differs from the path's cannot match: only the others are tried
        // (in registration order: two sorted lists merged)
        var index = stack.Count >= LayerIndex.MinLayers ? LayerIndex.Of(this) : null;
        int[]? keyed = null;
        int[]? rest = null;
        int ki = 0, ri = 0;
        if (index is not null)
        {
            keyed = index.Keyed(path);
            rest = index.Unkeyed;
        }
        for (var i = 0; i < stack.Count; i++)
        {
            if (index is not null)
            {
                var next = ki < keyed!.Length ? keyed[ki] : int.MaxValue;
                var other = ri < rest!.Length ? rest[ri] : int.MaxValue;
                if (next < other)
                {
                    i = next;
                    ki++;
                }
                else if (other != int.MaxValue)
                {
                    i = other;
                    ri++;
                }
                else
                {
                    break;
                }
            }
            var layer = stack[i];
            if (!layer.Match(path))
                continue;
            if (n == scratch.Length)
            {
                Array.Clear(scratch);
                return MatchUncached(path, method);
            }
            var methods = layer.Methods;
            if (methods.Count == 0 || methods.Contains(method))
            {
                selected |= 1UL << n;
                route |= methods.Count > 0;
            }
            scratch[n++] = layer;
        }
        if (n == 0)
            return RouteMatch<TContext>.None;
        var last = scratch[n - 1];
        var cache = last.MatchCache;
        if (cache is not null)
        {
            foreach (var entry in cache)
            {
                if (entry is not null && entry.Is(scratch, n, selected, route))
                {
                    Array.Clear(scratch, 0, n);
                    return entry;
                }
            }
        }
        var result = new RouteMatch<TContext>(scratch.AsSpan(0, n).ToArray(), selected, route);
        Array.Clear(scratch, 0, n);
        if (cache is null)
        {
            Interlocked.CompareExchange(ref last.MatchCache, new RouteMatch<TContext>?[RouteMatch<TContext>.CacheSlots], null);
            cache = last.MatchCache!;
        }
        cache[(uint)last.MatchCacheNext++ % (uint)cache.Length] = result;
        return result;
    }

    /// <summary>
    /// The layers by the first literal segment of their pattern (<see cref="Layer.FirstSegment"/>), so that a request
    /// tries only the layers that can match its first segment and those without one, in registration order. Built
    /// when first needed and rebuilt when the router's stack list or any layer's matcher changed since (the list's
    /// own version, <see cref="Layer.MatcherVersion"/>); immutable once built.
    /// </summary>
    private sealed class LayerIndex
    {
        internal const int MinLayers = 8;

        private static bool s_unavailable;

        private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byKey;
        private readonly int _listVersion;
        private readonly int _matcherVersion;
        private readonly int _count;

        private LayerIndex(List<Layer<TContext>> stack, int listVersion, int matcherVersion)
        {
            _listVersion = listVersion;
            _matcherVersion = matcherVersion;
            _count = stack.Count;
            var byKey = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            var unkeyed = new List<int>();
            for (var i = 0; i < stack.Count; i++)
            {
                if (stack[i].FirstSegment() is { } key)
                {
                    if (!byKey.TryGetValue(key, out var list))
                        byKey[key] = list = [];
                    list.Add(i);
                }
                else
                {
                    unkeyed.Add(i);
                }
            }
            var frozen = new Dictionary<string, int[]>(byKey.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, list) in byKey)
                frozen[key] = [.. list];
            _byKey = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
            Unkeyed = [.. unkeyed];
        }

        public int[] Unkeyed { get; }

        public int[] Keyed(string path)
        {
            if (path.Length < 2 || path[0] != '/')
                return [];
            var end = path.IndexOf('/', 1);
            var segment = end < 0 ? path.AsSpan(1) : path.AsSpan(1, end - 1);
            return _byKey.TryGetValue(segment, out var layers) ? layers : [];
        }

        public static LayerIndex? Of(Router<TContext> router)
        {
            if (s_unavailable)
                return null;
            var stack = router.Stack;
            int listVersion;
            try
            {
                listVersion = ListVersion<Layer<TContext>>.Of(stack);
            }
            catch (MissingFieldException)
            {
                s_unavailable = true; // a runtime whose List<T> has no _version: the plain scan
                return null;
            }
            var matcherVersion = Layer.MatcherVersion;
            var index = router._index;
            if (index is not null && index._listVersion == listVersion && index._matcherVersion == matcherVersion && index._count == stack.Count)
                return index;
            return router._index = new LayerIndex(stack, listVersion, matcherVersion);
        }
    }

    private LayerIndex? _index;

    // more path-matched layers than a cached result's selection mask holds: a result of its own
    private RouteMatch<TContext> MatchUncached(string path, string method)
    {
        var paths = new List<Layer<TContext>>();
        var selected = new List<Layer<TContext>>();
        var route = false;
        foreach (var layer in Stack)
        {
            if (!layer.Match(path))
                continue;
            paths.Add(layer);
            if (layer.Methods.Count == 0 || layer.Methods.Contains(method))
            {
                selected.Add(layer);
                route |= layer.Methods.Count > 0;
            }
        }
        return new RouteMatch<TContext>([.. paths], [.. selected], route);
    }

    /// <summary>Whether the host passes the <c>Host</c> options (true when none is set).</summary>
    /// <param name="input">The request's host.</param>
    /// <returns><c>true</c> when it passes.</returns>
    public bool MatchHost(string? input)
    {
        if (Opts.Host is null && Opts.Hosts is null && Opts.HostPattern is null && Opts.HostMatch is null)
            return true;
        if (string.IsNullOrEmpty(input))
            return false;
        if (Opts.Host is not null)
            return input == Opts.Host;
        if (Opts.Hosts is not null)
            return Opts.Hosts.Contains(input);
        if (Opts.HostPattern is not null)
            return Opts.HostPattern.IsMatch(input);
        return Opts.HostMatch!(input);
    }

    // ---------------------------------------------------------------- dispatch

    /// <summary>The router middleware: runs the matching layers (upstream's <c>router.routes()</c>).</summary>
    /// <returns>Middleware for <c>app.Use</c> or another router's <c>Use</c>.</returns>
    public Func<TContext, Func<Task>, Task> Routes() => Middleware();

    /// <summary>The same as <see cref="Routes"/>.</summary>
    /// <returns>The middleware.</returns>
    public Func<TContext, Func<Task>, Task> Middleware()
    {
        Func<TContext, Func<Task>, Task> dispatch = Dispatch;
        Dispatchers.AddOrUpdate(dispatch, this);
        return dispatch;
    }

    private Task Dispatch(TContext ctx, Func<Task> next)
    {
        if (HasHostOptions && !MatchHost(ctx.Host))
            return next();
        var feature = RouterFeature.Of(ctx);
        var path = Opts.RouterPath ?? feature.NewRouterPath ?? NullIfEmpty(ctx.Path) ?? feature.RouterPath ?? "";

        // upstream's router.match(path, method); its path list goes to ctx.matched (shared: the feature copies it
        // into a list only if someone reads ctx.Matched)
        var match = MatchCore(path, ctx.Method.ToUpperInvariant());
        feature.AddMatched(match.PathLayers);
        feature.Router = this;
        feature.RouteMatched = match.Route;
        if (!match.Route)
        {
            if (_events.TryGetValue(RouterEvents.NotFound, out var handlers) && handlers.Count > 0)
                return MiddlewareComposer.Compose(handlers)(ctx, next);
            return next();
        }
        var selected = match.SelectedLayers;
        var count = selected.Length;
        for (var i = count - 1; i >= 0; i--)
        {
            var layer = selected[i];
            if (layer.Methods.Count > 0)
            {
                feature.MatchedRoute = layer.Path;
                if (layer.Name is not null)
                    feature.MatchedRouteName = layer.Name;
                break;
            }
        }
        var first = 0;
        if (Opts.Exclusive)
        {
            var chosen = count - 1;
            if (Opts.ExclusiveBySpecificity)
            {
                chosen = 0;
                for (var i = 1; i < count; i++)
                {
                    if (selected[i].ParamNames.Count < selected[chosen].ParamNames.Count)
                        chosen = i;
                }
            }
            first = chosen;
            count = chosen + 1;
        }

        // the chain of upstream's layerChain, built once per set of layers and checked against their stacks
        var plan = match.Plan;
        if (plan is null || !plan.IsCurrent(selected, first, count))
            match.Plan = plan = RoutePlan<TContext>.Build(selected, first, count);
        if (plan.Single is not null && next.Target is ISingleCallNext)
            return RouteChain<TContext>.RunSingle(plan, ctx, next, path, feature);
        return new RouteChain<TContext>(plan, ctx, next, path, feature).Start();
    }

    private bool HasHostOptions => Opts.Host is not null || Opts.Hosts is not null || Opts.HostPattern is not null || Opts.HostMatch is not null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>Middleware answering OPTIONS (200 + <c>Allow</c>), 405 (path matched, method did not) and 501 (method
    /// not in <see cref="Methods"/>) after the routes ran without a response (upstream's <c>allowedMethods()</c>).</summary>
    /// <param name="options">Throw instead of setting the status, and the errors to throw.</param>
    /// <returns>The middleware.</returns>
    public Func<TContext, Func<Task>, Task> AllowedMethods(AllowedMethodsOptions? options = null)
    {
        options ??= new AllowedMethodsOptions();
        var implemented = Methods;
        return async (ctx, next) =>
        {
            await next().ConfigureAwait(false);
            if (ctx.Status != 0 && ctx.Status != 404)
                return;
            var feature = RouterFeature.Peek(ctx);
            if (feature?.MatchedLayers is not { } matched)
                return;
            var allowed = new List<string>();
            foreach (var route in matched)
            {
                foreach (var m in route.Methods)
                {
                    if (!allowed.Contains(m))
                        allowed.Add(m);
                }
            }
            var method = ctx.Method.ToUpperInvariant();
            if (!implemented.Contains(method))
            {
                if (options.Throw)
                    throw options.NotImplemented?.Invoke() ?? new NotImplementedError();
                ctx.Status = 501;
                ctx.Set("Allow", string.Join(", ", allowed));
                return;
            }
            if (method == "OPTIONS" && allowed.Count > 0)
            {
                ctx.Status = 200;
                ctx.Body = "";
                ctx.Set("Allow", string.Join(", ", allowed));
                return;
            }
            if (allowed.Count > 0 && !allowed.Contains(method))
            {
                if (options.Throw)
                    throw options.MethodNotAllowed?.Invoke() ?? new MethodNotAllowedError();
                ctx.Status = 405;
                ctx.Set("Allow", string.Join(", ", allowed));
            }
        };
    }
}

/// <summary>The version <see cref="List{T}"/> bumps on every change (what its enumerator checks).</summary>
internal static class ListVersion<T>
{
    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_version")]
    private static extern ref int Field(List<T> list);

    public static int Of(List<T> list) => Field(list);
}

/// <summary>The result of <see cref="Router{TContext}.Match"/> (upstream's <c>{ path, pathAndMethod, route }</c>),
/// read-only: the router reuses it for every request that matches the same layers the same way.</summary>
/// <typeparam name="TContext">The context type.</typeparam>
public sealed class RouteMatch<TContext> where TContext : Context
{
    // the selection is a bit per path-matched layer
    internal const int MaxCached = 64;

    internal const int CacheSlots = 4;

    internal static readonly RouteMatch<TContext> None = new([], [], false);

    private readonly ulong _mask;

    internal RouteMatch(Layer<TContext>[] path, ulong selected, bool route)
    {
        var chosen = new Layer<TContext>[System.Numerics.BitOperations.PopCount(selected)];
        for (int i = 0, at = 0; i < path.Length; i++)
        {
            if ((selected & (1UL << i)) != 0)
                chosen[at++] = path[i];
        }
        _mask = selected;
        PathLayers = path;
        SelectedLayers = chosen;
        Route = route;
        Path = Array.AsReadOnly(path);
        PathAndMethod = Array.AsReadOnly(chosen);
    }

    internal RouteMatch(Layer<TContext>[] path, Layer<TContext>[] selected, bool route)
    {
        PathLayers = path;
        SelectedLayers = selected;
        Route = route;
        Path = Array.AsReadOnly(path);
        PathAndMethod = Array.AsReadOnly(selected);
    }

    /// <summary>Layers whose path matched, in registration order.</summary>
    public IReadOnlyList<Layer<TContext>> Path { get; }

    /// <summary>Layers whose path and method matched (middleware layers included).</summary>
    public IReadOnlyList<Layer<TContext>> PathAndMethod { get; }

    /// <summary>Whether a route (a layer with methods) matched path and method.</summary>
    public bool Route { get; }

    internal Layer<TContext>[] PathLayers { get; }

    internal Layer<TContext>[] SelectedLayers { get; }

    // the chain of the last request that ran these layers (RoutePlan.IsCurrent tells whether it still holds)
    internal RoutePlan<TContext>? Plan { get; set; }

    internal bool Is(Layer<TContext>[] scratch, int count, ulong selected, bool route)
    {
        if (PathLayers.Length != count || _mask != selected || Route != route)
            return false;
        for (var i = 0; i < count; i++)
        {
            if (!ReferenceEquals(PathLayers[i], scratch[i]))
                return false;
        }
        return true;
    }
}
