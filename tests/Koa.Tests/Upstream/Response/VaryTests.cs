namespace Koa.Tests.Responses;

// __tests__/response/vary.test.js
public sealed class VaryTests
{
    [Fact(DisplayName = "ctx.vary(field) › when Vary is not set › should set it")]
    public void Sets_vary()
    {
        var ctx = TestContexts.Create();
        ctx.Vary("Accept");
        Assert.Equal("Accept", HeaderValues.Single(ctx.Response, "vary"));
    }

    [Fact(DisplayName = "ctx.vary(field) › when Vary is set › should append")]
    public void Appends()
    {
        var ctx = TestContexts.Create();
        ctx.Vary("Accept");
        ctx.Vary("Accept-Encoding");
        Assert.Equal("Accept, Accept-Encoding", HeaderValues.Single(ctx.Response, "vary"));
    }

    [Fact(DisplayName = "ctx.vary(field) › when Vary already contains the value › should not append")]
    public void Does_not_duplicate()
    {
        var ctx = TestContexts.Create();
        ctx.Vary("Accept");
        ctx.Vary("Accept-Encoding");
        ctx.Vary("Accept");
        ctx.Vary("Accept-Encoding");
        Assert.Equal("Accept, Accept-Encoding", HeaderValues.Single(ctx.Response, "vary"));
    }

    // Not upstream (koa.md §9): a list, case-insensitive dedupe.
    [Fact(DisplayName = "ctx.vary(field) › should take a list and ignore case when deduplicating")]
    public void List_and_case()
    {
        var ctx = TestContexts.Create();
        ctx.Vary("Accept");
        ctx.Vary(["Origin", "accept"]);
        Assert.Equal("Accept, Origin", HeaderValues.Single(ctx.Response, "vary"));
    }
}
