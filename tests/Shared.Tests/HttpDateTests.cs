using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// packages/Shared/HttpDate.cs: RFC 9110's three HTTP-date forms read as V8's <c>Date.parse</c> reads them (expected
/// values from node 20 with TZ=UTC), the malformed forms V8 rejects, and the shapes V8 also accepts that the port
/// reads as invalid (the safe answer for a cache validator).
/// </summary>
public sealed class HttpDateTests
{
    [Fact(DisplayName = "Date.parse over generated HTTP-dates, valid and malformed")]
    public void Matches_date_parse()
    {
        var failures = new StringBuilder();
        int count = 0, forms = 0, rejected = 0, v8Rejected = 0;
        foreach (var c in Fixtures.Cases("shared/dates.json"))
        {
            count++;
            var s = FixtureValues.Text(c.GetProperty("s"))!;
            var form = c.GetProperty("form").GetBoolean();
            var v8 = c.GetProperty("v8");
            long? expected = v8.ValueKind == System.Text.Json.JsonValueKind.Null ? null : v8.GetInt64();
            long? actual = HttpDate.TryParse(s, out var ms) ? ms : null;
            if (form) forms++;
            if (expected is null) v8Rejected++;
            if (actual is null) rejected++;
            // A string of the grammar reads as V8 reads it; any other string is rejected or (if the grammar still
            // takes it) read as V8 reads it: never a different instant, never a date V8 rejects.
            var ok = form ? actual == expected : actual is null || actual == expected;
            if (!ok && failures.Length < 4000)
                failures.Append(FixtureValues.Show(s)).Append(form ? " (form)" : "").Append(": V8 ").Append(expected?.ToString() ?? "NaN").Append(", got ").Append(actual?.ToString() ?? "invalid").Append('\n');
        }
        Assert.True(count >= 5000, $"only {count} cases");
        Assert.True(forms >= 3000 && v8Rejected >= 1000, $"{forms} forms, {v8Rejected} rejected by V8");
        Assert.True(failures.Length == 0, failures.ToString());
    }

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
    [InlineData("Sat, 01 Jan 0000 00:00:00 GMT", 946684800000)]
    [InlineData("Wed, 31 Dec 1969 23:59:59 GMT", -1000)]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT", 253402300799000)]
    [InlineData("Sat Jan   1  00:00:00   2000", 946684800000)]
    [InlineData("Sat, 29 Feb 2020 00:00:00 GMT", 1582934400000)]
    public void Reads_http_dates_as_date_parse_does(string text, long expected)
    {
        Assert.True(HttpDate.TryParse(text, out var milliseconds));
        Assert.Equal(expected, milliseconds);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expected), HttpDate.Parse(text));
    }

    // Issue 11: each of these made fresh answer a wrong 304; V8 rejects them all (node -e 'Date.parse(…)' is NaN).
    [Theory]
    [InlineData("Sun, 06 Nov 1994 08:49:37GMT")]
    [InlineData("Sun, 06 Nov 1994 01 :44:41 GMT")]
    [InlineData("Sun, 06 Nov 1994 01: 44:41 GMT")]
    [InlineData("Sun, 06 Nov 201502:21:58 GMT")]
    [InlineData("Sun,\u008506 Nov 1994 08:49:37 GMT")]
    [InlineData("Sun, 06\u0085Nov 1994 08:49:37 GMT")]
    [InlineData("Sun, 06\u2028Nov 1994 08:49:37 GMT")]
    [InlineData("Sun, 06 Nov 1994\u202908:49:37 GMT")]
    [InlineData("\u2028Sun, 06 Nov 1994 08:49:37 GMT")]
    [InlineData("Sun, 06 Nov 1994 08:49:37 GMT\u0085")]
    [InlineData("Sunday, 06 - Nov-94 08:49:37 GMT")]
    [InlineData("Sunday, 06 -Nov-94 08:49:37 GMT")]
    [InlineData("Sunday, 06- Nov-94 08:49:37 GMT")]
    [InlineData("Sunday, 06-Nov -94 08:49:37 GMT")]
    [InlineData("Sunday, 06-Nov- 94 08:49:37 GMT")]
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
        Assert.Null(HttpDate.Parse(text));
    }

    // Date.parse (V8's legacy parser) accepts all of these; the grammar does not, so they are invalid dates, which
    // makes a cache validator answer "stale" (a full response) instead of possibly "fresh".
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
    [InlineData("Sat, 01 Jan 10000 00:00:00 GMT")]
    [InlineData("Sat, 01 January 2000 00:00:00 GMT")]
    [InlineData("Sat, 01 Jan 2000 00:00:00 GMT GMT")]
    [InlineData("Sat, 01 Jan 2000 8:00:00 GMT")]
    [InlineData("Sat ,01 Jan 2000 00:00:00 GMT")]
    [InlineData("Sat,\u00a001 Jan 2000 00:00:00 GMT")]
    public void Reads_other_date_parse_shapes_as_invalid(string text)
    {
        Assert.False(HttpDate.TryParse(text, out _));
    }

    [Fact]
    public void Format_is_to_utc_string()
    {
        var date = DateTimeOffset.FromUnixTimeMilliseconds(784111777000).ToOffset(TimeSpan.FromHours(2));
        Assert.Equal("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.Format(date));
        Span<char> buffer = stackalloc char[29];
        Assert.True(HttpDate.TryFormat(date, buffer, out var written));
        Assert.Equal("Sun, 06 Nov 1994 08:49:37 GMT", buffer[..written].ToString());
        Assert.Equal(date, HttpDate.Parse(HttpDate.Format(date)));
    }

    [Fact]
    public void Is_linear_over_100_KB()
    {
        foreach (var input in new[] { "Sun," + new string(' ', 100_000), "Sun, 06 Nov 1994 08:49:37 " + new string('\t', 100_000) + "GMT", new string('9', 100_000) })
            CpuBudget.Within(input[..4], "TryParse", () => HttpDate.TryParse(input, out _));
    }
}
