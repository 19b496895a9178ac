using static Koa.Tests.UpstreamRequest;

namespace Koa.Tests;

// Port of negotiator 0.6.3 test/mediaType.js (git tag 0.6.3): one class per upstream describe, display names are the
// upstream titles joined with ›, the whenAccept…(header) helper is UpstreamRequest.When.

/// <summary>Upstream <c>describe('negotiator.mediaType()')</c>.</summary>
public sealed class NegotiatorMediaTypeTests
{
    [Fact(DisplayName = "negotiator.mediaType() › when no Accept › should return */*")]
    public void When_no_Accept_should_return_star_star()
    {
        var negotiator = When("Accept", null);
        Assert.Equal("*/*", negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType() › when Accept: */* › should return */*")]
    public void When_Accept_star_star_should_return_star_star()
    {
        var negotiator = When("Accept", "*/*");
        Assert.Equal("*/*", negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType() › when Accept: application/json › should return application/json")]
    public void When_Accept_application_json_should_return_application_json()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Equal("application/json", negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType() › when Accept: application/json;q=0 › should return undefined")]
    public void When_Accept_application_json_q_0_should_return_undefined()
    {
        var negotiator = When("Accept", "application/json;q=0");
        Assert.Null(negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType() › when Accept: application/json;q=0.2, text/html › should return text/html")]
    public void When_Accept_application_json_q_0_2_text_html_should_return_text_html()
    {
        var negotiator = When("Accept", "application/json;q=0.2, text/html");
        Assert.Equal("text/html", negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType() › when Accept: text/* › should return text/*")]
    public void When_Accept_text_star_should_return_text_star()
    {
        var negotiator = When("Accept", "text/*");
        Assert.Equal("text/*", negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType() › when Accept: text/plain, application/json;q=0.5, text/html, */*;q=0.1 › should return text/plain")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_return_text_plain()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, */*;q=0.1");
        Assert.Equal("text/plain", negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType() › when Accept: text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1 › should return text/plain")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_return_text_plain_2()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1");
        Assert.Equal("text/plain", negotiator.MediaType());
    }
}

/// <summary>Upstream <c>describe('negotiator.mediaType(array)')</c>.</summary>
public sealed class NegotiatorMediaTypeArrayTests
{
    [Fact(DisplayName = "negotiator.mediaType(array) › when no Accept › should return first item in list")]
    public void When_no_Accept_should_return_first_item_in_list()
    {
        var negotiator = When("Accept", null);
        Assert.Equal("text/html", negotiator.MediaType(["text/html"]));
        Assert.Equal("text/html", negotiator.MediaType(["text/html", "application/json"]));
        Assert.Equal("application/json", negotiator.MediaType(["application/json", "text/html"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: */* › should return first item in list")]
    public void When_Accept_star_star_should_return_first_item_in_list()
    {
        var negotiator = When("Accept", "*/*");
        Assert.Equal("text/html", negotiator.MediaType(["text/html"]));
        Assert.Equal("text/html", negotiator.MediaType(["text/html", "application/json"]));
        Assert.Equal("application/json", negotiator.MediaType(["application/json", "text/html"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: application/json › should be case insensitive")]
    public void When_Accept_application_json_should_be_case_insensitive()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Equal("application/JSON", negotiator.MediaType(["application/JSON"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: application/json › should only return application/json")]
    public void When_Accept_application_json_should_only_return_application_json()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Null(negotiator.MediaType(["text/html"]));
        Assert.Equal("application/json", negotiator.MediaType(["text/html", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: application/json;q=0 › should return undefined")]
    public void When_Accept_application_json_q_0_should_return_undefined()
    {
        var negotiator = When("Accept", "application/json;q=0");
        Assert.Null(negotiator.MediaType());
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: application/json;q=0.2, text/html › should prefer text/html over application/json")]
    public void When_Accept_application_json_q_0_2_text_html_should_prefer_text_html_over_application_json()
    {
        var negotiator = When("Accept", "application/json;q=0.2, text/html");
        Assert.Equal("application/json", negotiator.MediaType(["application/json"]));
        Assert.Equal("text/html", negotiator.MediaType(["application/json", "text/html"]));
        Assert.Equal("text/html", negotiator.MediaType(["text/html", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: text/* › should prefer text media types")]
    public void When_Accept_text_star_should_prefer_text_media_types()
    {
        var negotiator = When("Accept", "text/*");
        Assert.Null(negotiator.MediaType(["application/json"]));
        Assert.Equal("text/html", negotiator.MediaType(["application/json", "text/html"]));
        Assert.Equal("text/html", negotiator.MediaType(["text/html", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: text/*, text/plain;q=0 › should prefer text media types")]
    public void When_Accept_text_star_text_plain_q_0_should_prefer_text_media_types()
    {
        var negotiator = When("Accept", "text/*, text/plain;q=0");
        Assert.Null(negotiator.MediaType(["application/json"]));
        Assert.Equal("text/html", negotiator.MediaType(["application/json", "text/html"]));
        Assert.Equal("text/html", negotiator.MediaType(["text/html", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: text/plain, application/json;q=0.5, text/html, */*;q=0.1 › should return in preferred order")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_return_in_preferred_order()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, */*;q=0.1");
        Assert.Equal("text/plain", negotiator.MediaType(["application/json", "text/plain", "text/html"]));
        Assert.Equal("text/html", negotiator.MediaType(["image/jpeg", "text/html"]));
        Assert.Equal("image/jpeg", negotiator.MediaType(["image/jpeg", "image/gif"]));
    }

    [Fact(DisplayName = "negotiator.mediaType(array) › when Accept: text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1 › should return the client-preferred order")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_return_the_client_preferred_order()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1");
        Assert.Equal("text/plain", negotiator.MediaType(["text/plain", "text/html", "text/xml", "text/yaml", "text/javascript", "text/csv", "text/css", "text/rtf", "text/markdown", "application/json", "application/octet-stream"]));
    }
}

/// <summary>Upstream <c>describe('negotiator.mediaTypes()')</c>.</summary>
public sealed class NegotiatorMediaTypesTests
{
    [Fact(DisplayName = "negotiator.mediaTypes() › when no Accept › should return */*")]
    public void When_no_Accept_should_return_star_star()
    {
        var negotiator = When("Accept", null);
        Assert.Equal(new[] { "*/*" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: */* › should return */*")]
    public void When_Accept_star_star_should_return_star_star()
    {
        var negotiator = When("Accept", "*/*");
        Assert.Equal(new[] { "*/*" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: application/json › should return application/json")]
    public void When_Accept_application_json_should_return_application_json()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Equal(new[] { "application/json" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: application/json;q=0 › should return empty list")]
    public void When_Accept_application_json_q_0_should_return_empty_list()
    {
        var negotiator = When("Accept", "application/json;q=0");
        Assert.Empty(negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: application/json;q=0.2, text/html › should return text/html, application/json")]
    public void When_Accept_application_json_q_0_2_text_html_should_return_text_html_application_json()
    {
        var negotiator = When("Accept", "application/json;q=0.2, text/html");
        Assert.Equal(new[] { "text/html", "application/json" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: text/* › should return text/*")]
    public void When_Accept_text_star_should_return_text_star()
    {
        var negotiator = When("Accept", "text/*");
        Assert.Equal(new[] { "text/*" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: text/*, text/plain;q=0 › should return text/*")]
    public void When_Accept_text_star_text_plain_q_0_should_return_text_star()
    {
        var negotiator = When("Accept", "text/*, text/plain;q=0");
        Assert.Equal(new[] { "text/*" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: text/html;LEVEL=1 › should return text/html;LEVEL=1")]
    public void When_Accept_text_html_LEVEL_1_should_return_text_html_LEVEL_1()
    {
        var negotiator = When("Accept", "text/html;LEVEL=1");
        Assert.Equal(new[] { "text/html" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: text/html;foo=\"bar,text/css;\";fizz=\"buzz,5\", text/plain › should return text/html, text/plain")]
    public void When_Accept_text_html_foo_bar_text_css_fizz_buzz_should_return_text_html_text_plain()
    {
        var negotiator = When("Accept", "text/html;foo=\"bar,text/css;\";fizz=\"buzz,5\", text/plain");
        Assert.Equal(new[] { "text/html", "text/plain" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: text/plain, application/json;q=0.5, text/html, */*;q=0.1 › should return text/plain, text/html, application/json, */*")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_return_text_plain_text_html_application_json_star_star()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, */*;q=0.1");
        Assert.Equal(new[] { "text/plain", "text/html", "application/json", "*/*" }, negotiator.MediaTypes());
    }

    [Fact(DisplayName = "negotiator.mediaTypes() › when Accept: text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1 › should return the client-preferred order")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_return_the_client_preferred_order()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1");
        Assert.Equal(new[] { "text/plain", "text/html", "text/xml", "text/yaml", "text/javascript", "text/csv", "text/css", "text/rtf", "text/markdown", "application/json", "application/octet-stream", "*/*" }, negotiator.MediaTypes());
    }
}

/// <summary>Upstream <c>describe('negotiator.mediaTypes(array)')</c>.</summary>
public sealed class NegotiatorMediaTypesArrayTests
{
    [Fact(DisplayName = "negotiator.mediaTypes(array) › when no Accept › should return return original list")]
    public void When_no_Accept_should_return_return_original_list()
    {
        var negotiator = When("Accept", null);
        Assert.Equal(new[] { "application/json", "text/plain" }, negotiator.MediaTypes(["application/json", "text/plain"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: */* › should return return original list")]
    public void When_Accept_star_star_should_return_return_original_list()
    {
        var negotiator = When("Accept", "*/*");
        Assert.Equal(new[] { "application/json", "text/plain" }, negotiator.MediaTypes(["application/json", "text/plain"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: */*;q=0.8, text/*, image/* › should return return stable-sorted list")]
    public void When_Accept_star_star_q_0_8_text_star_image_star_should_return_return_stable_sorted_list()
    {
        var negotiator = When("Accept", "*/*;q=0.8, text/*, image/*");
        Assert.Equal(new[] { "text/html", "text/plain", "text/xml", "text/javascript", "image/gif", "image/jpeg", "image/png", "application/json", "application/xml", "audio/mp3", "application/javascript" }, negotiator.MediaTypes(["application/json", "text/html", "text/plain", "text/xml", "application/xml", "image/gif", "image/jpeg", "image/png", "audio/mp3", "application/javascript", "text/javascript"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json › should accept application/json")]
    public void When_Accept_application_json_should_accept_application_json()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Equal(new[] { "application/json" }, negotiator.MediaTypes(["application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json › should be case insensitive")]
    public void When_Accept_application_json_should_be_case_insensitive()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Equal(new[] { "application/JSON" }, negotiator.MediaTypes(["application/JSON"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json › should only return application/json")]
    public void When_Accept_application_json_should_only_return_application_json()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Equal(new[] { "application/json" }, negotiator.MediaTypes(["text/html", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json › should ignore invalid types")]
    public void When_Accept_application_json_should_ignore_invalid_types()
    {
        var negotiator = When("Accept", "application/json");
        Assert.Equal(new[] { "application/json" }, negotiator.MediaTypes(["boom", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json;q=0 › should not accept application/json")]
    public void When_Accept_application_json_q_0_should_not_accept_application_json()
    {
        var negotiator = When("Accept", "application/json;q=0");
        Assert.Empty(negotiator.MediaTypes(["application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json;q=0 › should not accept other media types")]
    public void When_Accept_application_json_q_0_should_not_accept_other_media_types()
    {
        var negotiator = When("Accept", "application/json;q=0");
        Assert.Empty(negotiator.MediaTypes(["application/json", "text/html", "image/jpeg"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json;q=0.2, text/html › should prefer text/html over application/json")]
    public void When_Accept_application_json_q_0_2_text_html_should_prefer_text_html_over_application_json()
    {
        var negotiator = When("Accept", "application/json;q=0.2, text/html");
        Assert.Equal(new[] { "text/html", "application/json" }, negotiator.MediaTypes(["application/json", "text/html"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json;q=0.9, text/html;q=0.8, application/json;q=0.7 › should prefer application/json over text/html")]
    public void When_Accept_application_json_q_0_9_text_html_q_0_should_prefer_application_json_over_text_html()
    {
        var negotiator = When("Accept", "application/json;q=0.9, text/html;q=0.8, application/json;q=0.7");
        Assert.Equal(new[] { "application/json", "text/html" }, negotiator.MediaTypes(["text/html", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/json, */*;q=0.1 › should prefer application/json over text/html")]
    public void When_Accept_application_json_star_star_q_0_1_should_prefer_application_json_over_text_html()
    {
        var negotiator = When("Accept", "application/json, */*;q=0.1");
        Assert.Equal(new[] { "application/json", "text/html" }, negotiator.MediaTypes(["text/html", "application/json"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: application/xhtml+xml;profile=\"http://www.wapforum.org/xhtml\" › should accept application/xhtml+xml;profile=\"http://www.wapforum.org/xhtml\"")]
    public void When_Accept_application_xhtml_xml_profile_http_w_should_accept_application_xhtml_xml_profile_http_www_wapforum_org_xhtml()
    {
        var negotiator = When("Accept", "application/xhtml+xml;profile=\"http://www.wapforum.org/xhtml\"");
        Assert.Equal(new[] { "application/xhtml+xml;profile=\"http://www.wapforum.org/xhtml\"" }, negotiator.MediaTypes(["application/xhtml+xml;profile=\"http://www.wapforum.org/xhtml\""]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/* › should prefer text media types")]
    public void When_Accept_text_star_should_prefer_text_media_types()
    {
        var negotiator = When("Accept", "text/*");
        Assert.Equal(new[] { "text/html", "text/plain" }, negotiator.MediaTypes(["text/html", "application/json", "text/plain"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/*, text/html;level › should accept text/html")]
    public void When_Accept_text_star_text_html_level_should_accept_text_html()
    {
        var negotiator = When("Accept", "text/*, text/html;level");
        Assert.Equal(new[] { "text/html" }, negotiator.MediaTypes(["text/html"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/*, text/plain;q=0 › should prefer text media types except text/plain")]
    public void When_Accept_text_star_text_plain_q_0_should_prefer_text_media_types_except_text_plain()
    {
        var negotiator = When("Accept", "text/*, text/plain;q=0");
        Assert.Equal(new[] { "text/html" }, negotiator.MediaTypes(["text/html", "text/plain"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/*, text/plain;q=0.5 › should prefer text/plain below other text types")]
    public void When_Accept_text_star_text_plain_q_0_5_should_prefer_text_plain_below_other_text_types()
    {
        var negotiator = When("Accept", "text/*, text/plain;q=0.5");
        Assert.Equal(new[] { "text/html", "text/xml", "text/plain" }, negotiator.MediaTypes(["text/html", "text/plain", "text/xml"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1 › should accept text/html;level=1")]
    public void When_Accept_text_html_level_1_should_accept_text_html_level_1()
    {
        var negotiator = When("Accept", "text/html;level=1");
        Assert.Equal(new[] { "text/html;level=1" }, negotiator.MediaTypes(["text/html;level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1 › should accept text/html;Level=1")]
    public void When_Accept_text_html_level_1_should_accept_text_html_Level_1()
    {
        var negotiator = When("Accept", "text/html;level=1");
        Assert.Equal(new[] { "text/html;Level=1" }, negotiator.MediaTypes(["text/html;Level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1 › should not accept text/html;level=2")]
    public void When_Accept_text_html_level_1_should_not_accept_text_html_level_2()
    {
        var negotiator = When("Accept", "text/html;level=1");
        Assert.Empty(negotiator.MediaTypes(["text/html;level=2"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1 › should not accept text/html")]
    public void When_Accept_text_html_level_1_should_not_accept_text_html()
    {
        var negotiator = When("Accept", "text/html;level=1");
        Assert.Empty(negotiator.MediaTypes(["text/html"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1 › should accept text/html;level=1;foo=bar")]
    public void When_Accept_text_html_level_1_should_accept_text_html_level_1_foo_bar()
    {
        var negotiator = When("Accept", "text/html;level=1");
        Assert.Equal(new[] { "text/html;level=1;foo=bar" }, negotiator.MediaTypes(["text/html;level=1;foo=bar"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1;foo=bar › should not accept text/html;level=1")]
    public void When_Accept_text_html_level_1_foo_bar_should_not_accept_text_html_level_1()
    {
        var negotiator = When("Accept", "text/html;level=1;foo=bar");
        Assert.Empty(negotiator.MediaTypes(["text/html;level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1;foo=bar › should accept text/html;level=1;foo=bar")]
    public void When_Accept_text_html_level_1_foo_bar_should_accept_text_html_level_1_foo_bar()
    {
        var negotiator = When("Accept", "text/html;level=1;foo=bar");
        Assert.Equal(new[] { "text/html;level=1;foo=bar" }, negotiator.MediaTypes(["text/html;level=1;foo=bar"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1;foo=bar › should accept text/html;foo=bar;level=1")]
    public void When_Accept_text_html_level_1_foo_bar_should_accept_text_html_foo_bar_level_1()
    {
        var negotiator = When("Accept", "text/html;level=1;foo=bar");
        Assert.Equal(new[] { "text/html;foo=bar;level=1" }, negotiator.MediaTypes(["text/html;foo=bar;level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1;foo=\"bar\" › should accept text/html;level=1;foo=bar")]
    public void When_Accept_text_html_level_1_foo_bar_should_accept_text_html_level_1_foo_bar_2()
    {
        var negotiator = When("Accept", "text/html;level=1;foo=\"bar\"");
        Assert.Equal(new[] { "text/html;level=1;foo=bar" }, negotiator.MediaTypes(["text/html;level=1;foo=bar"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=1;foo=\"bar\" › should accept text/html;level=1;foo=\"bar\"")]
    public void When_Accept_text_html_level_1_foo_bar_should_accept_text_html_level_1_foo_bar_3()
    {
        var negotiator = When("Accept", "text/html;level=1;foo=\"bar\"");
        Assert.Equal(new[] { "text/html;level=1;foo=\"bar\"" }, negotiator.MediaTypes(["text/html;level=1;foo=\"bar\""]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;foo=\";level=2;\" › should not accept text/html;level=2")]
    public void When_Accept_text_html_foo_level_2_should_not_accept_text_html_level_2()
    {
        var negotiator = When("Accept", "text/html;foo=\";level=2;\"");
        Assert.Empty(negotiator.MediaTypes(["text/html;level=2"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;foo=\";level=2;\" › should accept text/html;foo=\";level=2;\"")]
    public void When_Accept_text_html_foo_level_2_should_accept_text_html_foo_level_2()
    {
        var negotiator = When("Accept", "text/html;foo=\";level=2;\"");
        Assert.Equal(new[] { "text/html;foo=\";level=2;\"" }, negotiator.MediaTypes(["text/html;foo=\";level=2;\""]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;LEVEL=1 › should accept text/html;level=1")]
    public void When_Accept_text_html_LEVEL_1_should_accept_text_html_level_1()
    {
        var negotiator = When("Accept", "text/html;LEVEL=1");
        Assert.Equal(new[] { "text/html;level=1" }, negotiator.MediaTypes(["text/html;level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;LEVEL=1 › should accept text/html;Level=1")]
    public void When_Accept_text_html_LEVEL_1_should_accept_text_html_Level_1()
    {
        var negotiator = When("Accept", "text/html;LEVEL=1");
        Assert.Equal(new[] { "text/html;Level=1" }, negotiator.MediaTypes(["text/html;Level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;LEVEL=1;level=2 › should accept text/html;level=2")]
    public void When_Accept_text_html_LEVEL_1_level_2_should_accept_text_html_level_2()
    {
        var negotiator = When("Accept", "text/html;LEVEL=1;level=2");
        Assert.Equal(new[] { "text/html;level=2" }, negotiator.MediaTypes(["text/html;level=2"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;LEVEL=1;level=2 › should not accept text/html;level=1")]
    public void When_Accept_text_html_LEVEL_1_level_2_should_not_accept_text_html_level_1()
    {
        var negotiator = When("Accept", "text/html;LEVEL=1;level=2");
        Assert.Empty(negotiator.MediaTypes(["text/html;level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=2 › should not accept text/html;level=1")]
    public void When_Accept_text_html_level_2_should_not_accept_text_html_level_1()
    {
        var negotiator = When("Accept", "text/html;level=2");
        Assert.Empty(negotiator.MediaTypes(["text/html;level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=2, text/html › should prefer text/html;level=2 over text/html")]
    public void When_Accept_text_html_level_2_text_html_should_prefer_text_html_level_2_over_text_html()
    {
        var negotiator = When("Accept", "text/html;level=2, text/html");
        Assert.Equal(new[] { "text/html;level=2", "text/html" }, negotiator.MediaTypes(["text/html", "text/html;level=2"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=2;q=0.1, text/html › should prefer text/html over text/html;level=2")]
    public void When_Accept_text_html_level_2_q_0_1_text_html_should_prefer_text_html_over_text_html_level_2()
    {
        var negotiator = When("Accept", "text/html;level=2;q=0.1, text/html");
        Assert.Equal(new[] { "text/html", "text/html;level=2" }, negotiator.MediaTypes(["text/html;level=2", "text/html"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=2;q=0.1;level=1 › should not accept text/html;level=1")]
    public void When_Accept_text_html_level_2_q_0_1_level_1_should_not_accept_text_html_level_1()
    {
        var negotiator = When("Accept", "text/html;level=2;q=0.1;level=1");
        Assert.Empty(negotiator.MediaTypes(["text/html;level=1"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/html;level=2;q=0.1, text/html;level=1, text/html;q=0.5 › should prefer text/html;level=1, text/html, text/html;level=2")]
    public void When_Accept_text_html_level_2_q_0_1_text_html_le_should_prefer_text_html_level_1_text_html_text_html_level_2()
    {
        var negotiator = When("Accept", "text/html;level=2;q=0.1, text/html;level=1, text/html;q=0.5");
        Assert.Equal(new[] { "text/html;level=1", "text/html", "text/html;level=2" }, negotiator.MediaTypes(["text/html;level=1", "text/html;level=2", "text/html"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/plain, application/json;q=0.5, text/html, */*;q=0.1 › should prefer text/plain over text/html")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_prefer_text_plain_over_text_html()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, */*;q=0.1");
        Assert.Equal(new[] { "text/plain", "text/html" }, negotiator.MediaTypes(["text/html", "text/plain"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/plain, application/json;q=0.5, text/html, */*;q=0.1 › should prefer application/json after text")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_prefer_application_json_after_text()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, */*;q=0.1");
        Assert.Equal(new[] { "text/plain", "text/html", "application/json" }, negotiator.MediaTypes(["application/json", "text/html", "text/plain"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/plain, application/json;q=0.5, text/html, */*;q=0.1 › should prefer image/jpeg after text")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_prefer_image_jpeg_after_text()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, */*;q=0.1");
        Assert.Equal(new[] { "text/plain", "text/html", "image/jpeg" }, negotiator.MediaTypes(["image/jpeg", "text/html", "text/plain"]));
    }

    [Fact(DisplayName = "negotiator.mediaTypes(array) › when Accept: text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1 › should return the client-preferred order")]
    public void When_Accept_text_plain_application_json_q_0_5_te_should_return_the_client_preferred_order()
    {
        var negotiator = When("Accept", "text/plain, application/json;q=0.5, text/html, text/xml, text/yaml, text/javascript, text/csv, text/css, text/rtf, text/markdown, application/octet-stream;q=0.2, */*;q=0.1");
        Assert.Equal(new[] { "text/plain", "text/html", "text/xml", "text/yaml", "text/javascript", "text/csv", "text/css", "text/rtf", "text/markdown", "application/json", "application/octet-stream" }, negotiator.MediaTypes(["text/plain", "text/html", "text/xml", "text/yaml", "text/javascript", "text/csv", "text/css", "text/rtf", "text/markdown", "application/json", "application/octet-stream"]));
    }
}
