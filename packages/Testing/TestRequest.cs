using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Koa;

/// <summary>
/// One test request being built (supertest's <c>Test</c>): headers and body, then expectations checked in order
/// once the response is in. Send it with an <c>ExpectAsync</c> overload, <see cref="EndAsync"/>, or by awaiting it.
/// A failed expectation throws <see cref="TestExpectationException"/>.
/// </summary>
/// <example>
/// <code>
/// var res = await app.Request()
///     .Post("/items")
///     .Set("Accept", "application/json")
///     .Send(new { name = "tobi" })
///     .Expect("Content-Type", new Regex("json"))
///     .ExpectAsync(201);
/// Assert.Equal("tobi", res.Json.GetProperty("name").GetString());
/// </code>
/// </example>
public sealed class TestRequest
{
    private readonly ApplicationBase _app;
    private readonly TestTransport _transport;
    private readonly string _method;
    private readonly string _path;
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly List<Func<TestResponse, string?>> _expectations = [];
    private byte[]? _body;
    private string? _defaultType;
    private TimeSpan _timeout = TimeSpan.FromSeconds(30);

    internal TestRequest(ApplicationBase app, TestTransport transport, string method, string path)
    {
        _app = app;
        _transport = transport;
        _method = method;
        _path = path;
    }

    /// <summary>Sets a request header (several calls with one name send several values).</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value, sent without validation.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Set("Host", "example.com")</c></example>
    public TestRequest Set(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _headers.Add(new(name, value));
        return this;
    }

    /// <summary>Sets <c>Content-Type</c>; a short name goes through mime-types (<c>"json"</c> → <c>application/json; charset=utf-8</c>).</summary>
    /// <param name="type">A media type or an extension.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Post("/").Type("json").Send("{}")</c></example>
    public TestRequest Type(string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        return Set("Content-Type", type.Contains('/', StringComparison.Ordinal) ? type : MimeTypes.ContentType(type) ?? type);
    }

    /// <summary>Sets <c>Accept</c>; a short name goes through mime-types (<c>"json"</c> → <c>application/json</c>).</summary>
    /// <param name="type">A media type or an extension.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Accept("html")</c></example>
    public TestRequest Accept(string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        return Set("Accept", type.Contains('/', StringComparison.Ordinal) ? type : MimeTypes.Lookup(type) ?? type);
    }

    /// <summary>Sends a text body (UTF-8); without a <c>Content-Type</c>, <c>application/x-www-form-urlencoded</c> as superagent does.</summary>
    /// <param name="body">The body.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Post("/login").Send("user=tobi&amp;pass=secret")</c></example>
    public TestRequest Send(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = Encoding.UTF8.GetBytes(body);
        _defaultType = "application/x-www-form-urlencoded";
        return this;
    }

    /// <summary>Sends raw bytes (no default <c>Content-Type</c>).</summary>
    /// <param name="body">The body.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Put("/file").Type("png").Send(File.ReadAllBytes("a.png"))</c></example>
    public TestRequest Send(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = body;
        _defaultType = null;
        return this;
    }

    /// <summary>Sends an object as JSON (<c>application/json</c> unless a type is set).</summary>
    /// <param name="body">The value, serialized like Koa serializes JSON bodies.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Post("/items").Send(new { name = "tobi" })</c></example>
    public TestRequest Send(object body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = Encoding.UTF8.GetBytes(_app.Stringify(body));
        _defaultType = "application/json";
        return this;
    }

    /// <summary>How long to wait for the whole response (default 30 s); then the request fails with <see cref="TimeoutException"/>.</summary>
    /// <param name="timeout">The time limit.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/slow").Timeout(TimeSpan.FromSeconds(5))</c></example>
    public TestRequest Timeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    /// <summary>Expects a status code.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect(200)</c></example>
    public TestRequest Expect(int status)
    {
        _expectations.Add(res => res.Status == status
            ? null
            : $"expected {status} \"{Statuses.GetMessage(status)}\", got {res.Status} \"{Statuses.GetMessage(res.Status)}\"");
        return this;
    }

