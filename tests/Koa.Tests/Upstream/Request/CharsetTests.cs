namespace Koa.Tests.Requests;

// __tests__/request/charset.test.js
public sealed class CharsetTests
{
    [Fact(DisplayName = "req.charset › with no content-type present › should return \"\"")]
    public void No_content_type()
    {
        var req = TestContexts.Request();
        Assert.Equal(string.Empty, req.Charset);
    }

    [Fact(DisplayName = "req.charset › with charset present › should return \"\"")]
    public void Content_type_without_charset()
    {
        var req = TestContexts.Request();
        req.Header["content-type"] = "text/plain";
        Assert.Equal(string.Empty, req.Charset);
    }

    [Fact(DisplayName = "req.charset › with a charset › should return the charset")]
    public void Returns_the_charset()
    {
        var req = TestContexts.Request();
        req.Header["content-type"] = "text/plain; charset=utf-8";
        Assert.Equal("utf-8", req.Charset);
    }

    [Fact(DisplayName = "req.charset › with a charset › should return \"\" if content-type is invalid")]
    public void Invalid_content_type()
    {
        var req = TestContexts.Request();
        req.Header["content-type"] = "application/json; application/text; charset=utf-8";
        Assert.Equal(string.Empty, req.Charset);
    }

    [Fact(DisplayName = "req.charset › with a 100 KB hostile Content-Type › should finish in linear time")]
    public void Hostile_content_type()
    {
        var req = TestContexts.Request();
        req.Header["content-type"] = "text/plain" + string.Concat(Enumerable.Repeat("; a=\"\\\"", 20_000)) + "; charset=utf-8";
        Assert.Equal(string.Empty, HostileInput.FinishesQuickly(() => req.Charset));
        Assert.Equal("text/plain", req.Type);
    }
}
