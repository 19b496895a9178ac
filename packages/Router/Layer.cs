using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Koa;

/// <summary>A route or middleware layer of a router, whatever its context type (upstream's <c>Layer</c>).</summary>
public abstract class Layer
{
    private protected static readonly PathKey[] NoKeys = [];

    private protected Layer(string path, Regex? pathRegex, IEnumerable<string> methods, LayerOptions options)
    {
        Opts = options;
        Name = options.Name;
        Path = path;
        PathRegex = pathRegex;
        var list = new List<string>();
        foreach (var m in methods)
        {
            var upper = m.ToUpperInvariant();
            list.Add(upper);
            if (upper == "GET")
                list.Insert(0, "HEAD");
        }
        Methods = list;
        ParamNames = NoKeys;
    }

    /// <summary>The options.</summary>
    public LayerOptions Opts { get; private protected set; }

    /// <summary>The route's name, or <c>null</c>.</summary>
    public string? Name { get; private protected set; }

    /// <summary>Upper-case methods (HEAD added before GET); empty for middleware registered with <c>Use</c>.</summary>
    public List<string> Methods { get; private protected set; }

    /// <summary>The path pattern (the regular expression's source when the path is a <see cref="Regex"/>).</summary>
    public string Path
    {
        get;
        internal set
        {
            field = value;
            Interlocked.Increment(ref s_matcherVersion);
        }
    }

    // Bumped whenever any layer's matcher may change (its path, a prefix): the routers' first-segment indexes
    // (Router.LayerIndex) are rebuilt when it moved.
    private static int s_matcherVersion;

    internal static int MatcherVersion => Volatile.Read(ref s_matcherVersion);

    /// <summary>
    /// The first path segment every path this layer matches starts with (<c>"users"</c> for <c>/users/:id</c> and
    /// <c>/users</c>),
    /// compared ignoring case, or <c>null</c> when the pattern does not start with a literal segment (a parameter,
    /// a group, a regular expression, middleware for every path). Any path the matcher accepts starts with the
    /// pattern's leading text (case-folded at most), so its first segment equals this one ignoring case.
    /// </summary>
    internal string? FirstSegment()
    {
        if (Regexp is null || Path.Length < 2 || Path[0] != '/')
            return null;
        var tokens = PathToRegexp.Parse(Path).Tokens;
        if (tokens.Count == 0 || tokens[0] is not PathText text)
            return null;
        if (text.Value.Length < 2 || text.Value[0] != '/')
            return null;
        var slash = text.Value.IndexOf('/', 1);
        if (slash > 1)
            return text.Value[1..slash];
        // a pattern that is one literal segment (/hello): the match ends with it, a delimiter or the end follows
        return slash < 0 && tokens.Count == 1 ? text.Value[1..] : null;
    }

    /// <summary>The regular expression the layer was registered with, or <c>null</c>.</summary>
    public Regex? PathRegex { get; }

    /// <summary>The keys of the pattern, in capture order.</summary>
    public IReadOnlyList<PathKey> ParamNames { get; private protected set; }

    /// <summary>The compiled path-to-regexp matcher, or <c>null</c> for regular-expression layers.</summary>
    public PathRegexp? Regexp { get; private protected set; }

    // A regular expression (user-given, or a raw source under a prefix); null with Regexp for "match everything".
    private protected Regex? RawRegex { get; set; }

    private protected bool MatchesAll { get; set; }

    /// <summary>Whether the layer matches the path (upstream's <c>layer.match(path)</c>).</summary>
    /// <param name="path">The request path.</param>
    /// <returns><c>true</c> when it matches.</returns>
    public bool Match(string path)
    {
        if (Regexp is not null)
            return Regexp.IsMatch(path);
        if (MatchesAll)
            return true;
        return RawRegex?.IsMatch(path) ?? false;
    }

