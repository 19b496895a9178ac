using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Xunit.Sdk;

namespace Koa.Tests;

/// <summary>How a wire test reaches Kestrel: the four ways <see cref="ListenEndpoint"/> offers.</summary>
public enum WireMode
{
    /// <summary>Plain TCP, HTTP/1.1 (what <c>ListenAsync(port, host)</c> serves).</summary>
    Http1,

    /// <summary>TLS, HTTP/1.1 chosen through ALPN.</summary>
    Https1,

    /// <summary>TLS, HTTP/2 chosen through ALPN.</summary>
    Https2,

    /// <summary>Plain TCP, HTTP/2 with prior knowledge (h2c).</summary>
    H2c,
}

/// <summary>Runs a wire test once per <see cref="WireMode"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WiresAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<WireMode>().Select(wire => new object[] { wire });
}

/// <summary>A Kestrel server for an app over one <see cref="WireMode"/>, and an <see cref="HttpClient"/> that speaks it.</summary>
public sealed class SecureWire : IAsyncDisposable
{
    private readonly KoaServer _server;

    private SecureWire(KoaServer server, WireMode wire)
    {
        _server = server;
        WireMode = wire;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == TestCertificate.Localhost.GetCertHashString();
        Client = new HttpClient(handler)
        {
            BaseAddress = new Uri((Secure ? "https" : "http") + "://127.0.0.1:" + server.Port + "/"),
            DefaultRequestVersion = Version,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public WireMode WireMode { get; }

    public HttpClient Client { get; }

    public KoaServer Server => _server;

    public bool Secure => WireMode is WireMode.Https1 or WireMode.Https2;

    /// <summary>The HTTP version the client asks for, exactly.</summary>
    public Version Version => WireMode is WireMode.Https2 or WireMode.H2c ? HttpVersion.Version20 : HttpVersion.Version11;

    /// <summary>What <c>ctx.Req.Protocol</c> says on the server.</summary>
    public string Protocol => WireMode is WireMode.Https2 or WireMode.H2c ? "HTTP/2" : "HTTP/1.1";

    public static ListenEndpoint Endpoint(WireMode wire) => wire switch
    {
        WireMode.Http1 => ListenEndpoint.Http(0, "127.0.0.1"),
        // One HTTPS endpoint offers both; the client's exact version picks one through ALPN.
        WireMode.Https1 or WireMode.Https2 => ListenEndpoint.Https(0, TestCertificate.Localhost, "127.0.0.1"),
        _ => ListenEndpoint.Http(0, "127.0.0.1", HttpProtocols.Http2),
    };

    public static async Task<SecureWire> StartAsync(ApplicationBase app, WireMode wire) =>
        new(await app.ListenAsync(Endpoint(wire)), wire);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string target, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, target) { Version = Version, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        configure?.Invoke(request);
        var response = await Client.SendAsync(request);
        Assert.Equal(Version, response.Version);
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
    }
}
