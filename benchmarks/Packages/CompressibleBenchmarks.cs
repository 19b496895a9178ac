using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Compressible.Check"/> on the cases of benchmarks/node/compressible.js: what koa-compress asks for every
/// response (a mime-db type, a type with parameters, an unknown type that falls back to the pattern).
/// </summary>
[MemoryDiagnoser]
public class CompressibleBenchmarks
{
    /// <summary><c>compressible('application/json')</c> → true (mime-db).</summary>
    [Benchmark(Description = "application/json")]
    public bool? Json() => Compressible.Check("application/json");

    /// <summary><c>compressible('text/html; charset=utf-8')</c> → true (mime-db, parameters stripped).</summary>
    [Benchmark(Description = "text/html; charset=utf-8")]
    public bool? HtmlWithCharset() => Compressible.Check("text/html; charset=utf-8");

    /// <summary><c>compressible('image/png')</c> → false (mime-db).</summary>
    [Benchmark(Description = "image/png")]
    public bool? Png() => Compressible.Check("image/png");

    /// <summary><c>compressible('application/x-made-up+json')</c> → true (the +json pattern).</summary>
    [Benchmark(Description = "unknown +json")]
    public bool? UnknownJson() => Compressible.Check("application/x-made-up+json");
}
