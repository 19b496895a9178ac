namespace Koa.Tests;

/// <summary>The header-list splitter of the negotiator port (quote-aware for media ranges).</summary>
public sealed class ListSplitterTests
{
    [Fact]
    public void Header_lists_split_like_javascript()
    {
        static string[] Split(string text, bool quoteAware)
        {
            var items = new List<string>();
            for (var position = 0; ListSplitter.HasNext(text, position);)
                items.Add(text[ListSplitter.Next(text, ref position, ',', quoteAware)]);
            return [.. items];
        }

        Assert.Equal(new[] { "" }, Split("", quoteAware: false));
        Assert.Equal(new[] { "a", " b", "", "" }, Split("a, b,,", quoteAware: false));
        Assert.Equal(new[] { "a;x=\"1,2\"", " b" }, Split("a;x=\"1,2\", b", quoteAware: true));
        Assert.Equal(new[] { "a;x=\"1", "2\"", " b" }, Split("a;x=\"1,2\", b", quoteAware: false));
        Assert.Equal(new[] { "\"a,b,c" }, Split("\"a,b,c", quoteAware: true));
    }
}
