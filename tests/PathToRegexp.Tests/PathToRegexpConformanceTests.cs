using System.Text;
using System.Text.Json;
using Koa.Tests.Shared;
using Koa.Tests.Support;

namespace Koa.Tests;

/// <summary>
/// Replays tests/conformance/path-to-regexp: npm path-to-regexp 8.4.2 run over generated pattern/path pairs
/// (hostile ones included: % sequences, malformed escapes, unicode, //, very long segments, dots, +, 100 KB paths).
/// </summary>
public sealed class PathToRegexpConformanceTests
{
    private static MatchOptions? Options(JsonElement o)
    {
        if (o.ValueKind != JsonValueKind.Object)
            return null;
        return new MatchOptions
        {
            Sensitive = o.TryGetProperty("sensitive", out var s) && s.GetBoolean(),
            End = !o.TryGetProperty("end", out var e) || e.GetBoolean(),
            Trailing = !o.TryGetProperty("trailing", out var t) || t.GetBoolean(),
            Delimiter = o.TryGetProperty("delimiter", out var d) ? d.GetString()! : "/",
            Decode = o.TryGetProperty("decode", out var dec) && dec.ValueKind == JsonValueKind.False ? null : PathToRegexp.DecodeUriComponent,
        };
    }

    private static PathToRegexpOptions RegexpOptions(JsonElement o)
    {
        var m = Options(o) ?? new MatchOptions();
        return new PathToRegexpOptions { Sensitive = m.Sensitive, End = m.End, Trailing = m.Trailing, Delimiter = m.Delimiter };
    }

