namespace Koa;

/// <summary>Entry point of the test client: <c>app.Request()</c>, the C# <c>supertest(app.callback())</c>.</summary>
/// <example><c>await app.Request().Get("/").Set("Accept", "json").ExpectAsync(200, "{\"ok\":true}");</c></example>
public static class TestingExtensions
{
    /// <summary>
    /// The transport used when none is given: <see cref="TestTransport.InMemory"/>, or <see cref="TestTransport.Kestrel"/>
    /// when the environment variable <c>KOANET_TEST_TRANSPORT</c> is <c>kestrel</c>.
    /// </summary>
    /// <example><c>// KOANET_TEST_TRANSPORT=kestrel dotnet test</c></example>
    public static TestTransport DefaultTransport { get; } =
        string.Equals(Environment.GetEnvironmentVariable("KOANET_TEST_TRANSPORT"), "kestrel", StringComparison.OrdinalIgnoreCase)
            ? TestTransport.Kestrel
            : TestTransport.InMemory;

    /// <summary>A test client for <paramref name="app"/> over <see cref="DefaultTransport"/>.</summary>
    /// <param name="app">The application under test; its middleware is composed for each request, as supertest calls <c>app.callback()</c>.</param>
    /// <returns>The client.</returns>
    /// <example><c>var res = await app.Request().Get("/users/1").ExpectAsync(200);</c></example>
    public static TestClient Request(this ApplicationBase app) => new(app, DefaultTransport);

    /// <summary>A test client for <paramref name="app"/> over the given transport.</summary>
    /// <param name="app">The application under test.</param>
    /// <param name="transport">In memory or over Kestrel.</param>
    /// <returns>The client.</returns>
    /// <example><c>await app.Request(TestTransport.Kestrel).Head("/").ExpectAsync(404);</c></example>
    public static TestClient Request(this ApplicationBase app, TestTransport transport) => new(app, transport);
}
