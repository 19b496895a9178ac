using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests.Upstream;

/// <summary>
/// qs 6.17.1's own test suite (test/parse.js and test/stringify.js), case by case: tests/conformance/qs/generate.js runs
/// the upstream file under a minimal tape stand-in and records every <c>qs.parse</c>/<c>qs.stringify</c> call with the
/// upstream test title it belongs to and node's result (the calls inside <c>st.throws</c>/<c>st.doesNotThrow</c>
/// included, with node's error); each row here is one upstream <c>t.test(...)</c> title and replays all of its calls.
/// Every <c>t.test</c> title of both files is recorded (354), but for the group titles ("parameter limit tests",
/// "array limit tests", "stringifies an array value with one item vs multiple items", whose cases are their
/// children) and "does not crash when the global Object prototype is frozen" (skipped by upstream on node ≥ 20; no
/// prototype in C#). Calls whose arguments are code (custom decoders, encoders, filters, sorters, symbols,
/// cycles, mocked globals) are ported by hand in <see cref="QsUpstreamFunctionOptionTests"/>.
/// </summary>
public sealed class QsUpstreamTests
{
    private static readonly Lazy<List<JsonElement>> Cases = new(() => QsFixtures.Load("qs/upstream.json"));

    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var title in Cases.Value.Select(c => c.GetProperty("title").GetString()!).Distinct()) data.Add(title);
        return data;
    }

    [Theory(DisplayName = "qs upstream")]
    [MemberData(nameof(Titles))]
    public void Upstream_case(string title)
    {
        var failures = new StringBuilder();
        var ran = 0;
        foreach (var c in Cases.Value.Where(c => c.GetProperty("title").GetString() == title))
        {
            if (c.TryGetProperty("skipped", out _)) continue;
            var diff = QsFixtures.Replay(c.GetProperty("fn").GetString()!, c, out var skipped);
            if (skipped) continue;
            ran++;
            if (diff is not null) failures.AppendLine(diff);
        }
        Assert.True(failures.Length == 0, $"{title}:\n{failures}");
    }

    [Fact(DisplayName = "qs upstream › the recorded suite covers every upstream test title and call")]
    public void Suite_is_complete()
    {
        var cases = Cases.Value;
        Assert.True(cases.Count >= 1390, $"expected at least 1,390 recorded calls, found {cases.Count}");
        Assert.True(cases.Select(c => c.GetProperty("title").GetString()).Distinct().Count() >= 354);
        int replayed = 0, notExpressible = 0, code = 0;
        foreach (var c in cases)
        {
            if (c.TryGetProperty("skipped", out _)) { code++; continue; }
            QsFixtures.Replay(c.GetProperty("fn").GetString()!, c, out var skipped);
            if (skipped) notExpressible++; else replayed++;
        }
        // calls whose options C#'s types reject at compile time (qs's TypeError tests for non-boolean flags and
        // non-string enums, qs.parse of an object)
        Assert.True(replayed >= 1228 && notExpressible <= 100 && code <= 69, $"replayed {replayed}, not expressible {notExpressible}, code arguments {code}");
    }
}
