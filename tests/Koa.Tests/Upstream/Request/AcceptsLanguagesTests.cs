namespace Koa.Tests.Requests;

// __tests__/request/acceptsLanguages.test.js — accepts' `false` is null in C#.
public sealed class AcceptsLanguagesTests
{
    private const string Languages = "en;q=0.8, es, pt";

    [Fact(DisplayName = "ctx.acceptsLanguages(langs) › with no arguments › when Accept-Language is populated › should return accepted types")]
    public void No_arguments_returns_all()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-language"] = Languages;
        Assert.Equal(["es", "pt", "en"], ctx.AcceptsLanguages());
    }

    [Fact(DisplayName = "ctx.acceptsLanguages(langs) › with multiple arguments › when Accept-Language is populated › if any types types match › should return the best fit")]
    public void Best_fit()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-language"] = Languages;
        Assert.Equal("es", ctx.AcceptsLanguages("es", "en"));
    }

    [Fact(DisplayName = "ctx.acceptsLanguages(langs) › with multiple arguments › when Accept-Language is populated › if no types match › should return false")]
    public void No_match_returns_null()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-language"] = Languages;
        Assert.Null(ctx.AcceptsLanguages("fr", "au"));
    }

    [Fact(DisplayName = "ctx.acceptsLanguages(langs) › with multiple arguments › when Accept-Language is not populated › should return the first type")]
    public void No_header_returns_the_first()
    {
        var ctx = TestContexts.Create();
        Assert.Equal("es", ctx.AcceptsLanguages("es", "en"));
    }

    [Fact(DisplayName = "ctx.acceptsLanguages(langs) › with an array › should return the best fit")]
    public void Array_best_fit()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-language"] = Languages;
        string[] languages = ["es", "en"];
        Assert.Equal("es", ctx.AcceptsLanguages(languages));
    }
}
