using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>Route matching with 10/100/1,000 routes (static and parameterised), the last route being the one hit:
/// <c>router.Match(path, method)</c> (upstream's linear scan) and a single compiled pattern's <c>IsMatch</c>.
/// Node twin: benchmarks/node/router.js.</summary>
[MemoryDiagnoser]
public class RouterBenchmarks
{
    private Router _router = null!;
    private PathRegexp _static = null!;
    private string _path = "";
    private string _staticPath = "";

    [Params(10, 100, 1000)]
    public int Routes { get; set; }

    [Params(false, true)]
    public bool Parameterised { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _router = new Router();
        for (var i = 0; i < Routes; i++)
            _router.Get(Parameterised ? $"/r{i}/:id/items/:item" : $"/r{i}/items", (_, _) => Task.CompletedTask);
        _path = Parameterised ? $"/r{Routes - 1}/42/items/7" : $"/r{Routes - 1}/items";
        _staticPath = $"/r{Routes - 1}/items";
        _static = PathToRegexp.Create(_staticPath);
    }

    [Benchmark]
    public int RouterMatch() => _router.Match(_path, "GET").PathAndMethod.Count;

    [Benchmark]
    public bool StaticPatternIsMatch() => _static.IsMatch(_staticPath);
}
