using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>packages/Shared/HeaderList.cs: node's joining of repeated headers and Koa's comma splitting.</summary>
public sealed class HeaderListTests
{
    [Fact]
    public void Join_is_node_req_headers()
    {
        Assert.Equal("", HeaderList.Join(StringValues.Empty));
        Assert.Null(HeaderList.JoinOrNull(StringValues.Empty));
        Assert.Equal("a", HeaderList.Join("a"));
        Assert.Equal("a, b,c", HeaderList.Join(new StringValues(["a", "b,c"])));
        Assert.Equal("", HeaderList.JoinOrNull(new StringValues("")));
    }

    [Fact]
    public void First_takes_the_first_value_by_lower_case_name()
    {
        var headers = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = new StringValues(["text/html", "text/plain"]),
            ["X-Empty"] = StringValues.Empty,
        };
        Assert.Equal("text/html", HeaderList.First(headers, "content-type"));
        Assert.Null(HeaderList.First(headers, "x-empty"));
        Assert.Null(HeaderList.First(headers, "content-length"));
    }

    [Theory]
    [InlineData("a, b ,c", new[] { "a", "b", "c" })]
    [InlineData("", new[] { "" })]
    [InlineData(",", new[] { "", "" })]
    [InlineData(" \u00a0a\u2028 ,\tb", new[] { "a", "b" })]
    public void SplitCommaSeparated_is_split_then_trim(string value, string[] expected) =>
        Assert.Equal(expected, HeaderList.SplitCommaSeparated(value));

    [Fact]
    public void SplitCommaSeparated_stops_at_the_limit() =>
        Assert.Equal(["a", "b"], HeaderList.SplitCommaSeparated("a,b,c", 2));

    [Theory]
    [InlineData("example.com", "example.com")]
    [InlineData(" a.com , b.com", "a.com")]
    [InlineData("", "")]
    public void FirstCommaSeparated(string value, string expected)
    {
        var first = HeaderList.FirstCommaSeparated(value);
        Assert.Equal(expected, first);
        if (value == expected) Assert.Same(value, first);
    }
}
