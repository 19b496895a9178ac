using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Koa;

/// <summary>
/// Self-signed server certificates for localhost and 127.0.0.1, made in memory when a test needs one (nothing on
/// disk, nothing to commit): what <see cref="TestTransport.Http2"/> serves, and what your own HTTPS tests can pass to
/// <c>ListenAsync</c>.
/// </summary>
/// <example><c>await using var server = await app.ListenAsync(0, TestCertificate.Localhost, "127.0.0.1");</c></example>
public static class TestCertificate
{
    private static readonly Lazy<X509Certificate2> Shared = new(() => Create());

    /// <summary>One certificate for the whole test run (made on first use, valid for a day).</summary>
    /// <example><c>ListenEndpoint.Https(0, TestCertificate.Localhost, "127.0.0.1")</c></example>
    public static X509Certificate2 Localhost => Shared.Value;

    /// <summary>A new certificate (ECDSA P-256, server authentication, localhost and 127.0.0.1 as subject names).</summary>
    /// <param name="subject">The subject's distinguished name.</param>
    /// <returns>The certificate with its private key; dispose it when done.</returns>
    /// <example><c>using var certificate = TestCertificate.Create("CN=other");</c></example>
    public static X509Certificate2 Create(string subject = "CN=localhost")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // A PKCS #12 round trip gives a key every platform's TLS stack can use.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
