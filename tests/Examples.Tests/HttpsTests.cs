using System.Net;

namespace Koa.Examples.Tests;

public sealed class HttpsTests
{
    private static HttpClient Client(Version version)
    {
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        return new HttpClient(handler) { DefaultRequestVersion = version, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
    }

    [Fact(DisplayName = "examples › Https › HTTP and HTTPS from one app: HTTP/1.1 and HTTP/2 over TLS, plain HTTP redirected")]
    public async Task Http_and_https_from_one_app()
    {
        using var certificate = Https.Program.SelfSigned();
        await using var server = await Https.Program.ListenAsync(0, 0, certificate, "127.0.0.1");
        using var h1 = Client(HttpVersion.Version11);
        using var h2 = Client(HttpVersion.Version20);

        var https = $"https://127.0.0.1:{server.Ports[1]}/";
        Assert.Equal("Hello over https (HTTP/1.1), secure: True", await h1.GetStringAsync(https));
        using var response = await h2.GetAsync(https);
        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal("Hello over https (HTTP/2), secure: True", await response.Content.ReadAsStringAsync());

        using var redirect = await h1.GetAsync($"http://127.0.0.1:{server.Ports[0]}/a?b=1");
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal($"https://127.0.0.1:{server.Ports[1]}/a?b=1", redirect.Headers.Location?.OriginalString);
    }
}
