namespace Koa.Tests.Requests;

// __tests__/request/secure.test.js — req.socket.encrypted is the request feature's Scheme ("https").
public sealed class SecureTests
{
    [Fact(DisplayName = "req.secure › should return true when encrypted")]
    public void Encrypted()
    {
        var req = TestContexts.Request(new() { Scheme = "https" });
        Assert.True(req.Secure);
        Assert.False(TestContexts.Request(new() { Scheme = "http" }).Secure);
    }
}
