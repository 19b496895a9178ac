namespace Koa.Tests;

// koajs/compress __tests__/defaults.js (koa-compress 5.1.1).
public sealed class DefaultsTests
{
    [Fact(DisplayName = "default brotli param quality should be 4")]
    public void Brotli_quality()
    {
        var options = new CompressOptions();
        Assert.Equal(["br", "gzip", "deflate", "identity"], Compress.PreferredEncodings);
        Assert.NotNull(options.Br);
        Assert.Equal(4, options.Br.Quality);
    }
}
