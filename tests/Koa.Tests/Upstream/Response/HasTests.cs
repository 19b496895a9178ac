namespace Koa.Tests.Responses;

// __tests__/response/has.test.js
public sealed class HasTests
{
    [Fact(DisplayName = "ctx.response.has(name) › should check a field value, case insensitive way")]
    public void Case_insensitive()
    {
        var ctx = TestContexts.Create();
        ctx.Set("X-Foo", "");
        Assert.True(ctx.Response.Has("x-Foo"));
        Assert.True(ctx.Has("x-foo"));
    }

    [Fact(DisplayName = "ctx.response.has(name) › should return false for non-existent header")]
    public void Missing_is_false()
    {
        var ctx = TestContexts.Create();
        Assert.False(ctx.Response.Has("boo"));
        ctx.Set("x-foo", "5");
        Assert.False(ctx.Has("x-boo"));
    }
}
