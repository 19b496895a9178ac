using System.Text.RegularExpressions;

namespace Koa.Tests.Support;

/// <summary>
/// A Set-Cookie header split the way the upstream tests' <c>parseSetCookie</c> helper does: the first pair is the
/// name and value, later pairs are attributes keyed by their lower-cased name (a flag has a null value, upstream's
/// <c>true</c>).
/// </summary>
internal sealed partial record SetCookie(string Name, string? Value, IReadOnlyDictionary<string, string?> Attributes)
{
    // Upstream: /\s*([^=;]+)(?:=([^;]*);?|;|$)/g (test code only, over headers the tests produced themselves).
    [GeneratedRegex(@"\s*([^=;]+)(?:=([^;]*);?|;|$)")]
    private static partial Regex Pair();

    public static SetCookie Parse(string header)
    {
        var pairs = Pair().Matches(header).Select(m => (Name: m.Groups[1].Value, Value: m.Groups[2].Success ? m.Groups[2].Value : null)).ToList();
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs.Skip(1))
            attributes[name.ToLowerInvariant()] = string.IsNullOrEmpty(value) ? null : value;
        return new SetCookie(pairs[0].Name, pairs[0].Value, attributes);
    }

    public static IReadOnlyList<SetCookie> ParseAll(IEnumerable<string> headers) => headers.Select(Parse).ToList();

    public bool Has(string attribute) => Attributes.ContainsKey(attribute.ToLowerInvariant());

    public string? this[string attribute] => Attributes.TryGetValue(attribute.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>Upstream's <c>assert.deepEqual(cookie, { name, value, path, httponly: true, … })</c>, order-insensitive.</summary>
    public string Canonical() =>
        $"name={Name}|value={Value}|" + string.Join("|", Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Value is null ? a.Key : $"{a.Key}={a.Value}"));
}
