namespace Koa;

/// <summary>
/// A parsed Content-Disposition header (npm content-disposition's <c>ContentDisposition</c> object): the
/// lower-cased disposition type and the parameters.
/// </summary>
/// <param name="Type">The disposition type, lower-cased: <c>attachment</c>, <c>inline</c>, <c>form-data</c>, …</param>
/// <param name="Parameters">
/// The parameters by lower-cased name (lookups ignore case), values unquoted; an extended <c>name*</c> value is
/// decoded and stored under <c>name</c>, replacing the plain one. Enumeration follows the header's order.
/// </param>
/// <remarks>Two values are equal when their types are equal and they hold the same parameters, in any order.</remarks>
/// <example>
/// <code>
/// var header = ContentDisposition.Parse("attachment; filename=\"EURO rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf");
/// Console.WriteLine(header.Type);                     // attachment
/// Console.WriteLine(header.Parameters["filename"]);   // € rates.pdf
/// </code>
/// </example>
public readonly record struct ContentDispositionHeader(string Type, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>True when both have the same type and the same parameters (names and values, in any order).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether the two headers are equal.</returns>
    /// <example>
    /// <code>
    /// ContentDisposition.Parse("inline; a=1; b=2").Equals(ContentDisposition.Parse("INLINE; b=2; a=\"1\""));   // true
    /// </code>
    /// </example>
    public bool Equals(ContentDispositionHeader other)
    {
        if (!string.Equals(Type, other.Type, StringComparison.Ordinal))
            return false;
        if (ReferenceEquals(Parameters, other.Parameters))
            return true;
        if (Parameters is null || other.Parameters is null || Parameters.Count != other.Parameters.Count)
            return false;
        foreach (var (name, value) in Parameters)
        {
            if (!other.Parameters.TryGetValue(name, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>A hash of the type and the parameter count, consistent with <see cref="Equals(ContentDispositionHeader)"/>.</summary>
    /// <returns>The hash code.</returns>
    /// <example>
    /// <code>
    /// var set = new HashSet&lt;ContentDispositionHeader&gt; { ContentDisposition.Parse("inline") };
    /// set.Contains(ContentDisposition.Parse("INLINE"));   // true
    /// </code>
    /// </example>
    public override int GetHashCode() => HashCode.Combine(Type, Parameters?.Count ?? 0);
}
