using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// Replays tests/conformance/qs/parse.json (12,000 generated query strings, hostile ones included, over 30 option sets)
/// and stringify.json (4,000 generated objects over 22 option sets): npm qs 6.17.1's results.
/// </summary>
public sealed class QsConformanceTests
{
    [Theory(DisplayName = "conformance › matches npm qs 6.17.1 on every fixture case")]
    [InlineData("parse", "qs/parse.json", 10_000)]
    [InlineData("stringify", "qs/stringify.json", 3_000)]
    public void Matches_npm(string fn, string file, int minimum)
    {
        var cases = QsFixtures.Load(file);
        Assert.True(cases.Count >= minimum, $"expected at least {minimum} cases, found {cases.Count}");
        var failures = new StringBuilder();
        var failed = 0;
        var skipped = 0;
        foreach (var c in cases)
        {
            var diff = QsFixtures.Replay(fn, c, out var skip);
            if (skip) skipped++;
            if (diff is not null && failed++ < 15) failures.AppendLine(diff);
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
        Assert.True(skipped == 0, $"{skipped} cases could not be expressed");
    }
}
