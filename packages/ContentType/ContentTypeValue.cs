using System.Collections.Frozen;

namespace Koa;

/// <summary>
/// A parsed Content-Type: the media type (lower-case) and its parameters (lower-case names, values unquoted and
/// unescaped). What <see cref="ContentType.Parse(string)"/> returns and <see cref="ContentType.Format"/> takes.
/// </summary>
/// <example>
/// <code>
/// var value = ContentType.Parse("text/html; charset=UTF-8");
/// // value.Type == "text/html", value.Parameters["charset"] == "UTF-8"
/// var header = ContentType.Format(new ContentTypeValue("image/svg+xml", new Dictionary&lt;string, string&gt; { ["charset"] = "utf-8" }));
/// </code>
/// </example>
public readonly record struct ContentTypeValue
{
    internal static readonly IReadOnlyDictionary<string, string> NoParameters = FrozenDictionary<string, string>.Empty;

    private readonly string? _type;
    private readonly IReadOnlyDictionary<string, string>? _parameters;

    /// <summary>A Content-Type value to format, or the result of a parse.</summary>
    /// <param name="type">The media type, e.g. <c>"text/html"</c>.</param>
    /// <param name="parameters">The parameters by name; none when null.</param>
    /// <example><c>new ContentTypeValue("text/plain", new Dictionary&lt;string, string&gt; { ["charset"] = "utf-8" })</c></example>
    public ContentTypeValue(string type, IReadOnlyDictionary<string, string>? parameters = null)
    {
        _type = type;
        _parameters = parameters;
    }

    /// <summary>The media type: lower-case <c>type/subtype</c> after a parse; <c>""</c> for <c>default</c>.</summary>
    /// <example><c>ContentType.Parse("IMAGE/SVG+XML").Type</c> is <c>"image/svg+xml"</c>.</example>
    public string Type
    {
        get => _type ?? "";
        init => _type = value;
    }

    /// <summary>The parameters by lower-case name (a later duplicate overwrites an earlier one); empty when none.</summary>
    /// <example><c>ContentType.Parse("text/html; Charset=\"UTF-8\"").Parameters["charset"]</c> is <c>"UTF-8"</c>.</example>
    public IReadOnlyDictionary<string, string> Parameters
    {
        get => _parameters ?? NoParameters;
        init => _parameters = value;
    }

    /// <summary>True for <c>default(ContentTypeValue)</c>, the counterpart of calling npm's <c>format()</c> without an object.</summary>
    internal bool IsDefault => _type is null;
}