    /// <summary>Expects a status code and an exact text body.</summary>
    /// <param name="status">The status.</param>
    /// <param name="body">The body text.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect(200, "Hello World")</c></example>
    public TestRequest Expect(int status, string body) => Expect(status).Expect(body);

    /// <summary>Expects a status code and a body matching a pattern.</summary>
    /// <param name="status">The status.</param>
    /// <param name="body">The pattern.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect(200, new Regex("^Hello"))</c></example>
    public TestRequest Expect(int status, Regex body) => Expect(status).Expect(body);

    /// <summary>Expects a status code and a JSON body deeply equal to <paramref name="json"/>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="json">The expected value (serialized, then compared as JSON).</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect(200, new { hello = "world" })</c></example>
    public TestRequest Expect(int status, object json) => Expect(status).Expect(json);

    /// <summary>Expects an exact text body.</summary>
    /// <param name="body">The body text.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect("Hello")</c></example>
    public TestRequest Expect(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _expectations.Add(res => res.Text == body ? null : $"expected '{body}' response body, got '{res.Text}'");
        return this;
    }

    /// <summary>Expects a body matching a pattern.</summary>
    /// <param name="body">The pattern.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect(new Regex("Hello"))</c></example>
    public TestRequest Expect(Regex body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _expectations.Add(res => body.IsMatch(res.Text) ? null : $"expected body '{res.Text}' to match {body}");
        return this;
    }

    /// <summary>Expects exact body bytes.</summary>
    /// <param name="body">The bytes.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect("Hello"u8.ToArray())</c></example>
    public TestRequest Expect(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _expectations.Add(res => res.Body.AsSpan().SequenceEqual(body)
            ? null
            : $"expected {Convert.ToHexString(body)} response body, got {Convert.ToHexString(res.Body)}");
        return this;
    }

    /// <summary>
    /// Expects a JSON body deeply equal to <paramref name="json"/> (supertest's <c>.expect({ … })</c>); a body that is
    /// not JSON counts as <c>{}</c>, as supertest's <c>res.body</c> does.
    /// </summary>
    /// <param name="json">The expected value.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect(new { hello = "world" })</c></example>
    public TestRequest Expect(object json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(_app.Stringify(json));
        var expected = document.RootElement.Clone();
        _expectations.Add(res =>
        {
            var actual = res.JsonOrEmptyObject();
            return JsonElement.DeepEquals(expected, actual) ? null : $"expected {expected.GetRawText()} response body, got {actual.GetRawText()}";
        });
        return this;
    }

    /// <summary>Expects a response header with an exact value (several values are compared joined by <c>", "</c>).</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect("Content-Type", "text/plain; charset=utf-8")</c></example>
    public TestRequest Expect(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _expectations.Add(res => res.Header(name) switch
        {
            null => $"expected \"{name}\" header field",
            var actual when actual == value => null,
            var actual => $"expected \"{name}\" of \"{value}\", got \"{actual}\"",
        });
        return this;
    }

    /// <summary>Expects a response header matching a pattern.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <param name="value">The pattern.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect("Content-Type", new Regex("json"))</c></example>
    public TestRequest Expect(string name, Regex value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _expectations.Add(res => res.Header(name) switch
        {
            null => $"expected \"{name}\" header field",
            var actual when value.IsMatch(actual) => null,
            var actual => $"expected \"{name}\" matching {value}, got \"{actual}\"",
        });
        return this;
    }

    /// <summary>Runs a custom check on the response (throw to fail).</summary>
    /// <param name="assertion">The check.</param>
    /// <returns>This request.</returns>
    /// <example><c>app.Request().Get("/").Expect(res => Assert.False(res.HasHeader("X-Powered-By")))</c></example>
    public TestRequest Expect(Action<TestResponse> assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        _expectations.Add(res =>
        {
            assertion(res);
            return null;
        });
        return this;
    }

