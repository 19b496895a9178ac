using Microsoft.AspNetCore.Http.Features;

namespace Koa.Tests.Responses;

// __tests__/response/socket.test.js — node's socket is the connection feature here.
public sealed class SocketTests
{
    [Fact(DisplayName = "res.socket › should return the request socket object")]
    public void Returns_the_connection()
    {
        var ctx = TestContexts.Create();
        var socket = ctx.Response.Socket;
        Assert.NotNull(socket);
        Assert.Same(ctx.Features.Get<IHttpConnectionFeature>(), socket);
        Assert.Same(ctx.Request.Socket, socket);
        Assert.Equal("127.0.0.1", socket.RemoteIpAddress?.ToString());
    }
}
