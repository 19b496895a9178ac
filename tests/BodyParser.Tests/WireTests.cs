using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Koa.Tests;

/// <summary>
/// The body parser over real Kestrel (127.0.0.1, port 0), raw HTTP/1.1 on a socket: slow bodies, clients going away
/// mid-body, <c>Expect: 100-continue</c>, chunked bodies past the limit, bodies on GET, uploads past a limit.
/// </summary>
public sealed class WireTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static (Application App, TaskCompletionSource<Exception> Errors) Echo(BodyParserOptions? options = null)
    {
        var app = new Application();
        var errors = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Error += (err, _) => { };
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception ex)
            {
                errors.TrySetResult(ex);
                throw;
            }
        });
        app.Use(BodyParser.Create(options));
        app.Use(ctx =>
        {
            ctx.Body = ctx.Request.Body is JsonNode node ? node.DeepClone() : ctx.Request.Body?.ToString() ?? "none";
            return Task.CompletedTask;
        });
        return (app, errors);
    }

    private sealed class Connection : IDisposable
    {
        private readonly TcpClient _client = new() { NoDelay = true };
        private readonly byte[] _buffer = new byte[64 * 1024];
        private readonly MemoryStream _pending = new();
        private NetworkStream? _stream;

        public static async Task<Connection> OpenAsync(int port)
        {
            var c = new Connection();
            await c._client.ConnectAsync("127.0.0.1", port);
            c._stream = c._client.GetStream();
            return c;
        }

        public async Task WriteAsync(string text) => await _stream!.WriteAsync(Encoding.UTF8.GetBytes(text));

        /// <summary>Reads one response: status, head and (Content-Length or chunked) body.</summary>
        public async Task<(int Status, string Head, string Body)> ReadResponseAsync()
        {
            using var cancellation = new CancellationTokenSource(Timeout);
            var head = await ReadUntilAsync("\r\n\r\n", cancellation.Token);
            var status = int.Parse(head.AsSpan(9, 3), provider: null);
            if (status == 100) return (status, head, "");
            var length = 0;
            foreach (var line in head.Split("\r\n"))
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line.AsSpan(15).Trim(), provider: null);
            while (_pending.Length < length) await FillAsync(cancellation.Token);
            var all = _pending.ToArray();
            var body = Encoding.UTF8.GetString(all, 0, length);
            _pending.SetLength(0);
            _pending.Write(all, length, all.Length - length);
            return (status, head, body);
        }

        private async Task<string> ReadUntilAsync(string marker, CancellationToken token)
        {
            while (true)
            {
                var text = Encoding.Latin1.GetString(_pending.GetBuffer(), 0, (int)_pending.Length);
                var at = text.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var all = _pending.ToArray();
                    _pending.SetLength(0);
                    _pending.Write(all, at + marker.Length, all.Length - at - marker.Length);
                    return text[..at];
                }
                await FillAsync(token);
            }
        }

        private async Task FillAsync(CancellationToken token)
        {
            var n = await _stream!.ReadAsync(_buffer, token);
            if (n == 0) throw new IOException("connection closed by the server");
            _pending.Write(_buffer, 0, n);
        }

        public void Abort()
        {
            _client.Client.LingerState = new LingerOption(true, 0);
            _client.Close();
        }

        public void Dispose() => _client.Dispose();
    }

    private static string Head(string method, int port, string extra) =>
        $"{method} / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}\r\n";

    [Fact(DisplayName = "wire: a slow JSON body (sent in pieces over a second) is parsed")]
    public async Task Slow_body()
    {
        var (app, _) = Echo();
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var c = await Connection.OpenAsync(server.Port);
        var body = "{\"a\":\"" + new string('x', 600) + "\",\"b\":[1,2,3]}";
        await c.WriteAsync(Head("POST", server.Port, $"Content-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n"));
        for (var i = 0; i < body.Length; i += 100)
        {
            await c.WriteAsync(body.Substring(i, Math.Min(100, body.Length - i)));
            await Task.Delay(100);
        }
        var res = await c.ReadResponseAsync();
        Assert.Equal(200, res.Status);
        Assert.Equal(body, res.Body);
    }

    [Fact(DisplayName = "wire: a client going away mid-body is a 400 request.aborted, and the server serves the next client")]
    public async Task Client_abort()
    {
        var (app, errors) = Echo();
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using (var c = await Connection.OpenAsync(server.Port))
        {
            await c.WriteAsync(Head("POST", server.Port, "Content-Type: application/json\r\nContent-Length: 10000\r\n") + "{\"a\":\"" + new string('x', 100));
            await Task.Delay(300);
            c.Abort();
        }
        var error = await errors.Task.WaitAsync(Timeout);
        var http = Assert.IsAssignableFrom<HttpError>(error);
        Assert.Equal(400, http.Status);
        Assert.Equal("request.aborted", http.Properties["type"]);

        using var next = await Connection.OpenAsync(server.Port);
        await next.WriteAsync(Head("POST", server.Port, "Content-Type: application/json\r\nContent-Length: 7\r\n") + "{\"b\":1}");
        var ok = await next.ReadResponseAsync();
        Assert.Equal((200, "{\"b\":1}"), (ok.Status, ok.Body));
    }

    [Fact(DisplayName = "wire: Expect: 100-continue gets 100 Continue when the parser reads, then the response")]
    public async Task Expect_continue()
    {
        var (app, _) = Echo();
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var c = await Connection.OpenAsync(server.Port);
        await c.WriteAsync(Head("POST", server.Port, "Content-Type: application/json\r\nContent-Length: 9\r\nExpect: 100-continue\r\n"));
        var interim = await c.ReadResponseAsync();
        Assert.Equal(100, interim.Status);
        await c.WriteAsync("{\"ok\":42}");
        var res = await c.ReadResponseAsync();
        Assert.Equal(200, res.Status);
        Assert.Equal("{\"ok\":42}", res.Body);
    }

    [Fact(DisplayName = "wire: Expect: 100-continue on a GET (not parsed) gets no 100 and a response without the body being sent")]
    public async Task Expect_continue_not_parsed()
    {
        var (app, _) = Echo();
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var c = await Connection.OpenAsync(server.Port);
        await c.WriteAsync(Head("GET", server.Port, "Content-Type: application/json\r\nContent-Length: 9\r\nExpect: 100-continue\r\nConnection: close\r\n"));
        var res = await c.ReadResponseAsync();
        Assert.Equal(200, res.Status);
        Assert.Equal("\"none\"", res.Body);
    }

    [Fact(DisplayName = "wire: a chunked body crossing the limit gets 413 as soon as it is crossed (the rest never sent), the server fine")]
    public async Task Chunked_past_limit()
    {
        var (app, errors) = Echo(new BodyParserOptions { JsonLimit = 1000 });
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using (var c = await Connection.OpenAsync(server.Port))
        {
            await c.WriteAsync(Head("POST", server.Port, "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"));
            var chunk = new string('x', 400);
            await c.WriteAsync("190\r\n" + chunk + "\r\n");
            await c.WriteAsync("190\r\n" + chunk + "\r\n");
            await c.WriteAsync("190\r\n" + chunk + "\r\n"); // 1,200 bytes: past the limit; no terminating chunk is ever sent
            var res = await c.ReadResponseAsync();
            Assert.Equal(413, res.Status);
        }
        var error = Assert.IsAssignableFrom<HttpError>(await errors.Task.WaitAsync(Timeout));
        Assert.Equal("entity.too.large", error.Properties["type"]);

        using var next = await Connection.OpenAsync(server.Port);
        await next.WriteAsync(Head("POST", server.Port, "Content-Type: application/json\r\nContent-Length: 7\r\n") + "{\"b\":1}");
        var ok = await next.ReadResponseAsync();
        Assert.Equal((200, "{\"b\":1}"), (ok.Status, ok.Body));
    }

    [Fact(DisplayName = "wire: a body on GET is ignored (as upstream) and the connection serves the next request")]
    public async Task Get_with_body()
    {
        var (app, _) = Echo();
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var c = await Connection.OpenAsync(server.Port);
        await c.WriteAsync(Head("GET", server.Port, "Content-Type: application/json\r\nContent-Length: 9\r\n") + "{\"ok\":42}");
        var res = await c.ReadResponseAsync();
        Assert.Equal((200, "\"none\""), (res.Status, res.Body)); // not parsed: no body set
        await c.WriteAsync(Head("POST", server.Port, "Content-Type: application/json\r\nContent-Length: 7\r\n") + "{\"b\":1}");
        var second = await c.ReadResponseAsync();
        Assert.Equal((200, "{\"b\":1}"), (second.Status, second.Body));
    }

    [Fact(DisplayName = "wire: an upload past MaxFileSize gets a 413 response, not a connection reset")]
    public async Task Upload_past_limit()
    {
        var dir = Directory.CreateTempSubdirectory("koanet-wire-").FullName;
        try
        {
            var (app, _) = Echo(new BodyParserOptions { Multipart = true, MultipartOptions = new MultipartOptions { MaxFileSize = 10_000, UploadDirectory = dir } });
            await using var server = await app.ListenAsync(0, "127.0.0.1");
            using var c = await Connection.OpenAsync(server.Port);
            const string boundary = "XyZ";
            var head = $"--{boundary}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.bin\"\r\n\r\n";
            await c.WriteAsync(Head("POST", server.Port, $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 10000000\r\n") + head);
            // the client keeps sending in the background; the server answers once 10 KB are crossed
            var sending = Task.Run(async () =>
            {
                try
                {
                    for (var i = 0; i < 100; i++)
                    {
                        await c.WriteAsync(new string('x', 8192));
                        await Task.Delay(5);
                    }
                }
                catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
                {
                }
            });
            var res = await c.ReadResponseAsync();
            Assert.Equal(413, res.Status);
            Assert.Contains("maxFileSize", res.Body, StringComparison.Ordinal);
            await sending;
            c.Abort();
            for (var i = 0; i < 50 && Directory.GetFiles(dir).Length > 0; i++) await Task.Delay(100);
            Assert.Empty(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
