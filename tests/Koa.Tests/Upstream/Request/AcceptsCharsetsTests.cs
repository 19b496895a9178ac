namespace Koa.Tests.Requests;

// __tests__/request/acceptsCharsets.test.js — accepts' `false` is null in C#.
public sealed class AcceptsCharsetsTests
{
    private const string Charsets = "utf-8, iso-8859-1;q=0.2, utf-7;q=0.5";

    [Fact(DisplayName = "ctx.acceptsCharsets() › with no arguments › when Accept-Charset is populated › should return accepted types")]
    public void No_arguments_returns_all()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-charset"] = Charsets;
        Assert.Equal(["utf-8", "utf-7", "iso-8859-1"], ctx.AcceptsCharsets());
    }

    [Fact(DisplayName = "ctx.acceptsCharsets() › with multiple arguments › when Accept-Charset is populated › if any types match › should return the best fit")]
    public void Best_fit()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-charset"] = Charsets;
        Assert.Equal("utf-8", ctx.AcceptsCharsets("utf-7", "utf-8"));
    }

    [Fact(DisplayName = "ctx.acceptsCharsets() › with multiple arguments › when Accept-Charset is populated › if no types match › should return false")]
    public void No_match_returns_null()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-charset"] = Charsets;
        Assert.Null(ctx.AcceptsCharsets("utf-16"));
    }

    [Fact(DisplayName = "ctx.acceptsCharsets() › with multiple arguments › when Accept-Charset is not populated › should return the first type")]
    public void No_header_returns_the_first()
    {
        var ctx = TestContexts.Create();
        Assert.Equal("utf-7", ctx.AcceptsCharsets("utf-7", "utf-8"));
    }

    [Fact(DisplayName = "ctx.acceptsCharsets() › with an array › should return the best fit")]
    public void Array_best_fit()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-charset"] = Charsets;
        string[] charsets = ["utf-7", "utf-8"];
        Assert.Equal("utf-8", ctx.AcceptsCharsets(charsets));
    }
}
