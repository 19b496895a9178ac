namespace Koa.Tests.Responses;

// __tests__/response/remove.test.js
public sealed class RemoveTests
{
    [Fact(DisplayName = "ctx.remove(name) › should remove a field")]
    public void Removes_a_field()
    {
        var ctx = TestContexts.Create();
        ctx.Set("x-foo", "bar");
        ctx.Remove("x-foo");
        Assert.Empty(ctx.Response.Header);
    }

    // Not upstream: names are case-insensitive, a missing name is no error, and nothing changes once headers are sent.
    [Fact(DisplayName = "ctx.remove(name) › should ignore case, missing fields and sent headers")]
    public async Task Case_missing_and_sent()
    {
        var ctx = TestContexts.Create();
        ctx.Set("X-Foo", "bar");
        ctx.Remove("x-FOO");
        ctx.Remove("x-missing");
        Assert.False(ctx.Has("X-Foo"));

        ctx.Set("X-Kept", "1");
        await ctx.FlushHeadersAsync();
        ctx.Remove("X-Kept");
        Assert.True(ctx.Has("X-Kept"));
    }
}
