using System.IO.Compression;
using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Our own tests: aborted streams, inflation (gzip/deflate/br, the limit on the inflated size, zip bombs), public API.</summary>
public sealed class RawBodyBehaviourTests
{
    [Fact(DisplayName = "public API matches the committed snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(RawBody).Assembly);

    [Fact(DisplayName = "a stream failing mid-read (client gone) is 400 request.aborted")]
    public async Task Aborted()
    {
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(new ChunkedStream(new byte[100], 10, new IOException("reset")), new RawBodyOptions { Length = 200 }));
        Assert.Equal(400, err.Status);
        Assert.Equal("request aborted", err.Message);
        Assert.Equal("request.aborted", err.Properties["type"]);
        Assert.Equal("ECONNABORTED", err.Properties["code"]);
        Assert.Equal(100L, err.Properties["received"]);
    }

    [Fact(DisplayName = "the limit stops reading as soon as it is crossed")]
    public async Task Stops_at_limit()
    {
        var stream = new ChunkedStream(new byte[10_000_000], 1000);
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(stream, new RawBodyOptions { Limit = 5000 }));
        Assert.Equal(413, err.Status);
        Assert.Equal(6000L, err.Properties["received"]);
        Assert.Equal(6000, stream.BytesRead);
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream z = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, true),
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal, true),
            _ => new BrotliStream(output, CompressionLevel.Optimal, true),
        })
        {
            z.Write(data);
        }
        return output.ToArray();
    }

    [Theory(DisplayName = "inflation: gzip, deflate and br bodies are inflated")]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Inflates(string encoding)
    {
        var text = string.Concat(Enumerable.Repeat("{\"hello\":\"world\"}", 100));
        var compressed = Compress(Encoding.UTF8.GetBytes(text), encoding);
        Assert.Equal(text, await RawBody.ReadStringAsync(Inflation.Inflate(new ChunkedStream(compressed, 7), encoding)));
    }

    [Fact(DisplayName = "inflation: deflate accepts gzip data and gzip accepts zlib data (zlib.createUnzip)")]
    public async Task Unzip_autodetect()
    {
        var data = Encoding.UTF8.GetBytes("hello");
        Assert.Equal("hello", await RawBody.ReadStringAsync(Inflation.Inflate(new MemoryStream(Compress(data, "gzip")), "deflate")));
        Assert.Equal("hello", await RawBody.ReadStringAsync(Inflation.Inflate(new MemoryStream(Compress(data, "deflate")), "gzip")));
    }

    [Fact(DisplayName = "inflation: identity or no encoding is the stream itself")]
    public void Identity()
    {
        var stream = new MemoryStream();
        Assert.Same(stream, Inflation.Inflate(stream, null));
        Assert.Same(stream, Inflation.Inflate(stream, "identity"));
    }

    [Fact(DisplayName = "inflation: an unknown Content-Encoding is 415")]
    public void Unsupported()
    {
        var err = Assert.ThrowsAny<HttpError>(() => Inflation.Inflate(new MemoryStream(), "compress"));
        Assert.Equal(415, err.Status);
        Assert.Equal("Unsupported Content-Encoding: compress", err.Message);
    }

    [Theory(DisplayName = "inflation: a zip bomb (1 GB of zeros) is 413 without inflating past the limit")]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Zip_bomb(string encoding)
    {
        // 64 MB of zeros compressed (~64 KB gzip, far less br); the limit is 1 MB
        var compressed = Compress(new byte[64 * 1024 * 1024], encoding);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(Inflation.Inflate(new MemoryStream(compressed), encoding), new RawBodyOptions { Limit = 1024 * 1024 }));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(413, err.Status);
        Assert.True(allocated < 8 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact(DisplayName = "inflation: corrupt compressed data is 400, not a 500")]
    public async Task Corrupt()
    {
        var err = await Assert.ThrowsAnyAsync<HttpError>(() => RawBody.ReadAsync(Inflation.Inflate(new MemoryStream([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), "gzip")));
        Assert.Equal(400, err.Status);
    }
}
