using System.Text.Json.Nodes;

namespace Koa.Tests;

/// <summary>
/// The advisories against qs (GHSA-6rw7-vpxm-498p / CVE-2025-15284, CVE-2026-2391 / GHSA-w7fw-mjwx-w883), the
/// prototype-pollution class, and linear time on 100 KB inputs (bounded by CPU time: the machine is shared).
/// </summary>
[Collection(nameof(QsSecurityTests))]
[CollectionDefinition(nameof(QsSecurityTests), DisableParallelization = true)]
public sealed class QsSecurityTests
{
    [Fact(DisplayName = "CVE-2025-15284: a[]= repeated past arrayLimit makes an object, not an unbounded array")]
    public void Empty_bracket_array_limit()
    {
        var result = Qs.Parse(string.Concat(Enumerable.Repeat("a[]=x&", 25)));
        var a = Assert.IsType<JsonObject>(result["a"]);
        Assert.Equal(25, a.Count);
        Assert.Equal("x", (string?)a["24"]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Qs.Parse(string.Concat(Enumerable.Repeat("a[]=x&", 25)), new QsOptions { ThrowOnLimitExceeded = true }));
        Assert.Equal("Array limit exceeded. Only 20 elements allowed in an array.", ex.Message);
        Assert.IsType<JsonObject>(Qs.Parse("a[]=1&a[]=2&a[]=3", new QsOptions { ArrayLimit = 2 })["a"]);
    }

    [Fact(DisplayName = "CVE-2025-15284: a huge index makes an object key, never a huge sparse array")]
    public void Huge_index()
    {
        var a = Assert.IsType<JsonObject>(Qs.Parse("a[999999999]=x")["a"]);
        Assert.Equal("x", (string?)a["999999999"]);
        var b = Assert.IsType<JsonObject>(Qs.Parse("a[999999999]=x", new QsOptions { AllowSparse = true })["a"]);
        Assert.Single(b);
    }

    [Fact(DisplayName = "CVE-2026-2391: comma mode applies arrayLimit to the split values")]
    public void Comma_array_limit()
    {
        var input = "a=" + string.Concat(Enumerable.Repeat("x,", 30));
        Assert.IsType<JsonObject>(Qs.Parse(input, new QsOptions { Comma = true })["a"]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Qs.Parse(input, new QsOptions { Comma = true, ThrowOnLimitExceeded = true }));
        Assert.Equal("Array limit exceeded. Only 20 elements allowed in an array.", ex.Message);
    }

    [Theory(DisplayName = "prototype pollution: __proto__, constructor[prototype] and Object.prototype names are dropped")]
    [InlineData("__proto__[polluted]=1", "{}")]
    [InlineData("constructor[prototype][polluted]=1", "{}")]
    [InlineData("a[__proto__][b]=1", "{}")]
    [InlineData("a[constructor][prototype][x]=1", "{}")]
    [InlineData("toString=1", "{}")]
    [InlineData("a[hasOwnProperty]=1", "{}")]
    [InlineData("[__proto__]=1&b=2", "{\"b\":\"2\"}")]
    public void Prototype_keys(string input, string expected) => Assert.Equal(expected, Qs.Parse(input).ToJsonString());

    [Fact(DisplayName = "prototype pollution: __proto__ is never a key, even with allowPrototypes or plainObjects")]
    public void Proto_with_options()
    {
        Assert.Equal("{}", Qs.Parse("__proto__[polluted]=1", new QsOptions { AllowPrototypes = true }).ToJsonString());
        Assert.Equal("{\"a\":{}}", Qs.Parse("a[__proto__][b]=1", new QsOptions { PlainObjects = true }).ToJsonString());
        Assert.Equal("{\"toString\":\"1\"}", Qs.Parse("toString=1", new QsOptions { AllowPrototypes = true }).ToJsonString());
    }

    public static TheoryData<string, string> Hostile() => new()
    {
        { "100 KB of a[]=", string.Concat(Enumerable.Repeat("a[]=x&", 17_000)) },
        { "100 KB of brackets", "a" + string.Concat(Enumerable.Repeat("[b", 50_000)) + "=1" },
        { "100 KB of ]]", "a" + new string(']', 100_000) + "=1" },
        { "100 KB of [[", "a" + new string('[', 100_000) + "=1" },
        { "100 KB of dots", "a" + string.Concat(Enumerable.Repeat(".b", 50_000)) + "=1" },
        { "100 KB of commas", "a=" + new string(',', 100_000) },
        { "100 KB of %", new string('%', 100_000) },
        { "100 KB of %5B", "a" + string.Concat(Enumerable.Repeat("%5B", 33_000)) + "=1" },
        { "100 KB of &", new string('&', 100_000) },
        { "100 KB of =", "a" + new string('=', 100_000) },
        { "100 KB value", "a=" + new string('x', 100_000) },
        { "100 KB of &#1;", "a=" + string.Concat(Enumerable.Repeat("&#1;", 25_000)) },
        { "100 KB of a[0]", string.Concat(Enumerable.Repeat("a[0]=x&", 15_000)) },
        { "100 KB of a=", string.Concat(Enumerable.Repeat("a=x&", 25_000)) },
    };

    [Theory(DisplayName = "linear time: 100 KB hostile query strings parse within the CPU budget under every option set")]
    [MemberData(nameof(Hostile))]
    public void Linear(string name, string input)
    {
        QsOptions[] sets =
        [
            QsOptions.Default,
            new() { AllowDots = true, Comma = true },
            new() { Depth = int.MaxValue, ParameterLimit = int.MaxValue, ArrayLimit = 1000 },
            new() { Charset = "iso-8859-1", InterpretNumericEntities = true, DecodeDotInKeys = true },
            new() { StrictMerge = false, AllowPrototypes = true, AllowSparse = true },
        ];
        foreach (var options in sets)
        {
            CpuBudget.Within(name, "parse", () =>
            {
                try
                {
                    Qs.Parse(input, options);
                }
                catch (ArgumentException)
                {
                    // a clear error is fine; a hang or a crash is not
                }
            });
        }
    }

    [Fact(DisplayName = "linear time: stringify of a 100 KB value and of 10,000 keys within the CPU budget")]
    public void Stringify_linear()
    {
        var big = new JsonObject { ["a"] = new string('é', 100_000) };
        CpuBudget.Within("100 KB value", "stringify", () => Qs.Stringify(big));
        var many = new JsonObject();
        for (var i = 0; i < 10_000; i++) many["k" + i] = new JsonArray("x", "y");
        CpuBudget.Within("10,000 keys", "stringify", () => Qs.Stringify(many));
    }

    [Fact(DisplayName = "deep nesting with an unbounded depth is an ArgumentException, never a stack overflow")]
    public void Deep_nesting()
    {
        var deep = "a" + string.Concat(Enumerable.Repeat("[b]", 100_000)) + "=1";
        try
        {
            var result = Qs.Parse(deep + "&" + deep.Replace("=1", "=2", StringComparison.Ordinal), new QsOptions { Depth = int.MaxValue });
            Assert.NotNull(result);
        }
        catch (ArgumentException)
        {
        }
    }
}
