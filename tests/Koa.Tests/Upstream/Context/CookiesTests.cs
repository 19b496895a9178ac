using System.Text.RegularExpressions;

namespace Koa.Tests.Contexts;

// __tests__/context/cookies.test.js
public sealed class CookiesTests
{
    [Theory(DisplayName = "ctx.cookies › ctx.cookies.set() › should set an unsigned cookie")]
    [Transports]
    public async Task Sets_unsigned_cookie(TestTransport transport)
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            ctx.Cookies.Set("name", "jon");
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/").ExpectAsync(204);
        Assert.Contains(res.Headers["set-cookie"], cookie => Regex.IsMatch(cookie, "^name="));
    }

    [Theory(DisplayName = "ctx.cookies › ctx.cookies.set() › with .signed › when no .keys are set › should error")]
    [Transports]
    public async Task Signed_without_keys_errors(TestTransport transport)
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            try
            {
                ctx.Cookies.Set("foo", "bar", new CookieSetOptions { Signed = true });
            }
            catch (Exception err)
            {
                ctx.Body = err.Message;
            }
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").ExpectAsync(".keys required for signed cookies");
    }

    [Theory(DisplayName = "ctx.cookies › ctx.cookies.set() › with .signed › should send a signed cookie")]
    [Transports]
    public async Task Sends_signed_cookie(TestTransport transport)
    {
        var app = new Application { Keys = ["a", "b"] };
        app.Use((ctx, next) =>
        {
            ctx.Cookies.Set("name", "jon", new CookieSetOptions { Signed = true });
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/").ExpectAsync(204);
        var cookies = res.Headers["set-cookie"];
        Assert.Contains(cookies, cookie => Regex.IsMatch(cookie, "^name="));
        Assert.Contains(cookies, cookie => Regex.IsMatch(cookie, "(,|^)name\\.sig="));
    }

    [Theory(DisplayName = "ctx.cookies › ctx.cookies.set() › with secure › should get secure from request")]
    [Transports]
    public async Task Secure_from_request(TestTransport transport)
    {
        var app = new Application { Proxy = true, Keys = ["a", "b"] };
        app.Use(ctx =>
        {
            ctx.Cookies.Set("name", "jon", new CookieSetOptions { Signed = true });
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/").Set("x-forwarded-proto", "https").ExpectAsync(204);
        var cookies = res.Headers["set-cookie"];
        Assert.Contains(cookies, cookie => Regex.IsMatch(cookie, "^name="));
        Assert.Contains(cookies, cookie => Regex.IsMatch(cookie, "(,|^)name\\.sig="));
        Assert.All(cookies, cookie => Assert.Matches("secure", cookie));
    }

    // ctx.cookies is assignable; Cookies is sealed in .NET, so the replacement is another Cookies instance
    // (here one that always marks cookies Secure), and ctx.Cookies returns it.
    [Theory(DisplayName = "ctx.cookies › ctx.cookies= › should override cookie work")]
    [Transports]
    public async Task Override_cookies(TestTransport transport)
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            var replacement = new Cookies(ctx.Request.Headers, ctx.Response.Headers, new CookiesOptions { Secure = true });
            ctx.Cookies = replacement;
            Assert.Same(replacement, ctx.Cookies);
            ctx.Cookies.Set("name", "jon");
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/").ExpectAsync(204);
        Assert.Equal("name=jon; path=/; secure; httponly", res.Header("set-cookie"));
    }
}
