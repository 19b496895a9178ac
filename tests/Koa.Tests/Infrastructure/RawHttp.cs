using System.Net.Sockets;
using System.Text;

namespace Koa.Tests;

/// <summary>Raw HTTP/1.1 over a socket to a Kestrel-served app, for what HttpClient hides (pipelining, disconnects).</summary>
internal static class RawHttp
{
    /// <summary>
    /// Sends <paramref name="request"/> and reads until the server closes the connection (the last request should say
    /// <c>Connection: close</c>), bounded by <paramref name="timeout"/>. No half-close: Kestrel takes a client FIN for a
    /// disconnect.
    /// </summary>
    public static async Task<string> ExchangeAsync(int port, string request, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellation.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellation.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancellation.Token);
        return Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>Opens a connection, sends <paramref name="request"/>, waits <paramref name="delay"/>, then drops the connection.</summary>
    public static async Task SendAndDisconnectAsync(int port, string request, TimeSpan delay)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request));
        await Task.Delay(delay);
        client.Client.LingerState = new LingerOption(true, 0);
        client.Close();
    }

    public static string Get(int port, string path = "/", bool close = false) =>
        $"GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: {(close ? "close" : "keep-alive")}\r\n\r\n";
}

/// <summary>Tests that replace Console.Error run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

/// <summary>Captures what is written to stderr while alive.</summary>
internal sealed class StderrCapture : IDisposable
{
    private readonly TextWriter _original = Console.Error;
    private readonly StringWriter _writer = new();

    public StderrCapture() => Console.SetError(_writer);

    public string Text => _writer.ToString();

    public void Dispose() => Console.SetError(_original);
}