    /// <summary>The raw captures of the path (upstream's <c>layer.captures(path)</c>), one per group.</summary>
    /// <param name="path">The request path.</param>
    /// <returns>The captures (a <c>null</c> item for a group that did not take part).</returns>
    public IReadOnlyList<string?> Captures(string path)
    {
        if (Opts.IgnoreCaptures)
            return [];
        if (Regexp is not null)
        {
            if (ParamNames.Count == 0)
                return []; // a pattern without keys captures nothing: no need to run it again
            // regexp.exec(path).slice(1), without building the whole match and a second array
            var keys = Regexp.Keys.Count;
            var slots = keys <= 32 ? stackalloc int[keys * 2] : new int[keys * 2];
            if (Regexp.Match(path, slots) < 0)
                return [];
            var captures = new string?[keys];
            for (var k = 0; k < keys; k++)
            {
                if (slots[2 * k] >= 0)
                    captures[k] = path[slots[2 * k]..slots[2 * k + 1]];
            }
            return captures;
        }
        if (MatchesAll)
            return [];
        var rm = RawRegex?.Match(path);
        if (rm is null || !rm.Success)
            return [];
        var result = new string?[rm.Groups.Count - 1];
        for (var i = 1; i < rm.Groups.Count; i++)
            result[i - 1] = rm.Groups[i].Success ? rm.Groups[i].Value : null;
        return result;
    }

    /// <summary>
    /// The router's per-layer step: <c>ctx.captures = layer.captures(path)</c> (left to be computed when read) and,
    /// when the layer captures, <c>ctx.params = layer.params(path, captures, ctx.params)</c> — a new dictionary, as
    /// upstream's new object — built straight from the match's capture slots; otherwise <paramref name="existing"/>.
    /// </summary>
    internal Dictionary<string, string>? ParamsOf(string path, RouterFeature feature, Dictionary<string, string>? existing)
    {
        if (Regexp is null || Opts.IgnoreCaptures)
        {
            var raw = Captures(path);
            feature.Captures = raw;
            return raw.Count > 0 ? Params(path, raw, existing) : existing;
        }
        if (ParamNames.Count == 0)
        {
            feature.Captures = [];
            return existing;
        }
        var keys = Regexp.Keys.Count;
        var slots = keys <= 32 ? stackalloc int[keys * 2] : new int[keys * 2];
        if (Regexp.Match(path, slots) < 0)
        {
            feature.Captures = [];
            return existing;
        }
        feature.SetCaptures(this, path);
        var result = existing is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(existing, StringComparer.Ordinal);
        var names = ParamNames;
        for (var i = 0; i < keys && i < names.Count; i++)
        {
            var start = slots[2 * i];
            var end = slots[2 * i + 1];
            if (start < 0 || end <= start)
                continue;
            var key = names[i];
            if (Opts.IgnoreWildcardParameter == key.Name && key is PathWildcard)
                continue;
            result[key.Name] = SafeDecode(path[start..end]);
        }
        return result;
    }

    /// <summary>The parameters of the path (upstream's <c>layer.params(path, captures, existing)</c>): the existing
    /// ones, then each non-empty capture under its key's name, decoded (a malformed escape is kept as is).</summary>
    /// <param name="path">The request path (unused, as upstream).</param>
    /// <param name="captures">The captures.</param>
    /// <param name="existing">Parameters to start from.</param>
    /// <returns>A new dictionary.</returns>
    public Dictionary<string, string> Params(string path, IReadOnlyList<string?> captures, IReadOnlyDictionary<string, string>? existing = null)
    {
        var result = existing is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(existing, StringComparer.Ordinal);
        for (var i = 0; i < captures.Count; i++)
        {
            if (i >= ParamNames.Count)
                break;
            var value = captures[i];
            if (string.IsNullOrEmpty(value))
                continue;
            var key = ParamNames[i];
            if (Opts.IgnoreWildcardParameter == key.Name && key is PathWildcard)
                continue;
            result[key.Name] = SafeDecode(value);
        }
        return result;
    }

