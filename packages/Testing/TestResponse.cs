using System.Text;
using System.Text.Json;

namespace Koa;

/// <summary>A response received by the test client (supertest's <c>res</c>): status, headers and the whole body.</summary>
/// <example>
/// <code>
/// var res = await app.Request().Get("/").ExpectAsync(200);
/// Assert.Equal("text/plain; charset=utf-8", res.Header("Content-Type"));
/// Assert.Equal("Hello World", res.Text);
/// </code>
/// </example>
public sealed class TestResponse
{
    private readonly Dictionary<string, List<string>> _headers;
    private string? _text;

    internal TestResponse(int status, string? statusMessage, Dictionary<string, List<string>> headers, byte[] body)
    {
        Status = status;
        StatusMessage = statusMessage;
        _headers = headers;
        Body = body;
    }

    /// <summary>The status code.</summary>
    /// <example><c>res.Status == 200</c></example>
    public int Status { get; }

    /// <summary>The reason phrase the server sent (node's <c>res.statusMessage</c>).</summary>
    /// <example><c>res.StatusMessage == "OK"</c></example>
    public string? StatusMessage { get; }

    /// <summary>The headers (response and content headers together), names case-insensitive.</summary>
    /// <example><c>res.Headers["set-cookie"].Count</c></example>
    public IReadOnlyDictionary<string, List<string>> Headers => _headers;

    /// <summary>The body bytes (empty for HEAD and bodiless responses).</summary>
    /// <example><c>res.Body.Length</c></example>
    public byte[] Body { get; }

    /// <summary>The body decoded as UTF-8 (supertest's <c>res.text</c>).</summary>
    /// <example><c>res.Text == "Hello World"</c></example>
    public string Text => _text ??= Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    /// <example><c>res.Json.GetProperty("hello").GetString()</c></example>
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    /// <summary>A header's value, several values joined by <c>", "</c>; null when absent.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The value, or null.</returns>
    /// <example><c>res.Header("content-length") == "11"</c></example>
    public string? Header(string name) => _headers.TryGetValue(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>Whether a header is present.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>Whether it is present.</returns>
    /// <example><c>Assert.False(res.HasHeader("Content-Type"));</c></example>
    public bool HasHeader(string name) => _headers.ContainsKey(name);

    /// <summary>supertest's <c>res.body</c> for JSON comparisons: the parsed body when it is JSON, otherwise <c>{}</c>.</summary>
    internal JsonElement JsonOrEmptyObject()
    {
        var type = Header("Content-Type") ?? string.Empty;
        if (Body.Length > 0 && type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Json;
            }
            catch (JsonException)
            {
                // not JSON after all: supertest leaves res.body as {}
            }
        }
        using var empty = JsonDocument.Parse("{}");
        return empty.RootElement.Clone();
    }
}
