namespace Koa;

/// <summary>A token of a parsed path pattern: <see cref="PathText"/>, <see cref="PathParameter"/>,
/// <see cref="PathWildcard"/> or <see cref="PathGroup"/> (upstream's <c>Token</c> union).</summary>
public abstract class PathToken
{
    private protected PathToken() { }

    /// <summary>Upstream's <c>type</c> field: <c>"text"</c>, <c>"param"</c>, <c>"wildcard"</c> or <c>"group"</c>.</summary>
    public abstract string Type { get; }
}

/// <summary>Plain text (upstream's <c>{ type: "text", value }</c>).</summary>
/// <param name="value">The text.</param>
public sealed class PathText(string value) : PathToken
{
    /// <summary>The text, matched literally.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <inheritdoc />
    public override string Type => "text";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PathText t && t.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{{ type: text, value: {Value} }}";
}

/// <summary>A key of a pattern: a <see cref="PathParameter"/> or a <see cref="PathWildcard"/> (upstream's <c>Key</c>).</summary>
public abstract class PathKey : PathToken
{
    private protected PathKey(string name) => Name = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The parameter's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PathKey k && k.Type == Type && k.Name == Name;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Name);

    /// <inheritdoc />
    public override string ToString() => $"{{ type: {Type}, name: {Name} }}";
}

/// <summary>A parameter matching text within one segment (<c>:name</c>).</summary>
/// <param name="name">The parameter's name.</param>
public sealed class PathParameter(string name) : PathKey(name)
{
    /// <inheritdoc />
    public override string Type => "param";
}

/// <summary>A wildcard matching one or more segments (<c>*name</c>).</summary>
/// <param name="name">The wildcard's name.</param>
public sealed class PathWildcard(string name) : PathKey(name)
{
    /// <inheritdoc />
    public override string Type => "wildcard";
}

/// <summary>An optional group (<c>{…}</c>).</summary>
/// <param name="tokens">The tokens inside the braces.</param>
public sealed class PathGroup(IReadOnlyList<PathToken> tokens) : PathToken
{
    /// <summary>The tokens inside the group.</summary>
    public IReadOnlyList<PathToken> Tokens { get; } = tokens ?? throw new ArgumentNullException(nameof(tokens));

    /// <inheritdoc />
    public override string Type => "group";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PathGroup g && g.Tokens.SequenceEqual(Tokens);

    /// <inheritdoc />
    public override int GetHashCode() => Tokens.Count;

    /// <inheritdoc />
    public override string ToString() => "{ type: group, tokens: [" + string.Join(", ", Tokens) + "] }";
}

/// <summary>A parsed path (upstream's <c>TokenData</c>).</summary>
/// <param name="tokens">The tokens.</param>
/// <param name="originalPath">The pattern the tokens were parsed from, used in error messages.</param>
public sealed class TokenData(IReadOnlyList<PathToken> tokens, string? originalPath = null)
{
    /// <summary>The tokens.</summary>
    public IReadOnlyList<PathToken> Tokens { get; } = tokens ?? throw new ArgumentNullException(nameof(tokens));

    /// <summary>The pattern the tokens were parsed from, or <c>null</c>.</summary>
    public string? OriginalPath { get; } = originalPath;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TokenData d && d.OriginalPath == OriginalPath && d.Tokens.SequenceEqual(Tokens);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OriginalPath, Tokens.Count);

    /// <inheritdoc />
    public override string ToString() => "TokenData([" + string.Join(", ", Tokens) + "], " + (OriginalPath ?? "undefined") + ")";
}

/// <summary>Thrown for a pattern that cannot be parsed or turned into a matcher (upstream's <c>PathError</c>,
/// a <c>TypeError</c>). The message is upstream's, including the path and the link.</summary>
public sealed class PathError : ArgumentException
{
    /// <summary>Creates the error; the message gets <c>": " + originalPath</c> (when given) and upstream's link.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="originalPath">The pattern, or <c>null</c>.</param>
    public PathError(string message, string? originalPath)
        : base(Format(message, originalPath)) => OriginalPath = originalPath;

    /// <summary>The pattern that failed, or <c>null</c>.</summary>
    public string? OriginalPath { get; }

    private static string Format(string message, string? originalPath)
    {
        var text = message;
        if (!string.IsNullOrEmpty(originalPath))
            text += ": " + originalPath;
        return text + "; visit https://git.new/pathToRegexpError for info";
    }
}

/// <summary>The result of a successful match: the matched part of the input and the decoded parameters.</summary>
public sealed class PathMatch
{
    internal PathMatch(string path, IReadOnlyDictionary<string, object> @params)
    {
        Path = path;
        Params = @params;
    }

    /// <summary>The part of the input that matched (all of it unless <c>End</c> is false, without a trailing delimiter).</summary>
    public string Path { get; }

    /// <summary>The parameters: a <see cref="string"/> for <c>:name</c>, a <see cref="string"/> array (one item
    /// per segment) for <c>*name</c>. Keys that did not take part in the match are absent.</summary>
    public IReadOnlyDictionary<string, object> Params { get; }
}
