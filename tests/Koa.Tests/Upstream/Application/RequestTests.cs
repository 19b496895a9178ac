namespace Koa.Tests.Applications;

// __tests__/application/request.test.js — app.request.message = 'hello' is a Request subclass created by the context.
public sealed class RequestTests
{
    public sealed class HelloRequest : Request
    {
        public string Message { get; } = "hello";
    }

    public sealed class HelloContext : Context
    {
        protected override Request CreateRequest() => new HelloRequest();
    }

    [Theory(DisplayName = "app.request › should merge properties")]
    [Transports]
    public async Task Merges_properties(TestTransport transport)
    {
        var app1 = new Application<HelloContext>();
        app1.Use((ctx, next) =>
        {
            Assert.Equal("hello", Assert.IsType<HelloRequest>(ctx.Request).Message);
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        await app1.Request(transport).Get("/").ExpectAsync(204);
    }

    [Theory(DisplayName = "app.request › should not affect the original prototype")]
    [Transports]
    public async Task Does_not_affect_the_prototype(TestTransport transport)
    {
        var app2 = new Application();
        app2.Use((ctx, next) =>
        {
            Assert.IsNotType<HelloRequest>(ctx.Request);
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        await app2.Request(transport).Get("/").ExpectAsync(204);
    }
}
