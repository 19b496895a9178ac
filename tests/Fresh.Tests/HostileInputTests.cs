namespace Koa.Tests;

/// <summary>
/// Linear time on 100 KB adversarial headers (each call within a generous 1 s), and the CVE-2017-16119 input.
/// </summary>
/// <remarks>The bound is CPU time, see <see cref="CpuBudget"/>.</remarks>
[Collection(nameof(HostileInputTests))]
[CollectionDefinition(nameof(HostileInputTests), DisableParallelization = true)]
public sealed class HostileInputTests
{
    private const int Size = 100_000;

    public static TheoryData<string, string> Values => new()
    {
        { "CVE-2017-16119: ' ' x n + 'x'", new string(' ', Size) + "x" },
        { "spaces and commas", Repeat(" ,", Size) },
        { "tabs", new string('\t', Size) + "x" },
        { "commas", new string(',', Size) },
        { "one long token", new string('a', Size) },
        { "weak prefixes", Repeat("W/", Size) },
        { "spaced no-cache lookalikes", Repeat(" no-cach ,", Size) },
        { "white space before no-cache", new string(' ', Size) + "no-cachex" },
        { "date-like", Repeat("Sat, 01 Jan 2000 ", Size) },
        { "digits", new string('1', Size) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_header_is_scanned_in_linear_time(string name, string value)
    {
        CpuBudget.Within(name, "If-None-Match", () => Assert.False(Fresh.IsFresh(null, value, null, "\"x\"", null)));
        CpuBudget.Within(name, "Cache-Control", () => Assert.True(Fresh.IsFresh(null, "\"x\"", value, "\"x\"", null)));
        CpuBudget.Within(name, "If-Modified-Since", () => Assert.False(Fresh.IsFresh(value, null, null, null, "Sat, 01 Jan 2000 00:00:00 GMT")));
        CpuBudget.Within(name, "Last-Modified", () => Assert.False(Fresh.IsFresh("Sat, 01 Jan 2000 00:00:00 GMT", null, null, null, value)));
        CpuBudget.Within(name, "ETag", () => Assert.False(Fresh.IsFresh(null, "\"x\"", null, value, null)));
    }

    [Fact]
    public void The_cve_2017_16119_input_is_scanned_quickly_at_large_n()
    {
        foreach (var n in new[] { 20_000, 100_000, 1_000_000 })
        {
            var header = new string(' ', n) + "x";
            CpuBudget.Within("CVE-2017-16119, n = " + n, "If-None-Match", () => Assert.True(Fresh.IsFresh(null, header, null, "x", null)));
        }
    }

    private static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, length / unit.Length));
}
