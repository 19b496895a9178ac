using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Koa;

/// <summary>
/// Runs one request against an application over a transport, as supertest does with <c>app.callback()</c>: a
/// server per request. In memory, the request is handed to TestServer as features (the request target reaches
/// the application byte for byte); over Kestrel, an <see cref="HttpClient"/> talks to 127.0.0.1 (HTTP/1.1, or HTTP/2 over
/// TLS).
/// </summary>
internal static class TestTransports
{
    private static readonly string[] ContentHeaders =
    [
        "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
        "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
    ];

    private static readonly UriCreationOptions RawTarget = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <summary>What to send.</summary>
    internal sealed record Outgoing(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body);

    public static async Task<TestResponse> SendAsync(ApplicationBase app, TestTransport transport, Outgoing request, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            return await SendAsync(app, transport, request, cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (cancellation.IsCancellationRequested && error is OperationCanceledException or IOException)
        {
            throw new TimeoutException($"{request.Method} {request.Target} got no complete response within {timeout}", error);
        }
    }

    private static async Task<TestResponse> SendAsync(ApplicationBase app, TestTransport transport, Outgoing request, CancellationToken token)
    {
        var target = request.Target.StartsWith('/') ? request.Target : "/" + request.Target;
        if (transport == TestTransport.InMemory)
        {
            using var server = new TestServer(new ServiceCollection().BuildServiceProvider(), new FeatureCollection(), Options.Create(new TestServerOptions()));
            await app.StartAsync(server, token).ConfigureAwait(false);
            var context = await server.SendAsync(c => Describe(c, request, target), token).ConfigureAwait(false);
            return await ReadAsync(context, request.Method, token).ConfigureAwait(false);
        }

        var secure = transport == TestTransport.Http2;
        await using var kestrel = secure
            ? await app.ListenAsync([ListenEndpoint.Https(0, TestCertificate.Localhost, "127.0.0.1")], token).ConfigureAwait(false)
            : await app.ListenAsync(0, "127.0.0.1", token).ConfigureAwait(false);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        if (secure)
        {
            // Trust the certificate this process made, and nothing else.
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == TestCertificate.Localhost.GetCertHashString();
        }
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var scheme = secure ? "https" : "http";
        using var message = Message(request, new Uri(scheme + "://127.0.0.1:" + kestrel.Port + target, RawTarget));
        if (secure)
        {
            message.Version = HttpVersion.Version20;
            message.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
        return await ReadAsync(response, token).ConfigureAwait(false);
    }

    private static void Describe(HttpContext context, Outgoing request, string target)
    {
        var feature = context.Features.Get<IHttpRequestFeature>()!;
        feature.Method = request.Method;
        feature.Protocol = "HTTP/1.1";
        feature.Scheme = "http";
        feature.RawTarget = target;
        var question = target.IndexOf('?', StringComparison.Ordinal);
        feature.Path = PathString.FromUriComponent(question < 0 ? target : target[..question]).Value ?? "/";
        feature.QueryString = question < 0 ? string.Empty : target[question..];
        feature.PathBase = string.Empty;
        var headers = context.Request.Headers;
        headers.Remove("Host"); // TestServer presets it from its base address; a Host the test sets replaces it.
        foreach (var (name, value) in request.Headers) headers.Append(name, value);
        if (!headers.ContainsKey("Host")) headers.Host = "localhost";
        if (request.Body is { } body)
        {
            context.Request.Body = new MemoryStream(body, writable: false);
            if (!headers.ContainsKey("Content-Length")) headers.ContentLength = body.Length;
        }
    }

    private static async Task<TestResponse> ReadAsync(HttpContext context, string method, CancellationToken token)
    {
        using var body = new MemoryStream();
        await context.Response.Body.CopyToAsync(body, token).ConfigureAwait(false);
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in context.Response.Headers) Add(headers, name, values.ToArray()!);

        // The framing an HTTP/1.1 server puts on the wire: a body without Content-Length goes chunked.
        var status = context.Response.StatusCode;
        var bodiless = method == "HEAD" || status is < 200 or 204 or 205 or 304;
        if (!bodiless && !headers.ContainsKey("Content-Length")) headers["Transfer-Encoding"] = ["chunked"];
        var reason = context.Features.Get<IHttpResponseFeature>()?.ReasonPhrase;
        return new TestResponse(context.Response.StatusCode, reason, headers, body.ToArray());
    }

    private static HttpRequestMessage Message(Outgoing request, Uri uri)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), uri);
        if (request.Body is not null) message.Content = new ByteArrayContent(request.Body);
        foreach (var (name, value) in request.Headers)
        {
            if (ContentHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                message.Content ??= new ByteArrayContent([]);
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) message.Content.Headers.ContentLength = null;
                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Host = value;
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return message;
    }

    private static async Task<TestResponse> ReadAsync(HttpResponseMessage response, CancellationToken token)
    {
        var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers) Add(headers, name, values);
        foreach (var (name, values) in response.Content.Headers) Add(headers, name, values);
        return new TestResponse((int)response.StatusCode, response.ReasonPhrase, headers, body);
    }

    private static void Add(Dictionary<string, List<string>> headers, string name, IEnumerable<string> values)
    {
        if (!headers.TryGetValue(name, out var list)) headers[name] = list = [];
        list.AddRange(values);
    }
}
