using static Koa.Tests.UpstreamHeaders;

namespace Koa.Tests;

// Port of accepts 1.3.8 test/type.js, charset.js, encoding.js and language.js (git tag 1.3.8): one class per
// upstream describe, display names are the upstream titles joined with ›. npm's false is null here.

/// <summary>Upstream <c>describe('accepts.types()')</c>.</summary>
public sealed class AcceptsTypesTests
{
    [Fact(DisplayName = "accepts.types() › with no arguments › when Accept is populated › should return all accepted types")]
    public void With_no_arguments_when_Accept_is_populated_should_return_all_accepted_types()
    {
        var accepts = new Accepts(Headers(("accept", "application/*;q=0.2, image/jpeg;q=0.8, text/html, text/plain")));
        Assert.Equal(new[] { "text/html", "text/plain", "image/jpeg", "application/*" }, accepts.Types());
    }

    [Fact(DisplayName = "accepts.types() › with no arguments › when Accept not in request › should return */*")]
    public void With_no_arguments_when_Accept_not_in_request_should_return_star_star()
    {
        var accepts = new Accepts(Headers());
        Assert.Equal(new[] { "*/*" }, accepts.Types());
    }

    [Fact(DisplayName = "accepts.types() › with no arguments › when Accept is empty › should return []")]
    public void With_no_arguments_when_Accept_is_empty_should_return()
    {
        var accepts = new Accepts(Headers(("accept", "")));
        Assert.Empty(accepts.Types());
    }

    [Fact(DisplayName = "accepts.types() › with no valid types › when Accept is populated › should return false")]
    public void With_no_valid_types_when_Accept_is_populated_should_return_false()
    {
        var accepts = new Accepts(Headers(("accept", "application/*;q=0.2, image/jpeg;q=0.8, text/html, text/plain")));
        Assert.Null(accepts.Types("image/png", "image/tiff"));
    }

    [Fact(DisplayName = "accepts.types() › with no valid types › when Accept is not populated › should return the first type")]
    public void With_no_valid_types_when_Accept_is_not_populated_should_return_the_first_type()
    {
        var accepts = new Accepts(Headers());
        Assert.Equal("text/html", accepts.Types("text/html", "text/plain", "image/jpeg", "application/*"));
    }

    [Fact(DisplayName = "accepts.types() › when extensions are given › should convert to mime types")]
    public void When_extensions_are_given_should_convert_to_mime_types()
    {
        var accepts = new Accepts(Headers(("accept", "text/plain, text/html")));
        Assert.Equal("html", accepts.Types("html"));
        Assert.Equal(".html", accepts.Types(".html"));
        Assert.Equal("txt", accepts.Types("txt"));
        Assert.Equal(".txt", accepts.Types(".txt"));
        Assert.Null(accepts.Types("png"));
        Assert.Null(accepts.Types("bogus"));
    }

    [Fact(DisplayName = "accepts.types() › when an array is given › should return the first match")]
    public void When_an_array_is_given_should_return_the_first_match()
    {
        var accepts = new Accepts(Headers(("accept", "text/plain, text/html")));
        Assert.Equal("text", accepts.Types(new List<string> { "png", "text", "html" }));
        Assert.Equal("html", accepts.Types(new List<string> { "png", "html" }));
        Assert.Equal("html", accepts.Types(new List<string> { "bogus", "html" }));
    }

    [Fact(DisplayName = "accepts.types() › when multiple arguments are given › should return the first match")]
    public void When_multiple_arguments_are_given_should_return_the_first_match()
    {
        var accepts = new Accepts(Headers(("accept", "text/plain, text/html")));
        Assert.Equal("text", accepts.Types("png", "text", "html"));
        Assert.Equal("html", accepts.Types("png", "html"));
        Assert.Equal("html", accepts.Types("bogus", "html"));
    }

    [Fact(DisplayName = "accepts.types() › when present in Accept as an exact match › should return the type")]
    public void When_present_in_Accept_as_an_exact_match_should_return_the_type()
    {
        var accepts = new Accepts(Headers(("accept", "text/plain, text/html")));
        Assert.Equal("text/html", accepts.Types("text/html"));
        Assert.Equal("text/plain", accepts.Types("text/plain"));
    }

    [Fact(DisplayName = "accepts.types() › when present in Accept as a type match › should return the type")]
    public void When_present_in_Accept_as_a_type_match_should_return_the_type()
    {
        var accepts = new Accepts(Headers(("accept", "application/json, */*")));
        Assert.Equal("text/html", accepts.Types("text/html"));
        Assert.Equal("text/plain", accepts.Types("text/plain"));
        Assert.Equal("image/png", accepts.Types("image/png"));
    }

