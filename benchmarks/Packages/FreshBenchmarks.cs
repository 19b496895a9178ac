using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Primitives;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Fresh.IsFresh(IDictionary{string, StringValues}, IDictionary{string, StringValues})"/> on the cases of
/// benchmarks/node/fresh.js: a matching ETag, an ETag list without a match, If-Modified-Since against
/// Last-Modified, and both validators; plus the raw-value overload on the matching ETag. All allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class FreshBenchmarks
{
    private readonly Dictionary<string, StringValues> _etagRequest = Headers(("if-none-match", "\"33a64df551425fcc55e4d42a148795d9f25f89d4\""));
    private readonly Dictionary<string, StringValues> _listRequest = Headers(("if-none-match", "\"foo\", \"bar\", W/\"baz\""));
    private readonly Dictionary<string, StringValues> _dateRequest = Headers(("if-modified-since", "Sat, 01 Jan 2000 01:00:00 GMT"));
    private readonly Dictionary<string, StringValues> _bothRequest = Headers(
        ("if-none-match", "W/\"33a64df551425fcc55e4d42a148795d9f25f89d4\""), ("if-modified-since", "Sat, 01 Jan 2000 01:00:00 GMT"));
    private readonly Dictionary<string, StringValues> _response = Headers(
        ("etag", "\"33a64df551425fcc55e4d42a148795d9f25f89d4\""), ("last-modified", "Sat, 01 Jan 2000 00:00:00 GMT"));

    /// <summary><c>fresh({ 'if-none-match': etag }, { etag })</c> → true.</summary>
    [Benchmark(Description = "etag: match")]
    public bool EtagMatch() => Fresh.IsFresh(_etagRequest, _response);

    /// <summary><c>fresh({ 'if-none-match': '"foo", "bar", W/"baz"' }, { etag })</c> → false.</summary>
    [Benchmark(Description = "etag: list, no match")]
    public bool EtagList() => Fresh.IsFresh(_listRequest, _response);

    /// <summary><c>fresh({ 'if-modified-since': … }, { 'last-modified': … })</c> → true.</summary>
    [Benchmark(Description = "modified: not since")]
    public bool Modified() => Fresh.IsFresh(_dateRequest, _response);

    /// <summary>Both validators, a weak match and an older Last-Modified → true.</summary>
    [Benchmark(Description = "etag + modified")]
    public bool Both() => Fresh.IsFresh(_bothRequest, _response);

    /// <summary>The raw-value overload on the matching ETag (no dictionary lookups).</summary>
    [Benchmark(Description = "etag: match, raw values")]
    public bool EtagMatchRaw() => Fresh.IsFresh(null, "\"33a64df551425fcc55e4d42a148795d9f25f89d4\"", null, "\"33a64df551425fcc55e4d42a148795d9f25f89d4\"", null);

    private static Dictionary<string, StringValues> Headers(params (string Name, string Value)[] headers)
    {
        var dictionary = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
            dictionary[name] = value;
        return dictionary;
    }
}
