using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Contexts without a server, for unit-testing middleware and Koa's accessors (Koa's test-helpers/context.js):
/// a request described by <see cref="TestRequestOptions"/> and a <see cref="TestResponseFeature"/>.
/// </summary>
/// <example>
/// <code>
/// var ctx = TestContexts.Create(new TestRequestOptions { Url = "/login?next=/", Headers = { ["Host"] = "example.com" } });
/// Assert.Equal("/login", ctx.Path);
/// ctx.Body = "hi";
/// Assert.Equal("text/plain; charset=utf-8", ctx.Response.Get("Content-Type"));
/// </code>
/// </example>
public static class TestContexts
{
    /// <summary>A context of a new <see cref="Application"/> (or <paramref name="app"/>) for the described request.</summary>
    /// <param name="request">The request; null for <c>GET /</c> without headers.</param>
    /// <param name="app">The application; null for a new one.</param>
    /// <returns>The context.</returns>
    /// <example><c>var ctx = TestContexts.Create(new() { Method = "POST", Url = "/items" });</c></example>
    public static Context Create(TestRequestOptions? request = null, Application? app = null) =>
        (app ?? new Application()).CreateContext(Features(request ?? new TestRequestOptions()));

    /// <summary>A context of type <typeparamref name="TContext"/> of <paramref name="app"/> for the described request.</summary>
    /// <typeparam name="TContext">The application's context type.</typeparam>
    /// <param name="app">The application.</param>
    /// <param name="request">The request; null for <c>GET /</c>.</param>
    /// <returns>The context.</returns>
    /// <example><c>var ctx = TestContexts.Create(new Application&lt;MyContext&gt;(), new() { Url = "/" });</c></example>
    public static TContext Create<TContext>(Application<TContext> app, TestRequestOptions? request = null)
        where TContext : Context, new()
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.CreateContext(Features(request ?? new TestRequestOptions()));
    }

    /// <summary>The request of a new test context (<c>context.request()</c> of the helper).</summary>
    /// <param name="request">The request; null for <c>GET /</c>.</param>
    /// <param name="app">The application; null for a new one.</param>
    /// <returns>The request.</returns>
    /// <example><c>var req = TestContexts.Request(new() { Headers = { ["Host"] = "foo.com:3000" } }); // req.Hostname == "foo.com"</c></example>
    public static Request Request(TestRequestOptions? request = null, Application? app = null) => Create(request, app).Request;

    /// <summary>The response of a new test context (<c>context.response()</c> of the helper).</summary>
    /// <param name="request">The request; null for <c>GET /</c>.</param>
    /// <param name="app">The application; null for a new one.</param>
    /// <returns>The response.</returns>
    /// <example><c>var res = TestContexts.Response(); res.Body = "Tobi"; // res.Length == 4</c></example>
    public static Response Response(TestRequestOptions? request = null, Application? app = null) => Create(request, app).Response;

    /// <summary>The fake response behind a test context (what was written, whether it started).</summary>
    /// <param name="context">A context from this class.</param>
    /// <returns>Its response feature.</returns>
    /// <exception cref="InvalidOperationException">The context was not built by <see cref="TestContexts"/>.</exception>
    /// <example><c>TestContexts.ResponseOf(ctx).BodyText</c></example>
    public static TestResponseFeature ResponseOf(Context context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IHttpResponseFeature>() as TestResponseFeature
            ?? throw new InvalidOperationException("The context was not created by TestContexts.");
    }

    /// <summary>Simulates the client going away: the context's <c>RequestAborted</c> fires and it is no longer writable.</summary>
    /// <param name="context">A context from this class.</param>
    /// <example><c>TestContexts.Abort(ctx); Assert.False(ctx.Writable);</c></example>
    public static void Abort(Context context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Get<IHttpRequestLifetimeFeature>()!.Abort();
    }

    private static FeatureCollection Features(TestRequestOptions options)
    {
        var url = options.Url;
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var headers = new HeaderDictionary();
        foreach (var (name, value) in options.Headers) headers[name] = value;
        var request = new HttpRequestFeature
        {
            Method = options.Method,
            Protocol = options.Protocol,
            Scheme = options.Scheme,
            RawTarget = url,
            Path = question < 0 ? url : url[..question],
            QueryString = question < 0 ? string.Empty : url[question..],
            Headers = headers,
            Body = options.Body ?? Stream.Null,
        };
        var response = new TestResponseFeature();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = options.RemoteIpAddress, LocalIpAddress = IPAddress.Loopback });
        features.Set<IHttpRequestLifetimeFeature>(new TestLifetimeFeature());
        return features;
    }

    private sealed class TestLifetimeFeature : IHttpRequestLifetimeFeature
    {
        private readonly CancellationTokenSource _aborted = new();

        public CancellationToken RequestAborted
        {
            get => _aborted.Token;
            set => throw new NotSupportedException("The test lifetime token cannot be replaced.");
        }

        public void Abort() => _aborted.Cancel();
    }
}

/// <summary>The request a <see cref="TestContexts"/> context describes.</summary>
/// <example><c>new TestRequestOptions { Method = "HEAD", Url = "/x", Headers = { ["Accept"] = "text/html" } }</c></example>
public sealed class TestRequestOptions
{
    /// <summary>The method (default GET).</summary>
    /// <example><c>Method = "POST"</c></example>
    public string Method { get; set; } = "GET";

    /// <summary>The request target (default <c>/</c>).</summary>
    /// <example><c>Url = "/store/shoes?page=2"</c></example>
    public string Url { get; set; } = "/";

    /// <summary>The request headers.</summary>
    /// <example><c>Headers = { ["Host"] = "example.com" }</c></example>
    public Dictionary<string, StringValues> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The protocol (default <c>HTTP/1.1</c>; <c>HTTP/2</c> for node's <c>httpVersionMajor: 2</c>).</summary>
    /// <example><c>Protocol = "HTTP/2"</c></example>
    public string Protocol { get; set; } = "HTTP/1.1";

    /// <summary>The scheme (default <c>http</c>; <c>https</c> for an encrypted connection).</summary>
    /// <example><c>Scheme = "https"</c></example>
    public string Scheme { get; set; } = "http";

    /// <summary>The client address (default 127.0.0.1; null for none).</summary>
    /// <example><c>RemoteIpAddress = IPAddress.Parse("10.0.0.1")</c></example>
    public IPAddress? RemoteIpAddress { get; set; } = IPAddress.Loopback;

    /// <summary>The request body (default empty).</summary>
    /// <example><c>Body = new MemoryStream("a=1"u8.ToArray())</c></example>
    public Stream? Body { get; set; }
}
