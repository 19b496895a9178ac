using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Primitives;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Accepts"/> on the cases of benchmarks/node/accepts.js: <c>accepts(req)</c> over a browser's request
/// headers, then one question, as a request handler asks it (Koa memoizes the object per request).
/// </summary>
[MemoryDiagnoser]
public class AcceptsBenchmarks
{
    private readonly Dictionary<string, StringValues> _headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
        ["accept-language"] = "en-US,en;q=0.9,fr;q=0.8",
        ["accept-encoding"] = "gzip, deflate, br, zstd",
    };

    private readonly Dictionary<string, StringValues> _api = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accept"] = "application/json, text/plain, */*",
    };

    /// <summary><c>accepts(req).types('json', 'html')</c> with Chrome's Accept → <c>"html"</c>.</summary>
    [Benchmark(Description = "types(json, html): browser")]
    public string? TypesBrowser() => new Accepts(_headers).Types("json", "html");

    /// <summary><c>accepts(req).types('json', 'html')</c> with an API client's Accept → <c>"json"</c>.</summary>
    [Benchmark(Description = "types(json, html): API client")]
    public string? TypesApi() => new Accepts(_api).Types("json", "html");

    /// <summary><c>accepts(req).types()</c> → the 8 ranges.</summary>
    [Benchmark(Description = "types()")]
    public IReadOnlyList<string> TypesList() => new Accepts(_headers).Types();

    /// <summary><c>accepts(req).encodings('gzip', 'identity')</c> → <c>"gzip"</c>.</summary>
    [Benchmark(Description = "encodings(gzip, identity)")]
    public string? Encodings() => new Accepts(_headers).Encodings("gzip", "identity");

    /// <summary><c>accepts(req).languages('fr', 'en')</c> → <c>"en"</c>.</summary>
    [Benchmark(Description = "languages(fr, en)")]
    public string? Languages() => new Accepts(_headers).Languages("fr", "en");
}
