namespace Koa.Tests;

/// <summary>
/// The time bound of the hostile-input tests (shared, as a linked file, by the Negotiator, Accepts and Fresh test
/// projects). It measures the process's CPU time, in test collections that run alone: the machine is shared and often
/// overloaded, so wall-clock time would measure the neighbours. A quadratic scan of 100 KB would take minutes; the
/// linear ones take milliseconds in Release and stay well under the bound in a Debug build under coverage.
/// </summary>
internal static class CpuBudget
{
    /// <summary>The generous bound for one call on a 100 KB input.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="call"/> and asserts it used less than <see cref="Bound"/> of CPU time.</summary>
    public static void Within(string input, string name, Action call)
    {
        Koa.Tests.Shared.Measure.WithinCpuBound(call, $"{input}, {name}", Bound);
    }
}
