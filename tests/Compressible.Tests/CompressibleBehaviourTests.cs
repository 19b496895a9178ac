using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Our own cases: the public surface, allocation on the common path, 100 KB inputs.</summary>
public sealed class CompressibleBehaviourTests
{
    [Fact(DisplayName = "compressible › public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Compressible).Assembly);

    [Fact(DisplayName = "compressible › a lower-case type without parameters is checked without allocating")]
    public void No_allocation()
    {
        static void Run()
        {
            for (var i = 0; i < 1000; i++)
            {
                Compressible.Check("application/json");
                Compressible.Check("text/x-made-up");
            }
        }
        Run();
        Assert.Equal(0, Measure.Allocated(Run));
    }

    [Fact(DisplayName = "compressible › 100 KB types cost about ten times 10 KB")]
    public void Linear()
    {
        static void Run(int n)
        {
            Compressible.Check(new string(' ', n) + "text/html");
            Compressible.Check("a/" + new string('b', n) + "+json");
            Compressible.Check("TEXT/" + new string('X', n) + ";" + new string(';', n));
        }
        Run(1000);
        var small = Measure.CpuTime(() => Run(10_000));
        var large = Measure.CpuTime(() => Run(100_000));
        Assert.True(large.TotalMilliseconds < Math.Max(small.TotalMilliseconds, 1) * 40, $"10 KB: {small}, 100 KB: {large}");
    }
}
