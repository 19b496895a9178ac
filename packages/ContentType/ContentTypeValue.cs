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

    /// <summary>
    /// Value equality: the same type (ordinal) and the same parameters (names and values, ordinal, in any order).
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether both describe the same Content-Type.</returns>
    /// <example><c>ContentType.Parse("text/html; a=1; b=2") == ContentType.Parse("TEXT/HTML;b=2;a=1")</c> is true.</example>
    public bool Equals(ContentTypeValue other)
    {
        if (!string.Equals(Type, other.Type, StringComparison.Ordinal) || Parameters.Count != other.Parameters.Count)
        {
            return false;
        }

        foreach (var (name, value) in Parameters)
        {
            if (!other.Parameters.TryGetValue(name, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the type and the number of parameters, consistent with <see cref="Equals(ContentTypeValue)"/>.</summary>
    /// <returns>The hash code.</returns>
    /// <example><c>ContentType.Parse("text/html").GetHashCode() == new ContentTypeValue("text/html").GetHashCode()</c></example>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Type), Parameters.Count);

    /// <summary>True for <c>default(ContentTypeValue)</c>, the counterpart of calling npm's <c>format()</c> without an object.</summary>
    internal bool IsDefault => _type is null;
}
