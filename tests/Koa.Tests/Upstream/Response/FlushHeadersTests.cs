using System.IO.Pipelines;
using System.Text;

namespace Koa.Tests.Responses;

// __tests__/response/flushHeaders.test.js — ctx.flushHeaders() is ctx.FlushHeadersAsync() (sending headers is I/O).
public sealed class FlushHeadersTests
{
    private const string Link = "</css/mycss.css>; as=style; rel=preload, <https://img.craftflair.com>; rel=preconnect; crossorigin";

    [Theory(DisplayName = "ctx.flushHeaders() › should set headersSent")]
    [Transports]
    public async Task Sets_headers_sent(TestTransport transport)
    {
        var app = new Application();
        app.Use(async ctx =>
        {
            ctx.Body = "Body";
            ctx.Status = 200;
            await ctx.FlushHeadersAsync();
            Assert.True(ctx.HeaderSent);
            Assert.True(ctx.Res.HasStarted);
        });
        await app.Request(transport).Get("/").Expect(200).ExpectAsync("Body");
    }

    [Theory(DisplayName = "ctx.flushHeaders() › should allow a response afterwards")]
    [Transports]
    public async Task Allows_a_response_afterwards(TestTransport transport)
    {
        var app = new Application();
        app.Use(async ctx =>
        {
            ctx.Status = 200;
            ctx.Res.Headers["Content-Type"] = "text/plain";
            await ctx.FlushHeadersAsync();
            ctx.Body = "Body";
        });
        await app.Request(transport).Get("/").Expect(200).Expect("Content-Type", "text/plain").ExpectAsync("Body");
    }

    [Theory(DisplayName = "ctx.flushHeaders() › should send the correct status code")]
    [Transports]
    public async Task Sends_the_status(TestTransport transport)
    {
        var app = new Application();
        app.Use(async ctx =>
        {
            ctx.Status = 401;
            ctx.Res.Headers["Content-Type"] = "text/plain";
            await ctx.FlushHeadersAsync();
            ctx.Body = "Body";
        });
        await app.Request(transport).Get("/").Expect(401).Expect("Content-Type", "text/plain").ExpectAsync("Body");
    }

    [Theory(DisplayName = "ctx.flushHeaders() › should ignore set header after flushHeaders")]
    [Transports]
    public async Task Ignores_later_headers(TestTransport transport)
    {
        var app = new Application();
        app.Use(async ctx =>
        {
            ctx.Status = 401;
            ctx.Res.Headers["Content-Type"] = "text/plain";
            await ctx.FlushHeadersAsync();
            ctx.Body = "foo";
            ctx.Set("X-Shouldnt-Work", "Value");
            ctx.Remove("Content-Type");
            ctx.Vary("Content-Type");
        });
        var res = await app.Request(transport).Get("/").Expect(401).Expect("Content-Type", "text/plain").EndAsync();
        Assert.Null(res.Header("x-shouldnt-work"));
        Assert.Null(res.Header("vary"));
        Assert.Equal("foo", res.Text);
    }

    // Upstream listens and uses node's http client; here Kestrel and HttpClient reading headers first. The body is
    // only produced once the client holds the headers, so the test cannot pass unless they were flushed on their own.
    [Fact(DisplayName = "ctx.flushHeaders() › should flush headers first and delay to send data")]
    public async Task Flushes_headers_before_data()
    {
        var app = new Application();
        var headersReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var headersFlushed = false;
        app.Use(async ctx =>
        {
            ctx.Type = "json";
            ctx.Status = 200;
            ctx.Headers["Link"] = Link;
            var pipe = new Pipe();
            ctx.Body = pipe.Reader;
            await ctx.FlushHeadersAsync();
            headersFlushed = true;
            _ = Task.Run(async () =>
            {
                await headersReceived.Task.WaitAsync(TimeSpan.FromSeconds(5));
                await Task.Delay(10);
                await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("{\"message\":\"hello!\"}"));
                await pipe.Writer.CompleteAsync();
            });
        });

        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await client.GetAsync($"http://127.0.0.1:{server.Port}/", HttpCompletionOption.ResponseHeadersRead);
        Assert.True(headersFlushed, "Headers should be flushed");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        headersReceived.SetResult();

        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64];
        var read = await body.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(read > 0, "Data should be received after headers");
        Assert.StartsWith("{\"message\"", Encoding.UTF8.GetString(buffer, 0, read), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "ctx.flushHeaders() › should catch stream error")]
    [Transports]
    public async Task Catches_stream_error(TestTransport transport)
    {
        var app = new Application();
        var error = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Error += (err, _) => error.TrySetResult(err);
        app.Use(async ctx =>
        {
            ctx.Type = "json";
            ctx.Status = 200;
            ctx.Headers["Link"] = Link;
            ctx.Length = 20;
            await ctx.FlushHeadersAsync();
            var pipe = new Pipe();
            ctx.Body = pipe.Reader;
            _ = Task.Run(async () =>
            {
                await Task.Yield();
                await pipe.Writer.CompleteAsync(new IOException("mock error"));
            });
        });
        await Assert.ThrowsAnyAsync<Exception>(() => app.Request(transport).Get("/").EndAsync());
        Assert.Equal("mock error", (await error.Task.WaitAsync(TimeSpan.FromSeconds(5))).Message);
    }
}
