using System.Collections.Concurrent;

namespace Koa.Tests.Upstream;

// koa-logger 4.0.0 test/test-server.js (koa-route's routes as a switch; Boom's badImplementation as an HttpError 500).
internal static class TestServer
{
    public static Application Create(Func<Context, Func<Task>, Task> logger)
    {
        var app = new Application { Silent = true };
        app.Use(logger);
        app.Use((ctx, next) =>
        {
            if (ctx.Method is not ("GET" or "HEAD")) return next();
            switch (ctx.Path)
            {
                case "/200": ctx.Status = 200; ctx.Body = "hello world"; break;
                case "/200-stream": ctx.Status = 200; ctx.Body = new MemoryStream("hello world"u8.ToArray()); break;
                case "/301": ctx.Status = 301; break;
                case "/304": ctx.Status = 304; break;
                case "/404": ctx.Status = 404; ctx.Body = "not found"; break;
                case "/500": ctx.Status = 500; ctx.Body = "server error"; break;
                case "/500-boom": ctx.Throw(HttpErrors.Create(500, "terrible implementation")); break;
                case "/error": throw new InvalidOperationException("oh no");
                default: return next();
            }

            return Task.CompletedTask;
        });
        return app;
    }
}

/// <summary>A transporter spy: the calls (line, args) in order.</summary>
public sealed class Spy
{
    public ConcurrentQueue<(string Line, IReadOnlyList<object?> Args)> Calls { get; } = new();

    public void Record(string line, IReadOnlyList<object?> args) => Calls.Enqueue((line, args));

    /// <summary>The response line is written when the response has finished, which may be after the client has it.</summary>
    public async Task WaitForAsync(int count)
    {
        for (var i = 0; i < 500 && Calls.Count < count; i++) await Task.Delay(10);
    }

    public bool CalledWith(params object?[] expected) =>
        Calls.Any(c => c.Args.Count == expected.Length && expected.Select((e, i) => e is Any || Equals(e, c.Args[i]) || (e is AnyString && c.Args[i] is string)).All(x => x));

    public sealed class Any;

    public sealed class AnyString;
}
