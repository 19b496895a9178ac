using System.Globalization;

namespace Koa.Tests.Responses;

// __tests__/response/last-modified.test.js — a JS Date is a DateTimeOffset; the header is Date#toUTCString().
public sealed class LastModifiedTests
{
    [Fact(DisplayName = "res.lastModified › should set the header as a UTCString")]
    public void Sets_utc_string()
    {
        var res = TestContexts.Response();
        res.LastModified = new DateTimeOffset(2026, 11, 21, 10, 5, 7, 123, TimeSpan.FromHours(2));
        Assert.Equal("Sat, 21 Nov 2026 08:05:07 GMT", HeaderValues.Single(res, "last-modified"));

        var now = DateTimeOffset.Now;
        res.LastModified = now;
        Assert.Equal(now.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture), HeaderValues.Single(res, "last-modified"));
    }

    // JS assigns date.toString(); the C# property takes a date, so the string goes through DateTimeOffset.Parse.
    [Fact(DisplayName = "res.lastModified › should work with date strings")]
    public void Works_with_date_strings()
    {
        var res = TestContexts.Response();
        res.LastModified = DateTimeOffset.Parse("Sat Nov 21 2026 10:05:07 +02:00", CultureInfo.InvariantCulture);
        Assert.Equal("Sat, 21 Nov 2026 08:05:07 GMT", HeaderValues.Single(res, "last-modified"));
    }

    [Fact(DisplayName = "res.lastModified › should get the header as a Date")]
    public void Gets_a_date()
    {
        var res = TestContexts.Response();
        var date = new DateTimeOffset(2026, 11, 21, 10, 5, 7, 999, TimeSpan.FromHours(-5));
        res.LastModified = date;
        Assert.Equal(date.ToUnixTimeSeconds() * 1000, res.LastModified!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(TimeSpan.Zero, res.LastModified.Value.Offset);
    }

    [Fact(DisplayName = "res.lastModified › when lastModified not set › should get undefined")]
    public void Unset_is_null()
    {
        var res = TestContexts.Response();
        Assert.Null(res.LastModified);
    }

    // Not upstream: the getter parses what a middleware may have set by hand (new Date(header)); null removes.
    [Fact(DisplayName = "res.lastModified › should parse a header set directly and remove it when null")]
    public void Parses_and_removes()
    {
        var res = TestContexts.Response();
        res.Set("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
        Assert.Equal(new DateTimeOffset(2015, 10, 21, 7, 28, 0, TimeSpan.Zero), res.LastModified);
        res.Set("Last-Modified", "not a date");
        Assert.Null(res.LastModified);
        res.LastModified = null;
        Assert.False(res.Has("Last-Modified"));
    }
}
