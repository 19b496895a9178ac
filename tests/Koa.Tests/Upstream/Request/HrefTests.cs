namespace Koa.Tests.Requests;

// __tests__/request/href.test.js
public sealed class HrefTests
{
    [Fact(DisplayName = "ctx.href › should return the full request url")]
    public void Returns_the_full_url()
    {
        var ctx = TestContexts.Create(new() { Url = "/users/1?next=/dashboard", Headers = { ["host"] = "localhost" } });
        Assert.Equal("http://localhost/users/1?next=/dashboard", ctx.Href);
        // change it also work
        ctx.Url = "/foo/users/1?next=/dashboard";
        Assert.Equal("http://localhost/users/1?next=/dashboard", ctx.Href);
    }

    [Theory(DisplayName = "ctx.href › should work with `GET http://example.com/foo`")]
    [Transports(TestTransport.InMemory, TestTransport.Kestrel)] // the http scheme
    public async Task Works_with_absolute_form(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = ctx.Href;
            return Task.CompletedTask;
        });

        var res = await app.Request(transport).Get("/foo").Set("Host", "example.com").ExpectAsync(200);

        Assert.Equal("http://example.com/foo", res.Text);
    }

    // Beyond the suite: the absolute-form target itself (what the upstream title names), case-insensitive scheme.
    [Theory(DisplayName = "ctx.href › with an absolute-form request target › should return it as is")]
    [InlineData("http://example.com/foo?x=1")]
    [InlineData("HTTPS://example.com/foo")]
    public void Absolute_form_target(string target)
    {
        var ctx = TestContexts.Create(new() { Url = target, Headers = { ["host"] = "other.com" } });
        Assert.Equal(target, ctx.Href);
    }
}