    /// <summary>Sends the request and checks the expectations.</summary>
    /// <returns>The response.</returns>
    /// <exception cref="TestExpectationException">An expectation failed.</exception>
    /// <exception cref="TimeoutException">No complete response within <see cref="Timeout"/>.</exception>
    /// <example><c>var res = await app.Request().Get("/").EndAsync();</c></example>
    public async Task<TestResponse> EndAsync()
    {
        var response = await TestTransports.SendAsync(_app, _transport, Describe(), _timeout).ConfigureAwait(false);
        foreach (var expectation in _expectations)
        {
            if (expectation(response) is { } failure) throw new TestExpectationException(failure, response);
        }
        return response;
    }

    /// <summary>Expects a status, then sends.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(404);</c></example>
    public Task<TestResponse> ExpectAsync(int status) => Expect(status).EndAsync();

    /// <summary>Expects a status and a text body, then sends.</summary>
    /// <param name="status">The status.</param>
    /// <param name="body">The body text.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(200, "Hello World");</c></example>
    public Task<TestResponse> ExpectAsync(int status, string body) => Expect(status, body).EndAsync();

    /// <summary>Expects a status and a body pattern, then sends.</summary>
    /// <param name="status">The status.</param>
    /// <param name="body">The pattern.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(200, new Regex("Hello"));</c></example>
    public Task<TestResponse> ExpectAsync(int status, Regex body) => Expect(status, body).EndAsync();

    /// <summary>Expects a status and a JSON body, then sends.</summary>
    /// <param name="status">The status.</param>
    /// <param name="json">The expected value.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(200, new { ok = true });</c></example>
    public Task<TestResponse> ExpectAsync(int status, object json) => Expect(status, json).EndAsync();

    /// <summary>Expects a text body, then sends.</summary>
    /// <param name="body">The body text.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync("ok");</c></example>
    public Task<TestResponse> ExpectAsync(string body) => Expect(body).EndAsync();

    /// <summary>Expects a body pattern, then sends.</summary>
    /// <param name="body">The pattern.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(new Regex("ok"));</c></example>
    public Task<TestResponse> ExpectAsync(Regex body) => Expect(body).EndAsync();

    /// <summary>Expects body bytes, then sends.</summary>
    /// <param name="body">The bytes.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync("ok"u8.ToArray());</c></example>
    public Task<TestResponse> ExpectAsync(byte[] body) => Expect(body).EndAsync();

    /// <summary>Expects a JSON body, then sends.</summary>
    /// <param name="json">The expected value.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(new { hello = "world" });</c></example>
    public Task<TestResponse> ExpectAsync(object json) => Expect(json).EndAsync();

    /// <summary>Expects a header value, then sends.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync("Content-Length", "5");</c></example>
    public Task<TestResponse> ExpectAsync(string name, string value) => Expect(name, value).EndAsync();

    /// <summary>Expects a header pattern, then sends.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The pattern.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync("Content-Type", new Regex("html"));</c></example>
    public Task<TestResponse> ExpectAsync(string name, Regex value) => Expect(name, value).EndAsync();

    /// <summary>Runs a custom check, then sends.</summary>
    /// <param name="assertion">The check.</param>
    /// <returns>The response.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(res => Assert.Empty(res.Body));</c></example>
    public Task<TestResponse> ExpectAsync(Action<TestResponse> assertion) => Expect(assertion).EndAsync();

    /// <summary>Makes the request awaitable: <c>await app.Request().Get("/").Expect(200)</c> sends it.</summary>
    /// <returns>The awaiter of <see cref="EndAsync"/>.</returns>
    /// <example><c>var res = await app.Request().Get("/").Expect(200);</c></example>
    public TaskAwaiter<TestResponse> GetAwaiter() => EndAsync().GetAwaiter();

    private TestTransports.Outgoing Describe()
    {
        var headers = new List<KeyValuePair<string, string>>(_headers);
        if (_defaultType is not null && !headers.Exists(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add(new("Content-Type", _defaultType));
        }
        return new TestTransports.Outgoing(_method, _path, headers, _body);
    }
}
