using System.Net.Sockets;
using System.Text;

namespace Koa.Tests;

// Not upstream: the body feature's SendFileAsync over Kestrel (Koa's FileSender) keeps Kestrel's contract: the range
// asked for, bytes intact across chunk and flush boundaries, and the file handle closed when the client goes away.
[Collection(nameof(AllocationTests))]
public sealed class FileSenderTests
{
    [Theory(DisplayName = "send › ctx.ResBody.SendFileAsync sends the range asked for over Kestrel")]
    [InlineData(0, null)]
    [InlineData(100, 5000L)]
    [InlineData(65_000, 200_000L)]
    [InlineData(1_000_000, null)]
    [InlineData(3_000_000, 0L)]
    public async Task Ranges(long offset, long? count)
    {
        var root = Directory.CreateTempSubdirectory("koanet-sendfile-").FullName;
        try
        {
            var data = new byte[3_000_000];
            new Random(2).NextBytes(data);
            var path = Path.Combine(root, "f.bin");
            await File.WriteAllBytesAsync(path, data);
            var app = new Application();
            app.Use(async (ctx, next) =>
            {
                ctx.Status = 200;
                ctx.Response.Length = count ?? data.Length - offset;
                await ctx.ResBody.SendFileAsync(path, offset, count, ctx.RequestAborted);
            });
            await using var server = await app.ListenAsync(0, "127.0.0.1");
            using var client = new HttpClient();
            var body = await client.GetByteArrayAsync($"http://127.0.0.1:{server.Port}/");
            Assert.Equal(data.AsSpan((int)offset, (int)(count ?? data.Length - offset)).ToArray(), body);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact(DisplayName = "send › the file handle is closed when the client aborts a 10 MB download")]
    public async Task Handle_closed_on_abort()
    {
        if (!Directory.Exists("/proc/self/fd")) return; // Linux only: open handles are counted through /proc.
        var root = Directory.CreateTempSubdirectory("koanet-sendfile-").FullName;
        try
        {
            var path = Path.Combine(root, "big.bin");
            await File.WriteAllBytesAsync(path, new byte[10 * 1024 * 1024]);
            var app = new Application();
            app.Use(Static.Create(root));
            await using var server = await app.ListenAsync(0, "127.0.0.1");
            using (var client = new TcpClient())
            {
                await client.ConnectAsync("127.0.0.1", server.Port);
                var stream = client.GetStream();
                await stream.WriteAsync(Encoding.Latin1.GetBytes("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n"));
                var buffer = new byte[64 * 1024];
                var total = 0;
                while (total < 256 * 1024) total += await stream.ReadAsync(buffer);
                Assert.True(OpenHandles(path) > 0, "the file is open while it is being sent");
                client.Client.LingerState = new LingerOption(true, 0); // A reset, as a client that goes away.
            }
            for (var i = 0; i < 100 && OpenHandles(path) > 0; i++) await Task.Delay(50);
            Assert.Equal(0, OpenHandles(path));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    private static int OpenHandles(string path)
    {
        var count = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget == path) count++;
            }
            catch (IOException)
            {
                // Closed meanwhile.
            }
        }
        return count;
    }
}
