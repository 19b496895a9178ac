namespace Koa.Tests;

/// <summary>The comparer the negotiator port keys its parameter tables with.</summary>
public sealed class JsIgnoreCaseComparerTests
{
    [Fact]
    public void The_ignore_case_comparer_matches_EqualsIgnoreCase()
    {
        var comparer = JsIgnoreCaseComparer.Instance;

        Assert.True(comparer.Equals("Level", "LEVEL"));
        Assert.False(comparer.Equals("level", "levels"));
        Assert.True(comparer.Equals("\u212a".AsSpan(), "k"));
        Assert.Equal(comparer.GetHashCode("ABC"), comparer.GetHashCode("abc".AsSpan()));
        Assert.Equal("abc", comparer.Create("abc".AsSpan()));
    }
}
