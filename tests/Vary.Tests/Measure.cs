namespace Koa.Tests;

/// <summary>Exact allocation counts for the "allocates nothing" claims (bytes allocated on the current thread).</summary>
internal static class Measure
{
    /// <summary>Bytes allocated per call of <paramref name="call"/>, after a warm-up (tiering, pools).</summary>
    public static long AllocatedPerCall(Func<object> call, int iterations = 1_000)
    {
        for (var i = 0; i < 100; i++)
            call();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
            call();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
    }
}
