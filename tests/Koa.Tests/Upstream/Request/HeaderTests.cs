using Microsoft.AspNetCore.Http;

namespace Koa.Tests.Requests;

// __tests__/request/header.test.js
public sealed class HeaderTests
{
    [Fact(DisplayName = "req.header › should return the request header object")]
    public void Returns_the_header_object()
    {
        var req = TestContexts.Request();
        Assert.Same(req.Req.Headers, req.Header);
    }

    [Fact(DisplayName = "req.header › should set the request header object")]
    public void Sets_the_header_object()
    {
        var req = TestContexts.Request();
        var headers = new HeaderDictionary { ["X-Custom-Headerfield"] = "Its one header, with headerfields" };
        req.Header = headers;
        Assert.Same(headers, req.Req.Headers);
        Assert.Same(req.Req.Headers, req.Header);
        Assert.Equal("Its one header, with headerfields", req.Get("x-custom-headerfield"));
    }
}
