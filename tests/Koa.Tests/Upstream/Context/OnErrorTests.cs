namespace Koa.Tests.Contexts;

// __tests__/context/onerror.test.js — an error's status/expose/headers live in Exception.Data for plain exceptions
// (the C# analogue of properties assigned onto a JS Error); HttpError carries them as properties.
public sealed class OnErrorTests
{
    [Theory(DisplayName = "ctx.onerror(err) › should respond")]
    [Transports]
    public async Task Responds(TestTransport transport)
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            ctx.Body = "something else";
            ctx.Throw(418, "boom");
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/")
            .Expect(418)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("Content-Length", "4");
    }

    [Theory(DisplayName = "ctx.onerror(err) › should unset all headers")]
    [Transports]
    public async Task Unsets_all_headers(TestTransport transport)
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            ctx.Set("Vary", "Accept-Encoding");
            ctx.Set("X-CSRF-Token", "asdf");
            ctx.Body = "response";
            ctx.Throw(418, "boom");
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/")
            .Expect(418)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("Content-Length", "4");
        Assert.False(res.HasHeader("vary"));
        Assert.False(res.HasHeader("x-csrf-token"));
    }

    [Theory(DisplayName = "ctx.onerror(err) › should set headers specified in the error")]
    [Transports]
    public async Task Sets_error_headers(TestTransport transport)
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            ctx.Set("Vary", "Accept-Encoding");
            ctx.Set("X-CSRF-Token", "asdf");
            ctx.Body = "response";
            var err = new InvalidOperationException("boom");
            err.Data["status"] = 418;
            err.Data["expose"] = true;
            err.Data["headers"] = new Dictionary<string, object?> { ["X-New-Header"] = "Value" };
            throw err;
        });
        var res = await app.Request(transport).Get("/")
            .Expect(418)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("X-New-Header", "Value");
        Assert.False(res.HasHeader("vary"));
        Assert.False(res.HasHeader("x-csrf-token"));
    }

    // 3.3.0: err.headers cannot set Content-Type or Content-Length.
    [Theory(DisplayName = "ctx.onerror(err) › 3.3.0 › should not let err.headers set content-type or content-length")]
    [Transports]
    public async Task Error_headers_skip_entity_headers(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            var err = HttpErrors.Create(418, "boom");
            err.Headers["Content-Type"] = "text/html";
            err.Headers["content-length"] = "1000";
            err.Headers["X-Kept"] = "yes";
            throw err;
        });
        await app.Request(transport).Get("/")
            .Expect(418, "boom")
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .Expect("Content-Length", "4")
            .ExpectAsync("X-Kept", "yes");
    }

    [Theory(DisplayName = "ctx.onerror(err) › should ignore error after headerSent")]
    [Transports]
    public async Task Ignores_error_after_header_sent(TestTransport transport)
    {
        var app = new Application();
        var assertions = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Error += (err, ctx) =>
        {
            try
            {
                Assert.Equal("mock error", err.Message);
                Assert.Equal(true, err.Data["headerSent"]);
                assertions.TrySetResult();
            }
            catch (Exception e)
            {
                assertions.TrySetException(e);
            }
        };
        app.Use(async ctx =>
        {
            ctx.Status = 200;
            ctx.Set("X-Foo", "Bar");
            await ctx.FlushHeadersAsync();
            await Task.FromException(new InvalidOperationException("mock error"));
            ctx.Body = "response";
        });
        // Upstream: .expect(200, () => {}) — the client's outcome is ignored. KoaNet aborts the connection after an
        // error once the headers are out (the response would otherwise look complete), so the client sees a reset.
        await Record.ExceptionAsync(() => app.Request(transport).Get("/").Expect("X-Foo", "Bar").ExpectAsync(200));
        await assertions.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory(DisplayName = "ctx.onerror(err) › should set status specified in the error using statusCode")]
    [Transports]
    public async Task Status_from_statusCode(TestTransport transport)
    {
        var app = new Application();
        app.Use((ctx, next) =>
        {
            ctx.Body = "something else";
            var err = new InvalidOperationException("Not found");
            err.Data["statusCode"] = 404;
            throw err;
        });
        await app.Request(transport).Get("/")
            .Expect(404)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("Not Found");
    }

    [Theory(DisplayName = "ctx.onerror(err) › when invalid err.statusCode › not number › should respond 500")]
    [Transports]
    public async Task StatusCode_not_a_number(TestTransport transport)
    {
        var app = new Application { Silent = true };
        app.Use((ctx, next) =>
        {
            ctx.Body = "something else";
            var err = new InvalidOperationException("some error");
            err.Data["statusCode"] = "notnumber";
            throw err;
        });
        await app.Request(transport).Get("/")
            .Expect(500)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("Internal Server Error");
    }

    [Theory(DisplayName = "ctx.onerror(err) › when invalid err.status › not number › should respond 500")]
    [Transports]
    public async Task Status_not_a_number(TestTransport transport)
    {
        var app = new Application { Silent = true };
        app.Use((ctx, next) =>
        {
            ctx.Body = "something else";
            var err = new InvalidOperationException("some error");
            err.Data["status"] = "notnumber";
            throw err;
        });
        await app.Request(transport).Get("/")
            .Expect(500)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("Internal Server Error");
    }

    [Theory(DisplayName = "ctx.onerror(err) › when invalid err.status › not http status code › should respond 500")]
    [Transports]
    public async Task Status_not_an_http_status(TestTransport transport)
    {
        var app = new Application { Silent = true };
        app.Use((ctx, next) =>
        {
            ctx.Body = "something else";
            var err = new InvalidOperationException("some error");
            err.Data["status"] = 9999;
            throw err;
        });
        await app.Request(transport).Get("/")
            .Expect(500)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("Internal Server Error");
    }

    // Another realm's Error: any exception type at all, read through Exception.Data.
    [Theory(DisplayName = "ctx.onerror(err) › when error from another scope thrown › should handle it like a normal error")]
    [Transports]
    public async Task Error_from_another_scope(TestTransport transport)
    {
        var app = new Application();
        var error = new ExternalError("boom");
        error.Data["status"] = 418;
        error.Data["expose"] = true;
        app.Use((ctx, next) => throw error);
        var received = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Error += (receivedError, _) => received.TrySetResult(receivedError);
        await app.Request(transport).Get("/").ExpectAsync(418);
        Assert.Same(error, await received.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    // `throw 'string error'` has no C# form (only exceptions are thrown); the nearest is an exception with nothing
    // HTTP about it: a 500 whose message is not exposed.
    [Theory(DisplayName = "ctx.onerror(err) › when non-error thrown › should respond with non-error thrown message")]
    [Transports]
    public async Task Non_error_thrown(TestTransport transport)
    {
        var app = new Application { Silent = true };
        app.Use((ctx, next) => throw new ExternalError("string error"));
        await app.Request(transport).Get("/")
            .Expect(500)
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync("Internal Server Error");
    }

    // upstream counts removeHeader calls on a fake res: every header present before the error is removed.
    [Fact(DisplayName = "ctx.onerror(err) › when non-error thrown › should use res.getHeaderNames() accessor when available")]
    public async Task Removes_every_header()
    {
        var ctx = TestContexts.Create();
        ctx.App.Error += (_, _) => { };
        ctx.Set("X-One", "1");
        ctx.Set("X-Two", "2");
        await ctx.OnErrorAsync(new InvalidOperationException("error"));
        var res = TestContexts.ResponseOf(ctx);
        Assert.False(res.Headers.ContainsKey("X-One"));
        Assert.False(res.Headers.ContainsKey("X-Two"));
        Assert.Equal(["Content-Type", "Content-Length"], res.Headers.Keys.Order(StringComparer.Ordinal).Reverse());
    }

    // `throw { key: 'value' }` cannot be written in C#; the error event receives the very exception thrown.
    [Theory(DisplayName = "ctx.onerror(err) › when non-error thrown › should stringify error if it is an object")]
    [Transports]
    public async Task Object_thrown(TestTransport transport)
    {
        var app = new Application();
        var thrown = new ExternalError("{\"key\":\"value\"}");
        Exception? received = null;
        app.Error += (err, _) => received = err;
        app.Use(ctx => throw thrown);
        await app.Request(transport).Get("/").Expect(500).ExpectAsync("Internal Server Error");
        Assert.Same(thrown, received);
    }

    [Fact(DisplayName = "ctx.onerror(err) › null does nothing (node-style callback)")]
    public async Task Null_does_nothing()
    {
        var ctx = TestContexts.Create();
        await ctx.OnErrorAsync(null);
        Assert.False(TestContexts.ResponseOf(ctx).HasStarted);
    }

    private sealed class ExternalError(string message) : Exception(message);
}
