using Microsoft.AspNetCore.Http;

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

    // Beyond the suite: accepts(req) reads req.headers on every call, so Koa's memoized negotiator follows the
    // header values and a replaced header object (expected behaviour from koa 3.3.0).
    [Fact(DisplayName = "ctx.accept › should read the current request headers")]
    public void Reads_current_headers()
    {
        var ctx = TestContexts.Create();
        ctx.Req.Headers["accept"] = "text/plain";
        Assert.Equal("text", ctx.Accepts("html", "text"));
        ctx.Req.Headers["accept"] = "text/html";
        Assert.Equal("html", ctx.Accepts("html", "text"));
        ctx.Request.Header = new HeaderDictionary { ["Accept"] = "application/json" };
        Assert.Equal("json", ctx.Accepts("html", "json"));
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

    [Fact(DisplayName = "ctx.accept= › should keep the assigned accept object when the headers are replaced")]
    public void Assigned_object_survives_header_replacement()
    {
        var ctx = TestContexts.Create();
        var assigned = new Accepts(new HeaderDictionary { ["Accept"] = "image/png" });
        ctx.Accept = assigned;
        ctx.Request.Headers = new HeaderDictionary { ["Accept"] = "text/html" };
        Assert.Same(assigned, ctx.Accept);
        Assert.Equal(["image/png"], ctx.Accepts());
    }
}