    internal static string SafeDecode(string value)
    {
        try
        {
            return PathToRegexp.DecodeUriComponent(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    /// <summary>Builds this route's URL from named parameters (upstream's <c>layer.url(params, options)</c>).</summary>
    /// <param name="parameters">The parameters (values converted with JavaScript's <c>String(value)</c>).</param>
    /// <param name="options">The query and the encoder.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="InvalidOperationException">The layer's path is a regular expression.</exception>
    public string Url(IReadOnlyDictionary<string, object?>? parameters, UrlOptions? options = null) =>
        BuildUrl(parameters, null, options);

    /// <summary>Builds this route's URL from positional parameters, in the order of the pattern's keys.</summary>
    /// <param name="parameters">The values.</param>
    /// <returns>The URL.</returns>
    public string Url(params object?[] parameters) => BuildUrl(null, parameters, null);

    /// <summary>Builds this route's URL from positional parameters and options.</summary>
    /// <param name="parameters">The values.</param>
    /// <param name="options">The query and the encoder.</param>
    /// <returns>The URL.</returns>
    public string Url(IReadOnlyList<object?> parameters, UrlOptions? options) => BuildUrl(null, parameters, options);

    /// <summary>Builds this route's URL with options only (no parameters).</summary>
    /// <param name="options">The query and the encoder.</param>
    /// <returns>The URL.</returns>
    public string Url(UrlOptions options) => BuildUrl(null, null, options);

    internal string BuildUrl(IReadOnlyDictionary<string, object?>? named, IReadOnlyList<object?>? positional, UrlOptions? options)
    {
        if (positional is { Count: > 0 } && positional[^1] is UrlOptions trailing)
        {
            options ??= trailing;
            positional = positional.Take(positional.Count - 1).ToArray();
        }
        if (named is not null && options is null && named.TryGetValue("query", out var q))
        {
            // upstream's url({ query }) and url({ id, query }): the query is an option, not a parameter
            if (named.Count == 1)
            {
                options = new UrlOptions { Query = q };
                named = new Dictionary<string, object?>();
            }
            else if (q is not null && !(q is string { Length: 0 }))
            {
                options = new UrlOptions { Query = q };
                named = named.Where(p => p.Key != "query").ToDictionary(p => p.Key, p => p.Value);
            }
        }
        if (PathRegex is not null)
            throw new InvalidOperationException("Cannot generate URL for routes defined with RegExp paths. Use string paths with named parameters instead.");
        var cleanPath = Path.Replace("(.*)", "", StringComparison.Ordinal);
        var toPath = PathToRegexp.Compile(cleanPath, new CompileOptions { Encode = options is null ? PathToRegexp.EncodeUriComponent : options.Encode });
        var tokens = PathToRegexp.Parse(cleanPath).Tokens;
        var replacements = new Dictionary<string, object?>(StringComparer.Ordinal);
        var hasNamed = tokens.Any(t => t is PathKey k && k.Name.Length > 0);
        if (positional is not null)
        {
            var index = 0;
            foreach (var token in tokens)
            {
                if (token is PathKey k && k.Name.Length > 0)
                    replacements[k.Name] = JsString(index < positional.Count ? positional[index] : Undefined);
                index += token is PathKey key && key.Name.Length > 0 ? 1 : 0;
            }
        }
        else if (hasNamed && named is not null && !named.ContainsKey("query"))
        {
            foreach (var (k, v) in named)
                replacements[k] = JsString(v);
        }
        var url = toPath(replacements);
        if (options?.Query is { } query)
            return AddQuery(url, query);
        return url;
    }

    private static readonly object Undefined = new();

    // JavaScript's String(value).
    internal static string JsString(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => JsNumber(d),
        float f => JsNumber(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(",", list.Cast<object?>().Select(x => x is null ? "" : JsString(x))),
        _ when ReferenceEquals(value, Undefined) => "undefined",
        _ => value.ToString() ?? "",
    };

    private static string JsNumber(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity"
        : d == Math.Floor(d) && Math.Abs(d) < 1e21 ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);

    // node's url.format({ ...url.parse(base), search, query }): a string query is used as the search, an object
    // through querystring.stringify; '#' in the search is escaped.
    private static string AddQuery(string url, object query)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? url[hash..] : "";
        var baseUrl = hash >= 0 ? url[..hash] : url;
        var q = baseUrl.IndexOf('?', StringComparison.Ordinal);
        var pathname = q >= 0 ? baseUrl[..q] : baseUrl;
        string search;
        if (query is string s)
        {
            search = s;
        }
        else
        {
            var qs = Stringify(query);
            search = qs.Length > 0 ? "?" + qs : "";
        }
        if (search.Length > 0 && search[0] != '?')
            search = "?" + search;
        search = search.Replace("#", "%23", StringComparison.Ordinal);
        return pathname + search + fragment;
    }

    private static string Stringify(object query)
    {
        var pairs = query switch
        {
            IEnumerable<KeyValuePair<string, object?>> d => d,
            IEnumerable<KeyValuePair<string, string>> d => d.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)),
            _ => [],
        };
        var sb = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            var ks = PathToRegexp.EncodeUriComponent(key) + "=";
            if (value is not string && value is System.Collections.IEnumerable list)
            {
                foreach (var item in list)
                {
                    if (sb.Length > 0)
                        sb.Append('&');
                    sb.Append(ks).Append(QsPrimitive(item));
                }
                continue;
            }
            if (sb.Length > 0)
                sb.Append('&');
            sb.Append(ks).Append(QsPrimitive(value));
        }
        return sb.ToString();
    }

