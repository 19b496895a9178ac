namespace Koa;

/// <summary>Starts test requests against an application (supertest's <c>request(app)</c>): one method per HTTP verb.</summary>
/// <example><c>var client = app.Request(); await client.Post("/items").Send(new { name = "x" }).ExpectAsync(201);</c></example>
public sealed class TestClient
{
    private readonly ApplicationBase _app;

    internal TestClient(ApplicationBase app, TestTransport transport)
    {
        ArgumentNullException.ThrowIfNull(app);
        _app = app;
        Transport = transport;
    }

    /// <summary>The transport requests go through.</summary>
    /// <example><c>client.Transport == TestTransport.InMemory</c></example>
    public TestTransport Transport { get; }

    /// <summary>A GET request.</summary>
    /// <param name="path">The request target, e.g. <c>"/users?page=2"</c>; sent as is.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Get("/").ExpectAsync(200);</c></example>
    public TestRequest Get(string path) => Method("GET", path);

    /// <summary>A POST request.</summary>
    /// <param name="path">The request target.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Post("/login").Send("user=tobi").ExpectAsync(302);</c></example>
    public TestRequest Post(string path) => Method("POST", path);

    /// <summary>A PUT request.</summary>
    /// <param name="path">The request target.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Put("/items/1").Send(new { name = "y" }).ExpectAsync(204);</c></example>
    public TestRequest Put(string path) => Method("PUT", path);

    /// <summary>A DELETE request.</summary>
    /// <param name="path">The request target.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Delete("/items/1").ExpectAsync(204);</c></example>
    public TestRequest Delete(string path) => Method("DELETE", path);

    /// <summary>A HEAD request.</summary>
    /// <param name="path">The request target.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Head("/").Expect("Content-Length", "5").ExpectAsync(200);</c></example>
    public TestRequest Head(string path) => Method("HEAD", path);

    /// <summary>An OPTIONS request.</summary>
    /// <param name="path">The request target.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Options("/").ExpectAsync(204);</c></example>
    public TestRequest Options(string path) => Method("OPTIONS", path);

    /// <summary>A PATCH request.</summary>
    /// <param name="path">The request target.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Patch("/items/1").Send(new { done = true }).ExpectAsync(200);</c></example>
    public TestRequest Patch(string path) => Method("PATCH", path);

    /// <summary>A request with any method.</summary>
    /// <param name="method">The method, sent as given.</param>
    /// <param name="path">The request target.</param>
    /// <returns>The request to configure and send.</returns>
    /// <example><c>await app.Request().Method("PURGE", "/cache").ExpectAsync(200);</c></example>
    public TestRequest Method(string method, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(path);
        return new TestRequest(_app, Transport, method, path);
    }
}
