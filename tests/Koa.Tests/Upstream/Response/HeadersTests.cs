using Microsoft.AspNetCore.Http;

namespace Koa.Tests.Responses;

// __tests__/response/headers.test.js (upstream's describe says 'res.header'; the file tests res.headers)
public sealed class HeadersTests
{
    [Fact(DisplayName = "res.header › should return the response header object")]
    public void Returns_header_object()
    {
        var res = TestContexts.Response();
        res.Set("X-Foo", "bar");
        Assert.Equal(new Dictionary<string, string> { ["x-foo"] = "bar" }, HeaderValues.Lowered(res.Headers));
        Assert.Same(res.Header, res.Headers);
    }

    [Fact(DisplayName = "res.header › when res._headers not present › should return empty object")]
    public void Empty_when_none()
    {
        var res = TestContexts.Response();
        res.Res.Headers = new HeaderDictionary();
        Assert.Empty(res.Headers);
    }
}