    [Fact(DisplayName = "accepts.types() › when present in Accept as a subtype match › should return the type")]
    public void When_present_in_Accept_as_a_subtype_match_should_return_the_type()
    {
        var accepts = new Accepts(Headers(("accept", "application/json, text/*")));
        Assert.Equal("text/html", accepts.Types("text/html"));
        Assert.Equal("text/plain", accepts.Types("text/plain"));
        Assert.Null(accepts.Types("image/png"));
    }
}

/// <summary>Upstream <c>describe('accepts.charsets()')</c>.</summary>
public sealed class AcceptsCharsetsTests
{
    [Fact(DisplayName = "accepts.charsets() › with no arguments › when Accept-Charset is populated › should return accepted types")]
    public void With_no_arguments_when_Accept_Charset_is_populated_should_return_accepted_types()
    {
        var accepts = new Accepts(Headers(("accept-charset", "utf-8, iso-8859-1;q=0.2, utf-7;q=0.5")));
        Assert.Equal(new[] { "utf-8", "utf-7", "iso-8859-1" }, accepts.Charsets());
    }

    [Fact(DisplayName = "accepts.charsets() › with no arguments › when Accept-Charset is not in request › should return *")]
    public void With_no_arguments_when_Accept_Charset_is_not_in_request_should_return_star()
    {
        var accepts = new Accepts(Headers());
        Assert.Equal(new[] { "*" }, accepts.Charsets());
    }

    [Fact(DisplayName = "accepts.charsets() › with no arguments › when Accept-Charset is empty › should return an empty array")]
    public void With_no_arguments_when_Accept_Charset_is_empty_should_return_an_empty_array()
    {
        var accepts = new Accepts(Headers(("accept-charset", "")));
        Assert.Empty(accepts.Charsets());
    }

    [Fact(DisplayName = "accepts.charsets() › with multiple arguments › when Accept-Charset is populated › if any types match › should return the best fit")]
    public void With_multiple_arguments_when_Accept_Charset_is_populated_if_any_types_match_should_return_the_best_fit()
    {
        var accepts = new Accepts(Headers(("accept-charset", "utf-8, iso-8859-1;q=0.2, utf-7;q=0.5")));
        Assert.Equal("utf-8", accepts.Charsets("utf-7", "utf-8"));
    }

    [Fact(DisplayName = "accepts.charsets() › with multiple arguments › when Accept-Charset is populated › if no types match › should return false")]
    public void With_multiple_arguments_when_Accept_Charset_is_populated_if_no_types_match_should_return_false()
    {
        var accepts = new Accepts(Headers(("accept-charset", "utf-8, iso-8859-1;q=0.2, utf-7;q=0.5")));
        Assert.Null(accepts.Charsets("utf-16"));
    }

    [Fact(DisplayName = "accepts.charsets() › with multiple arguments › when Accept-Charset is not populated › should return the first type")]
    public void With_multiple_arguments_when_Accept_Charset_is_not_populated_should_return_the_first_type()
    {
        var accepts = new Accepts(Headers());
        Assert.Equal("utf-7", accepts.Charsets("utf-7", "utf-8"));
    }

    [Fact(DisplayName = "accepts.charsets() › with an array › should return the best fit")]
    public void With_an_array_should_return_the_best_fit()
    {
        var accepts = new Accepts(Headers(("accept-charset", "utf-8, iso-8859-1;q=0.2, utf-7;q=0.5")));
        Assert.Equal("utf-8", accepts.Charsets(new List<string> { "utf-7", "utf-8" }));
    }
}

/// <summary>Upstream <c>describe('accepts.encodings()')</c>.</summary>
public sealed class AcceptsEncodingsTests
{
    [Fact(DisplayName = "accepts.encodings() › with no arguments › when Accept-Encoding is populated › should return accepted types")]
    public void With_no_arguments_when_Accept_Encoding_is_populated_should_return_accepted_types()
    {
        var accepts = new Accepts(Headers(("accept-encoding", "gzip, compress;q=0.2")));
        Assert.Equal(new[] { "gzip", "compress", "identity" }, accepts.Encodings());
        Assert.Equal("gzip", accepts.Encodings("gzip", "compress"));
    }

    [Fact(DisplayName = "accepts.encodings() › with no arguments › when Accept-Encoding is not in request › should return identity")]
    public void With_no_arguments_when_Accept_Encoding_is_not_in_request_should_return_identity()
    {
        var accepts = new Accepts(Headers());
        Assert.Equal(new[] { "identity" }, accepts.Encodings());
        Assert.Equal("identity", accepts.Encodings("gzip", "deflate", "identity"));
    }

