namespace Koa.Tests.Requests;

// __tests__/request/search.test.js
public sealed class SearchSetterTests
{
    [Fact(DisplayName = "ctx.search= › should replace the search")]
    public void Replaces_the_search()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Search = "?page=2&color=blue";
        Assert.Equal("/store/shoes?page=2&color=blue", ctx.Url);
        Assert.Equal("?page=2&color=blue", ctx.Search);
    }

    [Fact(DisplayName = "ctx.search= › should update ctx.querystring and ctx.query")]
    public void Updates_querystring_and_query()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Search = "?page=2&color=blue";
        Assert.Equal("/store/shoes?page=2&color=blue", ctx.Url);
        Assert.Equal("page=2&color=blue", ctx.Querystring);
        Assert.Equal("2", ctx.Query["page"]);
        Assert.Equal("blue", ctx.Query["color"]);
    }

    [Fact(DisplayName = "ctx.search= › should change .url but not .originalUrl")]
    public void Keeps_the_original_url()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Search = "?page=2&color=blue";
        Assert.Equal("/store/shoes?page=2&color=blue", ctx.Url);
        Assert.Equal("/store/shoes", ctx.OriginalUrl);
        Assert.Equal("/store/shoes", ctx.Request.OriginalUrl);
    }

    [Fact(DisplayName = "ctx.search= › when missing › should return \"\"")]
    public void Missing()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        Assert.Equal(string.Empty, ctx.Search);
    }
}
