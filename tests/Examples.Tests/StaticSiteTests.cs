using System.IO.Compression;

namespace Koa.Examples.Tests;

public sealed class StaticSiteTests
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    private static string Gunzip(byte[] body)
    {
        using var reader = new StreamReader(new GZipStream(new MemoryStream(body), CompressionMode.Decompress));
        return reader.ReadToEnd();
    }

    [Theory(DisplayName = "examples › StaticSite › serves index.html compressed, with an ETag, and 304 when fresh")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Serves_compressed_with_validators(TestTransport transport)
    {
        var app = StaticSite.Program.Build(Root);
        var res = await app.Request(transport).Get("/").Set("Accept-Encoding", "gzip")
            .Expect("Content-Type", "text/html; charset=utf-8")
            .Expect("Content-Encoding", "gzip")
            .Expect("Vary", "Accept-Encoding")
            .Expect("Cache-Control", "max-age=3600")
            .ExpectAsync(200);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(Root, "index.html")), Gunzip(res.Body));
        var etag = res.Header("ETag");
        Assert.NotNull(etag);

        await app.Request(transport).Get("/").Set("Accept-Encoding", "gzip").Set("If-None-Match", etag).ExpectAsync(304);
    }

    [Fact(DisplayName = "examples › StaticSite › small files and clients without Accept-Encoding get the file as is")]
    public async Task Serves_plain()
    {
        var app = StaticSite.Program.Build(Root);
        var css = await File.ReadAllTextAsync(Path.Combine(Root, "style.css"));
        var res = await app.Request().Get("/style.css").Set("Accept-Encoding", "gzip").ExpectAsync(200, css);
        Assert.Null(res.Header("Content-Encoding"));
        var js = await File.ReadAllTextAsync(Path.Combine(Root, "app.js"));
        res = await app.Request().Get("/app.js").ExpectAsync(200, js);
        Assert.Null(res.Header("Content-Encoding"));
        await app.Request().Get("/missing.txt").ExpectAsync(404);
    }
}
