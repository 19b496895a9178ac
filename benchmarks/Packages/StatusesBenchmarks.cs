using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Statuses"/> on the cases of benchmarks/node/statuses.js: the table lookup Koa does on every response
/// (<c>statuses.message[code]</c>), the throwing <c>status(code)</c> forms for a number, a numeric string and a
/// message, and the empty-body set.
/// </summary>
[MemoryDiagnoser]
public class StatusesBenchmarks
{
    /// <summary><c>statuses.message[404]</c> → <c>"Not Found"</c>.</summary>
    [Benchmark(Description = "message[404]")]
    public string? GetMessage() => Statuses.GetMessage(404);

    /// <summary><c>statuses.message[306]</c> → <c>undefined</c> (unknown code).</summary>
    [Benchmark(Description = "message[306] (unknown)")]
    public string? GetMessageUnknown() => Statuses.GetMessage(306);

    /// <summary><c>status(404)</c> → <c>"Not Found"</c>.</summary>
    [Benchmark(Description = "status(404)")]
    public string Status() => Statuses.Status(404);

    /// <summary><c>status('404')</c> → <c>"Not Found"</c> (parseInt first).</summary>
    [Benchmark(Description = "status('404')")]
    public StatusEntry ParseCode() => Statuses.Parse("404");

    /// <summary><c>status('Not Found')</c> → <c>404</c> (case-insensitive message lookup).</summary>
    [Benchmark(Description = "status('Not Found')")]
    public StatusEntry ParseMessage() => Statuses.Parse("Not Found");

    /// <summary><c>statuses.empty[204]</c> → <c>true</c>.</summary>
    [Benchmark(Description = "empty[204]")]
    public bool IsEmpty() => Statuses.IsEmpty(204);
}