    private static string QsPrimitive(object? v) => v switch
    {
        string s => PathToRegexp.EncodeUriComponent(s),
        bool b => b ? "true" : "false",
        double d when !double.IsFinite(d) => "",
        IFormattable f => PathToRegexp.EncodeUriComponent(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => "",
    };

    // upstream's setPrefix tests the prefix with includes(":"), not with hasPathParameters
    internal static bool PrefixHasParameters(string prefix) => prefix.Contains(':', StringComparison.Ordinal);
}

/// <summary>A route or middleware layer of a <see cref="Router{TContext}"/>: its path, methods and middleware stack.</summary>
/// <typeparam name="TContext">The context type.</typeparam>
public sealed class Layer<TContext> : Layer where TContext : Context
{
    private static readonly ConditionalWeakTable<Delegate, ParamMarker> ParamMiddleware = new();

    private sealed class ParamMarker(string name, Delegate original)
    {
        public string Name { get; } = name;
        public Delegate Original { get; } = original;
    }

    /// <summary>Creates a layer (upstream's <c>new Layer(path, methods, middleware, opts)</c>).</summary>
    /// <param name="path">A path-to-regexp pattern (or a regular expression source with <see cref="LayerOptions.PathAsRegExp"/>).</param>
    /// <param name="methods">HTTP methods; empty for middleware.</param>
    /// <param name="middleware">The middleware.</param>
    /// <param name="options">Options.</param>
    public Layer(string path, IEnumerable<string> methods, IEnumerable<Func<TContext, Func<Task>, Task>> middleware, LayerOptions? options = null)
        : base(path ?? throw new ArgumentNullException(nameof(path)), null, methods, options ?? new LayerOptions())
    {
        Stack = Validate(middleware, methods, path);
        Configure();
    }

    /// <summary>Creates a layer matching a regular expression.</summary>
    /// <param name="path">The expression.</param>
    /// <param name="methods">HTTP methods; empty for middleware.</param>
    /// <param name="middleware">The middleware.</param>
    /// <param name="options">Options.</param>
    public Layer(Regex path, IEnumerable<string> methods, IEnumerable<Func<TContext, Func<Task>, Task>> middleware, LayerOptions? options = null)
        : base((path ?? throw new ArgumentNullException(nameof(path))).ToString(), path, methods, options ?? new LayerOptions())
    {
        Opts.PathAsRegExp = true;
        Stack = Validate(middleware, methods, path.ToString());
        RawRegex = path;
    }

    private Layer(Layer<TContext> source) : base(source.Path, source.PathRegex, [], source.Opts.Clone())
    {
        Name = source.Name;
        Methods = [.. source.Methods];
        Stack = [.. source.Stack];
        ParamNames = [.. source.ParamNames];
        Regexp = source.Regexp;
        RawRegex = source.RawRegex;
        MatchesAll = source.MatchesAll;
    }

    internal Layer<TContext> Clone() => new(this);

    // Router.Match's cache of results whose last path-matched layer is this one (see Router.MatchCore): immutable
    // entries, each checked against the scan that found it before use, replaced round-robin.
    internal RouteMatch<TContext>?[]? MatchCache;

    internal int MatchCacheNext;

    /// <summary>The middleware stack (param middleware inserted before the route's own).</summary>
    public List<Func<TContext, Func<Task>, Task>> Stack { get; }

