using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="MimeTypes.Lookup"/> and <see cref="MimeTypes.ContentType"/> (Koa's <c>response.type</c> setter) on the
/// cases of benchmarks/node/mime-types.js.
/// </summary>
[MemoryDiagnoser]
public class MimeTypesBenchmarks
{
    /// <summary><c>mime.lookup('json')</c>.</summary>
    [Benchmark(Description = "lookup: extension")]
    public string? LookupExtension() => MimeTypes.Lookup("json");

    /// <summary><c>mime.lookup('/path/to/Page.HTML')</c>.</summary>
    [Benchmark(Description = "lookup: path")]
    public string? LookupPath() => MimeTypes.Lookup("/path/to/Page.HTML");

    /// <summary><c>mime.lookup('file.bogus')</c>.</summary>
    [Benchmark(Description = "lookup: unknown")]
    public string? LookupUnknown() => MimeTypes.Lookup("file.bogus");

    /// <summary>mime-types 2.1.35 <c>lookup('app.js')</c> (what accepts 1.3.8 calls).</summary>
    [Benchmark(Description = "lookup: 2.1.35")]
    public string? LookupLegacy() => MimeTypes.Legacy.Lookup("app.js");

    /// <summary><c>mime.contentType('json')</c>: Koa's <c>ctx.type = 'json'</c>.</summary>
    [Benchmark(Description = "contentType: extension")]
    public string? ContentTypeExtension() => MimeTypes.ContentType("json");

    /// <summary><c>mime.contentType('text/html')</c>.</summary>
    [Benchmark(Description = "contentType: type")]
    public string? ContentTypeType() => MimeTypes.ContentType("text/html");

    /// <summary><c>mime.contentType('application/json; foo=bar')</c>: the charset is appended to a new string.</summary>
    [Benchmark(Description = "contentType: type with parameter")]
    public string? ContentTypeWithParameter() => MimeTypes.ContentType("application/json; foo=bar");

    /// <summary><c>mime.extension('text/html; charset=utf-8')</c>.</summary>
    [Benchmark(Description = "extension: type with parameter")]
    public string? Extension() => MimeTypes.Extension("text/html; charset=utf-8");
}
