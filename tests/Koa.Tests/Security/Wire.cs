using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Koa.Tests.Security;

/// <summary>
/// A raw HTTP/1.1 client over one TCP connection to 127.0.0.1, for what HttpClient refuses to send (malformed
/// framing, control characters, oversize lines) and for reading the exact bytes a server answers. Requests are
/// written as Latin-1 so that every byte 0x00–0xFF can be spelled in a C# string. Every read is bounded.
/// </summary>
internal sealed class Wire : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly Socket _socket;
    private readonly List<byte> _pending = [];

    private Wire(Socket socket) => _socket = socket;

    /// <summary>The client side's address, as the server sees it.</summary>
    public System.Net.EndPoint? LocalEndPoint => _socket.LocalEndPoint;

    public static async Task<Wire> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await socket.ConnectAsync("127.0.0.1", port, timeout.Token);
        return new Wire(socket);
    }

    /// <summary>One request on a new connection; everything the server sends until it closes (or the timeout).</summary>
    public static async Task<WireResult> ExchangeAsync(int port, string request, TimeSpan? timeout = null)
    {
        using var wire = await ConnectAsync(port);
        await wire.SendAsync(request);
        return await wire.ReadToEndAsync(timeout);
    }

    public async Task SendAsync(string data)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        var bytes = Encoding.Latin1.GetBytes(data);
        try
        {
            await _socket.SendAsync(bytes, SocketFlags.None, timeout.Token);
        }
        catch (SocketException)
        {
            // The server may close while a large request is still being written (e.g. after a 431).
        }
    }

    /// <summary>Reads until the server closes the connection or <paramref name="timeout"/> passes.</summary>
    public async Task<WireResult> ReadToEndAsync(TimeSpan? timeout = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var received = new List<byte>(_pending);
        _pending.Clear();
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[16 * 1024];
        var closed = false;
        var reset = false;
        try
        {
            while (true)
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None, cancellation.Token);
                if (read == 0)
                {
                    closed = true;
                    break;
                }
                received.AddRange(buffer.AsSpan(0, read));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
            closed = true;
            reset = true;
        }
        return new WireResult([.. received], closed, reset, stopwatch.Elapsed);
    }

    /// <summary>Reads one response (Content-Length or chunked framing), leaving the connection open.</summary>
    public async Task<WireResult> ReadResponseAsync(TimeSpan? timeout = null)
    {
        var stopwatch = Stopwatch.StartNew();
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[16 * 1024];
        var closed = false;
        while (true)
        {
            var complete = WireResult.CompleteLength(_pending);
            if (complete > 0)
            {
                var response = _pending.GetRange(0, complete).ToArray();
                _pending.RemoveRange(0, complete);
                return new WireResult(response, false, false, stopwatch.Elapsed);
            }
            if (closed) break;
            int read;
            try
            {
                read = await _socket.ReceiveAsync(buffer, SocketFlags.None, cancellation.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException)
            {
                break;
            }
            if (read == 0) closed = true;
            _pending.AddRange(buffer.AsSpan(0, read));
        }
        var partial = _pending.ToArray();
        _pending.Clear();
        return new WireResult(partial, closed, false, stopwatch.Elapsed);
    }

    /// <summary>Reads until the header section of a response has arrived (for bodies that never end).</summary>
    public async Task<WireResult> ReadHeadAsync(TimeSpan? timeout = null)
    {
        var stopwatch = Stopwatch.StartNew();
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[16 * 1024];
        try
        {
            while (Encoding.Latin1.GetString([.. _pending]).IndexOf("\r\n\r\n", StringComparison.Ordinal) < 0)
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None, cancellation.Token);
                if (read == 0) break;
                _pending.AddRange(buffer.AsSpan(0, read));
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException)
        {
        }
        return new WireResult([.. _pending], false, false, stopwatch.Elapsed);
    }

    /// <summary>Closes the connection at once with a reset (a client that goes away mid-response).</summary>
    public void Abort()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }

    public void Dispose() => _socket.Dispose();
}

/// <summary>What came back: the raw bytes, whether the server closed the connection, and how long it took.</summary>
internal sealed record WireResult(byte[] Bytes, bool Closed, bool Reset, TimeSpan Elapsed)
{
    public string Text => Encoding.Latin1.GetString(Bytes);

    /// <summary>The status code of the first response, or null when nothing (or no status line) came back.</summary>
    public int? Status
    {
        get
        {
            var text = Text;
            if (!text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || text.Length < 12) return null;
            return int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The header section of the first response (status line excluded), one "Name: value" per line.</summary>
    public IReadOnlyList<string> HeaderLines
    {
        get
        {
            var text = Text;
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) return [];
            return text[..end].Split("\r\n")[1..];
        }
    }

    /// <summary>The value of a header of the first response (names compared case-insensitively), or null.</summary>
    public string? Header(string name)
    {
        foreach (var line in HeaderLines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Equals(name, StringComparison.OrdinalIgnoreCase)) return line[(colon + 1)..].Trim();
        }
        return null;
    }

    /// <summary>The body bytes of the first response as text (chunked framing removed when complete).</summary>
    public string Body
    {
        get
        {
            var text = Text;
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) return string.Empty;
            var body = text[(end + 4)..];
            if (!string.Equals(Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase)) return body;
            var decoded = new StringBuilder();
            var position = 0;
            while (position < body.Length)
            {
                var lineEnd = body.IndexOf("\r\n", position, StringComparison.Ordinal);
                if (lineEnd < 0) break;
                var size = Convert.ToInt32(body[position..lineEnd], 16);
                if (size == 0) break;
                decoded.Append(body, lineEnd + 2, Math.Min(size, body.Length - lineEnd - 2));
                position = lineEnd + 2 + size + 2;
            }
            return decoded.ToString();
        }
    }

    /// <summary>Whether a chunked body ended with its last chunk (a truncated stream does not).</summary>
    public bool ChunkedComplete => Text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal) || Text.EndsWith("\r\n\r\n0\r\n\r\n", StringComparison.Ordinal);

    /// <summary>How many complete responses came back, one after the other (more than one = more than one request served).</summary>
    public int ResponseCount
    {
        get
        {
            var data = new List<byte>(Bytes);
            var count = 0;
            for (var length = CompleteLength(data); length > 0; length = CompleteLength(data))
            {
                count++;
                data.RemoveRange(0, length);
            }
            return count;
        }
    }

    /// <summary>The byte length of the first complete response in <paramref name="data"/>, or 0 when incomplete.</summary>
    internal static int CompleteLength(List<byte> data)
    {
        var text = Encoding.Latin1.GetString([.. data]);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return 0;
        var head = new WireResult(Encoding.Latin1.GetBytes(text[..(end + 4)]), false, false, TimeSpan.Zero);
        var bodyStart = end + 4;
        if (head.Header("Content-Length") is { } length)
        {
            var total = bodyStart + int.Parse(length, System.Globalization.CultureInfo.InvariantCulture);
            return text.Length >= total ? total : 0;
        }
        if (string.Equals(head.Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase))
        {
            var last = text.IndexOf("\r\n0\r\n\r\n", bodyStart - 2, StringComparison.Ordinal);
            return last < 0 ? 0 : last + 7;
        }
        return bodyStart;
    }
}