    private List<Func<TContext, Func<Task>, Task>> Validate(IEnumerable<Func<TContext, Func<Task>, Task>> middleware, IEnumerable<string> methods, string path)
    {
        var list = middleware?.ToList() ?? throw new ArgumentNullException(nameof(middleware));
        foreach (var fn in list)
        {
            if (fn is null)
                throw new ArgumentException($"{string.Join(",", methods)} `{Opts.Name ?? path}`: `middleware` must be a function, not `undefined`");
        }
        return list;
    }

    private void Configure()
    {
        if (Opts.PathAsRegExp)
        {
            SetRawRegex(Path, anchored: false);
        }
        else if (Path.Length > 0)
        {
            var r = PathToRegexpWrapper.CompilePathToRegexp(Path, Opts);
            Regexp = r;
            ParamNames = r.Keys;
        }
    }

    private void SetRawRegex(string source, bool anchored)
    {
        Regexp = null;
        if (!anchored && source == PathHelpers.UseAllSource)
        {
            MatchesAll = true;
            RawRegex = null;
            return;
        }
        MatchesAll = false;
        RawRegex = new Regex(anchored && !source.StartsWith('^') ? "^" + source : source, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Adds a param handler to this layer when its pattern has that parameter, ordered by the parameters'
    /// positions in the pattern (upstream's <c>layer.param(name, fn)</c>).</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="handler">The handler: (value, ctx, next).</param>
    /// <returns>This layer.</returns>
    public Layer<TContext> Param(string name, Func<string, TContext, Func<Task>, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var names = ParamNames.Select(k => k.Name).ToList();
        var position = names.IndexOf(name);
        if (position < 0)
            return this;
        Func<TContext, Func<Task>, Task> middleware = (ctx, next) =>
        {
            var feature = RouterFeature.Of(ctx);
            feature.MatchedParams ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
            if (!feature.MatchedParams.Add(handler))
                return next();
            ctx.Params.TryGetValue(name, out var value);
            return handler(value!, ctx, next);
        };
        ParamMiddleware.Add(middleware, new ParamMarker(name, handler));
        for (var i = 0; i < Stack.Count; i++)
        {
            if (!ParamMiddleware.TryGetValue(Stack[i], out var marker))
            {
                Stack.Insert(i, middleware);
                return this;
            }
            if (names.IndexOf(marker.Name) > position)
            {
                Stack.Insert(i, middleware);
                return this;
            }
        }
        Stack.Add(middleware);
        return this;
    }

    /// <summary>The parameter a stack item handles, when it is param middleware.</summary>
    /// <param name="middleware">A stack item.</param>
    /// <returns>The parameter's name, or <c>null</c>.</returns>
    public static string? ParamOf(Func<TContext, Func<Task>, Task> middleware) =>
        ParamMiddleware.TryGetValue(middleware, out var m) ? m.Name : null;

    /// <summary>Prefixes the layer's path (upstream's <c>layer.setPrefix(prefix)</c>).</summary>
    /// <param name="prefix">The prefix.</param>
    /// <returns>This layer.</returns>
    public Layer<TContext> SetPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        Path = Path; // bumps the matcher version (the layer's matcher may change below)
        if (Path.Length == 0 || PathRegex is not null)
            return this;
        var prefixHasParameters = PrefixHasParameters(prefix);
        if (prefixHasParameters && Opts.PathAsRegExp && Path is PathHelpers.UseAllSource or @"(?:\\\/|$)")
        {
            Path = PathHelpers.RestWildcard;
            Opts.PathAsRegExp = false;
        }
        Path = Path == "/" && Opts.Strict != true ? prefix : prefix + Path;
        if (prefixHasParameters && Opts.PathAsRegExp)
        {
            Opts.PathAsRegExp = false;
            Compile();
        }
        else if (Opts.PathAsRegExp)
        {
            SetRawRegex(Path, anchored: true);
        }
        else
        {
            Compile();
        }
        return this;

        void Compile()
        {
            var r = PathToRegexpWrapper.CompilePathToRegexp(Path, Opts);
            Regexp = r;
            RawRegex = null;
            MatchesAll = false;
            ParamNames = r.Keys;
        }
    }
}
