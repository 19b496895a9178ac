using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Bytes.Parse"/> and <see cref="Bytes.Format"/> on the cases of benchmarks/node/bytes.js: a size with a
/// unit (a threshold option), a plain number of bytes, and the formatting koa-logger does for a response length.
/// </summary>
[MemoryDiagnoser]
public class BytesBenchmarks
{
    /// <summary><c>bytes.parse('1kb')</c> → 1024.</summary>
    [Benchmark(Description = "parse: 1kb")]
    public long? ParseUnit() => Bytes.Parse("1kb");

    /// <summary><c>bytes.parse('1.5 MB')</c> → 1572864.</summary>
    [Benchmark(Description = "parse: 1.5 MB")]
    public long? ParseDecimal() => Bytes.Parse("1.5 MB");

    /// <summary><c>bytes.parse('1048576')</c> (parseInt).</summary>
    [Benchmark(Description = "parse: plain number")]
    public long? ParsePlain() => Bytes.Parse("1048576");

    /// <summary><c>bytes.format(1536)</c> → "1.5KB".</summary>
    [Benchmark(Description = "format: 1536")]
    public string? Format() => Bytes.Format(1536);
}
