namespace Koa;

/// <summary>Options of the <see cref="CoBody"/> readers (co-body's options; defaults as upstream).</summary>
public sealed class CoBodyOptions
{
    /// <summary>The size limit in bytes (after inflation). Default: 1 MB for JSON and text, 56 KB for forms.</summary>
    public long? Limit { get; init; }

    /// <summary>The charset (raw-body's <c>encoding</c>). Default <c>utf8</c>.</summary>
    public string? Encoding { get; init; }

    /// <summary>JSON: only an object or an array at the top (default true); an empty body is then <c>{}</c>.</summary>
    public bool Strict { get; init; } = true;

    /// <summary>JSON: what a <c>__proto__</c> key does (@hapi/bourne's <c>protoAction</c>). Default <see cref="ProtoPoisoning.Error"/> (a 400).</summary>
    public ProtoPoisoning OnProtoPoisoning { get; init; } = ProtoPoisoning.Error;

    /// <summary><see cref="CoBody.ParseAsync"/>: the types read as JSON. Default <c>json</c>, <c>application/*+json</c>, <c>application/csp-report</c>.</summary>
    public IReadOnlyList<string>? JsonTypes { get; init; }

    /// <summary><see cref="CoBody.ParseAsync"/>: the types read as forms. Default <c>urlencoded</c>.</summary>
    public IReadOnlyList<string>? FormTypes { get; init; }

    /// <summary><see cref="CoBody.ParseAsync"/>: the types read as text. Default <c>text</c>.</summary>
    public IReadOnlyList<string>? TextTypes { get; init; }

    /// <summary>Forms: the qs options (co-body turns <see cref="QsOptions.AllowDots"/> on when it is not given).</summary>
    public QsOptions? QueryString { get; init; }
}

/// <summary>What a <c>__proto__</c> key in a JSON body does (co-body's <c>onProtoPoisoning</c>).</summary>
public enum ProtoPoisoning
{
    /// <summary>Refuse the body: 400 <c>Object contains forbidden prototype property</c> (the default).</summary>
    Error,
    /// <summary>Keep the key as an ordinary property.</summary>
    Ignore,
    /// <summary>Drop the key.</summary>
    Remove,
}

/// <summary>A parsed body with its raw text (co-body's <c>returnRawBody</c>).</summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <param name="Parsed">The parsed value.</param>
/// <param name="Raw">The body text.</param>
public sealed record CoBodyResult<T>(T Parsed, string Raw);
