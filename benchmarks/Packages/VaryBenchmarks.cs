using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Primitives;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Vary.Append(string, string)"/> and friends on the cases of benchmarks/node/vary.js: a new field, a
/// field the header already lists (nothing allocated), a list of fields, and <c>vary(res, field)</c> over a header
/// dictionary that already varies on the field.
/// </summary>
[MemoryDiagnoser]
public class VaryBenchmarks
{
    private readonly string[] _list = ["Origin", "User-Agent", "accept"];
    private readonly Dictionary<string, StringValues> _headers = new(StringComparer.OrdinalIgnoreCase) { ["Vary"] = "Accept, Origin" };

    /// <summary><c>vary.append('Accept', 'Origin')</c> → <c>"Accept, Origin"</c>.</summary>
    [Benchmark(Description = "append: new field")]
    public string NewField() => Vary.Append("Accept", "Origin");

    /// <summary><c>vary.append('Accept, Accept-Encoding, Origin', 'origin')</c> → the header itself.</summary>
    [Benchmark(Description = "append: duplicate field")]
    public string DuplicateField() => Vary.Append("Accept, Accept-Encoding, Origin", "origin");

    /// <summary><c>vary.append('Accept', 'Origin, User-Agent, accept')</c> (a comma list in a string).</summary>
    [Benchmark(Description = "append: string list")]
    public string StringList() => Vary.Append("Accept", "Origin, User-Agent, accept");

    /// <summary><c>vary.append('Accept', ['Origin', 'User-Agent', 'accept'])</c>.</summary>
    [Benchmark(Description = "append: array list")]
    public string ArrayList() => Vary.Append("Accept", _list);

    /// <summary><c>vary(res, 'origin')</c> with <c>Vary: Accept, Origin</c> already set.</summary>
    [Benchmark(Description = "vary(res): already set")]
    public void AddExisting() => Vary.Add(_headers, "origin");
}
