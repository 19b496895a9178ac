namespace Koa.Tests.Contexts;

// __tests__/context/state.test.js
public sealed class StateTests
{
    [Theory(DisplayName = "ctx.state › should provide a ctx.state namespace")]
    [Transports]
    public async Task Provides_state(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            Assert.Empty(ctx.State);
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").ExpectAsync(404);
    }
}
