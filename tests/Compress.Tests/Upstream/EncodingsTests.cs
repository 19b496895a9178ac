namespace Koa.Tests;

// koajs/compress __tests__/encodings.js (koa-compress 5.1.1). 5.1's Encodings class is gone in 5.2, which negotiates
// with negotiator 1.x (`encoding(available, { preferred })`): these fixtures run against that selection
// (Compress.SelectEncoding over KoaNet.Negotiator with Negotiator11Encodings). parseAcceptEncoding's weight table becomes "is this encoding acceptable"; where 5.2 differs
// from 5.1 the expectation is 5.2's (checked with the pinned negotiator): `*` also covers br.
public sealed class EncodingsTests
{
    private static bool Acceptable(string header, int encoding)
    {
        var name = Compress.PreferredEncodings[encoding];
        return Compress.SelectEncoding(header, [name]) == name;
    }

    [Theory(DisplayName = "parseAcceptEncoding › <input>")]
    [InlineData("br, gzip, compress, deflate", true, true, true, true)]
    [InlineData("br, *; q = 0.1", true, true, true, true)]
    [InlineData("*, gzip;q=0", true, false, true, true)]
    [InlineData("identity", false, false, false, true)]
    [InlineData("gzip;q=0.8, identity;q=0.5, *;q=0.3", true, true, true, true)]
    public void ParseAcceptEncoding(string input, bool br, bool gzip, bool deflate, bool identity)
    {
        Assert.Equal(br, Acceptable(input, 0));
        Assert.Equal(gzip, Acceptable(input, 1));
        Assert.Equal(deflate, Acceptable(input, 2));
        Assert.Equal(identity, Acceptable(input, 3));
    }

    [Theory(DisplayName = "getPreferredContentEncoding › <name or acceptEncoding>")]
    [InlineData("gzip, br", "br", true)]
    [InlineData("gzip, br, *;q=0.5", "br", true)]
    [InlineData("br, gzip", "br", true)]
    [InlineData("gzip, deflate", "gzip", true)]
    [InlineData("gzip, deflate, br", "gzip", false)]   // "w/o br as a preferred encoding"
    [InlineData("identity", "identity", true)]
    public void GetPreferredContentEncoding(string acceptEncoding, string preferredEncoding, bool brEnabled)
    {
        var available = Compress.PreferredEncodings.Where(encoding => brEnabled || encoding != "br").ToArray();
        Assert.Equal(preferredEncoding, Compress.SelectEncoding(acceptEncoding, available));
    }
}
