namespace Koa;

/// <summary>The options of a layer as path-to-regexp sees them (upstream's normalized object: a property left out is
/// <c>null</c>).</summary>
internal readonly record struct NormalizedPathOptions(bool? Sensitive, bool? End, bool? Strict, bool? Trailing)
{
    /// <summary>Upstream's <c>compilePathToRegexp</c> step: <c>strict</c> becomes <c>trailing = strict !== true</c>
    /// when <c>trailing</c> is absent; path-to-regexp's defaults fill the rest.</summary>
    public PathToRegexpOptions ToPathToRegexpOptions() => new()
    {
        Sensitive = Sensitive ?? false,
        End = End ?? true,
        Trailing = Trailing ?? (Strict is { } strict ? strict != true : true),
    };
}

/// <summary>@koa/router's src/utils/path-to-regexp-wrapper.ts: the one place the router calls path-to-regexp.</summary>
internal static class PathToRegexpWrapper
{
    /// <summary>Compiles a pattern with a layer's options (<c>name</c>, <c>prefix</c>, <c>pathAsRegExp</c>,
    /// <c>ignoreCaptures</c> play no part).</summary>
    public static PathRegexp CompilePathToRegexp(string path, LayerOptions? options = null) =>
        PathToRegexp.Create(path, NormalizeLayerOptionsToPathToRegexp(options).ToPathToRegexpOptions());

    /// <summary>A URL builder for a pattern.</summary>
    public static Func<IReadOnlyDictionary<string, object?>?, string> CompilePath(string path, CompileOptions? options = null) =>
        PathToRegexp.Compile(path, options);

    /// <summary>The tokens of a pattern.</summary>
    public static TokenData ParsePath(string path, ParseOptions? options = null) => PathToRegexp.Parse(path, options);

    /// <summary>Keeps the options path-to-regexp knows (sensitive, end, strict, trailing), absent ones left out.</summary>
    public static NormalizedPathOptions NormalizeLayerOptionsToPathToRegexp(LayerOptions? options) =>
        options is null ? default : new(options.Sensitive, options.End, options.Strict, options.Trailing);
}
