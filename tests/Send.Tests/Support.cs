using System.IO.Compression;

namespace Koa.Tests;

internal static class Support
{
    public static Application App(Func<Context, Task> handler)
    {
        var app = new Application();
        app.Use(handler);
        return app;
    }

    public static string Cwd(string relative) => Path.Combine(Directory.GetCurrentDirectory(), relative);

    public static string Gunzip(byte[] body)
    {
        using var stream = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string Unbrotli(byte[] body)
    {
        using var stream = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
