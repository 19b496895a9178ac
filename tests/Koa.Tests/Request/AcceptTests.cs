namespace Koa.Tests.Requests;

// __tests__/request/accept.test.js
public sealed class AcceptTests
{
    [Fact(DisplayName = "ctx.accept › should return an Accept instance")]
    public void Returns_an_accepts_instance()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "application/*;q=0.2, image/jpeg;q=0.8, text/html, text/plain";
        var accept = Assert.IsType<Accepts>(ctx.Accept);
        Assert.Same(accept, ctx.Accept);
        Assert.Equal(["text/html", "text/plain", "image/jpeg", "application/*"], accept.Types());
    }
}

// __tests__/request/accept.test.js
public sealed class AcceptSetterTests
{
    [Fact(DisplayName = "ctx.accept= › should replace the accept object")]
    public void Replaces_the_accept_object()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "text/plain";
        Assert.Equal(["text/plain"], ctx.Accepts());

        var request = TestContexts.Request();
        request.Req.Headers["accept"] = "application/*;q=0.2, image/jpeg;q=0.8, text/html, text/plain";
        ctx.Accept = new Accepts(request.Req.Headers);
        Assert.Equal(["text/html", "text/plain", "image/jpeg", "application/*"], ctx.Accepts());
    }
}
