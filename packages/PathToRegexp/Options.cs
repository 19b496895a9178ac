namespace Koa;

/// <summary>Options of <see cref="PathToRegexp.Parse"/>.</summary>
public sealed class ParseOptions
{
    /// <summary>Applied to every text token while parsing (upstream's <c>encodePath</c>; default: identity).</summary>
    public Func<string, string>? EncodePath { get; init; }
}

/// <summary>Options of <see cref="PathToRegexp.Create(string, PathToRegexpOptions?)"/>.</summary>
public sealed class PathToRegexpOptions
{
    /// <summary>Applied to every text token while parsing (default: identity).</summary>
    public Func<string, string>? EncodePath { get; init; }

    /// <summary>Match the whole input (default <c>true</c>); <c>false</c> matches a prefix ending at a delimiter.</summary>
    public bool End { get; init; } = true;

    /// <summary>Allow an optional trailing delimiter (default <c>true</c>).</summary>
    public bool Trailing { get; init; } = true;

    /// <summary>Case-sensitive matching (default <c>false</c>).</summary>
    public bool Sensitive { get; init; }

    /// <summary>The segment delimiter (default <c>"/"</c>).</summary>
    public string Delimiter { get; init; } = "/";
}

/// <summary>Options of <see cref="PathToRegexp.Match(string, MatchOptions?)"/>.</summary>
public sealed class MatchOptions
{
    /// <summary>Applied to every text token while parsing (default: identity).</summary>
    public Func<string, string>? EncodePath { get; init; }

    /// <summary>Match the whole input (default <c>true</c>).</summary>
    public bool End { get; init; } = true;

    /// <summary>Allow an optional trailing delimiter (default <c>true</c>).</summary>
    public bool Trailing { get; init; } = true;

    /// <summary>Case-sensitive matching (default <c>false</c>).</summary>
    public bool Sensitive { get; init; }

    /// <summary>The segment delimiter (default <c>"/"</c>).</summary>
    public string Delimiter { get; init; } = "/";

    /// <summary>Decodes parameter values (default: JavaScript's <c>decodeURIComponent</c>, which throws on a malformed
    /// sequence); <c>null</c> keeps them raw (upstream's <c>decode: false</c>).</summary>
    public Func<string, string>? Decode { get; init; } = PathToRegexp.DecodeUriComponent;

    internal PathToRegexpOptions ToRegexpOptions() => new()
    {
        EncodePath = EncodePath, End = End, Trailing = Trailing, Sensitive = Sensitive, Delimiter = Delimiter,
    };
}

/// <summary>Options of <see cref="PathToRegexp.Compile(string, CompileOptions?)"/>.</summary>
public sealed class CompileOptions
{
    /// <summary>Applied to every text token while parsing (default: identity).</summary>
    public Func<string, string>? EncodePath { get; init; }

    /// <summary>Encodes parameter values (default: JavaScript's <c>encodeURIComponent</c>); <c>null</c> inserts them
    /// as they are (upstream's <c>encode: false</c>, which also makes a wildcard take a plain string).</summary>
    public Func<string, string>? Encode { get; init; } = PathToRegexp.EncodeUriComponent;

    /// <summary>Joins a wildcard's segments (default <c>"/"</c>).</summary>
    public string Delimiter { get; init; } = "/";
}
