using System.Collections.Concurrent;

namespace Koa.Tests.Security;

/// <summary>
/// A Koa app on real Kestrel (127.0.0.1, ephemeral port) that records every request its middleware sees — the method,
/// the target and the body it read — and every error it raises, so a test can prove what reached the application.
/// </summary>
internal sealed class ServerProbe : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _seen = new();
    private readonly ConcurrentQueue<Exception> _errors = new();
    private readonly ConcurrentQueue<(Microsoft.AspNetCore.Http.BadHttpRequestException Error, ClientConnection Connection)> _clientErrors = new();
    private KoaServer? _server;

    private ServerProbe(Application app) => App = app;

    public Application App { get; }

    public int Port => _server!.Port;

    /// <summary>"METHOD target body" for each request the middleware saw, in order.</summary>
    public IReadOnlyList<string> Seen => [.. _seen];

    public int Invocations => _seen.Count;

    public IReadOnlyList<Exception> Errors => [.. _errors];

    public IReadOnlyList<(Microsoft.AspNetCore.Http.BadHttpRequestException Error, ClientConnection Connection)> ClientErrors => [.. _clientErrors];

    /// <summary>Starts an app whose middleware records the request, reads its body and answers <c>ok</c>.</summary>
    public static Task<ServerProbe> StartAsync(ApplicationOptions? options = null, Func<Context, Task>? handler = null)
    {
        var app = new Application(options ?? new ApplicationOptions());
        var probe = new ServerProbe(app);
        app.Error += (error, _) => probe._errors.Enqueue(error);
        app.ClientError += (error, connection) => probe._clientErrors.Enqueue((error, connection));
        app.Use(async ctx =>
        {
            var body = await new StreamReader(ctx.Req.Body).ReadToEndAsync(ctx.RequestAborted);
            probe._seen.Enqueue($"{ctx.Method} {ctx.Url} {body}".TrimEnd());
            if (handler is null) ctx.Body = "ok";
            else await handler(ctx);
        });
        return probe.ListenAsync();
    }

    /// <summary>Starts <paramref name="app"/> as it is, recording its errors.</summary>
    public static Task<ServerProbe> StartAsync(Application app)
    {
        var probe = new ServerProbe(app);
        app.Error += (error, _) => probe._errors.Enqueue(error);
        app.ClientError += (error, connection) => probe._clientErrors.Enqueue((error, connection));
        return probe.ListenAsync();
    }

    public async Task WaitForAsync(Func<ServerProbe, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Wire.DefaultTimeout);
        while (!condition(this) && DateTime.UtcNow < deadline) await Task.Delay(10);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            _server.ShutdownTimeout = TimeSpan.FromSeconds(1);
            await _server.DisposeAsync();
        }
    }

    private async Task<ServerProbe> ListenAsync()
    {
        _server = await App.ListenAsync(0, "127.0.0.1");
        return this;
    }
}
