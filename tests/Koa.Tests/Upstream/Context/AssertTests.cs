namespace Koa.Tests.Contexts;

// __tests__/context/assert.test.js
public sealed class AssertTests
{
    [Fact(DisplayName = "ctx.assert(value, status) › should throw an error")]
    public void Throws()
    {
        var ctx = TestContexts.Create();
        var err = Assert.ThrowsAny<HttpError>(() => ctx.Assert(false, 404, "custom message"));
        Assert.Equal(404, err.Status);
        Assert.Equal("custom message", err.Message);
        Assert.True(err.Expose);
    }
}
