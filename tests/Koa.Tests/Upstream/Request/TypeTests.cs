namespace Koa.Tests.Requests;

// __tests__/request/type.test.js
public sealed class TypeTests
{
    [Fact(DisplayName = "req.type › should return type void of parameters")]
    public void Void_of_parameters()
    {
        var req = TestContexts.Request();
        req.Header["content-type"] = "text/html; charset=utf-8";
        Assert.Equal("text/html", req.Type);
    }

    [Fact(DisplayName = "req.type › should return empty string with no host present")]
    public void No_content_type()
    {
        var req = TestContexts.Request();
        Assert.Equal(string.Empty, req.Type);
    }
}
