namespace Koa;

/// <summary>Options of <see cref="Etag.Create(EtagOptions?)"/> (koa-etag's options, passed to etag).</summary>
/// <example><c>Etag.Create(new EtagOptions { Weak = true })</c></example>
public sealed class EtagOptions
{
    /// <summary>Whether the tags are weak; null (the default) for etag's choice: weak for files, strong for bodies.</summary>
    /// <example><c>new EtagOptions { Weak = false }</c></example>
    public bool? Weak { get; init; }
}
