using System.Text.RegularExpressions;

namespace Koa;

/// <summary>Options of <see cref="Router{TContext}"/> (upstream's <c>RouterOptions</c>).</summary>
public sealed class RouterOptions
{
    /// <summary>A path prefixed to every route (a trailing <c>/</c> is removed by <see cref="Router{TContext}.Prefix"/>).</summary>
    public string? Prefix { get; set; }

    /// <summary>Run only the last matching route layer (default <c>false</c>: every matching layer, in order).</summary>
    public bool Exclusive { get; init; }

    /// <summary>With <see cref="Exclusive"/>: pick the matching layer with the fewest parameters instead of the last
    /// one (upstream's <c>exclusive: 'specificity'</c>).</summary>
    public bool ExclusiveBySpecificity { get; init; }

    /// <summary>Methods <see cref="Router{TContext}.AllowedMethods"/> answers for; others get 501 (default: HEAD,
    /// OPTIONS, GET, PUT, PATCH, POST, DELETE).</summary>
    public IReadOnlyList<string>? Methods { get; init; }

    /// <summary>Only requests whose <c>ctx.Host</c> equals this are routed.</summary>
    public string? Host { get; init; }

    /// <summary>Only requests whose <c>ctx.Host</c> is one of these are routed.</summary>
    public IReadOnlyList<string>? Hosts { get; init; }

    /// <summary>Only requests whose <c>ctx.Host</c> matches this are routed.</summary>
    public Regex? HostPattern { get; init; }

    /// <summary>Only requests whose <c>ctx.Host</c> satisfies this are routed.</summary>
    public Func<string, bool>? HostMatch { get; init; }

    /// <summary>Case-sensitive paths (default <c>false</c>).</summary>
    public bool Sensitive { get; init; }

    /// <summary>Upstream's <c>strict</c>: a trailing slash does not match (default <c>false</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>A path matched instead of <c>ctx.Path</c>.</summary>
    public string? RouterPath { get; init; }

    internal RouterOptions Clone() => (RouterOptions)MemberwiseClone();
}

/// <summary>Options of a <see cref="Layer{TContext}"/> (upstream's <c>LayerOptions</c>).</summary>
public sealed class LayerOptions
{
    /// <summary>The route's name (for <see cref="Router{TContext}.Url(string, IReadOnlyDictionary{string, object}, UrlOptions)"/>).</summary>
    public string? Name { get; set; }

    /// <summary>Match the whole path (<c>null</c>: path-to-regexp's default, <c>true</c>).</summary>
    public bool? End { get; set; }

    /// <summary>Case-sensitive matching.</summary>
    public bool? Sensitive { get; set; }

    /// <summary>Upstream's <c>strict</c> (a trailing slash does not match).</summary>
    public bool? Strict { get; set; }

    /// <summary>path-to-regexp's <c>trailing</c>; wins over <see cref="Strict"/>.</summary>
    public bool? Trailing { get; set; }

    /// <summary>The router prefix the layer was registered under.</summary>
    public string? Prefix { get; set; }

    /// <summary>Do not capture parameters.</summary>
    public bool IgnoreCaptures { get; set; }

    /// <summary>A wildcard parameter left out of <c>ctx.Params</c>.</summary>
    public string? IgnoreWildcardParameter { get; set; }

    /// <summary>The path is a regular expression source, not a path-to-regexp pattern.</summary>
    public bool PathAsRegExp { get; set; }

    internal LayerOptions Clone() => (LayerOptions)MemberwiseClone();
}

/// <summary>Options of <see cref="Router{TContext}.AllowedMethods"/>.</summary>
public sealed class AllowedMethodsOptions
{
    /// <summary>Throw an <see cref="HttpError"/> (405 or 501) instead of setting the status and <c>Allow</c>.</summary>
    public bool Throw { get; init; }

    /// <summary>Creates the error thrown for 501 (default: <c>NotImplementedError</c>).</summary>
    public Func<Exception>? NotImplemented { get; init; }

    /// <summary>Creates the error thrown for 405 (default: <c>MethodNotAllowedError</c>).</summary>
    public Func<Exception>? MethodNotAllowed { get; init; }
}

/// <summary>Options of URL generation.</summary>
public sealed class UrlOptions
{
    /// <summary>The query: a string (used as is) or a dictionary (formatted as node's <c>querystring.stringify</c>).</summary>
    public object? Query { get; init; }

    /// <summary>Encodes parameter values (default <c>encodeURIComponent</c>).</summary>
    public Func<string, string>? Encode { get; init; } = PathToRegexp.EncodeUriComponent;
}

/// <summary>Router event names (upstream's <c>RouterEvents</c>).</summary>
public static class RouterEvents
{
    /// <summary>No route matched the path and method.</summary>
    public const string NotFound = "not-found";
}
