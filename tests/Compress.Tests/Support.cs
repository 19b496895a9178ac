using System.IO.Compression;
using System.Text;

namespace Koa.Tests;

internal static class Support
{
    /// <summary>supertest's default request header (superagent asks for gzip and deflate).</summary>
    public const string SupertestAcceptEncoding = "gzip, deflate";

    /// <summary>The body as superagent hands it to a test: decoded per Content-Encoding.</summary>
    public static byte[] Decoded(TestResponse res)
    {
        Stream? decoder = res.Header("Content-Encoding") switch
        {
            "gzip" => new GZipStream(new MemoryStream(res.Body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(res.Body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(res.Body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null) return res.Body;
        using (decoder)
        {
            var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
    }

    public static string Text(TestResponse res) => Encoding.UTF8.GetString(Decoded(res));
}
