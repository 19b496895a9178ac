namespace Koa.Tests.Internals;

// ctx.Path and ctx.Method read without making the Koa request when it was never asked for: the same answers as
// through ctx.Request, for every kind of request target.
public sealed class PathShortcutTests
{
    public static TheoryData<string> Targets => new()
    {
        "/", "/hello", "/a/b/c", "/a?b=1", "/a?", "/?x", "/a#frag", "/a%20b", "/a b", "//double", "/a\\b",
        "http://example.com/abs?q=1", "*", "/é", "/a;b", "/users/42/",
    };

    [Theory(DisplayName = "ctx.Path without ctx.Request equals ctx.Request.Path")]
    [MemberData(nameof(Targets))]
    public void Path_matches_request_path(string url)
    {
        var fast = TestContexts.Create(new TestRequestOptions { Url = url });
        var slow = TestContexts.Create(new TestRequestOptions { Url = url });
        Assert.Equal(slow.Request.Path, fast.Path);
        Assert.Equal(fast.Request.Path, fast.Path);
    }

    [Fact(DisplayName = "ctx.Path follows ctx.Url once it is rewritten")]
    public void Path_follows_rewrites()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Url = "/first" });
        Assert.Equal("/first", ctx.Path);
        ctx.Url = "/second?x=1";
        Assert.Equal("/second", ctx.Path);
        ctx.Path = "/third";
        Assert.Equal("/third", ctx.Path);
        Assert.Equal("/third?x=1", ctx.Url);
    }

    [Fact(DisplayName = "ctx.Method without ctx.Request equals ctx.Request.Method, and follows a rewrite")]
    public void Method_matches_request_method()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Method = "PATCH", Url = "/" });
        Assert.Equal("PATCH", ctx.Method);
        ctx.Method = "PUT";
        Assert.Equal("PUT", ctx.Method);
        Assert.Equal("PUT", ctx.Request.Method);
    }

    [Fact(DisplayName = "ctx.Path of a context whose request ended throws")]
    public async Task Path_of_a_detached_context_throws()
    {
        Context? kept = null;
        var app = new Application();
        app.Use(ctx =>
        {
            kept = ctx;
            ctx.Body = ctx.Path;
            return Task.CompletedTask;
        });
        await app.Request().Get("/kept").ExpectAsync(200, "/kept");
        Assert.Throws<InvalidOperationException>(() => kept!.Path);
        Assert.Throws<InvalidOperationException>(() => kept!.Method);
    }
}