    [Fact(DisplayName = "accepts.encodings() › with no arguments › when Accept-Encoding is not in request › when identity is not included › should return false")]
    public void With_no_arguments_when_Accept_Encoding_is_not_in_request_when_identity_is_not_included_should_return_false()
    {
        var accepts = new Accepts(Headers());
        Assert.Null(accepts.Encodings("gzip", "deflate"));
    }

    [Fact(DisplayName = "accepts.encodings() › with no arguments › when Accept-Encoding is empty › should return identity")]
    public void With_no_arguments_when_Accept_Encoding_is_empty_should_return_identity()
    {
        var accepts = new Accepts(Headers(("accept-encoding", "")));
        Assert.Equal(new[] { "identity" }, accepts.Encodings());
        Assert.Equal("identity", accepts.Encodings("gzip", "deflate", "identity"));
    }

    [Fact(DisplayName = "accepts.encodings() › with no arguments › when Accept-Encoding is empty › when identity is not included › should return false")]
    public void With_no_arguments_when_Accept_Encoding_is_empty_when_identity_is_not_included_should_return_false()
    {
        var accepts = new Accepts(Headers(("accept-encoding", "")));
        Assert.Null(accepts.Encodings("gzip", "deflate"));
    }

    [Fact(DisplayName = "accepts.encodings() › with multiple arguments › should return the best fit")]
    public void With_multiple_arguments_should_return_the_best_fit()
    {
        var accepts = new Accepts(Headers(("accept-encoding", "gzip, compress;q=0.2")));
        Assert.Equal("gzip", accepts.Encodings("compress", "gzip"));
        Assert.Equal("gzip", accepts.Encodings("gzip", "compress"));
    }

    [Fact(DisplayName = "accepts.encodings() › with an array › should return the best fit")]
    public void With_an_array_should_return_the_best_fit()
    {
        var accepts = new Accepts(Headers(("accept-encoding", "gzip, compress;q=0.2")));
        Assert.Equal("gzip", accepts.Encodings(new List<string> { "compress", "gzip" }));
    }
}

/// <summary>Upstream <c>describe('accepts.languages()')</c>.</summary>
public sealed class AcceptsLanguagesTests
{
    [Fact(DisplayName = "accepts.languages() › with no arguments › when Accept-Language is populated › should return accepted types")]
    public void With_no_arguments_when_Accept_Language_is_populated_should_return_accepted_types()
    {
        var accepts = new Accepts(Headers(("accept-language", "en;q=0.8, es, pt")));
        Assert.Equal(new[] { "es", "pt", "en" }, accepts.Languages());
    }

    [Fact(DisplayName = "accepts.languages() › with no arguments › when Accept-Language is not in request › should return *")]
    public void With_no_arguments_when_Accept_Language_is_not_in_request_should_return_star()
    {
        var accepts = new Accepts(Headers());
        Assert.Equal(new[] { "*" }, accepts.Languages());
    }

    [Fact(DisplayName = "accepts.languages() › with no arguments › when Accept-Language is empty › should return an empty array")]
    public void With_no_arguments_when_Accept_Language_is_empty_should_return_an_empty_array()
    {
        var accepts = new Accepts(Headers(("accept-language", "")));
        Assert.Empty(accepts.Languages());
    }

    [Fact(DisplayName = "accepts.languages() › with multiple arguments › when Accept-Language is populated › if any types types match › should return the best fit")]
    public void With_multiple_arguments_when_Accept_Language_is_populated_if_any_types_types_match_should_return_the_best_fit()
    {
        var accepts = new Accepts(Headers(("accept-language", "en;q=0.8, es, pt")));
        Assert.Equal("es", accepts.Languages("es", "en"));
    }

    [Fact(DisplayName = "accepts.languages() › with multiple arguments › when Accept-Language is populated › if no types match › should return false")]
    public void With_multiple_arguments_when_Accept_Language_is_populated_if_no_types_match_should_return_false()
    {
        var accepts = new Accepts(Headers(("accept-language", "en;q=0.8, es, pt")));
        Assert.Null(accepts.Languages("fr", "au"));
    }

    [Fact(DisplayName = "accepts.languages() › with multiple arguments › when Accept-Language is not populated › should return the first type")]
    public void With_multiple_arguments_when_Accept_Language_is_not_populated_should_return_the_first_type()
    {
        var accepts = new Accepts(Headers());
        Assert.Equal("es", accepts.Languages("es", "en"));
    }

    [Fact(DisplayName = "accepts.languages() › with an array › should return the best fit")]
    public void With_an_array_should_return_the_best_fit()
    {
        var accepts = new Accepts(Headers(("accept-language", "en;q=0.8, es, pt")));
        Assert.Equal("es", accepts.Languages(new List<string> { "es", "en" }));
    }
}
