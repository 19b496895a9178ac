namespace Koa.Examples.Tests;

public sealed class CookiesTests
{
    [Theory(DisplayName = "examples › Cookies › counts views in a signed cookie")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Counts_views(TestTransport transport)
    {
        var app = Cookies.Program.Build();
        var first = await app.Request(transport).Get("/").ExpectAsync(200, "1 views");
        var cookies = first.Headers["Set-Cookie"];
        Assert.Contains(cookies, c => c.StartsWith("view=1;", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("view.sig=", StringComparison.Ordinal));

        var header = string.Join("; ", cookies.Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]));
        await app.Request(transport).Get("/").Set("Cookie", header).ExpectAsync(200, "2 views");
    }

    [Theory(DisplayName = "examples › Cookies › restarts the count when the signature does not match")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Rejects_tampered_cookie(TestTransport transport)
    {
        var app = Cookies.Program.Build();
        await app.Request(transport).Get("/").Set("Cookie", "view=41; view.sig=forged").ExpectAsync(200, "1 views");
    }
}
