using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// One request through KoaNet.Session, KoaNet.Cors and KoaNet.Helmet, each on a fresh context (made by
/// KoaNet.Testing's <see cref="TestContexts"/>, as a request makes one; the "context only" case is that cost alone).
/// Node twin: benchmarks/node/middleware.js (koa-session 7.0.2, @koa/cors 5.0.0, koa-helmet 9.0.0).
/// </summary>
[MemoryDiagnoser]
public class MiddlewareBenchmarks
{
    private static readonly Func<Task> Done = () => Task.CompletedTask;

    private Application _app = null!;
    private Func<Context, Func<Task>, Task> _session = null!;
    private Func<Context, Func<Task>, Task> _cors = null!;
    private Func<Context, Func<Task>, Task> _helmet = null!;
    private string _cookie = "";

    [GlobalSetup]
    public void Setup()
    {
        _app = new Application(new ApplicationOptions { Keys = ["im a newer secret", "i like turtle"] });
        _session = Session.Create(_app);
        _cors = Cors.Create();
        _helmet = Helmet.Create();

        // a real session cookie (and its signature) as koa-session writes it
        var ctx = TestContexts.Create(null, _app);
        _session(ctx, () => { ctx.Session!["user"] = "ada"; ctx.Session!["views"] = 3; return Task.CompletedTask; }).GetAwaiter().GetResult();
        _cookie = string.Join("; ", ctx.Response.Headers["Set-Cookie"].Select(c => c!.Split(';')[0]));
    }

    private Context NewContext(string method = "GET", params (string Name, string Value)[] headers)
    {
        var options = new TestRequestOptions { Method = method, Url = "/api/todos" };
        foreach (var (name, value) in headers) options.Headers[name] = value;
        return TestContexts.Create(options, _app);
    }

    /// <summary>The baseline: a context with a Cookie header, no middleware.</summary>
    [Benchmark(Baseline = true, Description = "context only")]
    public Context ContextOnly() => NewContext("GET", ("Cookie", _cookie));

    /// <summary>koa-session: read a signed cookie session, unchanged (no Set-Cookie).</summary>
    [Benchmark(Description = "session: read cookie")]
    public async Task<object?> SessionRead()
    {
        var ctx = NewContext("GET", ("Cookie", _cookie));
        object? user = null;
        await _session(ctx, () => { user = ctx.Session!["user"]; return Task.CompletedTask; });
        return user;
    }

    /// <summary>koa-session: a new session written (JSON, base64, signed Set-Cookie pair).</summary>
    [Benchmark(Description = "session: write cookie")]
    public async Task<Context> SessionWrite()
    {
        var ctx = NewContext();
        await _session(ctx, () => { ctx.Session!["user"] = "ada"; ctx.Session!["views"] = 3; return Task.CompletedTask; });
        return ctx;
    }

    /// <summary>@koa/cors defaults: a cross-origin GET.</summary>
    [Benchmark(Description = "cors: simple GET")]
    public async Task<Context> CorsSimple()
    {
        var ctx = NewContext("GET", ("Origin", "https://app.example.com"));
        await _cors(ctx, Done);
        return ctx;
    }

    /// <summary>@koa/cors defaults: a preflight answered with 204.</summary>
    [Benchmark(Description = "cors: preflight")]
    public async Task<Context> CorsPreflight()
    {
        var ctx = NewContext("OPTIONS", ("Origin", "https://app.example.com"), ("Access-Control-Request-Method", "PUT"), ("Access-Control-Request-Headers", "content-type"));
        await _cors(ctx, Done);
        return ctx;
    }

    /// <summary>koa-helmet's default header set.</summary>
    [Benchmark(Description = "helmet: defaults")]
    public async Task<Context> HelmetDefaults()
    {
        var ctx = NewContext();
        await _helmet(ctx, Done);
        return ctx;
    }
}
