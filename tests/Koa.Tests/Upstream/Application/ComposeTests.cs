namespace Koa.Tests.Applications;

// __tests__/application/compose.test.js
public sealed class ComposeTests
{
    [Theory(DisplayName = "app.compose › should work with default compose ")]
    [Transports]
    public async Task Default_compose(TestTransport transport)
    {
        var app = new Application();
        var calls = new List<int>();
        app.Use(async (ctx, next) =>
        {
            calls.Add(1);
            await next();
            calls.Add(4);
        });
        app.Use(async (ctx, next) =>
        {
            calls.Add(2);
            await next();
            calls.Add(3);
        });

        await app.Request(transport).Get("/").ExpectAsync(404);
        Assert.Equal([1, 2, 3, 4], calls);
    }

    [Theory(DisplayName = "app.compose › should work with configurable compose")]
    [Transports]
    public async Task Configurable_compose(TestTransport transport)
    {
        var calls = new List<int>();
        var count = 0;
        var app = new Application
        {
            Compose = fns => ctx =>
            {
                var queue = new Queue<Func<Context, Func<Task>, Task>>(fns);
                Task Dispatch()
                {
                    count++;
                    if (queue.TryDequeue(out var fn)) fn(ctx, Dispatch);
                    return Task.CompletedTask;
                }

                Dispatch();
                return Task.CompletedTask;
            },
        };
        app.Use((ctx, next) =>
        {
            calls.Add(1);
            next();
            calls.Add(4);
            return Task.CompletedTask;
        });
        app.Use((ctx, next) =>
        {
            calls.Add(2);
            next();
            calls.Add(3);
            return Task.CompletedTask;
        });

        await app.Request(transport).Get("/").EndAsync();
        Assert.Equal([1, 2, 3, 4], calls);
        Assert.Equal(3, count);
    }
}
