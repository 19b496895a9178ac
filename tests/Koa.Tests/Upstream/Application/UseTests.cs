namespace Koa.Tests.Applications;

// __tests__/application/use.test.js
public sealed class UseTests
{
    [Theory(DisplayName = "app.use(fn) › should compose middleware")]
    [Transports]
    public async Task Composes(TestTransport transport)
    {
        var app = new Application();
        var calls = new List<int>();
        app.Use((ctx, next) =>
        {
            calls.Add(1);
            return next().ContinueWith(_ => calls.Add(6), TaskScheduler.Default);
        });
        app.Use((ctx, next) =>
        {
            calls.Add(2);
            return next().ContinueWith(_ => calls.Add(5), TaskScheduler.Default);
        });
        app.Use((ctx, next) =>
        {
            calls.Add(3);
            return next().ContinueWith(_ => calls.Add(4), TaskScheduler.Default);
        });

        await app.Request(transport).Get("/").ExpectAsync(404);
        Assert.Equal([1, 2, 3, 4, 5, 6], calls);
    }

    [Theory(DisplayName = "app.use(fn) › should compose mixed middleware")]
    [Transports]
    public async Task Composes_mixed(TestTransport transport)
    {
        var app = new Application();
        var calls = new List<int>();
        app.Use((ctx, next) =>
        {
            calls.Add(1);
            return next().ContinueWith(_ => calls.Add(6), TaskScheduler.Default);
        });
        app.Use(async (ctx, next) =>
        {
            calls.Add(2);
            await next();
            calls.Add(5);
        });
        app.Use((ctx, next) =>
        {
            calls.Add(3);
            return next().ContinueWith(_ => calls.Add(4), TaskScheduler.Default);
        });

        await app.Request(transport).Get("/").ExpectAsync(404);
        Assert.Equal([1, 2, 3, 4, 5, 6], calls);
    }

    // https://github.com/koajs/koa/pull/530#issuecomment-148138051
    [Theory(DisplayName = "app.use(fn) › should catch thrown errors in non-async functions")]
    [Transports]
    public async Task Catches_synchronous_throws(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Throw(404, "Not Found");
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").ExpectAsync(404);
    }

    // The type system only lets null through (upstream also tries undefined, 0, false and a string).
    [Fact(DisplayName = "app.use(fn) › should throw error for non-function")]
    public void Throws_for_non_function()
    {
        var app = new Application();
        var error = Assert.Throws<ArgumentNullException>(() => app.Use((Func<Context, Func<Task>, Task>)null!));
        Assert.Contains("middleware must be a function!", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ArgumentNullException>(() => app.Use((Func<Context, Task>)null!));
        Assert.Contains("middleware must be a function!", error.Message, StringComparison.Ordinal);
    }
}
