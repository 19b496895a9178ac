using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Koa;

/// <summary>
/// One address a <see cref="KoaServer"/> listens on, for <see cref="ApplicationBase.ListenAsync(ListenEndpoint[])"/>:
/// what node writes as <c>http.createServer(app.callback()).listen(port, host)</c> or
/// <c>https.createServer({ cert, key }, app.callback()).listen(port, host)</c>. Plain TCP speaks HTTP/1.1 unless
/// <see cref="Protocols"/> says otherwise (<see cref="HttpProtocols.Http2"/> alone = HTTP/2 with prior knowledge,
/// "h2c"); TLS (a <see cref="Certificate"/> or <see cref="CertificatePath"/>) offers HTTP/1.1 and HTTP/2 through ALPN.
/// </summary>
/// <example>
/// <code>
/// await using var server = await app.ListenAsync(
///     ListenEndpoint.Http(3000),
///     ListenEndpoint.Https(3001, "cert.pem", "key.pem"));
/// </code>
/// </example>
public sealed class ListenEndpoint
{
    /// <summary>The TCP port; 0 picks a free one (see <see cref="KoaServer.Ports"/>).</summary>
    /// <example><c>new ListenEndpoint { Port = 8080 }</c></example>
    public int Port { get; init; }

    /// <summary>An IP address or <c>localhost</c>; null listens on all interfaces, as node does.</summary>
    /// <example><c>new ListenEndpoint { Port = 8080, Host = "127.0.0.1" }</c></example>
    public string? Host { get; init; }

    /// <summary>
    /// The server certificate (with its private key) that turns this endpoint into HTTPS. The caller owns it:
    /// dispose it after the server.
    /// </summary>
    /// <example><c>new ListenEndpoint { Port = 443, Certificate = X509CertificateLoader.LoadPkcs12FromFile("site.pfx", password) }</c></example>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>
    /// A PEM file holding the server certificate (node's <c>cert</c>); with <see cref="KeyPath"/>, turns this endpoint
    /// into HTTPS. Loaded when the server starts and released when it stops.
    /// </summary>
    /// <example><c>new ListenEndpoint { Port = 443, CertificatePath = "/etc/tls/cert.pem", KeyPath = "/etc/tls/key.pem" }</c></example>
    public string? CertificatePath { get; init; }

    /// <summary>
    /// The PEM file holding the private key of <see cref="CertificatePath"/> (node's <c>key</c>); null when the
    /// certificate file holds the key too.
    /// </summary>
    /// <example><c>new ListenEndpoint { Port = 443, CertificatePath = "cert.pem", KeyPath = "key.pem" }</c></example>
    public string? KeyPath { get; init; }

    /// <summary>
    /// The HTTP versions spoken; null = HTTP/1.1 on plain TCP, HTTP/1.1 and HTTP/2 (chosen through ALPN) over TLS.
    /// <see cref="HttpProtocols.Http2"/> on plain TCP is HTTP/2 with prior knowledge (h2c; clients must know it in
    /// advance, there is no upgrade from HTTP/1.1).
    /// </summary>
    /// <example><c>new ListenEndpoint { Port = 8080, Protocols = HttpProtocols.Http2 } // h2c, e.g. behind a proxy or for gRPC</c></example>
    public HttpProtocols? Protocols { get; init; }

    /// <summary>Whether the endpoint is HTTPS (it has a certificate or a certificate path).</summary>
    /// <example><c>ListenEndpoint.Https(443, cert).IsHttps</c> is true.</example>
    public bool IsHttps => Certificate is not null || CertificatePath is not null;

    /// <summary>A plain HTTP endpoint (HTTP/1.1 unless <paramref name="protocols"/> says otherwise).</summary>
    /// <param name="port">The TCP port; 0 picks a free one.</param>
    /// <param name="host">An IP address or <c>localhost</c>; null = all interfaces.</param>
    /// <param name="protocols">The HTTP versions; <see cref="HttpProtocols.Http2"/> = h2c with prior knowledge.</param>
    /// <returns>The endpoint.</returns>
    /// <example><c>ListenEndpoint.Http(3000)</c></example>
    public static ListenEndpoint Http(int port, string? host = null, HttpProtocols? protocols = null) =>
        new() { Port = port, Host = host, Protocols = protocols };

    /// <summary>An HTTPS endpoint with a certificate the caller owns (HTTP/1.1 and HTTP/2 through ALPN).</summary>
    /// <param name="port">The TCP port; 0 picks a free one.</param>
    /// <param name="certificate">The server certificate, with its private key.</param>
    /// <param name="host">An IP address or <c>localhost</c>; null = all interfaces.</param>
    /// <returns>The endpoint.</returns>
    /// <example><c>ListenEndpoint.Https(3001, X509Certificate2.CreateFromPemFile("cert.pem", "key.pem"))</c></example>
    public static ListenEndpoint Https(int port, X509Certificate2 certificate, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new() { Port = port, Host = host, Certificate = certificate };
    }

    /// <summary>An HTTPS endpoint from PEM files (node's <c>{ cert, key }</c>), HTTP/1.1 and HTTP/2 through ALPN.</summary>
    /// <param name="port">The TCP port; 0 picks a free one.</param>
    /// <param name="certificatePath">The PEM certificate file.</param>
    /// <param name="keyPath">The PEM private key file; null when the certificate file holds it.</param>
    /// <param name="host">An IP address or <c>localhost</c>; null = all interfaces.</param>
    /// <returns>The endpoint.</returns>
    /// <example><c>ListenEndpoint.Https(3001, "cert.pem", "key.pem")</c></example>
    public static ListenEndpoint Https(int port, string certificatePath, string? keyPath, string? host = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(certificatePath);
        return new() { Port = port, Host = host, CertificatePath = certificatePath, KeyPath = keyPath };
    }

    /// <summary>Checks the endpoint before the server binds it.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        if (Certificate is not null && CertificatePath is not null)
        {
            throw new ArgumentException("Give either Certificate or CertificatePath, not both.", nameof(Certificate));
        }
        if (KeyPath is not null && CertificatePath is null)
        {
            throw new ArgumentException("KeyPath needs CertificatePath.", nameof(KeyPath));
        }
        if (Certificate is { HasPrivateKey: false })
        {
            throw new ArgumentException("The HTTPS certificate has no private key.", nameof(Certificate));
        }
        if (Protocols is { } protocols && (protocols & HttpProtocols.Http1AndHttp2) == 0)
        {
            throw new ArgumentException("Protocols must include HTTP/1.1 or HTTP/2.", nameof(Protocols));
        }
    }

    /// <summary>The certificate to serve, loaded from the PEM files when given as paths (then owned by the server).</summary>
    internal X509Certificate2? LoadCertificate(out bool owned)
    {
        owned = false;
        if (Certificate is not null) return Certificate;
        if (CertificatePath is null) return null;
        var pem = X509Certificate2.CreateFromPemFile(CertificatePath, KeyPath);
        owned = true;
        if (!OperatingSystem.IsWindows()) return pem;
        // Windows' TLS stack (SChannel) cannot use the ephemeral key a PEM import makes: round-trip through PKCS #12.
        using (pem)
        {
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
    }

    /// <summary>The protocols Kestrel is told to speak on this endpoint.</summary>
    internal HttpProtocols EffectiveProtocols =>
        Protocols is { } protocols ? protocols & (HttpProtocols.Http1AndHttp2) : IsHttps ? HttpProtocols.Http1AndHttp2 : HttpProtocols.Http1;
}
