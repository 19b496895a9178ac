namespace Koa.Tests.Upstream;

// koa-session 7.0.2 test/index.test.ts; the snapshot's defaults (__snapshots__/index.test.ts.js) checked one by one.
public sealed class IndexTests
{
    [Fact(DisplayName = "test/index.test.ts SessionOptions schema should have a valid schema")]
    public void Default_options()
    {
        var parsed = new SessionOptions();
        Assert.Equal("koa.sess", parsed.Key);
        Assert.True(parsed.AutoCommit);
        Assert.True(parsed.Overwrite);
        Assert.True(parsed.HttpOnly);
        Assert.True(parsed.Signed);
        Assert.False(parsed.Rolling);
        Assert.False(parsed.Renew);
        Assert.Null(parsed.MaxAge);
        Assert.Null(parsed.Secure);
        Assert.Null(parsed.SameSite);
    }
}
