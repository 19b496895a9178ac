using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Koa.Examples.Https;

/// <summary>
/// HTTP and HTTPS from one app (Koa's docs: <c>http.createServer(app.callback()).listen(3000)</c> and
/// <c>https.createServer(options, app.callback()).listen(3001)</c>): one <see cref="KoaServer"/> with two endpoints;
/// the HTTPS one speaks HTTP/1.1 and HTTP/2 (ALPN). Plain HTTP requests are redirected to HTTPS.
/// </summary>
public static class Program
{
    /// <summary>The application: says which protocol served the request; plain HTTP is redirected to <paramref name="httpsPort"/>.</summary>
    public static Application Build(Func<int> httpsPort)
    {
        var app = new Application();
        app.Use(async (ctx, next) =>
        {
            if (ctx.Secure)
            {
                ctx.Set("Strict-Transport-Security", "max-age=31536000");
                await next();
                return;
            }
            ctx.Redirect($"https://{ctx.Hostname}:{httpsPort()}{ctx.Url}");
        });
        app.Use(ctx =>
        {
            ctx.Body = $"Hello over {ctx.Protocol} ({ctx.Req.Protocol}), secure: {ctx.Secure}";
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>Listens on <paramref name="httpPort"/> (HTTP) and <paramref name="httpsPort"/> (HTTPS with <paramref name="certificate"/>).</summary>
    public static async Task<KoaServer> ListenAsync(int httpPort, int httpsPort, X509Certificate2 certificate, string? host = null)
    {
        KoaServer? server = null;
        var app = Build(() => server?.Ports[1] ?? httpsPort);
        server = await app.ListenAsync(
            ListenEndpoint.Http(httpPort, host),
            ListenEndpoint.Https(httpsPort, certificate, host));
        return server;
    }

    public static async Task Main(string[] args)
    {
        // cert.pem + key.pem next to the app (e.g. from `mkcert localhost` or Let's Encrypt), or a throw-away
        // self-signed certificate for localhost.
        using var certificate = File.Exists("cert.pem") && File.Exists("key.pem")
            ? X509Certificate2.CreateFromPemFile("cert.pem", "key.pem")
            : SelfSigned();
        await using var server = await ListenAsync(3000, 3001, certificate);
        Console.WriteLine($"listening on {string.Join(", ", server.Addresses)} (Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
    }

    /// <summary>A self-signed certificate for localhost (browsers warn about it; curl needs <c>-k</c>).</summary>
    public static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
