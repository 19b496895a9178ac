namespace Koa.Tests;

/// <summary>
/// Ports of content-disposition 1.0.1 test/test.js, <c>describe('contentDisposition.parse(string)')</c> and its
/// nested describes (including the TC 2231 suite), one test per <c>it(...)</c>; an <c>it</c> with several
/// assertions keeps them all. Rejections are checked against npm's exact message, not only its pattern.
/// </summary>
public sealed class ContentDispositionParseTests
{
    /// <summary><c>assert.deepEqual(contentDisposition.parse(header), { type, parameters })</c>, and TryParse agrees.</summary>
    internal static void AssertParses(string header, string type, params (string Name, string Value)[] parameters)
    {
        var result = ContentDisposition.Parse(header);
        Assert.Equal(type, result.Type);
        Assert.Equal(
            parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal),
            result.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.True(ContentDisposition.TryParse(header, out var tried));
        Assert.Equal(result, tried);
    }

    /// <summary><c>assert.throws(() => contentDisposition.parse(header), message)</c>, and TryParse fails.</summary>
    internal static void AssertRejects(string header, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ContentDisposition.Parse(header));
        Assert.Equal(new ArgumentException(message, "header").Message, error.Message);
        Assert.Equal("header", error.ParamName);
        Assert.False(ContentDisposition.TryParse(header, out var result));
        Assert.Equal(default, result);
    }

    [Fact(DisplayName = "contentDisposition.parse(string) › should require string")]
    public void Should_require_string()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ContentDisposition.Parse(null!));
        Assert.Matches("argument string.*required", error.Message);
        Assert.Equal("header", error.ParamName);
        Assert.False(ContentDisposition.TryParse(null, out _));
    }

    // Upstream passes 42. A C# header is a string; the nearest value npm also rejects as missing is "" (falsy).
    [Fact(DisplayName = "contentDisposition.parse(string) › should reject non-strings")]
    public void Should_reject_non_strings() => AssertRejects("", "argument string is required");

    public sealed class WithOnlyType
    {
        [Fact(DisplayName = "contentDisposition.parse(string) › with only type › should reject quoted value")]
        public void Should_reject_quoted_value() => AssertRejects("\"attachment\"", "invalid type format");

        [Fact(DisplayName = "contentDisposition.parse(string) › with only type › should reject trailing semicolon")]
        public void Should_reject_trailing_semicolon() => AssertRejects("attachment;", "invalid parameter format");

        [Fact(DisplayName = "contentDisposition.parse(string) › with only type › should parse \"attachment\"")]
        public void Should_parse_attachment() => AssertParses("attachment", "attachment");

        [Fact(DisplayName = "contentDisposition.parse(string) › with only type › should parse \"inline\"")]
        public void Should_parse_inline() => AssertParses("inline", "inline");

        [Fact(DisplayName = "contentDisposition.parse(string) › with only type › should parse \"form-data\"")]
        public void Should_parse_form_data() => AssertParses("form-data", "form-data");

        [Fact(DisplayName = "contentDisposition.parse(string) › with only type › should parse with trailing LWS")]
        public void Should_parse_with_trailing_LWS() => AssertParses("attachment \t ", "attachment");

        [Fact(DisplayName = "contentDisposition.parse(string) › with only type › should normalize to lower-case")]
        public void Should_normalize_to_lower_case() => AssertParses("ATTACHMENT", "attachment");
    }

    public sealed class WithParameters
    {
        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should reject trailing semicolon")]
        public void Should_reject_trailing_semicolon() => AssertRejects("attachment; filename=\"rates.pdf\";", "invalid parameter format");

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should reject invalid parameter name")]
        public void Should_reject_invalid_parameter_name() => AssertRejects("attachment; filename@=\"rates.pdf\"", "invalid parameter format");

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should reject missing parameter value")]
        public void Should_reject_missing_parameter_value() => AssertRejects("attachment; filename=", "invalid parameter format");

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should reject invalid parameter value")]
        public void Should_reject_invalid_parameter_value() => AssertRejects("attachment; filename=trolly,trains", "invalid parameter format");

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should reject invalid parameters")]
        public void Should_reject_invalid_parameters() => AssertRejects("attachment; filename=total/; foo=bar", "invalid parameter format");

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should reject duplicate parameters")]
        public void Should_reject_duplicate_parameters() => AssertRejects("attachment; filename=foo; filename=bar", "invalid duplicate parameter");

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should reject missing type")]
        public void Should_reject_missing_type()
        {
            AssertRejects("filename=\"plans.pdf\"", "invalid type format");
            AssertRejects("; filename=\"plans.pdf\"", "invalid type format");
        }

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should lower-case parameter name")]
        public void Should_lower_case_parameter_name() => AssertParses("attachment; FILENAME=\"plans.pdf\"", "attachment", ("filename", "plans.pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should parse quoted parameter value")]
        public void Should_parse_quoted_parameter_value() => AssertParses("attachment; filename=\"plans.pdf\"", "attachment", ("filename", "plans.pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should parse & unescape quoted value")]
        public void Should_parse_unescape_quoted_value() => AssertParses("attachment; filename=\"the \\\"plans\\\".pdf\"", "attachment", ("filename", "the \"plans\".pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should include all parameters")]
        public void Should_include_all_parameters() => AssertParses("attachment; filename=\"plans.pdf\"; foo=bar", "attachment", ("filename", "plans.pdf"), ("foo", "bar"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should parse parameters separated with any LWS")]
        public void Should_parse_parameters_separated_with_any_LWS() => AssertParses("attachment;filename=\"plans.pdf\" \t;    \t\t foo=bar", "attachment", ("filename", "plans.pdf"), ("foo", "bar"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should parse token filename")]
        public void Should_parse_token_filename() => AssertParses("attachment; filename=plans.pdf", "attachment", ("filename", "plans.pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with parameters › should parse ISO-8859-1 filename")]
        public void Should_parse_ISO_8859_1_filename() => AssertParses("attachment; filename=\"£ rates.pdf\"", "attachment", ("filename", "£ rates.pdf"));
    }

    public sealed class WithExtendedParameters
    {
        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should reject quoted extended parameter value")]
        public void Should_reject_quoted_extended_parameter_value() => AssertRejects("attachment; filename*=\"UTF-8''%E2%82%AC%20rates.pdf\"", "invalid extended field value");

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should parse UTF-8 extended parameter value")]
        public void Should_parse_UTF_8_extended_parameter_value() => AssertParses("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf", "attachment", ("filename", "€ rates.pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should parse UTF8 extended parameter value")]
        public void Should_parse_UTF8_extended_parameter_value() => AssertParses("attachment; filename*=utf8''%E2%82%AC%20rates.pdf", "attachment", ("filename", "€ rates.pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should parse UTF-8 extended parameter value")]
        public void Should_parse_UTF_8_extended_parameter_value_2()
        {
            AssertParses("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf", "attachment", ("filename", "€ rates.pdf"));
            AssertParses("attachment; filename*=UTF-8''%E4%20rates.pdf", "attachment", ("filename", "\uFFFD rates.pdf"));
        }

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should parse ISO-8859-1 extended parameter value")]
        public void Should_parse_ISO_8859_1_extended_parameter_value()
        {
            AssertParses("attachment; filename*=ISO-8859-1''%A3%20rates.pdf", "attachment", ("filename", "£ rates.pdf"));
            AssertParses("attachment; filename*=ISO-8859-1''%82%20rates.pdf", "attachment", ("filename", "? rates.pdf"));
        }

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should not be case-sensitive for charset")]
        public void Should_not_be_case_sensitive_for_charset() => AssertParses("attachment; filename*=utf-8''%E2%82%AC%20rates.pdf", "attachment", ("filename", "€ rates.pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should reject unsupported charset")]
        public void Should_reject_unsupported_charset() => AssertRejects("attachment; filename*=ISO-8859-2''%A4%20rates.pdf", "unsupported charset in extended field");

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should parse with embedded language")]
        public void Should_parse_with_embedded_language() => AssertParses("attachment; filename*=UTF-8'en'%E2%82%AC%20rates.pdf", "attachment", ("filename", "€ rates.pdf"));

        [Fact(DisplayName = "contentDisposition.parse(string) › with extended parameters › should prefer extended parameter value")]
        public void Should_prefer_extended_parameter_value()
        {
            AssertParses("attachment; filename=\"EURO rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf", "attachment", ("filename", "€ rates.pdf"));
            AssertParses("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf; filename=\"EURO rates.pdf\"", "attachment", ("filename", "€ rates.pdf"));
        }
    }

    public sealed class FromTc2231
    {
        public sealed class DispositionTypeInline
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Inline › should parse \"inline\"")]
            public void Should_parse_inline() => AssertParses("inline", "inline");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Inline › should reject \"\"inline\"\"")]
            public void Should_reject_inline() => AssertRejects("\"inline\"", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Inline › should parse \"inline; filename=\"foo.html\"\"")]
            public void Should_parse_inline_filename_foo_html() => AssertParses("inline; filename=\"foo.html\"", "inline", ("filename", "foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Inline › should parse \"inline; filename=\"Not an attachment!\"\"")]
            public void Should_parse_inline_filename_Not_an_attachment() => AssertParses("inline; filename=\"Not an attachment!\"", "inline", ("filename", "Not an attachment!"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Inline › should parse \"inline; filename=\"foo.pdf\"\"")]
            public void Should_parse_inline_filename_foo_pdf() => AssertParses("inline; filename=\"foo.pdf\"", "inline", ("filename", "foo.pdf"));
        }

        public sealed class DispositionTypeAttachment
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment\"")]
            public void Should_parse_attachment() => AssertParses("attachment", "attachment");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"\"attachment\"\"")]
            public void Should_reject_attachment() => AssertRejects("\"attachment\"", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"ATTACHMENT\"")]
            public void Should_parse_ATTACHMENT() => AssertParses("ATTACHMENT", "attachment");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"foo.html\"\"")]
            public void Should_parse_attachment_filename_foo_html() => AssertParses("attachment; filename=\"foo.html\"", "attachment", ("filename", "foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"0000000000111111111122222\"\"")]
            public void Should_parse_attachment_filename_0000000000111111111122222() => AssertParses("attachment; filename=\"0000000000111111111122222\"", "attachment", ("filename", "0000000000111111111122222"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"00000000001111111111222222222233333\"\"")]
            public void Should_parse_attachment_filename_00000000001111111111222222222233333() => AssertParses("attachment; filename=\"00000000001111111111222222222233333\"", "attachment", ("filename", "00000000001111111111222222222233333"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"f\\oo.html\"\"")]
            public void Should_parse_attachment_filename_f_oo_html() => AssertParses("attachment; filename=\"f\\oo.html\"", "attachment", ("filename", "foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"\\\"quoting\\\" tested.html\"\"")]
            public void Should_parse_attachment_filename_quoting_tested_html() => AssertParses("attachment; filename=\"\\\"quoting\\\" tested.html\"", "attachment", ("filename", "\"quoting\" tested.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"Here's a semicolon;.html\"\"")]
            public void Should_parse_attachment_filename_Here_s_a_semicolon_html() => AssertParses("attachment; filename=\"Here's a semicolon;.html\"", "attachment", ("filename", "Here's a semicolon;.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; foo=\"bar\"; filename=\"foo.html\"\"")]
            public void Should_parse_attachment_foo_bar_filename_foo_html() => AssertParses("attachment; foo=\"bar\"; filename=\"foo.html\"", "attachment", ("filename", "foo.html"), ("foo", "bar"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; foo=\"\\\"\\\\\";filename=\"foo.html\"\"")]
            public void Should_parse_attachment_foo_filename_foo_html() => AssertParses("attachment; foo=\"\\\"\\\\\";filename=\"foo.html\"", "attachment", ("filename", "foo.html"), ("foo", "\"\\"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; FILENAME=\"foo.html\"\"")]
            public void Should_parse_attachment_FILENAME_foo_html() => AssertParses("attachment; FILENAME=\"foo.html\"", "attachment", ("filename", "foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=foo.html\"")]
            public void Should_parse_attachment_filename_foo_html_2() => AssertParses("attachment; filename=foo.html", "attachment", ("filename", "foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo,bar.html\"")]
            public void Should_reject_attachment_filename_foo_bar_html() => AssertRejects("attachment; filename=foo,bar.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo.html ;\"")]
            public void Should_reject_attachment_filename_foo_html() => AssertRejects("attachment; filename=foo.html ;", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; ;filename=foo\"")]
            public void Should_reject_attachment_filename_foo() => AssertRejects("attachment; ;filename=foo", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo bar.html\"")]
            public void Should_reject_attachment_filename_foo_bar_html_2() => AssertRejects("attachment; filename=foo bar.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename='foo.bar'")]
            public void Should_parse_attachment_filename_foo_bar() => AssertParses("attachment; filename='foo.bar'", "attachment", ("filename", "'foo.bar'"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"foo-ä.html\"\"")]
            public void Should_parse_attachment_filename_foo_html_3() => AssertParses("attachment; filename=\"foo-ä.html\"", "attachment", ("filename", "foo-ä.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"foo-Ã¤.html\"\"")]
            public void Should_parse_attachment_filename_foo_html_4() => AssertParses("attachment; filename=\"foo-Ã¤.html\"", "attachment", ("filename", "foo-Ã¤.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"foo-%41.html\"\"")]
            public void Should_parse_attachment_filename_foo_41_html() => AssertParses("attachment; filename=\"foo-%41.html\"", "attachment", ("filename", "foo-%41.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"50%.html\"\"")]
            public void Should_parse_attachment_filename_50_html() => AssertParses("attachment; filename=\"50%.html\"", "attachment", ("filename", "50%.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"foo-%\\41.html\"\"")]
            public void Should_parse_attachment_filename_foo_41_html_2() => AssertParses("attachment; filename=\"foo-%\\41.html\"", "attachment", ("filename", "foo-%41.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; name=\"foo-%41.html\"\"")]
            public void Should_parse_attachment_name_foo_41_html() => AssertParses("attachment; name=\"foo-%41.html\"", "attachment", ("name", "foo-%41.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"ä-%41.html\"\"")]
            public void Should_parse_attachment_filename_41_html() => AssertParses("attachment; filename=\"ä-%41.html\"", "attachment", ("filename", "ä-%41.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"foo-%c3%a4-%e2%82%ac.html\"\"")]
            public void Should_parse_attachment_filename_foo_c3_a4_e2_82_ac_html() => AssertParses("attachment; filename=\"foo-%c3%a4-%e2%82%ac.html\"", "attachment", ("filename", "foo-%c3%a4-%e2%82%ac.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename =\"foo.html\"\"")]
            public void Should_parse_attachment_filename_foo_html_5() => AssertParses("attachment; filename =\"foo.html\"", "attachment", ("filename", "foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=\"foo.html\"; filename=\"bar.html\"")]
            public void Should_reject_attachment_filename_foo_html_filename_bar_html() => AssertRejects("attachment; filename=\"foo.html\"; filename=\"bar.html\"", "invalid duplicate parameter");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo[1](2).html\"")]
            public void Should_reject_attachment_filename_foo_1_2_html() => AssertRejects("attachment; filename=foo[1](2).html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo-ä.html\"")]
            public void Should_reject_attachment_filename_foo_html_2() => AssertRejects("attachment; filename=foo-ä.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo-Ã¤.html\"")]
            public void Should_reject_attachment_filename_foo_html_3() => AssertRejects("attachment; filename=foo-Ã¤.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"filename=foo.html\"")]
            public void Should_reject_filename_foo_html() => AssertRejects("filename=foo.html", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"x=y; filename=foo.html\"")]
            public void Should_reject_x_y_filename_foo_html() => AssertRejects("x=y; filename=foo.html", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"\"foo; filename=bar;baz\"; filename=qux\"")]
            public void Should_reject_foo_filename_bar_baz_filename_qux() => AssertRejects("\"foo; filename=bar;baz\"; filename=qux", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"filename=foo.html, filename=bar.html\"")]
            public void Should_reject_filename_foo_html_filename_bar_html() => AssertRejects("filename=foo.html, filename=bar.html", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"; filename=foo.html\"")]
            public void Should_reject_filename_foo_html_2() => AssertRejects("; filename=foo.html", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \": inline; attachment; filename=foo.html")]
            public void Should_reject_inline_attachment_filename_foo_html() => AssertRejects(": inline; attachment; filename=foo.html", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"inline; attachment; filename=foo.html")]
            public void Should_reject_inline_attachment_filename_foo_html_2() => AssertRejects("inline; attachment; filename=foo.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; inline; filename=foo.html")]
            public void Should_reject_attachment_inline_filename_foo_html() => AssertRejects("attachment; inline; filename=foo.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=\"foo.html\".txt")]
            public void Should_reject_attachment_filename_foo_html_txt() => AssertRejects("attachment; filename=\"foo.html\".txt", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=\"bar")]
            public void Should_reject_attachment_filename_bar() => AssertRejects("attachment; filename=\"bar", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo\"bar;baz\"qux")]
            public void Should_reject_attachment_filename_foo_bar_baz_qux() => AssertRejects("attachment; filename=foo\"bar;baz\"qux", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=foo.html, attachment; filename=bar.html")]
            public void Should_reject_attachment_filename_foo_html_attachment_filename_bar_html() => AssertRejects("attachment; filename=foo.html, attachment; filename=bar.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; foo=foo filename=bar")]
            public void Should_reject_attachment_foo_foo_filename_bar() => AssertRejects("attachment; foo=foo filename=bar", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment; filename=bar foo=foo")]
            public void Should_reject_attachment_filename_bar_foo_foo() => AssertRejects("attachment; filename=bar foo=foo", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"attachment filename=bar")]
            public void Should_reject_attachment_filename_bar_2() => AssertRejects("attachment filename=bar", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should reject \"filename=foo.html; attachment")]
            public void Should_reject_filename_foo_html_attachment() => AssertRejects("filename=foo.html; attachment", "invalid type format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; xfilename=foo.html\"")]
            public void Should_parse_attachment_xfilename_foo_html() => AssertParses("attachment; xfilename=foo.html", "attachment", ("xfilename", "foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"/foo.html\"\"")]
            public void Should_parse_attachment_filename_foo_html_6() => AssertParses("attachment; filename=\"/foo.html\"", "attachment", ("filename", "/foo.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Attachment › should parse \"attachment; filename=\"\\\\foo.html\"\"")]
            public void Should_parse_attachment_filename_foo_html_7() => AssertParses("attachment; filename=\"\\\\foo.html\"", "attachment", ("filename", "\\foo.html"));
        }

        public sealed class AdditionalParameters
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Additional Parameters › should parse \"attachment; creation-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"\"")]
            public void Should_parse_attachment_creation_date_Wed_12_Feb_1997_16_29_51_0500() => AssertParses("attachment; creation-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"", "attachment", ("creation-date", "Wed, 12 Feb 1997 16:29:51 -0500"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Additional Parameters › should parse \"attachment; modification-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"\"")]
            public void Should_parse_attachment_modification_date_Wed_12_Feb_1997_16_29_51_0500() => AssertParses("attachment; modification-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"", "attachment", ("modification-date", "Wed, 12 Feb 1997 16:29:51 -0500"));
        }

        public sealed class DispositionTypeExtension
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Extension › should parse \"foobar\"")]
            public void Should_parse_foobar() => AssertParses("foobar", "foobar");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › Disposition-Type Extension › should parse \"attachment; example=\"filename=example.txt\"\"")]
            public void Should_parse_attachment_example_filename_example_txt() => AssertParses("attachment; example=\"filename=example.txt\"", "attachment", ("example", "filename=example.txt"));
        }

        public sealed class Rfc2231And5987EncodingCharacterSets
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*=iso-8859-1''foo-%E4.html\"")]
            public void Should_parse_attachment_filename_star_iso_8859_1_foo_E4_html() => AssertParses("attachment; filename*=iso-8859-1''foo-%E4.html", "attachment", ("filename", "foo-ä.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*=UTF-8''foo-%c3%a4-%e2%82%ac.html\"")]
            public void Should_parse_attachment_filename_star_UTF_8_foo_c3_a4_e2_82_ac_html() => AssertParses("attachment; filename*=UTF-8''foo-%c3%a4-%e2%82%ac.html", "attachment", ("filename", "foo-ä-€.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should reject \"attachment; filename*=''foo-%c3%a4-%e2%82%ac.html\"")]
            public void Should_reject_attachment_filename_star_foo_c3_a4_e2_82_ac_html() => AssertRejects("attachment; filename*=''foo-%c3%a4-%e2%82%ac.html", "invalid extended field value");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*=UTF-8''foo-a%cc%88.html\"")]
            public void Should_parse_attachment_filename_star_UTF_8_foo_a_cc_88_html() => AssertParses("attachment; filename*=UTF-8''foo-a%cc%88.html", "attachment", ("filename", "foo-ä.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*=iso-8859-1''foo-%c3%a4-%e2%82%ac.html\"")]
            public void Should_parse_attachment_filename_star_iso_8859_1_foo_c3_a4_e2_82_ac_html() => AssertParses("attachment; filename*=iso-8859-1''foo-%c3%a4-%e2%82%ac.html", "attachment", ("filename", "foo-Ã¤-â?¬.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*=utf-8''foo-%E4.html\"")]
            public void Should_parse_attachment_filename_star_utf_8_foo_E4_html() => AssertParses("attachment; filename*=utf-8''foo-%E4.html", "attachment", ("filename", "foo-\uFFFD.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should reject \"attachment; filename *=UTF-8''foo-%c3%a4.html\"")]
            public void Should_reject_attachment_filename_star_UTF_8_foo_c3_a4_html() => AssertRejects("attachment; filename *=UTF-8''foo-%c3%a4.html", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*= UTF-8''foo-%c3%a4.html\"")]
            public void Should_parse_attachment_filename_star_UTF_8_foo_c3_a4_html() => AssertParses("attachment; filename*= UTF-8''foo-%c3%a4.html", "attachment", ("filename", "foo-ä.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename* =UTF-8''foo-%c3%a4.html\"")]
            public void Should_parse_attachment_filename_star_UTF_8_foo_c3_a4_html_2() => AssertParses("attachment; filename* =UTF-8''foo-%c3%a4.html", "attachment", ("filename", "foo-ä.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should reject \"attachment; filename*=\"UTF-8''foo-%c3%a4.html\"\"")]
            public void Should_reject_attachment_filename_star_UTF_8_foo_c3_a4_html_2() => AssertRejects("attachment; filename*=\"UTF-8''foo-%c3%a4.html\"", "invalid extended field value");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should reject \"attachment; filename*=\"foo%20bar.html\"\"")]
            public void Should_reject_attachment_filename_star_foo_20bar_html() => AssertRejects("attachment; filename*=\"foo%20bar.html\"", "invalid extended field value");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should reject \"attachment; filename*=UTF-8'foo-%c3%a4.html\"")]
            public void Should_reject_attachment_filename_star_UTF_8_foo_c3_a4_html_3() => AssertRejects("attachment; filename*=UTF-8'foo-%c3%a4.html", "invalid extended field value");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should reject \"attachment; filename*=UTF-8''foo%\"")]
            public void Should_reject_attachment_filename_star_UTF_8_foo() => AssertRejects("attachment; filename*=UTF-8''foo%", "invalid extended field value");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should reject \"attachment; filename*=UTF-8''f%oo.html\"")]
            public void Should_reject_attachment_filename_star_UTF_8_f_oo_html() => AssertRejects("attachment; filename*=UTF-8''f%oo.html", "invalid extended field value");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*=UTF-8''A-%2541.html\"")]
            public void Should_parse_attachment_filename_star_UTF_8_A_2541_html() => AssertParses("attachment; filename*=UTF-8''A-%2541.html", "attachment", ("filename", "A-%41.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC 2231/5987 Encoding: Character Sets › should parse \"attachment; filename*=UTF-8''%5cfoo.html\"")]
            public void Should_parse_attachment_filename_star_UTF_8_5cfoo_html() => AssertParses("attachment; filename*=UTF-8''%5cfoo.html", "attachment", ("filename", "\\foo.html"));
        }

        public sealed class Rfc2231EncodingContinuations
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Continuations › should parse \"attachment; filename*0=\"foo.\"; filename*1=\"html\"\"")]
            public void Should_parse_attachment_filename_star_0_foo_filename_star_1_html() => AssertParses("attachment; filename*0=\"foo.\"; filename*1=\"html\"", "attachment", ("filename*0", "foo."), ("filename*1", "html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Continuations › should parse \"attachment; filename*0=\"foo\"; filename*1=\"\\b\\a\\r.html\"\"")]
            public void Should_parse_attachment_filename_star_0_foo_filename_star_1_b_a_r_html() => AssertParses("attachment; filename*0=\"foo\"; filename*1=\"\\b\\a\\r.html\"", "attachment", ("filename*0", "foo"), ("filename*1", "bar.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Continuations › should parse \"attachment; filename*0*=UTF-8''foo-%c3%a4; filename*1=\".html\"\"")]
            public void Should_parse_attachment_filename_star_0_star_UTF_8_foo_c3_a4_filename_star_1_html() => AssertParses("attachment; filename*0*=UTF-8''foo-%c3%a4; filename*1=\".html\"", "attachment", ("filename*0*", "UTF-8''foo-%c3%a4"), ("filename*1", ".html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Continuations › should parse \"attachment; filename*0=\"foo\"; filename*01=\"bar\"\"")]
            public void Should_parse_attachment_filename_star_0_foo_filename_star_01_bar() => AssertParses("attachment; filename*0=\"foo\"; filename*01=\"bar\"", "attachment", ("filename*0", "foo"), ("filename*01", "bar"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Continuations › should parse \"attachment; filename*0=\"foo\"; filename*2=\"bar\"\"")]
            public void Should_parse_attachment_filename_star_0_foo_filename_star_2_bar() => AssertParses("attachment; filename*0=\"foo\"; filename*2=\"bar\"", "attachment", ("filename*0", "foo"), ("filename*2", "bar"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Continuations › should parse \"attachment; filename*1=\"foo.\"; filename*2=\"html\"\"")]
            public void Should_parse_attachment_filename_star_1_foo_filename_star_2_html() => AssertParses("attachment; filename*1=\"foo.\"; filename*2=\"html\"", "attachment", ("filename*1", "foo."), ("filename*2", "html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Continuations › should parse \"attachment; filename*1=\"bar\"; filename*0=\"foo\"\"")]
            public void Should_parse_attachment_filename_star_1_bar_filename_star_0_foo() => AssertParses("attachment; filename*1=\"bar\"; filename*0=\"foo\"", "attachment", ("filename*1", "bar"), ("filename*0", "foo"));
        }

        public sealed class Rfc2231EncodingFallbackBehaviour
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Fallback Behaviour › should parse \"attachment; filename=\"foo-ae.html\"; filename*=UTF-8''foo-%c3%a4.html\"")]
            public void Should_parse_attachment_filename_foo_ae_html_filename_star_UTF_8_foo_c3_a4_html() => AssertParses("attachment; filename=\"foo-ae.html\"; filename*=UTF-8''foo-%c3%a4.html", "attachment", ("filename", "foo-ä.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Fallback Behaviour › should parse \"attachment; filename*=UTF-8''foo-%c3%a4.html; filename=\"foo-ae.html\"")]
            public void Should_parse_attachment_filename_star_UTF_8_foo_c3_a4_html_filename_foo_ae_html() => AssertParses("attachment; filename*=UTF-8''foo-%c3%a4.html; filename=\"foo-ae.html\"", "attachment", ("filename", "foo-ä.html"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Fallback Behaviour › should parse \"attachment; filename*0*=ISO-8859-15''euro-sign%3d%a4; filename*=ISO-8859-1''currency-sign%3d%a4")]
            public void Should_parse_attachment_filename_star_0_star_ISO_8859_15_euro_sign_3d_a4_filename_star_ISO() => AssertParses("attachment; filename*0*=ISO-8859-15''euro-sign%3d%a4; filename*=ISO-8859-1''currency-sign%3d%a4", "attachment", ("filename", "currency-sign=¤"), ("filename*0*", "ISO-8859-15''euro-sign%3d%a4"));

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2231 Encoding: Fallback Behaviour › should parse \"attachment; foobar=x; filename=\"foo.html\"")]
            public void Should_parse_attachment_foobar_x_filename_foo_html() => AssertParses("attachment; foobar=x; filename=\"foo.html\"", "attachment", ("filename", "foo.html"), ("foobar", "x"));
        }

        public sealed class Rfc2047Encoding
        {
            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2047 Encoding › should reject \"attachment; filename==?ISO-8859-1?Q?foo-=E4.html?=\"")]
            public void Should_reject_attachment_filename_ISO_8859_1_Q_foo_E4_html() => AssertRejects("attachment; filename==?ISO-8859-1?Q?foo-=E4.html?=", "invalid parameter format");

            [Fact(DisplayName = "contentDisposition.parse(string) › from TC 2231 › RFC2047 Encoding › should parse \"attachment; filename=\"=?ISO-8859-1?Q?foo-=E4.html?=\"\"")]
            public void Should_parse_attachment_filename_ISO_8859_1_Q_foo_E4_html() => AssertParses("attachment; filename=\"=?ISO-8859-1?Q?foo-=E4.html?=\"", "attachment", ("filename", "=?ISO-8859-1?Q?foo-=E4.html?="));
        }
    }
}
