namespace Koa.Tests.Applications;

// __tests__/application/currentContext.test.js — AsyncLocalStorage is an AsyncLocal<Context?>.
public sealed class CurrentContextTests
{
    [Theory(DisplayName = "app.currentContext › should get currentContext return context when asyncLocalStorage enable")]
    [Transports]
    public async Task Returns_context_when_enabled(TestTransport transport)
    {
        var app = new Application(new ApplicationOptions { AsyncLocalStorage = true });
        app.Use(async ctx =>
        {
            Assert.Same(ctx, app.CurrentContext);
            await Task.Delay(1);
            Assert.Same(ctx, app.CurrentContext);
            await Task.Yield();
            Assert.Same(ctx, app.CurrentContext);
            await Task.Run(() => Assert.Same(ctx, app.CurrentContext));
            Assert.Same(ctx, app.CurrentContext);
            app.CurrentContext!.Body = "ok";
        });

        async Task RequestServer()
        {
            Assert.Null(app.CurrentContext);
            await app.Request(transport).Get("/").ExpectAsync("ok");
            Assert.Null(app.CurrentContext);
        }

        await Task.WhenAll(RequestServer(), RequestServer(), RequestServer(), RequestServer(), RequestServer());
    }

    [Theory(DisplayName = "app.currentContext › should get currentContext return undefined when asyncLocalStorage disable")]
    [Transports]
    public async Task Null_when_disabled(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            Assert.Null(app.CurrentContext);
            ctx.Body = "ok";
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").ExpectAsync("ok");
    }

    [Theory(DisplayName = "app.currentContext › should get currentContext return context in error handler when asyncLocalStorage enable")]
    [Transports]
    public async Task Context_in_error_handler_when_enabled(TestTransport transport)
    {
        var app = new Application(new ApplicationOptions { AsyncLocalStorage = true });
        app.Use(ctx => throw new InvalidOperationException("error message"));
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Error += (err, ctx) =>
        {
            try
            {
                Assert.Equal("error message", err.Message);
                Assert.Same(ctx, app.CurrentContext);
                handled.TrySetResult();
            }
            catch (Exception e)
            {
                handled.TrySetException(e);
            }
        };
        await app.Request(transport).Get("/").ExpectAsync("Internal Server Error");
        await handled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory(DisplayName = "app.currentContext › should get currentContext return undefined in error handler when asyncLocalStorage disable")]
    [Transports]
    public async Task Null_in_error_handler_when_disabled(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx => throw new InvalidOperationException("error message"));
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Error += (err, ctx) =>
        {
            try
            {
                Assert.Equal("error message", err.Message);
                Assert.Null(app.CurrentContext);
                handled.TrySetResult();
            }
            catch (Exception e)
            {
                handled.TrySetException(e);
            }
        };
        await app.Request(transport).Get("/").ExpectAsync("Internal Server Error");
        await handled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory(DisplayName = "app.currentContext › should support a custom asyncLocalStorage")]
    [Transports]
    public async Task Custom_storage(TestTransport transport)
    {
        var asyncLocalStorage = new AsyncLocal<Context?>();
        var app = new Application(new ApplicationOptions { ContextStorage = asyncLocalStorage });
        Assert.Null(app.CurrentContext);
        app.Use(ctx =>
        {
            Assert.Same(ctx, app.CurrentContext);
            Assert.Same(ctx, asyncLocalStorage.Value);
            ctx.Body = "ok";
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").ExpectAsync("ok");
        Assert.Null(app.CurrentContext);
    }

    // .NET has no V8 startup snapshots: the storage is created when the application is, and is usable at once.
    // The four cases keep their titles and check that nearest behaviour.
    [Fact(DisplayName = "app.currentContext › v8 startup snapshot › should defer AsyncLocalStorage creation when building snapshot")]
    public void Storage_created_with_the_application()
    {
        var app = new Application(new ApplicationOptions { AsyncLocalStorage = true });
        Assert.NotNull(app.ContextStorage);
        Assert.Null(app.ContextStorage!.Value);
    }

    [Fact(DisplayName = "app.currentContext › v8 startup snapshot › should defer with custom AsyncLocalStorage when building snapshot")]
    public void Custom_storage_used_as_given()
    {
        var customStorage = new AsyncLocal<Context?>();
        var app = new Application(new ApplicationOptions { AsyncLocalStorage = true, ContextStorage = customStorage });
        Assert.Same(customStorage, app.ContextStorage);
    }

    [Theory(DisplayName = "app.currentContext › v8 startup snapshot › should work normally after deserialization")]
    [Transports]
    public async Task Works_normally(TestTransport transport)
    {
        var app = new Application(new ApplicationOptions { AsyncLocalStorage = true });
        app.Use(ctx =>
        {
            Assert.Same(ctx, app.CurrentContext);
            ctx.Body = "ok";
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/").ExpectAsync("ok");
        Assert.Null(app.CurrentContext);
    }

    [Fact(DisplayName = "app.currentContext › v8 startup snapshot › should not defer when not building snapshot")]
    public void Not_deferred()
    {
        var app = new Application(new ApplicationOptions { AsyncLocalStorage = true });
        Assert.IsType<AsyncLocal<Context?>>(app.ContextStorage);
    }
}
