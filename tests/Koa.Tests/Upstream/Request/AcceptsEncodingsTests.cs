namespace Koa.Tests.Requests;

// __tests__/request/acceptsEncodings.test.js
public sealed class AcceptsEncodingsTests
{
    [Fact(DisplayName = "ctx.acceptsEncodings() › with no arguments › when Accept-Encoding is populated › should return accepted types")]
    public void No_arguments_returns_all()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-encoding"] = "gzip, compress;q=0.2";
        Assert.Equal(["gzip", "compress", "identity"], ctx.AcceptsEncodings());
        Assert.Equal("gzip", ctx.AcceptsEncodings("gzip", "compress"));
    }

    [Fact(DisplayName = "ctx.acceptsEncodings() › with no arguments › when Accept-Encoding is not populated › should return identity")]
    public void No_header_returns_identity()
    {
        var ctx = TestContexts.Create();
        Assert.Equal(["identity"], ctx.AcceptsEncodings());
        Assert.Equal("identity", ctx.AcceptsEncodings("gzip", "deflate", "identity"));
    }

    [Fact(DisplayName = "ctx.acceptsEncodings() › with multiple arguments › should return the best fit")]
    public void Best_fit()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-encoding"] = "gzip, compress;q=0.2";
        Assert.Equal("gzip", ctx.AcceptsEncodings("compress", "gzip"));
        Assert.Equal("gzip", ctx.AcceptsEncodings("gzip", "compress"));
    }

    [Fact(DisplayName = "ctx.acceptsEncodings() › with an array › should return the best fit")]
    public void Array_best_fit()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept-encoding"] = "gzip, compress;q=0.2";
        string[] encodings = ["compress", "gzip"];
        Assert.Equal("gzip", ctx.AcceptsEncodings(encodings));
    }
}
