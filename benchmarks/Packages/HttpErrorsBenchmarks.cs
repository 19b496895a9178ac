using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="HttpErrors"/> on the cases of benchmarks/node/http-errors.js: what <c>ctx.throw</c> costs
/// (<c>createError(404)</c>, with a message, with properties and headers), extending an existing exception,
/// and the <c>isHttpError</c> check. .NET captures no stack trace until an exception is thrown; upstream calls
/// <c>Error.captureStackTrace</c> on creation.
/// </summary>
[MemoryDiagnoser]
public class HttpErrorsBenchmarks
{
    private readonly Dictionary<string, object?> _properties = new()
    {
        ["headers"] = new Dictionary<string, string> { ["WWW-Authenticate"] = "Basic" },
        ["id"] = 1,
    };

    private readonly Exception _error = HttpErrors.Create(new InvalidOperationException("boom"));

    /// <summary><c>createError(404)</c>.</summary>
    [Benchmark(Description = "createError(404)")]
    public HttpError Status() => HttpErrors.Create(404);

    /// <summary><c>createError(404, 'missing')</c>.</summary>
    [Benchmark(Description = "createError(404, msg)")]
    public HttpError StatusMessage() => HttpErrors.Create(404, "missing");

    /// <summary><c>createError(401, 'login', { headers: { 'WWW-Authenticate': 'Basic' }, id: 1 })</c>.</summary>
    [Benchmark(Description = "createError(401, msg, props)")]
    public HttpError StatusMessageProperties() => HttpErrors.Create(401, "login", _properties);

    /// <summary><c>createError(new Error('boom'))</c>: a fresh plain error given status 500.</summary>
    [Benchmark(Description = "createError(err)")]
    public Exception ExistingError() => HttpErrors.Create(new InvalidOperationException("boom"));

    /// <summary><c>createError.isHttpError(err)</c> on a plain error that createError extended (the duck-typed path).</summary>
    [Benchmark(Description = "isHttpError(extended err)")]
    public bool IsHttpError() => HttpErrors.IsHttpError(_error);
}
