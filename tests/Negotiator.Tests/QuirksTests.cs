namespace Koa.Tests;

/// <summary>
/// negotiator 0.6.3's documented quirks (jshttp.md §1), each checked against the npm package's output.
/// </summary>
public sealed class QuirksTests
{
    [Fact]
    public void Q_values_are_read_with_parseFloat()
    {
        // 0.5abc → 0.5, abc → NaN (dropped), 1.5 kept (no clamping), "0.1" unquoted
        Assert.Equal(
            new[] { "application/json", "text/html", "image/png" },
            Negotiator.PreferredMediaTypes("text/html;q=0.5abc, text/plain;q=abc, application/json;q=1.5, image/png;q=\"0.1\""));
        // q= and a bare q are NaN
        Assert.Empty(Negotiator.PreferredMediaTypes("text/html;q=, text/plain;q"));
    }

    [Fact]
    public void Parameters_after_q_are_ignored()
    {
        Assert.Equal(new[] { "text/html" }, Negotiator.PreferredMediaTypes("text/html;q=0.5;level=1", ["text/html"]));
    }

    [Fact]
    public void A_repeated_media_parameter_keeps_its_last_value()
    {
        Assert.Equal(new[] { "text/html;level=2" }, Negotiator.PreferredMediaTypes("text/html;level=1;level=2", ["text/html;level=2", "text/html;level=1"]));
    }

    [Fact]
    public void Spaces_around_the_equals_sign_make_q_an_ordinary_parameter()
    {
        // the parameter name is "q " with value " 0.1": q stays 1, and the parameter must then match
        Assert.Equal(new[] { "text/html" }, Negotiator.PreferredMediaTypes("text/html; q = 0.1"));
        Assert.Empty(Negotiator.PreferredMediaTypes("text/html; q = 0.1", ["text/html"]));
    }

    [Fact]
    public void Q_is_case_insensitive_for_media_types_only()
    {
        Assert.Equal(new[] { "text/plain", "text/html" }, Negotiator.PreferredMediaTypes("text/html;Q=0.5, text/plain"));
        Assert.Equal(new[] { "utf-8", "iso-8859-1" }, Negotiator.PreferredCharsets("utf-8;Q=0.1, iso-8859-1;q=0.5"));
        Assert.Equal(new[] { "gzip", "br", "identity" }, Negotiator.PreferredEncodings("gzip;Q=0.1, br;q=0.5"));
        Assert.Equal(new[] { "en", "fr" }, Negotiator.PreferredLanguages("en;Q=0.1, fr;q=0.5"));
    }

    [Fact]
    public void Languages_take_the_last_q_and_charsets_the_first()
    {
        Assert.Equal(new[] { "en", "fr" }, Negotiator.PreferredLanguages("en;q=0.1;q=0.9, fr;q=0.5"));
        Assert.Equal(new[] { "latin1", "utf-8" }, Negotiator.PreferredCharsets("utf-8;q=0.1;q=0.9, latin1;q=0.5"));
    }

    [Fact]
    public void Language_parameters_are_not_trimmed()
    {
        // " q=0.5" is not named q, so en keeps q = 1
        Assert.Equal(new[] { "en", "fr" }, Negotiator.PreferredLanguages("en; q=0.5, fr;q=0.9"));
    }

    [Fact]
    public void Equal_q_ties_follow_the_header_order_then_the_provided_order()
    {
        Assert.Equal(
            new[] { "text/html", "application/json" },
            Negotiator.PreferredMediaTypes("text/html;q=0.8, application/json;q=0.8", ["application/json", "text/html"]));
        Assert.Equal(new[] { "b", "a" }, Negotiator.PreferredCharsets("*", ["b", "a"]));
    }

    [Fact]
    public void Infinite_q_values_tie()
    {
        Assert.Equal(
            new[] { "text/html", "text/plain", "x/y" },
            Negotiator.PreferredMediaTypes("*/*;q=0.1, text/html;q=1e400, text/plain;q=Infinity", ["text/plain", "text/html", "x/y"]));
    }

    [Fact]
    public void A_later_entry_with_a_NaN_q_and_equal_specificity_takes_over_and_rejects()
    {
        Assert.Empty(Negotiator.PreferredCharsets("utf-8, utf-8;q=abc", ["utf-8"]));
        Assert.Equal(new[] { "latin1" }, Negotiator.PreferredCharsets("*, utf-8;q=abc", ["utf-8", "latin1"]));
    }

    [Fact]
    public void Identity_is_added_with_the_lowest_q()
    {
        Assert.Equal(new[] { "gzip", "br", "identity" }, Negotiator.PreferredEncodings("gzip;q=0.5, br;q=0.2"));
        // q=0 and NaN count as 1 (q || 1); a negative q lowers identity out of the list
        Assert.Equal(new[] { "identity" }, Negotiator.PreferredEncodings("gzip;q=0"));
        Assert.Equal(new[] { "identity" }, Negotiator.PreferredEncodings("gzip;q=abc"));
        Assert.Empty(Negotiator.PreferredEncodings("gzip;q=-1"));
        Assert.Equal(new[] { "gzip" }, Negotiator.PreferredEncodings("*;q=0, gzip"));
        Assert.Empty(Negotiator.PreferredEncodings("identity;q=0"));
        Assert.Equal("identity", Negotiator.PreferredEncoding("IDENTITY;q=0.5, gzip;q=0.1", ["identity"]));
    }

