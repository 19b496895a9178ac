namespace Koa.Tests;

/// <summary>
/// The HTTP-date reader: RFC 7231's three formats as <c>Date.parse</c> reads them (expected values from node 20
/// with TZ=UTC), and the shapes <c>Date.parse</c> also accepts that the port reads as invalid.
/// </summary>
public sealed class HttpDateTests
{
    [Theory]
    [InlineData("Sun, 06 Nov 1994 08:49:37 GMT", 784111777000)]
    [InlineData("Sunday, 06-Nov-94 08:49:37 GMT", 784111777000)]
    [InlineData("Sun Nov  6 08:49:37 1994", 784111777000)]
    [InlineData("Sun Nov 06 08:49:37 1994", 784111777000)]
    [InlineData("Mon, 01 Jan 2000 00:00:00 GMT", 946684800000)]
    [InlineData("sat, 01 jan 2000 00:00:00 gmt", 946684800000)]
    [InlineData("SATURDAY, 01-JAN-00 00:00:00 GMT", 946684800000)]
    [InlineData("Sat, 1 Jan 2000 00:00:00 GMT", 946684800000)]
    [InlineData("  Sat,  01  Jan 2000 00:00:00\tGMT \t", 946684800000)]
    [InlineData("Sat,01 Jan 2000 00:00:00 GMT", 946684800000)]
    [InlineData("Saturday, 01-Jan-49 00:00:00 GMT", 2493072000000)]
    [InlineData("Saturday, 01-Jan-50 00:00:00 GMT", -631152000000)]
    [InlineData("Sat, 01 Jan 0099 00:00:00 GMT", 915148800000)]
    [InlineData("Mon, 01 Jan 0001 00:00:00 GMT", 978307200000)]
    [InlineData("Wed, 31 Dec 1969 23:59:59 GMT", -1000)]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT", 253402300799000)]
    [InlineData("Sat Jan   1  00:00:00   2000", 946684800000)]
    public void Reads_rfc_7231_dates_as_date_parse_does(string text, long expected)
    {
        Assert.True(HttpDate.TryParse(text, out var milliseconds));
        Assert.Equal(expected, milliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("foo")]
    [InlineData("Sat, 32 Jan 2000 00:00:00 GMT")]
    [InlineData("Sat, 01 Jan 2000 00:00:00 GMTx")]
    [InlineData("Sat, 01 Foo 2000 00:00:00 GMT")]
    [InlineData("Sat, 01 Jan 2000 25:00:00 GMT")]
    [InlineData("Sat")]
    [InlineData("GMT")]
    public void Rejects_what_date_parse_rejects(string text)
    {
        Assert.False(HttpDate.TryParse(text, out _));
    }

    // Date.parse (V8's legacy parser) accepts all of these; the port reads only RFC 7231's formats, so they are
    // invalid dates, which makes fresh answer "stale" (a full response) instead of possibly "fresh".
    [Theory]
    [InlineData("2000-01-01T00:00:00Z")]
    [InlineData("01 Jan 2000 00:00:00 GMT")]
    [InlineData("Xyz, 01 Jan 2000 00:00:00 GMT")]
    [InlineData("Sat, 31 Feb 2000 00:00:00 GMT")]
    [InlineData("Sat, 01 Jan 2000 24:00:00 GMT")]
    [InlineData("Sat, 01 Jan 2000 23:59:60 GMT")]
    [InlineData("Sat, 01 Jan 2000 00:00 GMT")]
    [InlineData("Sat, 01 Jan 2000 00:00:00 UTC")]
    [InlineData("Sat, 01 Jan 2000 00:00:00 +0100")]
    [InlineData("Sat, 01 Jan 2000 00:00:00")]
    [InlineData("Sat, 01 Jan 0000 00:00:00 GMT")]
    [InlineData("Sat, 01 Jan 10000 00:00:00 GMT")]
    [InlineData("Sat, 01 January 2000 00:00:00 GMT")]
    [InlineData("Sat, 01 Jan 2000 00:00:00 GMT GMT")]
    public void Reads_other_date_parse_shapes_as_invalid(string text)
    {
        Assert.False(HttpDate.TryParse(text, out _));
    }
}
