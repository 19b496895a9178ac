using static Koa.Tests.UpstreamHeaders;

namespace Koa.Tests;

// Port of fresh 0.5.2 test/fresh.js (git tag v0.5.2), plus the tab-separated case added upstream with the HTAB
// fix: one class per upstream describe, display names are the upstream titles joined with ›.

/// <summary>Upstream <c>describe('fresh(reqHeaders, resHeaders)')</c>.</summary>
public sealed class UpstreamFreshTests
{
    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when a non-conditional GET is performed › should be stale")]
    public void When_a_non_conditional_GET_is_performed_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(), Headers()));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when ETags match › should be fresh")]
    public void When_requested_with_If_None_Match_when_ETags_match_should_be_fresh()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "\"foo\"")), Headers(("etag", "\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when ETags mismatch › should be stale")]
    public void When_requested_with_If_None_Match_when_ETags_mismatch_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-none-match", "\"foo\"")), Headers(("etag", "\"bar\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when at least one matches › should be fresh")]
    public void When_requested_with_If_None_Match_when_at_least_one_matches_should_be_fresh()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", " \"bar\" , \"foo\"")), Headers(("etag", "\"foo\""))));
    }

    // Added upstream after 0.5.2 with the HTAB fix (jshttp/fresh#77), which the port includes.
    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when at least one matches › should be fresh when the list is separated with tabs")]
    public void When_requested_with_If_None_Match_when_at_least_one_matches_should_be_fresh_when_the_list_is_separated_with_tabs()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "\"bar\",\t\"foo\"")), Headers(("etag", "\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when etag is missing › should be stale")]
    public void When_requested_with_If_None_Match_when_etag_is_missing_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-none-match", "\"foo\"")), Headers()));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when ETag is weak › should be fresh on exact match")]
    public void When_requested_with_If_None_Match_when_ETag_is_weak_should_be_fresh_on_exact_match()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "W/\"foo\"")), Headers(("etag", "W/\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when ETag is weak › should be fresh on strong match")]
    public void When_requested_with_If_None_Match_when_ETag_is_weak_should_be_fresh_on_strong_match()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "W/\"foo\"")), Headers(("etag", "\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when ETag is strong › should be fresh on exact match")]
    public void When_requested_with_If_None_Match_when_ETag_is_strong_should_be_fresh_on_exact_match()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "\"foo\"")), Headers(("etag", "\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when ETag is strong › should be fresh on weak match")]
    public void When_requested_with_If_None_Match_when_ETag_is_strong_should_be_fresh_on_weak_match()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "\"foo\"")), Headers(("etag", "W/\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when * is given › should be fresh")]
    public void When_requested_with_If_None_Match_when_star_is_given_should_be_fresh()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "*")), Headers(("etag", "\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-None-Match › when * is given › should get ignored if not only value")]
    public void When_requested_with_If_None_Match_when_star_is_given_should_get_ignored_if_not_only_value()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-none-match", "*, \"bar\"")), Headers(("etag", "\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since › when modified since the date › should be stale")]
    public void When_requested_with_If_Modified_Since_when_modified_since_the_date_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-modified-since", "Sat, 01 Jan 2000 00:00:00 GMT")), Headers(("last-modified", "Sat, 01 Jan 2000 01:00:00 GMT"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since › when unmodified since the date › should be fresh")]
    public void When_requested_with_If_Modified_Since_when_unmodified_since_the_date_should_be_fresh()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-modified-since", "Sat, 01 Jan 2000 01:00:00 GMT")), Headers(("last-modified", "Sat, 01 Jan 2000 00:00:00 GMT"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since › when Last-Modified is missing › should be stale")]
    public void When_requested_with_If_Modified_Since_when_Last_Modified_is_missing_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-modified-since", "Sat, 01 Jan 2000 00:00:00 GMT")), Headers()));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since › with invalid If-Modified-Since date › should be stale")]
    public void When_requested_with_If_Modified_Since_with_invalid_If_Modified_Since_date_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-modified-since", "foo")), Headers(("last-modified", "Sat, 01 Jan 2000 00:00:00 GMT"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since › with invalid Last-Modified date › should be stale")]
    public void When_requested_with_If_Modified_Since_with_invalid_Last_Modified_date_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-modified-since", "Sat, 01 Jan 2000 00:00:00 GMT")), Headers(("last-modified", "foo"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since and If-None-Match › when both match › should be fresh")]
    public void When_requested_with_If_Modified_Since_and_If_Non_when_both_match_should_be_fresh()
    {
        Assert.True(Fresh.IsFresh(Headers(("if-none-match", "\"foo\""), ("if-modified-since", "Sat, 01 Jan 2000 01:00:00 GMT")), Headers(("etag", "\"foo\""), ("last-modified", "Sat, 01 Jan 2000 00:00:00 GMT"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since and If-None-Match › when only ETag matches › should be stale")]
    public void When_requested_with_If_Modified_Since_and_If_Non_when_only_ETag_matches_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-none-match", "\"foo\""), ("if-modified-since", "Sat, 01 Jan 2000 00:00:00 GMT")), Headers(("etag", "\"foo\""), ("last-modified", "Sat, 01 Jan 2000 01:00:00 GMT"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since and If-None-Match › when only Last-Modified matches › should be stale")]
    public void When_requested_with_If_Modified_Since_and_If_Non_when_only_Last_Modified_matches_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-none-match", "\"foo\""), ("if-modified-since", "Sat, 01 Jan 2000 01:00:00 GMT")), Headers(("etag", "\"bar\""), ("last-modified", "Sat, 01 Jan 2000 00:00:00 GMT"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with If-Modified-Since and If-None-Match › when none match › should be stale")]
    public void When_requested_with_If_Modified_Since_and_If_Non_when_none_match_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("if-none-match", "\"foo\""), ("if-modified-since", "Sat, 01 Jan 2000 00:00:00 GMT")), Headers(("etag", "\"bar\""), ("last-modified", "Sat, 01 Jan 2000 01:00:00 GMT"))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with Cache-Control: no-cache › should be stale")]
    public void When_requested_with_Cache_Control_no_cache_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("cache-control", " no-cache")), Headers()));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with Cache-Control: no-cache › when ETags match › should be stale")]
    public void When_requested_with_Cache_Control_no_cache_when_ETags_match_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("cache-control", " no-cache"), ("if-none-match", "\"foo\"")), Headers(("etag", "\"foo\""))));
    }

    [Fact(DisplayName = "fresh(reqHeaders, resHeaders) › when requested with Cache-Control: no-cache › when unmodified since the date › should be stale")]
    public void When_requested_with_Cache_Control_no_cache_when_unmodified_since_the_date_should_be_stale()
    {
        Assert.False(Fresh.IsFresh(Headers(("cache-control", " no-cache"), ("if-modified-since", "Sat, 01 Jan 2000 01:00:00 GMT")), Headers(("last-modified", "Sat, 01 Jan 2000 00:00:00 GMT"))));
    }
}