    [Fact]
    public void Absent_and_empty_headers_differ()
    {
        Assert.Equal(new[] { "*/*" }, Negotiator.PreferredMediaTypes(null));
        Assert.Equal(new[] { "*" }, Negotiator.PreferredLanguages(null));
        Assert.Equal(new[] { "*" }, Negotiator.PreferredCharsets(null));
        Assert.Equal(new[] { "identity" }, Negotiator.PreferredEncodings(null));

        Assert.Empty(Negotiator.PreferredMediaTypes(""));
        Assert.Empty(Negotiator.PreferredLanguages(""));
        Assert.Empty(Negotiator.PreferredCharsets(""));
        Assert.Equal(new[] { "identity" }, Negotiator.PreferredEncodings(""));
    }

    [Fact]
    public void Media_parameters_match_ignoring_case_and_quotes_with_star_as_wildcard()
    {
        Assert.Equal(
            new[] { "text/html;level=\"1\"", "text/html;LEVEL=1" },
            Negotiator.PreferredMediaTypes("text/html;level=1", ["text/html;level=\"1\"", "text/html;LEVEL=1", "text/html"]));
        Assert.Equal(new[] { "text/html;level=9", "text/html" }, Negotiator.PreferredMediaTypes("text/html;level=*", ["text/html;level=9", "text/html"]));
        // an empty value equals a missing one
        Assert.Equal(new[] { "text/html" }, Negotiator.PreferredMediaTypes("text/html;level=", ["text/html"]));
        Assert.Equal(new[] { "text/html" }, Negotiator.PreferredMediaTypes("text/html;;", ["text/html"]));
    }

    [Fact]
    public void Invalid_items_are_dropped_but_keep_their_position()
    {
        Assert.Equal(new[] { "text/html" }, Negotiator.PreferredMediaTypes("textplain, text/html"));
        Assert.Equal(new[] { "b", "a" }, Negotiator.PreferredCharsets("x y, a;q=0.5, b", ["a", "b"]));
    }

    [Fact]
    public void Languages_match_by_prefix_both_ways()
    {
        Assert.Equal(new[] { "EN-us", "en" }, Negotiator.PreferredLanguages("en-US", ["en", "EN-us", "en-GB"]));
        Assert.Equal(new[] { "en-US", "en-GB" }, Negotiator.PreferredLanguages("en", ["en-US", "en-GB", "fr"]));
        Assert.Equal(new[] { "EN", "en" }, Negotiator.PreferredLanguages("en;q=0.5, EN;q=0.9"));
    }

    [Fact]
    public void An_empty_provided_value_matches_a_wildcard()
    {
        Assert.Equal(new[] { "" }, Negotiator.PreferredCharsets("*", [""]));
        Assert.Empty(Negotiator.PreferredLanguages("*", [""]));
        Assert.Empty(Negotiator.PreferredMediaTypes("*/*", [""]));
    }

    [Fact]
    public void Provided_values_are_parsed_as_javascript_does()
    {
        // leading and trailing white space is allowed around a provided language or media type, but the
        // parameter part may not hold a line terminator
        Assert.Equal(new[] { " en\n" }, Negotiator.PreferredLanguages(" en ", [" en\n"]));
        Assert.Equal(new[] { " text/html\t" }, Negotiator.PreferredMediaTypes("text/html", [" text/html\t", "text/html;a=1\n"]));
        Assert.Empty(Negotiator.PreferredLanguages("*", ["en-", "-en", "en us"]));
    }

    [Fact]
    public void Ordering_is_stable_for_long_lists()
    {
        var provided = Enumerable.Range(0, 200).Select(i => "type" + i + "/x").ToArray();
        var header = string.Join(", ", provided.Reverse());

        // equal q and specificity: header order decides, so the reversed list comes back
        Assert.Equal(provided.Reverse(), Negotiator.PreferredMediaTypes(header, provided));
        Assert.Equal(provided.Reverse(), Negotiator.PreferredMediaTypes(header));
        // one wildcard for all: provided order decides
        Assert.Equal(provided, Negotiator.PreferredMediaTypes("*/*", provided));
        Assert.Equal("type199/x", Negotiator.PreferredMediaType(header, provided));
        Assert.Equal("type199/x", Negotiator.PreferredMediaType(header));
    }

    [Fact]
    public void Many_parameters_keep_the_last_value_of_each_name()
    {
        var parameters = string.Concat(Enumerable.Range(0, 40).Select(i => $";p{i % 10}={i}"));
        // last values: p0=30 … p9=39, with names differing in case only for p0
        var header = "text/html" + parameters + ";P0=x";

        Assert.Empty(Negotiator.PreferredMediaTypes(header, ["text/html;p0=30;p1=31;p2=32;p3=33;p4=34;p5=35;p6=36;p7=37;p8=38;p9=39"]));
        Assert.Equal(
            new[] { "text/html;p0=X;p1=31;p2=32;p3=33;p4=34;p5=35;p6=36;p7=37;p8=38;p9=39" },
            Negotiator.PreferredMediaTypes(header, ["text/html;p0=X;p1=31;p2=32;p3=33;p4=34;p5=35;p6=36;p7=37;p8=38;p9=39", "text/html;p0=30;p1=31;p2=32;p3=33;p4=34;p5=35;p6=36;p7=37;p8=38;p9=39"]));
    }
}
