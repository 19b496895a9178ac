
namespace Koa.Tests.Requests;

/// <summary>The CVE-2025-25200 input (GHSA-593f-38f6-jp5m) and a generous time bound for the getters that split proxy headers.</summary>
internal static class HostileInput
{
    /// <summary>100,000 spaces then <c>x</c>, no comma: quadratic for <c>split(/\s*,\s*/)</c>, linear for Koa's fix.</summary>
    public static readonly string SpacesThenX = new string(' ', 100_000) + "x";

    /// <summary>Evaluates <paramref name="getter"/> once and fails when it takes longer than a second.</summary>
    public static T FinishesQuickly<T>(Func<T> getter)
    {
        var stopwatch = Koa.Tests.Shared.Measure.StartCpuClock();
        var result = getter();
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        return result;
    }
}
