using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Primitives;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Negotiator"/> on the cases of benchmarks/node/negotiator.js: a negotiator over a browser's request
/// headers (Chrome's Accept, Accept-Language and Accept-Encoding), asked for the header's own list and for the best
/// of a server's list. As in npm, the negotiator is created once and every call reads and parses its header.
/// </summary>
[MemoryDiagnoser]
public class NegotiatorBenchmarks
{
    private readonly Negotiator _negotiator = new(new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase)
    {
        ["accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
        ["accept-language"] = "en-US,en;q=0.9,fr;q=0.8",
        ["accept-encoding"] = "gzip, deflate, br, zstd",
        ["accept-charset"] = "utf-8, iso-8859-1;q=0.5",
    });

    private readonly string[] _types = ["application/json", "text/html"];
    private readonly string[] _languages = ["fr", "en", "de"];
    private readonly string[] _encodings = ["br", "gzip", "identity"];
    private readonly string[] _charsets = ["iso-8859-1", "utf-8"];

    /// <summary><c>negotiator.mediaTypes()</c> → the 8 ranges, best first.</summary>
    [Benchmark(Description = "mediaTypes()")]
    public IReadOnlyList<string> MediaTypes() => _negotiator.MediaTypes();

    /// <summary><c>negotiator.mediaType(['application/json', 'text/html'])</c> → <c>"text/html"</c>.</summary>
    [Benchmark(Description = "mediaType(json, html)")]
    public string? MediaType() => _negotiator.MediaType(_types);

    /// <summary><c>negotiator.mediaTypes(['application/json', 'text/html'])</c> → <c>["text/html", "application/json"]</c>.</summary>
    [Benchmark(Description = "mediaTypes(json, html)")]
    public IReadOnlyList<string> MediaTypesOfList() => _negotiator.MediaTypes(_types);

    /// <summary><c>negotiator.languages()</c> → <c>["en-US", "en", "fr"]</c>.</summary>
    [Benchmark(Description = "languages()")]
    public IReadOnlyList<string> Languages() => _negotiator.Languages();

    /// <summary><c>negotiator.language(['fr', 'en', 'de'])</c> → <c>"en"</c>.</summary>
    [Benchmark(Description = "language(fr, en, de)")]
    public string? Language() => _negotiator.Language(_languages);

    /// <summary><c>negotiator.encodings()</c> → <c>["gzip", "deflate", "br", "zstd", "identity"]</c>.</summary>
    [Benchmark(Description = "encodings()")]
    public IReadOnlyList<string> Encodings() => _negotiator.Encodings();

    /// <summary><c>negotiator.encoding(['br', 'gzip', 'identity'])</c> → <c>"gzip"</c>.</summary>
    [Benchmark(Description = "encoding(br, gzip, identity)")]
    public string? Encoding() => _negotiator.Encoding(_encodings);

    /// <summary><c>negotiator.charset(['iso-8859-1', 'utf-8'])</c> → <c>"utf-8"</c>.</summary>
    [Benchmark(Description = "charset(iso-8859-1, utf-8)")]
    public string? Charset() => _negotiator.Charset(_charsets);
}
