using System.Net;
using Microsoft.Extensions.Logging;

namespace Koa.Tests.Security;

/// <summary>
/// Node's <c>clientError</c>: the requests Kestrel answers by itself (400, 408, 414, 431, before any middleware)
/// reach <see cref="ApplicationBase.ClientError"/> with the error and the connection, so they can be logged in one
/// place. They are not <see cref="ApplicationBase.Error"/> events (no context; no stderr flooding by default).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ClientErrorTests
{
    public static TheoryData<string, string, int, string> Refusals => new()
    {
        { "bare LF", "GET / HTTP/1.1\nHost: a\r\n\r\n", 400, "Invalid request line: 'GET / HTTP/1.1'" },
        { "NUL in a header", "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\0b\r\n\r\n", 400, "Malformed request: invalid headers." },
        { "duplicate Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400, "Multiple Content-Length headers." },
        { "missing Host", "GET / HTTP/1.1\r\n\r\n", 400, "Request is missing Host header." },
        { "request line too long", $"GET /{new string('a', 200)} HTTP/1.1\r\nHost: a\r\n\r\n", 414, "Request line too long." },
        { "header section too large", $"GET / HTTP/1.1\r\nHost: a\r\nX: {new string('b', 300)}\r\n\r\n", 431, "Request headers too long." },
    };

    [Theory(DisplayName = "security › clientError › Kestrel's own refusals reach app.ClientError with the connection")]
    [MemberData(nameof(Refusals))]
    public async Task Refusals_are_reported(string name, string request, int status, string message)
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestLineSize = 100, MaxRequestHeadersTotalSize = 200 });
        using var wire = await Wire.ConnectAsync(probe.Port);
        var local = wire.LocalEndPoint;

        await wire.SendAsync(request);
        var result = await wire.ReadToEndAsync();
        await probe.WaitForAsync(p => p.ClientErrors.Count > 0);

        Assert.Equal(status, result.Status);
        var (error, connection) = Assert.Single(probe.ClientErrors);
        Assert.Equal(status, error.StatusCode);
        Assert.True(error.Message.StartsWith(message, StringComparison.Ordinal), $"{name}: {error.Message}");
        Assert.Equal(local, connection.RemoteEndPoint);
        Assert.False(string.IsNullOrEmpty(connection.Id));
        Assert.Empty(probe.Errors);
        Assert.Equal(0, probe.Invocations);
    }

    [Fact(DisplayName = "security › clientError › a request-headers timeout is reported as 408")]
    public async Task Headers_timeout_is_reported()
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { RequestHeadersTimeout = TimeSpan.FromSeconds(1) });
        using var wire = await Wire.ConnectAsync(probe.Port);

        await wire.SendAsync("GET / HTTP/1.1\r\nHost: a\r\n");
        var result = await wire.ReadToEndAsync(TimeSpan.FromSeconds(6));
        await probe.WaitForAsync(p => p.ClientErrors.Count > 0);

        Assert.Equal(408, result.Status);
        Assert.Equal(408, Assert.Single(probe.ClientErrors).Error.StatusCode);
    }

    [Fact(DisplayName = "security › clientError › a body error the middleware met goes to app.Error only, not again to clientError")]
    public async Task Body_errors_are_request_errors()
    {
        await using var probe = await ServerProbe.StartAsync(new ApplicationOptions { MaxRequestBodySize = 10 });

        var result = await Wire.ExchangeAsync(probe.Port, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world");
        await probe.WaitForAsync(p => p.ClientErrors.Count > 0, TimeSpan.FromMilliseconds(300));

        Assert.Equal(413, result.Status);
        Assert.Single(probe.Errors);
        Assert.Empty(probe.ClientErrors);
    }

    // The middleware answers without reading the body; Kestrel drains it afterwards and finds it malformed.
    [Fact(DisplayName = "security › clientError › a bad body the middleware never read is reported by Kestrel's drain")]
    public async Task Unread_bad_body()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = "ignored the body";
            return Task.CompletedTask;
        });
        await using var probe = await ServerProbe.StartAsync(app);

        var result = await Wire.ExchangeAsync(probe.Port, "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nx\r\n0\r\n\r\n");
        await probe.WaitForAsync(p => p.ClientErrors.Count > 0);

        Assert.Equal(200, result.Status);
        Assert.True(result.Closed);
        Assert.Empty(probe.Errors);
        Assert.Equal(400, Assert.Single(probe.ClientErrors).Error.StatusCode);
    }

    [Fact(DisplayName = "security › clientError › well-formed requests raise nothing")]
    public async Task Valid_requests_raise_nothing()
    {
        await using var probe = await ServerProbe.StartAsync();

        var result = await Wire.ExchangeAsync(probe.Port, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        await probe.WaitForAsync(p => p.ClientErrors.Count > 0, TimeSpan.FromMilliseconds(300));

        Assert.Equal(200, result.Status);
        Assert.Empty(probe.ClientErrors);
    }

    [Fact(DisplayName = "security › clientError › without listeners nothing is written (no log flooding)")]
    public async Task Quiet_without_listeners()
    {
        using var stderr = new StderrCapture();
        var app = new Application();
        var errors = 0;
        app.Error += (_, _) => Interlocked.Increment(ref errors);
        await using var server = await app.ListenAsync(0, "127.0.0.1");

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(400, (await Wire.ExchangeAsync(server.Port, "GET / HTTP/1.1\nHost: a\n\n")).Status);
        }

        Assert.Equal(string.Empty, stderr.Text);
        Assert.Equal(0, errors);
    }

    [Fact(DisplayName = "security › clientError › a throwing listener is reported on stderr; the server keeps serving")]
    public async Task Throwing_listener()
    {
        using var stderr = new StderrCapture();
        var app = new Application();
        app.ClientError += (_, _) => throw new InvalidOperationException("listener bug");
        app.Use(ctx =>
        {
            ctx.Body = "ok";
            return Task.CompletedTask;
        });
        await using var server = await app.ListenAsync(0, "127.0.0.1");

        Assert.Equal(400, (await Wire.ExchangeAsync(server.Port, "GET / HTTP/1.1\nHost: a\n\n")).Status);
        var ok = await Wire.ExchangeAsync(server.Port, "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, ok.Status);
        Assert.Contains("error in a clientError listener: System.InvalidOperationException: listener bug", stderr.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "security › clientError › a throwing listener of a silent app writes nothing")]
    public async Task Throwing_listener_silent()
    {
        using var stderr = new StderrCapture();
        var app = new Application(new ApplicationOptions { Silent = true });
        var calls = 0;
        app.ClientError += (_, _) =>
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("listener bug");
        };
        await using var server = await app.ListenAsync(0, "127.0.0.1");

        Assert.Equal(400, (await Wire.ExchangeAsync(server.Port, "GET / HTTP/1.1\nHost: a\n\n")).Status);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Volatile.Read(ref calls) == 0 && DateTime.UtcNow < deadline) await Task.Delay(10);

        Assert.Equal(1, calls);
        Assert.Equal(string.Empty, stderr.Text);
    }

    // The logger factory KoaServer gives Kestrel, driven directly: which log events become ClientError.
    [Fact(DisplayName = "security › clientError › the logger bridge reports ConnectionBadRequest only, and drops the rest")]
    public void Logger_bridge()
    {
        var app = new Application();
        var seen = new List<(Microsoft.AspNetCore.Http.BadHttpRequestException Error, ClientConnection Connection)>();
        app.ClientError += (error, connection) => seen.Add((error, connection));
        using var factory = new ClientErrorLog(app);
        factory.AddProvider(Microsoft.Extensions.Logging.Abstractions.NullLoggerProvider.Instance);
        var badRequests = factory.CreateLogger("Microsoft.AspNetCore.Server.Kestrel.BadRequests");
        var general = factory.CreateLogger("Microsoft.AspNetCore.Server.Kestrel");
        var error = new Microsoft.AspNetCore.Http.BadHttpRequestException("Request line too long.", 414);
        IReadOnlyList<KeyValuePair<string, object?>> state = [new("ConnectionId", "0HN7"), new("message", error.Message)];

        badRequests.Log(LogLevel.Debug, new EventId(17, "ConnectionBadRequest"), state, error, (_, _) => string.Empty);
        badRequests.Log(LogLevel.Debug, new EventId(17, "ConnectionBadRequest"), "unstructured", error, (s, _) => s);
        badRequests.Log(LogLevel.Debug, new EventId(27, "RequestBodyMinimumDataRateNotSatisfied"), state, error, (_, _) => string.Empty);
        badRequests.Log(LogLevel.Debug, new EventId(17, "ConnectionBadRequest"), state, new IOException("x"), (_, _) => string.Empty);
        general.Log(LogLevel.Error, new EventId(13, "ApplicationError"), state, error, (_, _) => string.Empty);

        Assert.Equal(2, seen.Count);
        Assert.Equal(new ClientConnection("0HN7", null), seen[0].Connection);
        Assert.Equal(string.Empty, seen[1].Connection.Id);
        Assert.Same(error, seen[0].Error);
        Assert.True(badRequests.IsEnabled(LogLevel.Debug));
        Assert.Null(badRequests.BeginScope("scope"));
        Assert.True(general.IsEnabled(LogLevel.Information));
        Assert.False(general.IsEnabled(LogLevel.Debug));
        Assert.Null(general.BeginScope("scope"));
        Assert.Same(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, factory.CreateLogger("Microsoft.AspNetCore.Server.Kestrel.Connections"));
    }

    [Fact(DisplayName = "security › clientError › ClientConnection carries the connection id and the client's address")]
    public void Client_connection()
    {
        var connection = new ClientConnection("0HN1", new IPEndPoint(IPAddress.Loopback, 5000));
        Assert.Equal("0HN1", connection.Id);
        Assert.Equal("127.0.0.1:5000", connection.RemoteEndPoint?.ToString());
        Assert.Equal(connection, connection with { });
    }
}
