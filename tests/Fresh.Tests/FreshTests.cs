using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>The C# surface around the port: dictionaries, repeated headers, raw values, allocations.</summary>
public sealed class FreshTests
{
    [Fact]
    public void Reads_aspnetcore_header_dictionaries()
    {
        var request = new HeaderDictionary { ["If-None-Match"] = "W/\"1\"", ["If-Modified-Since"] = "Sat, 01 Jan 2000 01:00:00 GMT" };
        var response = new HeaderDictionary { ["ETag"] = "\"1\"", ["Last-Modified"] = "Sat, 01 Jan 2000 00:00:00 GMT" };

        Assert.True(Fresh.IsFresh(request, response));

        request["Cache-Control"] = "no-cache";
        Assert.False(Fresh.IsFresh(request, response));
    }

    [Fact]
    public void Finds_headers_in_any_case()
    {
        var request = new Dictionary<string, StringValues>(StringComparer.Ordinal) { ["IF-NONE-MATCH"] = "\"a\"" };
        var response = new Dictionary<string, StringValues>(StringComparer.Ordinal) { ["Etag"] = "\"a\"" };
        Assert.True(Fresh.IsFresh(request, response));

        var sorted = new SortedDictionary<string, StringValues>(StringComparer.Ordinal) { ["if-none-match"] = "\"a\"" };
        var concurrent = new ConcurrentDictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["ETAG"] = "\"a\"" };
        Assert.True(Fresh.IsFresh(sorted, concurrent));
        Assert.False(Fresh.IsFresh(sorted, new HeaderDictionary()));
        Assert.False(Fresh.IsFresh(sorted, new ConcurrentDictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["Vary"] = "*" }));

        var mixedCase = new SortedDictionary<string, StringValues>(StringComparer.Ordinal) { ["If-None-MATCH"] = "\"a\"", ["x"] = "1" };
        Assert.True(Fresh.IsFresh(mixedCase, new SortedDictionary<string, StringValues>(StringComparer.Ordinal) { ["ETAG"] = "\"a\"" }));
    }

    [Fact]
    public void Repeated_if_none_match_values_count_as_one_list()
    {
        var response = new HeaderDictionary { ["ETag"] = "\"b\"" };

        Assert.True(Fresh.IsFresh(new HeaderDictionary { ["If-None-Match"] = new StringValues(["\"a\"", "\"b\""]) }, response));
        Assert.False(Fresh.IsFresh(new HeaderDictionary { ["If-None-Match"] = new StringValues(["\"a\"", "\"c\""]) }, response));
        // Node joins them into "*, *", which is not the lone "*" and matches no ETag
        Assert.False(Fresh.IsFresh(new HeaderDictionary { ["If-None-Match"] = new StringValues(["*", "*"]) }, response));
        // two empty values join into ", ": present, with empty tokens, which match the ETag W/
        Assert.True(Fresh.IsFresh(new HeaderDictionary { ["If-None-Match"] = new StringValues(["", ""]) }, new HeaderDictionary { ["ETag"] = "W/" }));
        Assert.False(Fresh.IsFresh(new HeaderDictionary { ["If-None-Match"] = "" }, new HeaderDictionary { ["ETag"] = "W/" }));
    }

    [Fact]
    public void Repeated_cache_control_values_are_all_searched_for_no_cache()
    {
        var request = new HeaderDictionary { ["If-None-Match"] = "\"a\"", ["Cache-Control"] = new StringValues(["max-age=0", " no-cache"]) };

        Assert.False(Fresh.IsFresh(request, new HeaderDictionary { ["ETag"] = "\"a\"" }));
    }

    [Fact]
    public void Repeated_if_modified_since_and_response_headers_are_read_by_their_first_value()
    {
        var request = new HeaderDictionary { ["If-Modified-Since"] = new StringValues(["Sat, 01 Jan 2000 01:00:00 GMT", "foo"]) };
        var response = new HeaderDictionary { ["Last-Modified"] = new StringValues(["Sat, 01 Jan 2000 00:00:00 GMT", "Sat, 01 Jan 2000 02:00:00 GMT"]) };
        Assert.True(Fresh.IsFresh(request, response));

        var emptyFirst = new HeaderDictionary { ["If-Modified-Since"] = new StringValues(["", "Sat, 01 Jan 2000 01:00:00 GMT"]) };
        Assert.False(Fresh.IsFresh(emptyFirst, response));
        Assert.True(Fresh.IsFresh(new HeaderDictionary { ["If-None-Match"] = "\"a\"" }, new HeaderDictionary { ["ETag"] = new StringValues(["\"a\"", "\"b\""]) }));
    }

    [Fact]
    public void Raw_values_treat_null_and_empty_as_absent()
    {
        Assert.False(Fresh.IsFresh(null, null, null, null, null));
        Assert.False(Fresh.IsFresh("", "", "no-cache", "\"a\"", ""));
        Assert.True(Fresh.IsFresh(null, "\"a\"", "", "\"a\"", null));
        Assert.False(Fresh.IsFresh(null, "\"a\"", null, "", null));
        Assert.False(Fresh.IsFresh("Sat, 01 Jan 2000 01:00:00 GMT", null, null, null, ""));
    }

    [Fact]
    public void A_lone_star_falls_through_to_if_modified_since()
    {
        Assert.True(Fresh.IsFresh(null, "*", null, null, null));
        Assert.True(Fresh.IsFresh("Sat, 01 Jan 2000 01:00:00 GMT", "*", null, null, "Sat, 01 Jan 2000 00:00:00 GMT"));
        Assert.False(Fresh.IsFresh("Sat, 01 Jan 2000 00:00:00 GMT", "*", null, null, "Sat, 01 Jan 2000 01:00:00 GMT"));
        Assert.False(Fresh.IsFresh(null, " *", null, "\"a\"", null));
    }

    [Fact]
    public void Both_validators_must_pass_when_both_are_sent()
    {
        const string Earlier = "Sat, 01 Jan 2000 00:00:00 GMT", Later = "Sat, 01 Jan 2000 01:00:00 GMT";

        Assert.True(Fresh.IsFresh(Later, "\"a\"", null, "\"a\"", Earlier));
        Assert.True(Fresh.IsFresh(Earlier, "\"a\"", null, "\"a\"", Earlier));
        Assert.False(Fresh.IsFresh(Earlier, "\"a\"", null, "\"a\"", Later));
        Assert.False(Fresh.IsFresh(Later, "\"b\"", null, "\"a\"", Earlier));
    }

    [Fact]
    public void Tokens_compare_weakly_both_ways_and_keep_inner_spaces()
    {
        Assert.True(Fresh.IsFresh(null, "W/\"a\"", null, "\"a\"", null));
        Assert.True(Fresh.IsFresh(null, "\"a\"", null, "W/\"a\"", null));
        Assert.False(Fresh.IsFresh(null, "W/W/\"a\"", null, "\"a\"", null));
        Assert.False(Fresh.IsFresh(null, "w/\"a\"", null, "\"a\"", null));
        Assert.True(Fresh.IsFresh(null, "\t \"a b\" \t,", null, "\"a b\"", null));
        Assert.False(Fresh.IsFresh(null, "\"a\"\u00a0", null, "\"a\"", null));
        Assert.True(Fresh.IsFresh(null, "x,,", null, "W/", null));
    }

    [Fact]
    public void No_cache_is_a_whole_case_sensitive_item()
    {
        Assert.False(Fresh.IsFresh(null, "\"a\"", "max-age=0,\u3000no-cache\t", "\"a\"", null));
        Assert.True(Fresh.IsFresh(null, "\"a\"", "No-Cache", "\"a\"", null));
        Assert.True(Fresh.IsFresh(null, "\"a\"", "no-cache=\"set-cookie\"", "\"a\"", null));
        Assert.True(Fresh.IsFresh(null, "\"a\"", "no-cache-x, x-no-cache, no", "\"a\"", null));
    }

    [Fact]
    public void Null_dictionaries_throw()
    {
        Assert.Throws<ArgumentNullException>("requestHeaders", () => Fresh.IsFresh(null!, new HeaderDictionary()));
        Assert.Throws<ArgumentNullException>("responseHeaders", () => Fresh.IsFresh(new HeaderDictionary(), null!));
    }

    [Fact]
    public void Checks_allocate_nothing()
    {
        var request = new HeaderDictionary
        {
            ["If-None-Match"] = "\"x\", W/\"abc\"",
            ["If-Modified-Since"] = "Sat, 01 Jan 2000 01:00:00 GMT",
            ["Cache-Control"] = "max-age=0",
        };
        var response = new HeaderDictionary { ["ETag"] = "\"abc\"", ["Last-Modified"] = "Sat, 01 Jan 2000 00:00:00 GMT" };
        var plain = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["if-none-match"] = "\"abc\"" };
        var plainResponse = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["ETag"] = "\"abc\"" };

        void Run()
        {
            Assert.True(Fresh.IsFresh(request, response));
            Assert.True(Fresh.IsFresh(plain, plainResponse));
            Assert.True(Fresh.IsFresh("Sun Jan  2 00:00:00 2000", null, null, null, "Saturday, 01-Jan-00 00:00:00 GMT"));
            Assert.False(Fresh.IsFresh("foo", "\"y\"", null, "\"abc\"", "bar"));
        }

        Run();
        Assert.Equal(0, Koa.Tests.Shared.Measure.Allocated(() =>
        {
            for (var i = 0; i < 100; i++)
                Run();
        }));
    }

    // Issue 11: npm fresh 0.5.2 answers stale for each of these, because Date.parse rejects the malformed date; the
    // port once read them as dates and answered a wrong 304.
    [Theory]
    [InlineData("Sun, 06 Nov 1994 08:49:37GMT")]
    [InlineData("Sun, 06 Nov 1994 01 :44:41 GMT")]
    [InlineData("Sun, 06 Nov 201502:21:58 GMT")]
    [InlineData("Sun,\u008506 Nov 1994 08:49:37 GMT")]
    [InlineData("Sun, 06\u2028Nov 1994 08:49:37 GMT")]
    [InlineData("Sunday, 06 - Nov-94 08:49:37 GMT")]
    public void A_malformed_last_modified_is_stale(string lastModified)
    {
        Assert.False(Fresh.IsFresh(
            new HeaderDictionary { ["If-Modified-Since"] = "Sun, 06 Nov 2094 08:49:37 GMT" },
            new HeaderDictionary { ["Last-Modified"] = lastModified }));
        Assert.False(Fresh.IsFresh(
            new HeaderDictionary { ["If-Modified-Since"] = lastModified },
            new HeaderDictionary { ["Last-Modified"] = "Sun, 06 Nov 1904 08:49:37 GMT" }));
        Assert.True(Fresh.IsFresh(
            new HeaderDictionary { ["If-Modified-Since"] = "Sun, 06 Nov 1994 08:49:37 GMT" },
            new HeaderDictionary { ["Last-Modified"] = "Sun, 06 Nov 1994 08:49:37 GMT" }));
    }
}
