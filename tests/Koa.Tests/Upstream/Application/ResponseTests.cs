namespace Koa.Tests.Applications;

// __tests__/application/response.test.js
public sealed class ResponseTests
{
    public sealed class HelloResponse : Response
    {
        public string Msg { get; } = "hello";
    }

    public sealed class HelloContext : Context
    {
        protected override Response CreateResponse() => new HelloResponse();
    }

    [Theory(DisplayName = "app.response › should merge properties")]
    [Transports]
    public async Task Merges_properties(TestTransport transport)
    {
        var app1 = new Application<HelloContext>();
        app1.Use((ctx, next) =>
        {
            Assert.Equal("hello", Assert.IsType<HelloResponse>(ctx.Response).Msg);
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        await app1.Request(transport).Get("/").ExpectAsync(204);
    }

    [Theory(DisplayName = "app.response › should not affect the original prototype")]
    [Transports]
    public async Task Does_not_affect_the_prototype(TestTransport transport)
    {
        var app2 = new Application();
        app2.Use((ctx, next) =>
        {
            Assert.IsNotType<HelloResponse>(ctx.Response);
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        await app2.Request(transport).Get("/").ExpectAsync(204);
    }

    [Theory(DisplayName = "app.response › should not include status message in body for http2")]
    [Transports]
    public async Task Http2_body_is_the_code(TestTransport transport)
    {
        var app3 = new Application();
        app3.Use((ctx, next) =>
        {
            ctx.Req.Protocol = "HTTP/2";
            ctx.Status = 404;
            return Task.CompletedTask;
        });
        var response = await app3.Request(transport).Get("/").ExpectAsync(404);
        Assert.Equal("404", response.Text);
    }

    [Theory(DisplayName = "app.response › should set ._explicitNullBody correctly")]
    [Transports]
    public async Task Sets_explicit_null_body(TestTransport transport)
    {
        var app4 = new Application();
        app4.Use((ctx, next) =>
        {
            ctx.Body = null;
            Assert.True(ctx.Response.ExplicitNullBody);
            return Task.CompletedTask;
        });
        await app4.Request(transport).Get("/").ExpectAsync(204);
    }

    // C# has no `undefined`: null is Koa's explicit null. The other falsy bodies ('' and false) must not set the flag.
    [Theory(DisplayName = "app.response › should not set ._explicitNullBody incorrectly")]
    [Transports]
    public async Task Does_not_set_explicit_null_body_incorrectly(TestTransport transport)
    {
        var app5 = new Application();
        app5.Use((ctx, next) =>
        {
            Assert.False(ctx.Response.ExplicitNullBody);
            ctx.Body = "";
            Assert.False(ctx.Response.ExplicitNullBody);
            ctx.Body = false;
            Assert.False(ctx.Response.ExplicitNullBody);
            return Task.CompletedTask;
        });
        await app5.Request(transport).Get("/").ExpectAsync(200, "false");
    }

    [Theory(DisplayName = "app.response › should add Content-Length when Transfer-Encoding is not defined")]
    [Transports]
    public async Task Adds_content_length(TestTransport transport)
    {
        var app6 = new Application();
        app6.Use((ctx, next) =>
        {
            ctx.Body = "hello world";
            return Task.CompletedTask;
        });
        await app6.Request(transport).Get("/").Expect("Content-Length", "11").ExpectAsync(200);
    }

    [Theory(DisplayName = "app.response › should not add Content-Length when Transfer-Encoding is defined")]
    [Transports(TestTransport.InMemory, TestTransport.Kestrel)] // HTTP/2 has no Transfer-Encoding
    public async Task No_content_length_with_transfer_encoding(TestTransport transport)
    {
        var app7 = new Application();
        app7.Use((ctx, next) =>
        {
            ctx.Set("Transfer-Encoding", "chunked");
            ctx.Body = "hello world";
            Assert.Equal(0, ctx.Response.Get("Content-Length").Count);
            return Task.CompletedTask;
        });
        var res = await app7.Request(transport).Get("/").Expect("Transfer-Encoding", "chunked").ExpectAsync(200, "hello world");
        Assert.False(res.HasHeader("Content-Length"));
    }
}
