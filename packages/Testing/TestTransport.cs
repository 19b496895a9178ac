namespace Koa;

/// <summary>How the test client reaches the application.</summary>
/// <example><c>await app.Request(TestTransport.Kestrel).Get("/").ExpectAsync(200);</c></example>
public enum TestTransport
{
    /// <summary>In memory, through ASP.NET Core's TestServer used as a bare server: fast, no sockets.</summary>
    InMemory,

    /// <summary>Over real HTTP: a Kestrel server on 127.0.0.1 with an ephemeral port, started and stopped per request.</summary>
    Kestrel,
}
