using Koa.Tests.Shared;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Url.Upstream;

// __tests__/lib/search-params.test.js
public sealed class SearchParamsStringifyTests
{
    private static string Stringify(params (string Key, object? Value)[] entries) =>
        SearchParams.Stringify(entries.Select(e => new KeyValuePair<string, object?>(e.Key, e.Value)));

    [Fact(DisplayName = "search-params › stringify › Should stringify a simple object")]
    public void Simple_object() => Assert.Equal("a=1&b=b", Stringify(("a", 1), ("b", "b")));

    [Fact(DisplayName = "search-params › stringify › Should stringify an object with an array")]
    public void Array() => Assert.Equal("a=1&a=2", Stringify(("a", new object[] { 1, 2 })));

    [Fact(DisplayName = "search-params › stringify › Should stringify an object with an array with a single value")]
    public void Single_value_array() => Assert.Equal("a=1", Stringify(("a", new object[] { 1 })));

    [Fact(DisplayName = "search-params › stringify › Stringify an object with an array with a single empty value")]
    public void Single_empty_value_array() => Assert.Equal("a=", Stringify(("a", new object[] { "" })));

    [Fact(DisplayName = "search-params › stringify › Should not stringify an object with a nested object")]
    public void Nested_object() => Assert.Equal("a=", Stringify(("a", new Dictionary<string, object?> { ["b"] = 1 })));

    [Fact(DisplayName = "search-params › stringify › 3.3.0 › booleans are kept; StringValues expand like arrays")]
    public void Booleans_and_string_values()
    {
        Assert.Equal("b=true&c=false", Stringify(("b", true), ("c", false)));
        Assert.Equal("a=1&a=2&f=a+b%26c", SearchParams.Stringify(new Dictionary<string, StringValues> { ["a"] = new(["1", "2"]), ["f"] = "a b&c" }));
    }
}

public sealed class SearchParamsParseTests
{
    private static Dictionary<string, string[]> Parse(string input) =>
        SearchParams.Parse(input).ToDictionary(e => e.Key, e => e.Value.ToArray().Select(v => v ?? "").ToArray());

    [Fact(DisplayName = "search-params › parse › Should parse a simple query string")]
    public void Simple() => Assert.Equal(new Dictionary<string, string[]> { ["a"] = ["1"], ["b"] = ["2"] }, Parse("a=1&b=2"));

    [Fact(DisplayName = "search-params › parse › Should parse a query string with same key and multiple values")]
    public void Repeated_key() => Assert.Equal(new Dictionary<string, string[]> { ["a"] = ["1", "2"] }, Parse("a=1&a=2"));

    [Fact(DisplayName = "search-params › parse › Should parse a query string with an array with a single empty value")]
    public void Single_empty_value() => Assert.Equal(new Dictionary<string, string[]> { ["a"] = [""] }, Parse("a="));

    [Fact(DisplayName = "search-params › parse › 3.3.0 › __proto__ is an ordinary key")]
    public void Proto_key() => Assert.Equal(new Dictionary<string, string[]> { ["__proto__"] = ["1"] }, Parse("__proto__=1"));

    [Fact(DisplayName = "search-params › parse › a 100 KB hostile query string parses in linear time")]
    public void Hostile_input()
    {
        var input = string.Concat(Enumerable.Repeat("%%+&=%zz%e2%82", 100_000 / 14));
        Dictionary<string, StringValues>? parsed = null;
        Measure.WithinCpuBound(() => parsed = SearchParams.Parse(input));
        Assert.NotEmpty(parsed!);
    }
}
