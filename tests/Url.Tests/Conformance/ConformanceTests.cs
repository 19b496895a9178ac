using System.Text.Json;
using Koa.Tests.Shared;
using static Koa.Tests.Conformance.FixtureValues;

namespace Koa.Tests.Url;

// Replays the URL fixtures of tests/conformance/koa (node's URL, URLSearchParams and encodeurl 2.0.3 over generated
// inputs); each Fact loops over every case and reports all mismatches with their inputs.
public sealed class ConformanceTests
{
    private static void Check(List<string> failures, int total)
    {
        Assert.True(total > 0, "no fixture cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} cases differ:\n" + string.Join("\n", failures.Take(25)));
    }

    [Fact(DisplayName = "conformance › encodeurl 2.0.3")]
    public void Encode_url()
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var c in Fixtures.Cases("koa/encodeurl.json"))
        {
            total++;
            var input = Text(c.GetProperty("input"))!;
            var expected = Text(c.GetProperty("output"));
            var actual = EncodeUrl.Encode(input);
            if (actual != expected) failures.Add($"{Show(input)}: expected {Show(expected)}, got {Show(actual)}");
        }
        Check(failures, total);
    }

    [Fact(DisplayName = "conformance › search-params.parse (URLSearchParams) › keys, order and values")]
    public void Search_params_parse()
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var c in Fixtures.Cases("koa/search-params.json"))
        {
            total++;
            var input = Text(c.GetProperty("input"))!;
            var expected = c.GetProperty("entries").EnumerateArray()
                .Select(e => Text(e[0]) + "=[" + string.Join("|", e[1].EnumerateArray().Select(v => Text(v))) + "]").ToList();
            var actual = SearchParams.Parse(input).Select(e => e.Key + "=[" + string.Join("|", e.Value.ToArray()) + "]").ToList();
            if (!expected.SequenceEqual(actual)) failures.Add($"{Show(input)}: expected {Show(string.Join(", ", expected))}, got {Show(string.Join(", ", actual))}");
        }
        Check(failures, total);
    }

    [Fact(DisplayName = "conformance › search-params.stringify (3.3.0: booleans kept)")]
    public void Search_params_stringify()
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var c in Fixtures.Cases("koa/search-stringify.json"))
        {
            total++;
            var value = (Dictionary<string, object?>)Build(c.GetProperty("value"))!;
            var expected = Text(c.GetProperty("output"));
            var actual = SearchParams.Stringify(value);
            if (actual != expected) failures.Add($"{c.GetProperty("value").GetRawText()}: expected {Show(expected)}, got {Show(actual)}");
        }
        Check(failures, total);
    }

    [Fact(DisplayName = "conformance › new URL(input, base) › every component, and failures")]
    public void Whatwg_url()
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var c in Fixtures.Cases("koa/whatwg-url.json"))
        {
            total++;
            var input = Text(c.GetProperty("input"))!;
            var baseUrl = c.GetProperty("base").ValueKind == JsonValueKind.Null ? null : c.GetProperty("base").GetString();
            var expected = c.GetProperty("result");
            var parsed = WhatwgUrl.TryParse(input, baseUrl, out var url);
            var label = $"new URL({Show(input)}, {Show(baseUrl)})";
            if (expected.ValueKind == JsonValueKind.Null)
            {
                if (parsed) failures.Add($"{label}: expected a failure, got {Show(url!.Href)}");
                continue;
            }
            if (!parsed)
            {
                failures.Add($"{label}: expected {Show(expected.GetProperty("href").GetString())}, got a failure");
                continue;
            }
            var actual = new Dictionary<string, string>
            {
                ["href"] = url!.Href, ["protocol"] = url.Protocol, ["username"] = url.Username, ["password"] = url.Password,
                ["host"] = url.Host, ["hostname"] = url.Hostname, ["port"] = url.Port, ["pathname"] = url.Pathname,
                ["search"] = url.Search, ["hash"] = url.Hash, ["origin"] = url.Origin,
            };
            foreach (var (name, value) in actual)
            {
                var want = expected.GetProperty(name).GetString();
                if (want != value) failures.Add($"{label}.{name}: expected {Show(want)}, got {Show(value)}");
            }
        }
        Check(failures, total);
    }
}
