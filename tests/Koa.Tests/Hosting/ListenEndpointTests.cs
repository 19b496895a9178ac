using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Koa.Tests.Hosting;

// KoaNet's own hosting contract (issue 16): ListenAsync with endpoints — HTTPS from a certificate or PEM files,
// HTTP/2 through ALPN or with prior knowledge, several endpoints on one server.
public sealed class ListenEndpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("koanet-tls-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Application Echo()
    {
        var app = new Application { Silent = true };
        app.Use(ctx =>
        {
            ctx.Body = ctx.Protocol + " " + ctx.Secure + " " + ctx.Req.Protocol;
            return Task.CompletedTask;
        });
        return app;
    }

    private static HttpClient Client(Version version)
    {
        var handler = new SocketsHttpHandler { UseProxy = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        return new HttpClient(handler) { DefaultRequestVersion = version, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
    }

    [Fact(DisplayName = "app.listen() › HTTP and HTTPS from one app: one server, an endpoint each, ctx.protocol right on each")]
    public async Task Http_and_https_from_one_app()
    {
        await using var server = await Echo().ListenAsync(
            ListenEndpoint.Http(0, "127.0.0.1"),
            ListenEndpoint.Https(0, TestCertificate.Localhost, "127.0.0.1"),
            ListenEndpoint.Http(0, "127.0.0.1", HttpProtocols.Http2));
        Assert.Equal(3, server.Ports.Count);
        Assert.Equal(server.Ports[0], server.Port);
        Assert.Equal(3, server.Ports.Distinct().Count());
        Assert.Contains(server.Addresses, a => a.StartsWith("https://", StringComparison.Ordinal));
        using var h1 = Client(HttpVersion.Version11);
        using var h2 = Client(HttpVersion.Version20);
        Assert.Equal("http False HTTP/1.1", await h1.GetStringAsync($"http://127.0.0.1:{server.Ports[0]}/"));
        Assert.Equal("https True HTTP/1.1", await h1.GetStringAsync($"https://127.0.0.1:{server.Ports[1]}/"));
        Assert.Equal("https True HTTP/2", await h2.GetStringAsync($"https://127.0.0.1:{server.Ports[1]}/"));
        Assert.Equal("http False HTTP/2", await h2.GetStringAsync($"http://127.0.0.1:{server.Ports[2]}/"));
        // Plain HTTP/1.1 endpoints do not speak HTTP/2, and an h2c endpoint does not speak HTTP/1.1.
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h2.GetStringAsync($"http://127.0.0.1:{server.Ports[0]}/"));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h1.GetStringAsync($"http://127.0.0.1:{server.Ports[2]}/"));
    }

    [Fact(DisplayName = "app.listen(port, certificate) › HTTPS with HTTP/1.1 and HTTP/2 through ALPN")]
    public async Task Listen_with_certificate()
    {
        await using var server = await Echo().ListenAsync(0, TestCertificate.Localhost, "127.0.0.1");
        using var h1 = Client(HttpVersion.Version11);
        using var h2 = Client(HttpVersion.Version20);
        Assert.Equal("https True HTTP/1.1", await h1.GetStringAsync($"https://127.0.0.1:{server.Port}/"));
        Assert.Equal("https True HTTP/2", await h2.GetStringAsync($"https://127.0.0.1:{server.Port}/"));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h1.GetStringAsync($"http://127.0.0.1:{server.Port}/"));
    }

    [Fact(DisplayName = "app.listen(endpoint) › HTTPS from PEM certificate and key files (node's { cert, key })")]
    public async Task Listen_with_pem_files()
    {
        using var certificate = TestCertificate.Create();
        var cert = Path.Combine(_directory, "cert.pem");
        var key = Path.Combine(_directory, "key.pem");
        await File.WriteAllTextAsync(cert, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(key, certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        await using (var server = await Echo().ListenAsync(ListenEndpoint.Https(0, cert, key, "127.0.0.1")))
        {
            using var h2 = Client(HttpVersion.Version20);
            Assert.Equal("https True HTTP/2", await h2.GetStringAsync($"https://127.0.0.1:{server.Port}/"));
        }

        // One file holding both.
        var both = Path.Combine(_directory, "both.pem");
        await File.WriteAllTextAsync(both, await File.ReadAllTextAsync(cert) + "\n" + await File.ReadAllTextAsync(key));
        await using (var server = await Echo().ListenAsync(new ListenEndpoint { Host = "127.0.0.1", CertificatePath = both }))
        {
            using var h1 = Client(HttpVersion.Version11);
            Assert.Equal("https True HTTP/1.1", await h1.GetStringAsync($"https://127.0.0.1:{server.Port}/"));
        }
    }

    [Fact(DisplayName = "app.listen(endpoint) › HTTPS limited to HTTP/1.1 refuses HTTP/2")]
    public async Task Https_http1_only()
    {
        await using var server = await Echo().ListenAsync(new ListenEndpoint { Host = "127.0.0.1", Certificate = TestCertificate.Localhost, Protocols = HttpProtocols.Http1 });
        using var h1 = Client(HttpVersion.Version11);
        using var h2 = Client(HttpVersion.Version20);
        Assert.Equal("https True HTTP/1.1", await h1.GetStringAsync($"https://127.0.0.1:{server.Port}/"));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => h2.GetStringAsync($"https://127.0.0.1:{server.Port}/"));
    }

    [Fact(DisplayName = "app.listen(endpoint) › bad endpoints are refused before anything binds")]
    public async Task Bad_endpoints()
    {
        var app = Echo();
        using var noKey = X509CertificateLoader.LoadCertificate(TestCertificate.Localhost.Export(X509ContentType.Cert));
        await Assert.ThrowsAsync<ArgumentException>(() => app.ListenAsync(Array.Empty<ListenEndpoint>()));
        await Assert.ThrowsAsync<ArgumentException>(() => app.ListenAsync(ListenEndpoint.Https(0, noKey)));
        await Assert.ThrowsAsync<ArgumentException>(() => app.ListenAsync(new ListenEndpoint { KeyPath = "key.pem" }));
        await Assert.ThrowsAsync<ArgumentException>(() => app.ListenAsync(new ListenEndpoint { Certificate = TestCertificate.Localhost, CertificatePath = "c.pem" }));
        await Assert.ThrowsAsync<ArgumentException>(() => app.ListenAsync(new ListenEndpoint { Protocols = HttpProtocols.None }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => app.ListenAsync(new ListenEndpoint { Port = 70000 }));
        await Assert.ThrowsAnyAsync<IOException>(() => app.ListenAsync(ListenEndpoint.Https(0, Path.Combine(_directory, "missing.pem"), null, "127.0.0.1")));
        Assert.True(ListenEndpoint.Https(0, TestCertificate.Localhost).IsHttps);
        Assert.False(ListenEndpoint.Http(0).IsHttps);
    }
}
