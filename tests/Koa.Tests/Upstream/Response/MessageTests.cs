namespace Koa.Tests.Responses;

// __tests__/response/message.test.js — describe('res.message'); node's res.statusMessage is the reason phrase.
public sealed class MessageTests
{
    [Fact(DisplayName = "res.message › should return the response status message")]
    public void Returns_status_message()
    {
        var res = TestContexts.Response();
        res.Status = 200;
        Assert.Equal("OK", res.Message);
    }

    [Fact(DisplayName = "res.message › when res.message not present › should look up in statuses")]
    public void Looks_up_statuses()
    {
        var res = TestContexts.Response();
        res.Res.StatusCode = 200;
        Assert.Null(res.Res.ReasonPhrase);
        Assert.Equal("OK", res.Message);
    }
}

// __tests__/response/message.test.js — describe('res.message=')
public sealed class MessageSetterTests
{
    [Fact(DisplayName = "res.message= › should set response status message")]
    public void Sets_status_message()
    {
        var res = TestContexts.Response();
        res.Status = 200;
        res.Message = "ok";
        Assert.Equal("ok", res.Res.ReasonPhrase);
        Assert.Equal("ok", res.Inspect()!["message"]);
    }

    // Not upstream: node refuses a status message with CR/LF when writing the head (ERR_INVALID_CHAR,
    // 'Invalid character in statusMessage'); here the setter refuses it, so no server can put it on the status line.
    [Fact(DisplayName = "res.message= › security › should reject CR or LF")]
    public void Rejects_line_breaks()
    {
        var res = TestContexts.Response();
        res.Status = 200;
        var error = Assert.Throws<ArgumentException>(() => res.Message = "OK\r\nSet-Cookie: a=b");
        Assert.Contains("Invalid character in statusMessage", error.Message, StringComparison.Ordinal);
        Assert.Equal("OK", res.Message);
    }

    [Theory(DisplayName = "res.message= › security › should never split the status line on the wire")]
    [Transports]
    public async Task Never_splits_the_status_line(TestTransport transport)
    {
        var app = new Application { Silent = true };
        app.Use(ctx =>
        {
            ctx.Status = 200;
            ctx.Message = "OK\r\nSet-Cookie: a=b";
            ctx.Body = "hi";
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/").ExpectAsync(500);
        Assert.False(res.HasHeader("Set-Cookie"));
    }
}
