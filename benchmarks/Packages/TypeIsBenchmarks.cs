using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Primitives;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="TypeIs.Is(string?, string[])"/> (Koa's <c>ctx.is()</c>), <see cref="TypeIs.IsRequest(IDictionary{string, StringValues}, string[])"/>
/// and <see cref="TypeIs.HasBody"/> on the cases of benchmarks/node/type-is.js. The type arrays are built once,
/// as a caller holding its types would (a <c>params</c> call site allocates its array).
/// </summary>
[MemoryDiagnoser]
public class TypeIsBenchmarks
{
    private static readonly string[] Json = ["json"];
    private static readonly string[] Forms = ["urlencoded", "multipart", "json"];
    private static readonly string[] TextWildcard = ["text/*"];
    private static readonly string[] JsonSuffix = ["+json"];
    private static readonly string[] NoTypes = [];

    private readonly Dictionary<string, StringValues> _headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Host"] = "localhost",
        ["Content-Type"] = "application/json; charset=utf-8",
        ["Content-Length"] = "42",
    };

    /// <summary><c>typeis.is('application/json', ['json'])</c>.</summary>
    [Benchmark(Description = "is: extension")]
    public string? IsExtension() => TypeIs.Is("application/json", Json);

    /// <summary><c>typeis.is('application/json; charset=utf-8', ['urlencoded', 'multipart', 'json'])</c>.</summary>
    [Benchmark(Description = "is: body-parser list")]
    public string? IsForms() => TypeIs.Is("application/json; charset=utf-8", Forms);

    /// <summary><c>typeis.is('text/html', ['text/*'])</c>: returns the media type itself.</summary>
    [Benchmark(Description = "is: wildcard")]
    public string? IsWildcard() => TypeIs.Is("text/html", TextWildcard);

    /// <summary><c>typeis.is('application/vnd.api+json; charset=utf-8', ['+json'])</c>: returns a new normalized string.</summary>
    [Benchmark(Description = "is: +json with parameters")]
    public string? IsSuffix() => TypeIs.Is("application/vnd.api+json; charset=utf-8", JsonSuffix);

    /// <summary><c>typeis.is('Text/HTML; charset=utf-8')</c>: no types, the normalized type.</summary>
    [Benchmark(Description = "is: no types")]
    public string? IsNoTypes() => TypeIs.Is("Text/HTML; charset=utf-8", NoTypes);

    /// <summary><c>typeis.is('image/png', ['json'])</c>: no match.</summary>
    [Benchmark(Description = "is: no match")]
    public string? IsNoMatch() => TypeIs.Is("image/png", Json);

    /// <summary><c>typeis(req, ['json'])</c> over request headers.</summary>
    [Benchmark(Description = "request: json")]
    public string? Request() => TypeIs.IsRequest(_headers, Json);

    /// <summary><c>typeis.hasBody(req)</c>.</summary>
    [Benchmark(Description = "hasBody")]
    public bool HasBody() => TypeIs.HasBody(_headers);
}
