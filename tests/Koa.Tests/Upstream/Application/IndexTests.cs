using Microsoft.AspNetCore.Http.Features;

namespace Koa.Tests.Applications;

// __tests__/application/index.test.js
public sealed class IndexTests
{
    // node: ctx.socket.destroy(new Error('boom')) makes the socket emit the error, which reaches ctx.onerror. In C# the
    // middleware aborts the connection itself and fails with the error: the app emits it, marked headerSent.
    [Theory(DisplayName = "app › should handle socket errors")]
    [Transports]
    public async Task Handles_socket_errors(TestTransport transport)
    {
        var app = new Application();
        var errorCaught = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Use(ctx =>
        {
            ctx.Features.Get<IHttpRequestLifetimeFeature>()!.Abort();
            throw new InvalidOperationException("boom");
        });
        app.Error += (err, ctx) => errorCaught.TrySetResult(err);

        await Assert.ThrowsAnyAsync<Exception>(() => app.Request(transport).Get("/").EndAsync());
        var error = await errorCaught.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("boom", error.Message);
        Assert.Equal(true, error.Data["headerSent"]);
    }

    [Fact(DisplayName = "app › should set development env when NODE_ENV missing")]
    public void Development_env_by_default()
    {
        string[] names = ["NODE_ENV", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"];
        var saved = names.Select(Environment.GetEnvironmentVariable).ToArray();
        try
        {
            foreach (var name in names) Environment.SetEnvironmentVariable(name, "");
            var app = new Application();
            Assert.Equal("development", app.Env);
        }
        finally
        {
            for (var i = 0; i < names.Length; i++) Environment.SetEnvironmentVariable(names[i], saved[i]);
        }
    }

    [Fact(DisplayName = "app › should set env from the constructor")]
    public void Env_from_constructor()
    {
        var env = "custom";
        var app = new Application(new ApplicationOptions { Env = env });
        Assert.Equal(env, app.Env);
    }

    [Fact(DisplayName = "app › should set proxy flag from the constructor")]
    public void Proxy_from_constructor()
    {
        var proxy = true;
        var app = new Application(new ApplicationOptions { Proxy = proxy });
        Assert.Equal(proxy, app.Proxy);
    }

    [Fact(DisplayName = "app › should set signed cookie keys from the constructor")]
    public void Keys_from_constructor()
    {
        IReadOnlyList<string> keys = ["customkey"];
        var app = new Application(new ApplicationOptions { Keys = keys });
        Assert.Same(keys, app.Keys);
    }

    [Fact(DisplayName = "app › should set subdomainOffset from the constructor")]
    public void SubdomainOffset_from_constructor()
    {
        var subdomainOffset = 3;
        var app = new Application(new ApplicationOptions { SubdomainOffset = subdomainOffset });
        Assert.Equal(subdomainOffset, app.SubdomainOffset);
    }

    // Koa's `compose` option is the Compose property (typed by the context), set in the object initializer.
    [Fact(DisplayName = "app › should set compose from the constructor")]
    public void Compose_from_constructor()
    {
        Func<IReadOnlyList<Func<Context, Func<Task>, Task>>, Func<Context, Task>> compose = _ => _ => Task.CompletedTask;
        var app = new Application { Compose = compose };
        Assert.Same(compose, app.Compose);
    }

    // Koa re-exports http-errors' HttpError (and, in 3.3.0, createHttpError/isHttpError with duck-typed instanceof):
    // KoaNet's HttpError is the HttpErrors package's type; a duck-typed plain exception passes IsHttpError.
    [Fact(DisplayName = "app › should have a static property exporting `HttpError` from http-errors library")]
    public void Exports_HttpError()
    {
        var error = Assert.ThrowsAny<HttpError>(void () => throw HttpErrors.Create(500, "test error"));
        Assert.Equal(typeof(HttpErrors).Assembly, typeof(HttpError).Assembly);
        Assert.Equal(500, error.Status);
        var duck = new InvalidOperationException("duck");
        duck.Data["expose"] = false;
        duck.Data["status"] = 500;
        duck.Data["statusCode"] = 500;
        Assert.True(HttpErrors.IsHttpError(duck));
    }
}
