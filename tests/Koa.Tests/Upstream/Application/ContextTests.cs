namespace Koa.Tests.Applications;

// __tests__/application/context.test.js — app.context.msg = 'hello' is, in C#, an Application<TContext> whose context has the member.
public sealed class ContextTests
{
    public sealed class HelloContext : Context
    {
        public string Msg { get; } = "hello";
    }

    [Theory(DisplayName = "app.context › should merge properties")]
    [Transports]
    public async Task Merges_properties(TestTransport transport)
    {
        var app1 = new Application<HelloContext>();
        app1.Use((ctx, next) =>
        {
            Assert.Equal("hello", ctx.Msg);
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        await app1.Request(transport).Get("/").ExpectAsync(204);
    }

    [Theory(DisplayName = "app.context › should not affect the original prototype")]
    [Transports]
    public async Task Does_not_affect_the_prototype(TestTransport transport)
    {
        var app2 = new Application();
        app2.Use((ctx, next) =>
        {
            Assert.IsNotType<HelloContext>(ctx);
            ctx.Status = 204;
            return Task.CompletedTask;
        });
        await app2.Request(transport).Get("/").ExpectAsync(204);
    }
}
