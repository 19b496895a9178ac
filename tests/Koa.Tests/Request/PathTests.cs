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
}