    private static string Expected(JsonElement c)
    {
        if (c.TryGetProperty("error", out var error))
            return "error: " + error.GetString();
        var v = c.GetProperty("value");
        if (v.ValueKind == JsonValueKind.False)
            return "false";
        if (v.TryGetProperty("pathLength", out var length))
        {
            var p = v.GetProperty("params").EnumerateObject()
                .Select(x => new KeyValuePair<string, object>(x.Name, x.Value.ValueKind == JsonValueKind.Array ? x.Value.EnumerateArray().Select(i => i.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray() : x.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return length.GetInt32() + " " + Cases.Show(p);
        }
        var @params = v.GetProperty("params").EnumerateObject()
            .Select(x => new KeyValuePair<string, object>(x.Name, x.Value.ValueKind == JsonValueKind.Array ? x.Value.EnumerateArray().Select(i => i.GetString()!).ToArray() : x.Value.GetString()!));
        return v.GetProperty("path").GetString() + " " + Cases.Show(@params);
    }

    private static string Actual(Func<string, PathMatch?> fn, string input, bool summary)
    {
        try
        {
            var m = fn(input);
            if (m is null)
                return "false";
            if (summary)
            {
                var p = m.Params.Select(x => new KeyValuePair<string, object>(x.Key, x.Value is string s
                    ? s.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : ((string[])x.Value).Select(i => i.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()));
                return m.Path.Length + " " + Cases.Show(p);
            }
            return m.Path + " " + Cases.Show(m.Params);
        }
        catch (UriFormatException e)
        {
            return "error: " + e.Message;
        }
    }

    [Fact(DisplayName = "conformance › match(pattern, options)(path) equals npm path-to-regexp 8.4.2 on every fixture case")]
    public void Match_matches_npm()
    {
        var cases = Fixtures.Cases("path-to-regexp/match.json").ToList();
        Assert.True(cases.Count >= 5000, $"expected at least 5,000 cases, found {cases.Count}");
        var failures = new StringBuilder();
        var failed = 0;
        var malformed = 0;
        foreach (var c in cases)
        {
            var pattern = c.GetProperty("pattern").GetString()!;
            var fn = PathToRegexp.Match(pattern, Options(c.GetProperty("options")));
            string input;
            var summary = c.TryGetProperty("repeat", out var repeat);
            if (summary)
            {
                var unit = repeat.GetProperty("unit").GetString()!;
                input = repeat.GetProperty("prefix").GetString() + new StringBuilder(unit.Length * repeat.GetProperty("count").GetInt32())
                    .Insert(0, unit, repeat.GetProperty("count").GetInt32());
            }
            else
            {
                input = c.GetProperty("path").GetString()!;
            }
            var expected = Expected(c);
            if (expected == "error: URI malformed")
                malformed++;
            var actual = Actual(fn, input, summary);
            if (actual != expected && failed++ < 10)
                failures.AppendLine($"match({pattern}, {c.GetProperty("options")})({Short(input)}): expected {Short(expected)}, got {Short(actual)}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
        Assert.True(malformed > 0, "the fixture has no malformed-escape (URIError) case");
    }

    [Fact(DisplayName = "conformance › pathToRegexp(pattern, options) gives npm's regexp source, flags and keys")]
    public void Regexp_matches_npm()
    {
        var failures = new StringBuilder();
        var failed = 0;
        var cases = Fixtures.Cases("path-to-regexp/regexp.json").ToList();
        foreach (var c in cases)
        {
            var pattern = c.GetProperty("pattern").GetString()!;
            string expected, actual;
            if (c.TryGetProperty("error", out var error))
            {
                expected = "error: " + error.GetString();
            }
            else
            {
                var v = c.GetProperty("value");
                expected = v.GetProperty("source").GetString() + " /" + v.GetProperty("flags").GetString() + " " +
                    string.Join(",", v.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
            }
            try
            {
                var r = PathToRegexp.Create(pattern, RegexpOptions(c.GetProperty("options")));
                actual = r.Source + " /" + r.Flags + " " + string.Join(",", r.Keys.Select(k => k.Type + ":" + k.Name));
            }
            catch (PathError e)
            {
                actual = "error: " + e.Message;
            }
            if (actual != expected && failed++ < 10)
                failures.AppendLine($"pathToRegexp({pattern}, {c.GetProperty("options")}): expected {expected}, got {actual}");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ:\n{failures}");
    }

    private static string Tokens(IEnumerable<PathToken> tokens) => "[" + string.Join(",", tokens.Select(t => t switch
    {
        PathText x => "text:" + x.Value,
        PathKey k => k.Type + ":" + k.Name,
        PathGroup g => "group:" + Tokens(g.Tokens),
        _ => "?",
    })) + "]";

    private static string Tokens(JsonElement tokens) => "[" + string.Join(",", tokens.EnumerateArray().Select(t =>
    {
        var type = t.GetProperty("type").GetString();
        return type switch
        {
            "text" => "text:" + t.GetProperty("value").GetString(),
            "group" => "group:" + Tokens(t.GetProperty("tokens")),
            _ => type + ":" + t.GetProperty("name").GetString(),
        };
    })) + "]";

    [Fact(DisplayName = "conformance › parse(pattern) gives npm's tokens or error")]
    public void Parse_matches_npm()
    {
        foreach (var c in Fixtures.Cases("path-to-regexp/parse.json"))
        {
            var pattern = c.GetProperty("pattern").GetString()!;
            var expected = c.TryGetProperty("error", out var e) ? "error: " + e.GetString() : Tokens(c.GetProperty("value"));
            string actual;
            try
            {
                actual = Tokens(PathToRegexp.Parse(pattern).Tokens);
            }
            catch (PathError x)
            {
                actual = "error: " + x.Message;
            }
            Assert.Equal(expected, actual);
        }
    }

    [Fact(DisplayName = "conformance › compile(pattern)(params) gives npm's path or error")]
    public void Compile_matches_npm()
    {
        foreach (var c in Fixtures.Cases("path-to-regexp/compile.json"))
        {
            var pattern = c.GetProperty("pattern").GetString()!;
            var @params = c.GetProperty("params").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Array
                ? (object?)p.Value.EnumerateArray().Select(i => i.GetString()!).ToArray()
                : p.Value.GetString());
            var expected = c.TryGetProperty("error", out var e) ? "error: " + e.GetString() : c.GetProperty("value").GetString();
            string? actual;
            try
            {
                actual = PathToRegexp.Compile(pattern)(@params);
            }
            catch (ArgumentException x)
            {
                actual = "error: " + x.Message;
            }
            Assert.Equal(expected, actual);
        }
    }

    private static string Short(string s) => s.Length > 200 ? s[..200] + $"… ({s.Length} chars)" : s;
}
