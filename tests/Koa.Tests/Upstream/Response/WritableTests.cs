using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Koa.Tests.Responses;

// __tests__/response/writable.test.js — raw sockets against Kestrel, as upstream uses net.connect against app.listen().
public sealed class WritableTests
{
    [Fact(DisplayName = "res.writable › when continuous requests in one persistent connection › should always be writable and respond to all requests")]
    public async Task Writable_across_keep_alive_requests()
    {
        var app = new Application();
        var count = 0;
        app.Use(ctx =>
        {
            count++;
            ctx.Body = "request " + count + ", writable: " + (ctx.Writable ? "true" : "false");
            return Task.CompletedTask;
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        var responses = await ExchangeAsync(server.Port, RawHttp.Get(server.Port) + RawHttp.Get(server.Port).Replace("keep-alive", "close", StringComparison.Ordinal));
        Assert.Matches(new Regex("request 1, writable: true"), responses);
        Assert.Matches(new Regex("request 2, writable: true"), responses);
        Assert.Equal(2, count);
    }

    // Upstream reads ctx.writable after the request is over; a context here belongs to its request only (servers pool
    // them), so the middleware itself waits for the disconnect and then reads it.
    [Fact(DisplayName = "res.writable › when socket closed before response sent › should not be writable")]
    public async Task Not_writable_after_disconnect()
    {
        var app = new Application();
        app.Error += (_, _) => { };
        var writable = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var assertionRan = false;
        app.Use(async ctx =>
        {
            assertionRan = true;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), ctx.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // the client went away
            }
            writable.TrySetResult(ctx.Writable);
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        await RawHttp.SendAndDisconnectAsync(server.Port, RawHttp.Get(server.Port), TimeSpan.FromMilliseconds(5));
        Assert.False(await writable.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(assertionRan);
    }

    // ctx.res.end() is ctx.ResBody.CompleteAsync().
    [Theory(DisplayName = "res.writable › when response finished › should not be writable")]
    [Transports]
    public async Task Not_writable_after_end(TestTransport transport)
    {
        var app = new Application();
        var assertionRan = false;
        app.Use(async ctx =>
        {
            Assert.True(ctx.Writable);
            await ctx.ResBody.CompleteAsync();
            Assert.False(ctx.Writable);
            assertionRan = true;
        });
        await app.Request(transport).Get("/").EndAsync();
        Assert.True(assertionRan);
    }

    // Upstream writes both requests and half-closes (client.end()). Kestrel takes a client's FIN for the end of the
    // connection and aborts what is in flight, so here the second request asks to close instead, and the client reads
    // until the server closes.
    private static async Task<string> ExchangeAsync(int port, string requests)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellation.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(requests), cancellation.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancellation.Token);
        return Encoding.UTF8.GetString(received.ToArray());
    }
}
