using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Koa.Benchmarks.Http;

/// <summary>
/// Bytes allocated per request by the whole server process (Kestrel, the framework and the scenario's middleware),
/// measured in-process: the scenario runs on real Kestrel on loopback and a raw-socket client in the same process
/// sends requests from preallocated buffers, so the client's steady state allocates nothing (the "raw" scenario
/// shows what Kestrel itself costs). <see cref="GC.GetTotalAllocatedBytes(bool)"/> is read after a warm-up and after
/// the measured requests. Exact and insensitive to machine load, unlike timings.
/// </summary>
internal static class AllocationProbe
{
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(30);

    /// <summary>Keep-alive connections of the client; null = 4 when pipelining, 16 otherwise.</summary>
    public static int? Connections { get; set; }

    /// <summary>Requests per write (HTTP/1.1 pipelining), 1 = one request at a time; null = both 16 and 1.</summary>
    public static int? Depth { get; set; }

    /// <summary>
    /// The least warm-up: tiered compilation moves hot methods to optimized code (where, for instance, escape
    /// analysis keeps some objects off the heap) a few seconds into the run.
    /// </summary>
    public static TimeSpan MinWarmUp { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Requests per connection in one warm-up slice; null = 20,000 / depth / connections (at least 50).</summary>
    public static int? SliceRounds { get; set; }

    /// <summary>When set, the sampled types of the measured allocations are printed on stderr.</summary>
    public static AllocationTypes? Types { get; set; }

    public static async Task RunAsync(IReadOnlyList<string> scenarios, int requests)
    {
        int[] depths = Depth is { } depth ? [depth] : [16, 1];
        Console.WriteLine("| scenario | " + string.Join(" | ", depths.Select(d => d == 1 ? "B/request, one request at a time" : $"B/request, pipelined ×{d}")) + " | gen0 GCs per 100k requests |");
        Console.WriteLine("|---|" + string.Concat(depths.Select(_ => "---:|")) + "---:|");
        foreach (var scenario in scenarios)
        {
            var bytes = new List<double>();
            var gen0 = 0.0;
            foreach (var d in depths)
            {
                var (b, g) = await MeasureAsync(scenario, requests, d, Connections ?? (d > 1 ? 4 : 16));
                bytes.Add(b);
                gen0 = Math.Max(gen0, g);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario} | {string.Join(" | ", bytes.Select(b => b.ToString("N0", CultureInfo.InvariantCulture)))} | {gen0:0.#} |"));
        }
    }

    private static async Task<(double BytesPerRequest, double Gen0Per100k)> MeasureAsync(string scenario, int requests, int depth, int connections)
    {
        var realistic = RealisticApps.ProbeOf(scenario);
        await using var server = realistic is { } app
            ? await RealisticApps.StartAsync(app.App, RealisticApps.FreePort(), null, null)
            : await Scenarios.StartAsync(scenario, 0);
        var (target, headers) = realistic is { } r
            ? (r.Path, [("Cookie", await RealisticApps.LoginAsync(server.Port))])
            : Scenarios.RequestOf(scenario);
        var (method, contentType, body) = Scenarios.BodyOf(scenario);
        var request = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            request.Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\nHost: 127.0.0.1:").Append(server.Port).Append("\r\n");
            foreach (var (name, value) in headers) request.Append(name).Append(": ").Append(value).Append("\r\n");
            if (body is not null)
            {
                request.Append("Content-Type: ").Append(contentType).Append("\r\nContent-Length: ")
                    .Append(Encoding.UTF8.GetByteCount(body).ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            }
            request.Append("\r\n").Append(body);
        }
        var payload = Encoding.ASCII.GetBytes(request.ToString());

        var clients = new Client[connections];
        for (var i = 0; i < clients.Length; i++) clients[i] = await Client.ConnectAsync(server.Port, payload, depth);
        try
        {
            // Warm-up until tiered compilation has settled: no method compiled during a whole slice, and at least
            // MinWarmUp, so that the measured requests run the final code and the pools are full.
            var warmUp = Stopwatch.StartNew();
            var sliceRounds = SliceRounds ?? Math.Max(50, 20_000 / depth / connections);
            for (var compiled = -1L; ;)
            {
                await RunAllAsync(clients, sliceRounds);
                var now = System.Runtime.JitInfo.GetCompiledMethodCount();
                if (now == compiled && warmUp.Elapsed > MinWarmUp || warmUp.Elapsed > MaxWarmUp) break;
                compiled = now;
                await Task.Delay(250);
            }

            var rounds = Math.Max(1, requests / depth / connections);
            var measured = (long)rounds * depth * connections;
            var gen0 = GC.CollectionCount(0);
            Types?.Start();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await RunAllAsync(clients, rounds);
            var after = GC.GetTotalAllocatedBytes(precise: true);
            gen0 = GC.CollectionCount(0) - gen0;
            if (Types?.Stop() is { } types)
            {
                foreach (var (type, bytes) in types.Take(12))
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {scenario} (depth {depth}): {type} ~{bytes / (double)measured:0.#} B/request (sampled)"));
                }
            }
            // The few hundred bytes of RunAllAsync's own task bookkeeping per measurement are not subtracted.
            return ((after - before) / (double)measured, gen0 * 100_000.0 / measured);
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    private static Task RunAllAsync(Client[] clients, int rounds)
    {
        var tasks = new Task[clients.Length];
        for (var i = 0; i < clients.Length; i++) tasks[i] = clients[i].RunAsync(rounds);
        return Task.WhenAll(tasks);
    }

    /// <summary>A keep-alive connection sending <c>depth</c> requests per write and reading their responses.</summary>
    private sealed class Client : IDisposable
    {
        private readonly Socket _socket;
        private readonly byte[] _payload;
        private readonly int _depth;
        private readonly byte[] _buffer = new byte[256 * 1024];

        private Client(Socket socket, byte[] payload, int depth)
        {
            _socket = socket;
            _payload = payload;
            _depth = depth;
        }

        public static async Task<Client> ConnectAsync(int port, byte[] payload, int depth)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
            return new Client(socket, payload, depth);
        }

        public async Task RunAsync(int rounds)
        {
            for (var round = 0; round < rounds; round++)
            {
                await _socket.SendAsync(_payload.AsMemory(), SocketFlags.None);
                var responses = 0;
                var filled = 0;
                var start = 0;
                long body = -1; // bytes of the current response's body still to come; -1 while reading a head
                while (responses < _depth)
                {
                    if (start == filled) start = filled = 0;
                    else if (filled == _buffer.Length)
                    {
                        // A head split at the end of the buffer: move it to the front.
                        _buffer.AsSpan(start, filled - start).CopyTo(_buffer);
                        filled -= start;
                        start = 0;
                    }
                    var read = await _socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None);
                    if (read == 0) throw new IOException("the server closed the connection");
                    filled += read;
                    while (responses < _depth && start < filled)
                    {
                        if (body < 0)
                        {
                            if (!TryParseHead(_buffer.AsSpan(start, filled - start), out var length, out body)) break;
                            start += length;
                        }
                        // Bodies larger than the buffer (the 10 MB file) are skipped as they arrive.
                        var take = (int)Math.Min(body, filled - start);
                        start += take;
                        body -= take;
                        if (body > 0) break;
                        body = -1;
                        responses++;
                    }
                }
                if (start != filled) throw new IOException("unexpected bytes after the last response: " + Encoding.ASCII.GetString(_buffer, start, Math.Min(200, filled - start)));
            }
        }

        public void Dispose() => _socket.Dispose();

        // One response head: status line and headers up to CRLFCRLF; its Content-Length (every scenario sets it).
        private static bool TryParseHead(ReadOnlySpan<byte> data, out int length, out long contentLength)
        {
            length = 0;
            contentLength = -1;
            var end = data.IndexOf("\r\n\r\n"u8);
            if (end < 0) return false;
            var head = data[..end];
            if (!head.StartsWith("HTTP/1.1 200 "u8) && !head.StartsWith("HTTP/1.1 404 "u8))
            {
                throw new IOException("unexpected status: " + Encoding.ASCII.GetString(head[..Math.Min(head.Length, 40)]));
            }
            var chunked = false;
            foreach (var range in head.Split("\r\n"u8))
            {
                var line = head[range];
                if (line.Length > 15 && Ascii.EqualsIgnoreCase(line[..15], "content-length:"u8))
                {
                    contentLength = 0;
                    foreach (var digit in line[15..].Trim((byte)' ')) contentLength = contentLength * 10 + (digit - '0');
                }
                chunked |= line.Length > 18 && Ascii.EqualsIgnoreCase(line[..18], "transfer-encoding:"u8);
            }
            if (contentLength < 0 && chunked)
            {
                // The whole chunked body is taken with its head (small JSON bodies only); body stays -1 until it is
                // all there, so that the caller parses the head again once more bytes arrive.
                if (!TryParseChunked(data, end + 4, out length)) return false;
                contentLength = 0;
                return true;
            }
            if (contentLength < 0) throw new IOException("response without Content-Length or chunked body");
            length = end + 4;
            return true;
        }

        // A chunked body (ASP.NET Core minimal APIs write JSON that way): hex size CRLF data CRLF, until size 0 CRLF CRLF.
        private static bool TryParseChunked(ReadOnlySpan<byte> data, int at, out int length)
        {
            length = 0;
            while (true)
            {
                var eol = data[at..].IndexOf("\r\n"u8);
                if (eol < 0) return false;
                var size = 0;
                foreach (var digit in data.Slice(at, eol)) size = size * 16 + (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
                at += eol + 2 + size + 2;
                if (data.Length < at) return false;
                if (size == 0)
                {
                    length = at;
                    return true;
                }
            }
        }
    }
}
