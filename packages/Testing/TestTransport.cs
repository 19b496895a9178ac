namespace Koa;

/// <summary>How the test client reaches the application.</summary>
/// <example><c>await app.Request(TestTransport.Kestrel).Get("/").ExpectAsync(200);</c></example>
public enum TestTransport
{
    /// <summary>
    /// In memory, through ASP.NET Core's TestServer used as a bare server: fast, no sockets. The request target
    /// reaches the application as given; the response reports the framing an HTTP/1.1 server would use
    /// (<c>Transfer-Encoding: chunked</c> for a body without <c>Content-Length</c>).
    /// </summary>
    InMemory,

    /// <summary>Over real HTTP: a Kestrel server on 127.0.0.1 with an ephemeral port, started and stopped per request.</summary>
    Kestrel,

    /// <summary>
    /// Over HTTPS with HTTP/2 chosen through ALPN: a Kestrel server on 127.0.0.1 with a self-signed certificate for
    /// localhost made when first needed (nothing on disk), the client trusting exactly that certificate. HTTP/2 has no
    /// reason phrase and no <c>Connection</c> or <c>Transfer-Encoding</c> headers.
    /// </summary>
    Http2,
}
