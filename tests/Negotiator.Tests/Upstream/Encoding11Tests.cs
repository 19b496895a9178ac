using static Koa.Tests.UpstreamRequest;

namespace Koa.Tests;

// Port of negotiator 1.1.0 test/encoding.js (git tag v1.1.0, the negotiator koa-compress 5.2.2 resolves), run with
// NegotiatorOptions.Negotiator11Encodings: 0.6.3's 65 cases (EncodingTests.cs, unchanged in 1.1.0) plus the five
// "developer-preferred" / quoted-comma cases 1.1.0 added, 70 in all. Display names are the upstream titles joined
// with ›, prefixed "negotiator@1.1.0 ›"; the whenAcceptEncoding(header) helper is UpstreamRequest.When11.

/// <summary>Upstream <c>describe('negotiator.encoding()')</c>.</summary>
public sealed class Negotiator11EncodingTests
{
    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when no Accept-Encoding › should return identity")]
    public void When_no_Accept_Encoding_should_return_identity()
    {
        var negotiator = When11("Accept-Encoding", null);
        Assert.Equal("identity", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: * › should return *")]
    public void When_Accept_Encoding_star_should_return_star()
    {
        var negotiator = When11("Accept-Encoding", "*");
        Assert.Equal("*", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: *, gzip › should return *")]
    public void When_Accept_Encoding_star_gzip_should_return_star()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip");
        Assert.Equal("*", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: *, gzip;q=0 › should return *")]
    public void When_Accept_Encoding_star_gzip_q_0_should_return_star()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip;q=0");
        Assert.Equal("*", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: *;q=0 › should return undefined")]
    public void When_Accept_Encoding_star_q_0_should_return_undefined()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0");
        Assert.Null(negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: *;q=0, identity;q=1 › should return identity")]
    public void When_Accept_Encoding_star_q_0_identity_q_1_should_return_identity()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0, identity;q=1");
        Assert.Equal("identity", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: identity › should return identity")]
    public void When_Accept_Encoding_identity_should_return_identity()
    {
        var negotiator = When11("Accept-Encoding", "identity");
        Assert.Equal("identity", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: identity;q=0 › should return undefined")]
    public void When_Accept_Encoding_identity_q_0_should_return_undefined()
    {
        var negotiator = When11("Accept-Encoding", "identity;q=0");
        Assert.Null(negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: gzip › should return gzip")]
    public void When_Accept_Encoding_gzip_should_return_gzip()
    {
        var negotiator = When11("Accept-Encoding", "gzip");
        Assert.Equal("gzip", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: gzip, compress;q=0 › should return gzip")]
    public void When_Accept_Encoding_gzip_compress_q_0_should_return_gzip()
    {
        var negotiator = When11("Accept-Encoding", "gzip, compress;q=0");
        Assert.Equal("gzip", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: gzip, deflate › should return gzip")]
    public void When_Accept_Encoding_gzip_deflate_should_return_gzip()
    {
        var negotiator = When11("Accept-Encoding", "gzip, deflate");
        Assert.Equal("gzip", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: gzip;q=0.8, deflate › should return deflate")]
    public void When_Accept_Encoding_gzip_q_0_8_deflate_should_return_deflate()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, deflate");
        Assert.Equal("deflate", negotiator.Encoding());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding() › when Accept-Encoding: gzip;q=0.8, identity;q=0.5, *;q=0.3 › should return gzip")]
    public void When_Accept_Encoding_gzip_q_0_8_identity_q_0_5_s_should_return_gzip()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, identity;q=0.5, *;q=0.3");
        Assert.Equal("gzip", negotiator.Encoding());
    }
}

/// <summary>Upstream <c>describe('negotiator.encoding(array)')</c>.</summary>
public sealed class Negotiator11EncodingArrayTests
{
    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when no Accept-Encoding › should return undefined for empty list")]
    public void When_no_Accept_Encoding_should_return_undefined_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", null);
        Assert.Null(negotiator.Encoding([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when no Accept-Encoding › should only match identity")]
    public void When_no_Accept_Encoding_should_only_match_identity()
    {
        var negotiator = When11("Accept-Encoding", null);
        Assert.Equal("identity", negotiator.Encoding(["identity"]));
        Assert.Null(negotiator.Encoding(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: * › should return undefined for empty list")]
    public void When_Accept_Encoding_star_should_return_undefined_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "*");
        Assert.Null(negotiator.Encoding([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: * › should return first item in list")]
    public void When_Accept_Encoding_star_should_return_first_item_in_list()
    {
        var negotiator = When11("Accept-Encoding", "*");
        Assert.Equal("identity", negotiator.Encoding(["identity"]));
        Assert.Equal("gzip", negotiator.Encoding(["gzip"]));
        Assert.Equal("gzip", negotiator.Encoding(["gzip", "identity"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: *, gzip › should prefer gzip")]
    public void When_Accept_Encoding_star_gzip_should_prefer_gzip()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip");
        Assert.Equal("identity", negotiator.Encoding(["identity"]));
        Assert.Equal("gzip", negotiator.Encoding(["gzip"]));
        Assert.Equal("gzip", negotiator.Encoding(["compress", "gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: *, gzip;q=0 › should exclude gzip")]
    public void When_Accept_Encoding_star_gzip_q_0_should_exclude_gzip()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip;q=0");
        Assert.Equal("identity", negotiator.Encoding(["identity"]));
        Assert.Null(negotiator.Encoding(["gzip"]));
        Assert.Equal("compress", negotiator.Encoding(["gzip", "compress"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: *;q=0 › should return undefined for empty list")]
    public void When_Accept_Encoding_star_q_0_should_return_undefined_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0");
        Assert.Null(negotiator.Encoding([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: *;q=0 › should match nothing")]
    public void When_Accept_Encoding_star_q_0_should_match_nothing()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0");
        Assert.Null(negotiator.Encoding(["identity"]));
        Assert.Null(negotiator.Encoding(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: *;q=0, identity;q=1 › should return undefined for empty list")]
    public void When_Accept_Encoding_star_q_0_identity_q_1_should_return_undefined_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0, identity;q=1");
        Assert.Null(negotiator.Encoding([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: *;q=0, identity;q=1 › should still match identity")]
    public void When_Accept_Encoding_star_q_0_identity_q_1_should_still_match_identity()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0, identity;q=1");
        Assert.Equal("identity", negotiator.Encoding(["identity"]));
        Assert.Null(negotiator.Encoding(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: identity › should return undefined for empty list")]
    public void When_Accept_Encoding_identity_should_return_undefined_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "identity");
        Assert.Null(negotiator.Encoding([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: identity › should only match identity")]
    public void When_Accept_Encoding_identity_should_only_match_identity()
    {
        var negotiator = When11("Accept-Encoding", "identity");
        Assert.Equal("identity", negotiator.Encoding(["identity"]));
        Assert.Null(negotiator.Encoding(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: identity;q=0 › should return undefined for empty list")]
    public void When_Accept_Encoding_identity_q_0_should_return_undefined_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "identity;q=0");
        Assert.Null(negotiator.Encoding([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: identity;q=0 › should match nothing")]
    public void When_Accept_Encoding_identity_q_0_should_match_nothing()
    {
        var negotiator = When11("Accept-Encoding", "identity;q=0");
        Assert.Null(negotiator.Encoding(["identity"]));
        Assert.Null(negotiator.Encoding(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip › should return undefined for empty list")]
    public void When_Accept_Encoding_gzip_should_return_undefined_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "gzip");
        Assert.Null(negotiator.Encoding([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip");
        Assert.Equal("gzip", negotiator.Encoding(["gzip"]));
        Assert.Equal("gzip", negotiator.Encoding(["identity", "gzip"]));
        Assert.Equal("identity", negotiator.Encoding(["identity"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip, compress;q=0 › should not return compress")]
    public void When_Accept_Encoding_gzip_compress_q_0_should_not_return_compress()
    {
        var negotiator = When11("Accept-Encoding", "gzip, compress;q=0");
        Assert.Null(negotiator.Encoding(["compress"]));
        Assert.Null(negotiator.Encoding(["deflate", "compress"]));
        Assert.Equal("gzip", negotiator.Encoding(["gzip", "compress"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip, deflate › should return first client-preferred encoding")]
    public void When_Accept_Encoding_gzip_deflate_should_return_first_client_preferred_encoding()
    {
        var negotiator = When11("Accept-Encoding", "gzip, deflate");
        Assert.Equal("deflate", negotiator.Encoding(["deflate", "compress"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip, deflate › should return developer-preferred encodings")]
    public void When_Accept_Encoding_gzip_deflate_should_return_developer_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip, deflate");
        Assert.Equal("deflate", negotiator.Encoding(["gzip", "deflate"], preferred: ["deflate"]));
        Assert.Equal("deflate", negotiator.Encoding(["deflate", "gzip"], preferred: ["deflate"]));
        Assert.Equal("gzip", negotiator.Encoding(["gzip", "deflate"], preferred: ["gzip"]));
        Assert.Equal("gzip", negotiator.Encoding(["deflate", "gzip"], preferred: ["gzip"]));
        Assert.Equal("gzip", negotiator.Encoding(["gzip"], preferred: ["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip;q=0.8, deflate › should return most client-preferred encoding")]
    public void When_Accept_Encoding_gzip_q_0_8_deflate_should_return_most_client_preferred_encoding()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, deflate");
        Assert.Equal("gzip", negotiator.Encoding(["gzip"]));
        Assert.Equal("deflate", negotiator.Encoding(["deflate"]));
        Assert.Equal("deflate", negotiator.Encoding(["deflate", "gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip;q=0.8, identity;q=0.5, *;q=0.3 › should return most client-preferred encoding")]
    public void When_Accept_Encoding_gzip_q_0_8_identity_q_0_5_s_should_return_most_client_preferred_encoding()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, identity;q=0.5, *;q=0.3");
        Assert.Equal("gzip", negotiator.Encoding(["gzip"]));
        Assert.Equal("identity", negotiator.Encoding(["compress", "identity"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encoding(array) › when Accept-Encoding: gzip;q=0.8, identity;q=0.5, *;q=0.3 › should return developer-preferred encodings")]
    public void When_Accept_Encoding_gzip_q_08_identity_q_05_star_q_03_should_return_developer_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, identity;q=0.5, *;q=0.3");
        Assert.Equal("gzip", negotiator.Encoding(["gzip", "deflate"], preferred: ["gzip"]));
        Assert.Equal("gzip", negotiator.Encoding(["deflate", "gzip"], preferred: ["gzip"]));
        Assert.Equal("gzip", negotiator.Encoding(["gzip"], preferred: ["gzip"]));
    }
}

/// <summary>Upstream <c>describe('negotiator.encodings()')</c>.</summary>
public sealed class Negotiator11EncodingsTests
{
    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when no Accept-Encoding › should return identity")]
    public void When_no_Accept_Encoding_should_return_identity()
    {
        var negotiator = When11("Accept-Encoding", null);
        Assert.Equal(new[] { "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: * › should return *")]
    public void When_Accept_Encoding_star_should_return_star()
    {
        var negotiator = When11("Accept-Encoding", "*");
        Assert.Equal(new[] { "*" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: *, gzip › should prefer gzip")]
    public void When_Accept_Encoding_star_gzip_should_prefer_gzip()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip");
        Assert.Equal(new[] { "*", "gzip" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: *, gzip;q=0 › should return *")]
    public void When_Accept_Encoding_star_gzip_q_0_should_return_star()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip;q=0");
        Assert.Equal(new[] { "*" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: *;q=0 › should return an empty list")]
    public void When_Accept_Encoding_star_q_0_should_return_an_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0");
        Assert.Empty(negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: *;q=0, identity;q=1 › should return identity")]
    public void When_Accept_Encoding_star_q_0_identity_q_1_should_return_identity()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0, identity;q=1");
        Assert.Equal(new[] { "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: identity › should return identity")]
    public void When_Accept_Encoding_identity_should_return_identity()
    {
        var negotiator = When11("Accept-Encoding", "identity");
        Assert.Equal(new[] { "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: identity;q=0 › should return an empty list")]
    public void When_Accept_Encoding_identity_q_0_should_return_an_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "identity;q=0");
        Assert.Empty(negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: gzip › should return gzip, identity")]
    public void When_Accept_Encoding_gzip_should_return_gzip_identity()
    {
        var negotiator = When11("Accept-Encoding", "gzip");
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: gzip, compress;q=0 › should not return compress")]
    public void When_Accept_Encoding_gzip_compress_q_0_should_not_return_compress()
    {
        var negotiator = When11("Accept-Encoding", "gzip, compress;q=0");
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: gzip, deflate › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_deflate_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip, deflate");
        Assert.Equal(new[] { "gzip", "deflate", "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: gzip;q=0.8, deflate › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_q_0_8_deflate_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, deflate");
        Assert.Equal(new[] { "deflate", "gzip", "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: gzip;foo=bar;q=1, deflate;q=1 › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_foo_bar_q_1_deflate_q_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip;foo=bar;q=1, deflate;q=1");
        Assert.Equal(new[] { "gzip", "deflate", "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: gzip;foo=\"bar,baz\", deflate › should handle commas in quoted parameters")]
    public void When_Accept_Encoding_with_a_quoted_comma_should_handle_commas_in_quoted_parameters()
    {
        var negotiator = When11("Accept-Encoding", "gzip;foo=\"bar,baz\", deflate");
        Assert.Equal(new[] { "gzip", "deflate", "identity" }, negotiator.Encodings());
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings() › when Accept-Encoding: gzip;q=0.8, identity;q=0.5, *;q=0.3 › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_q_0_8_identity_q_0_5_s_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, identity;q=0.5, *;q=0.3");
        Assert.Equal(new[] { "gzip", "identity", "*" }, negotiator.Encodings());
    }
}

/// <summary>Upstream <c>describe('negotiator.encodings(array)')</c>.</summary>
public sealed class Negotiator11EncodingsArrayTests
{
    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when no Accept-Encoding › should return empty list for empty list")]
    public void When_no_Accept_Encoding_should_return_empty_list_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", null);
        Assert.Empty(negotiator.Encodings([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when no Accept-Encoding › should only match identity")]
    public void When_no_Accept_Encoding_should_only_match_identity()
    {
        var negotiator = When11("Accept-Encoding", null);
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
        Assert.Empty(negotiator.Encodings(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: * › should return empty list for empty list")]
    public void When_Accept_Encoding_star_should_return_empty_list_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "*");
        Assert.Empty(negotiator.Encodings([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: * › should return original list")]
    public void When_Accept_Encoding_star_should_return_original_list()
    {
        var negotiator = When11("Accept-Encoding", "*");
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"]));
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings(["gzip", "identity"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: *, gzip › should prefer gzip")]
    public void When_Accept_Encoding_star_gzip_should_prefer_gzip()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip");
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"]));
        Assert.Equal(new[] { "gzip", "compress" }, negotiator.Encodings(["compress", "gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: *, gzip;q=0 › should exclude gzip")]
    public void When_Accept_Encoding_star_gzip_q_0_should_exclude_gzip()
    {
        var negotiator = When11("Accept-Encoding", "*, gzip;q=0");
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
        Assert.Empty(negotiator.Encodings(["gzip"]));
        Assert.Equal(new[] { "compress" }, negotiator.Encodings(["gzip", "compress"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: *;q=0 › should always return empty list")]
    public void When_Accept_Encoding_star_q_0_should_always_return_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0");
        Assert.Empty(negotiator.Encodings([]));
        Assert.Empty(negotiator.Encodings(["identity"]));
        Assert.Empty(negotiator.Encodings(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: *;q=0, identity;q=1 › should still match identity")]
    public void When_Accept_Encoding_star_q_0_identity_q_1_should_still_match_identity()
    {
        var negotiator = When11("Accept-Encoding", "*;q=0, identity;q=1");
        Assert.Empty(negotiator.Encodings([]));
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
        Assert.Empty(negotiator.Encodings(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: identity › should return empty list for empty list")]
    public void When_Accept_Encoding_identity_should_return_empty_list_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "identity");
        Assert.Empty(negotiator.Encodings([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: identity › should only match identity")]
    public void When_Accept_Encoding_identity_should_only_match_identity()
    {
        var negotiator = When11("Accept-Encoding", "identity");
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
        Assert.Empty(negotiator.Encodings(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: identity;q=0 › should always return empty list")]
    public void When_Accept_Encoding_identity_q_0_should_always_return_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "identity;q=0");
        Assert.Empty(negotiator.Encodings([]));
        Assert.Empty(negotiator.Encodings(["identity"]));
        Assert.Empty(negotiator.Encodings(["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip › should return empty list for empty list")]
    public void When_Accept_Encoding_gzip_should_return_empty_list_for_empty_list()
    {
        var negotiator = When11("Accept-Encoding", "gzip");
        Assert.Empty(negotiator.Encodings([]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip › should be case insensitive, returning provided casing")]
    public void When_Accept_Encoding_gzip_should_be_case_insensitive_returning_provided_casing()
    {
        var negotiator = When11("Accept-Encoding", "gzip");
        Assert.Equal(new[] { "GZIP" }, negotiator.Encodings(["GZIP"]));
        Assert.Equal(new[] { "gzip", "GZIP" }, negotiator.Encodings(["gzip", "GZIP"]));
        Assert.Equal(new[] { "GZIP", "gzip" }, negotiator.Encodings(["GZIP", "gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip");
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"]));
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings(["gzip", "identity"]));
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings(["identity", "gzip"]));
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip, compress;q=0 › should not return compress")]
    public void When_Accept_Encoding_gzip_compress_q_0_should_not_return_compress()
    {
        var negotiator = When11("Accept-Encoding", "gzip, compress;q=0");
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip", "compress"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip, deflate › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_deflate_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip, deflate");
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"]));
        Assert.Equal(new[] { "gzip", "identity" }, negotiator.Encodings(["gzip", "identity"]));
        Assert.Equal(new[] { "gzip", "deflate" }, negotiator.Encodings(["deflate", "gzip"]));
        Assert.Equal(new[] { "identity" }, negotiator.Encodings(["identity"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip, deflate › should return developer-preferred encodings")]
    public void When_Accept_Encoding_gzip_deflate_should_return_developer_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip, deflate");
        Assert.Equal(new[] { "deflate", "gzip" }, negotiator.Encodings(["gzip", "deflate"], preferred: ["deflate"]));
        Assert.Equal(new[] { "deflate", "gzip" }, negotiator.Encodings(["deflate", "gzip"], preferred: ["deflate"]));
        Assert.Equal(new[] { "gzip", "deflate" }, negotiator.Encodings(["gzip", "deflate"], preferred: ["gzip"]));
        Assert.Equal(new[] { "gzip", "deflate" }, negotiator.Encodings(["deflate", "gzip"], preferred: ["gzip"]));
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"], preferred: ["gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip;q=0.8, deflate › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_q_0_8_deflate_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, deflate");
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"]));
        Assert.Equal(new[] { "deflate" }, negotiator.Encodings(["deflate"]));
        Assert.Equal(new[] { "deflate", "gzip" }, negotiator.Encodings(["deflate", "gzip"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip;q=0.8, identity;q=0.5, *;q=0.3 › should return client-preferred encodings")]
    public void When_Accept_Encoding_gzip_q_0_8_identity_q_0_5_s_should_return_client_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, identity;q=0.5, *;q=0.3");
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"]));
        Assert.Equal(new[] { "gzip", "identity", "compress" }, negotiator.Encodings(["identity", "gzip", "compress"]));
    }

    [Fact(DisplayName = "negotiator@1.1.0 › negotiator.encodings(array) › when Accept-Encoding: gzip;q=0.8, identity;q=0.5, *;q=0.3 › should return developer-preferred encodings")]
    public void When_Accept_Encoding_gzip_q_08_identity_q_05_star_q_03_should_return_developer_preferred_encodings()
    {
        var negotiator = When11("Accept-Encoding", "gzip;q=0.8, identity;q=0.5, *;q=0.3");
        Assert.Equal(new[] { "gzip", "deflate" }, negotiator.Encodings(["gzip", "deflate"], preferred: ["gzip"]));
        Assert.Equal(new[] { "gzip", "deflate" }, negotiator.Encodings(["deflate", "gzip"], preferred: ["gzip"]));
        Assert.Equal(new[] { "gzip" }, negotiator.Encodings(["gzip"], preferred: ["gzip"]));
    }
}
