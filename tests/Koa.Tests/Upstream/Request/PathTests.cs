namespace Koa.Tests.Requests;

// __tests__/request/path.test.js
public sealed class PathTests
{
    [Fact(DisplayName = "ctx.path › should return the pathname")]
    public void Returns_the_pathname()
    {
        var ctx = TestContexts.Create();
        ctx.Url = "/login?next=/dashboard";
        Assert.Equal("/login", ctx.Path);
    }

    // Beyond the suite: targets parseurl hands to url.parse instead of its fast path (expected values from parseurl 1.3).
    [Theory(DisplayName = "ctx.path › should return the pathname and querystring url.parse gives")]
    [InlineData("http://example.com/foo?x=1", "/foo", "x=1")]
    [InlineData("HTTP://EX.com", "/", "")]
    [InlineData("/a#b?c", "/a", "")]
    [InlineData("/a b?c d", "/a%20b", "c%20d")]
    [InlineData("*", "*", "")]
    [InlineData("//evil.com/x?y=1", "//evil.com/x", "y=1")]
    public void Url_parse_targets(string url, string path, string querystring)
    {
        var ctx = TestContexts.Create(new() { Url = url });
        Assert.Equal(path, ctx.Path);
        Assert.Equal(querystring, ctx.Querystring);
    }
}

// __tests__/request/path.test.js — parseurl(ctx.req) caches on req.url: setting the same path must leave the
// URL untouched, i.e. the very same string (the request's own parse cache is keyed on it).
public sealed class PathSetterTests
{
    [Fact(DisplayName = "ctx.path= › should set the pathname")]
    public void Sets_the_pathname()
    {
        var ctx = TestContexts.Create();
        ctx.Url = "/login?next=/dashboard";

        ctx.Path = "/logout";
        Assert.Equal("/logout", ctx.Path);
        Assert.Equal("/logout?next=/dashboard", ctx.Url);
    }

    [Fact(DisplayName = "ctx.path= › should change .url but not .originalUrl")]
    public void Keeps_the_original_url()
    {
        var ctx = TestContexts.Create(new() { Url = "/login" });
        ctx.Path = "/logout";
        Assert.Equal("/logout", ctx.Url);
        Assert.Equal("/login", ctx.OriginalUrl);
        Assert.Equal("/login", ctx.Request.OriginalUrl);
    }

    [Fact(DisplayName = "ctx.path= › should not affect parseurl")]
    public void Same_path_leaves_the_url()
    {
        var ctx = TestContexts.Create(new() { Url = "/login?foo=bar" });
        var url = ctx.Url;
        ctx.Path = "/login";
        Assert.Same(url, ctx.Url);
        Assert.Equal("/login?foo=bar", ctx.Url);
        Assert.Equal("/login", ctx.Path);
        Assert.Equal("foo=bar", ctx.Querystring);
    }

    [Fact(DisplayName = "ctx.path › with a 100 KB hostile URL › should finish in linear time")]
    public void Hostile_url()
    {
        var ctx = TestContexts.Create(new() { Url = "http://" + new string('@', 50_000) + "x/" + new string(' ', 50_000) + "?q" });
        Assert.EndsWith("%20", HostileInput.FinishesQuickly(() => ctx.Path), StringComparison.Ordinal);
        Assert.Equal("q", ctx.Querystring);
    }
}
