namespace Koa.Tests.Requests;

// __tests__/request/querystring.test.js
public sealed class QuerystringTests
{
    [Fact(DisplayName = "ctx.querystring › should return the querystring")]
    public void Returns_the_querystring()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes?page=2&color=blue" });
        Assert.Equal("page=2&color=blue", ctx.Querystring);
    }

    // ctx.request.req = null: the request of a context the server has reset at the end of its request.
    [Fact(DisplayName = "ctx.querystring › when ctx.req not present › should return an empty string")]
    public void Without_req()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes?page=2&color=blue" });
        Assert.Equal("page=2&color=blue", ctx.Querystring);
        ctx.Reset();
        Assert.Equal(string.Empty, ctx.Querystring);
    }
}

// __tests__/request/querystring.test.js
public sealed class QuerystringSetterTests
{
    [Fact(DisplayName = "ctx.querystring= › should replace the querystring")]
    public void Replaces_the_querystring()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Querystring = "page=2&color=blue";
        Assert.Equal("/store/shoes?page=2&color=blue", ctx.Url);
        Assert.Equal("page=2&color=blue", ctx.Querystring);
    }

    [Fact(DisplayName = "ctx.querystring= › should update ctx.search and ctx.query")]
    public void Updates_search_and_query()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Querystring = "page=2&color=blue";
        Assert.Equal("/store/shoes?page=2&color=blue", ctx.Url);
        Assert.Equal("?page=2&color=blue", ctx.Search);
        Assert.Equal("2", ctx.Query["page"]);
        Assert.Equal("blue", ctx.Query["color"]);
    }

    [Fact(DisplayName = "ctx.querystring= › should change .url but not .originalUrl")]
    public void Keeps_the_original_url()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Querystring = "page=2&color=blue";
        Assert.Equal("/store/shoes?page=2&color=blue", ctx.Url);
        Assert.Equal("/store/shoes", ctx.OriginalUrl);
        Assert.Equal("/store/shoes", ctx.Request.OriginalUrl);
    }

    // parseurl(ctx.req) caches on req.url: the same query string must leave the URL string untouched.
    [Fact(DisplayName = "ctx.querystring= › should not affect parseurl")]
    public void Same_querystring_leaves_the_url()
    {
        var ctx = TestContexts.Create(new() { Url = "/login?foo=bar" });
        var url = ctx.Url;
        ctx.Querystring = "foo=bar";
        Assert.Same(url, ctx.Url);
        Assert.Equal("/login", ctx.Path);
        Assert.Equal("foo=bar", ctx.Querystring);
    }
}
