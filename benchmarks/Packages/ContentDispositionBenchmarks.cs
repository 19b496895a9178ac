using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="ContentDisposition.Create"/> and <see cref="ContentDisposition.Parse"/> on the cases of
/// benchmarks/node/content-disposition.js.
/// </summary>
[MemoryDiagnoser]
public class ContentDispositionBenchmarks
{
    private readonly ContentDispositionOptions _inline = new() { Type = "inline" };

    /// <summary><c>contentDisposition('plans.pdf')</c>.</summary>
    [Benchmark(Description = "create: ASCII name")]
    public string CreateAscii() => ContentDisposition.Create("plans.pdf");

    /// <summary><c>contentDisposition('/path/to/plans.pdf', { type: 'inline' })</c>.</summary>
    [Benchmark(Description = "create: path, inline")]
    public string CreatePathInline() => ContentDisposition.Create("/path/to/plans.pdf", _inline);

    /// <summary><c>contentDisposition('€ rates.pdf')</c>: ISO-8859-1 fallback plus <c>filename*</c>.</summary>
    [Benchmark(Description = "create: Unicode name")]
    public string CreateUnicode() => ContentDisposition.Create("€ rates.pdf");

    /// <summary><c>contentDisposition.parse('attachment')</c>.</summary>
    [Benchmark(Description = "parse: type only")]
    public ContentDispositionHeader ParseType() => ContentDisposition.Parse("attachment");

    /// <summary><c>contentDisposition.parse('attachment; filename="plans.pdf"')</c>.</summary>
    [Benchmark(Description = "parse: quoted filename")]
    public ContentDispositionHeader ParseQuoted() => ContentDisposition.Parse("attachment; filename=\"plans.pdf\"");

    /// <summary><c>contentDisposition.parse</c> of a fallback plus an RFC 8187 <c>filename*</c>.</summary>
    [Benchmark(Description = "parse: filename + filename*")]
    public ContentDispositionHeader ParseExtended() =>
        ContentDisposition.Parse("attachment; filename=\"EURO rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf");
}
