namespace Koa.Tests;

/// <summary>
/// Ports of content-disposition 1.0.1 test/test.js, <c>describe('contentDisposition()')</c>,
/// <c>describe('contentDisposition(filename)')</c> and <c>describe('contentDisposition(filename, options)')</c>,
/// one test per <c>it(...)</c>. JavaScript's <c>contentDisposition(filename, options)</c> is
/// <see cref="ContentDisposition.Create"/>.
/// </summary>
public sealed class ContentDispositionCreateTests
{
    public sealed class NoArguments
    {
        [Fact(DisplayName = "contentDisposition() › should create an attachment header")]
        public void Should_create_an_attachment_header() => Assert.Equal("attachment", ContentDisposition.Create());
    }

    public sealed class WithFilename
    {
        // Upstream passes 42 ('filename must be a string'). A C# file name is a string; the nearest case is the
        // absent one (null, like undefined), which gives just the type.
        [Fact(DisplayName = "contentDisposition(filename) › should require a string")]
        public void Should_require_a_string()
        {
            Assert.Equal("attachment", ContentDisposition.Create(null));
            Assert.Equal("attachment", ContentDisposition.Create(filename: null, new ContentDispositionOptions()));
        }

        [Fact(DisplayName = "contentDisposition(filename) › should create a header with file name")]
        public void Should_create_a_header_with_file_name() =>
            Assert.Equal("attachment; filename=\"plans.pdf\"", ContentDisposition.Create("plans.pdf"));

        [Fact(DisplayName = "contentDisposition(filename) › should use the basename of the string")]
        public void Should_use_the_basename_of_the_string() =>
            Assert.Equal("attachment; filename=\"plans.pdf\"", ContentDisposition.Create("/path/to/plans.pdf"));

        public sealed class WhenFilenameIsUsAscii
        {
            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" is US-ASCII › should only include filename parameter")]
            public void Should_only_include_filename_parameter() =>
                Assert.Equal("attachment; filename=\"plans.pdf\"", ContentDisposition.Create("plans.pdf"));

            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" is US-ASCII › should escape quotes")]
            public void Should_escape_quotes() =>
                Assert.Equal("attachment; filename=\"the \\\"plans\\\".pdf\"", ContentDisposition.Create("the \"plans\".pdf"));
        }

        public sealed class WhenFilenameIsIso88591
        {
            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" is ISO-8859-1 › should only include filename parameter")]
            public void Should_only_include_filename_parameter() =>
                Assert.Equal("attachment; filename=\"«plans».pdf\"", ContentDisposition.Create("«plans».pdf"));

            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" is ISO-8859-1 › should escape quotes")]
            public void Should_escape_quotes() =>
                Assert.Equal("attachment; filename=\"the \\\"plans\\\" (1µ).pdf\"", ContentDisposition.Create("the \"plans\" (1µ).pdf"));
        }

        public sealed class WhenFilenameIsUnicode
        {
            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" is Unicode › should include filename* parameter")]
            public void Should_include_filename_star_parameter() =>
                Assert.Equal("attachment; filename=\"?????.pdf\"; filename*=UTF-8''%D0%BF%D0%BB%D0%B0%D0%BD%D1%8B.pdf", ContentDisposition.Create("планы.pdf"));

            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" is Unicode › should include filename fallback")]
            public void Should_include_filename_fallback()
            {
                Assert.Equal("attachment; filename=\"£ and ? rates.pdf\"; filename*=UTF-8''%C2%A3%20and%20%E2%82%AC%20rates.pdf", ContentDisposition.Create("£ and € rates.pdf"));
                Assert.Equal("attachment; filename=\"? rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf", ContentDisposition.Create("€ rates.pdf"));
            }

            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" is Unicode › should encode special characters")]
            public void Should_encode_special_characters() =>
                Assert.Equal("attachment; filename=\"?'*%().pdf\"; filename*=UTF-8''%E2%82%AC%27%2A%25%28%29.pdf", ContentDisposition.Create("€'*%().pdf"));
        }

        public sealed class WhenFilenameContainsHexEscape
        {
            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" contains hex escape › should include filename* parameter")]
            public void Should_include_filename_star_parameter() =>
                Assert.Equal("attachment; filename=\"the%20plans.pdf\"; filename*=UTF-8''the%2520plans.pdf", ContentDisposition.Create("the%20plans.pdf"));

            [Fact(DisplayName = "contentDisposition(filename) › when \"filename\" contains hex escape › should handle Unicode")]
            public void Should_handle_Unicode() =>
                Assert.Equal("attachment; filename=\"?%20£.pdf\"; filename*=UTF-8''%E2%82%AC%2520%C2%A3.pdf", ContentDisposition.Create("€%20£.pdf"));
        }
    }

    public sealed class WithOptions
    {
        public sealed class WithFallbackOption
        {
            // Upstream passes 42 ('fallback must be a string or boolean'). ContentDispositionFallback only converts
            // from a boolean or a string; the one value outside both, a null string, means the default (true).
            [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › should require a string or Boolean")]
            public void Should_require_a_string_or_Boolean()
            {
                Assert.Equal("attachment; filename=\"? rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf",
                    ContentDisposition.Create("€ rates.pdf", new() { Fallback = (string?)null }));
                Assert.Throws<ArgumentNullException>(() => ContentDispositionFallback.Named(null!));
            }

            [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › should default to true")]
            public void Should_default_to_true() =>
                Assert.Equal("attachment; filename=\"? rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf", ContentDisposition.Create("€ rates.pdf"));

            public sealed class WhenFalse
            {
                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"false\" › should not generate ISO-8859-1 fallback")]
                public void Should_not_generate_ISO_8859_1_fallback() =>
                    Assert.Equal("attachment; filename*=UTF-8''%C2%A3%20and%20%E2%82%AC%20rates.pdf", ContentDisposition.Create("£ and € rates.pdf", new() { Fallback = false }));

                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"false\" › should keep ISO-8859-1 filename")]
                public void Should_keep_ISO_8859_1_filename() =>
                    Assert.Equal("attachment; filename=\"£ rates.pdf\"", ContentDisposition.Create("£ rates.pdf", new() { Fallback = false }));
            }

            public sealed class WhenTrue
            {
                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"true\" › should generate ISO-8859-1 fallback")]
                public void Should_generate_ISO_8859_1_fallback() =>
                    Assert.Equal("attachment; filename=\"£ and ? rates.pdf\"; filename*=UTF-8''%C2%A3%20and%20%E2%82%AC%20rates.pdf", ContentDisposition.Create("£ and € rates.pdf", new() { Fallback = true }));

                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"true\" › should pass through ISO-8859-1 filename")]
                public void Should_pass_through_ISO_8859_1_filename() =>
                    Assert.Equal("attachment; filename=\"£ rates.pdf\"", ContentDisposition.Create("£ rates.pdf", new() { Fallback = true }));
            }

            public sealed class WhenAString
            {
                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should require an ISO-8859-1 string")]
                public void Should_require_an_ISO_8859_1_string()
                {
                    var error = Assert.Throws<ArgumentException>(() => ContentDisposition.Create("€ rates.pdf", new() { Fallback = "€ rates.pdf" }));
                    Assert.Matches("(?i)fallback.*iso-8859-1", error.Message);
                    Assert.Equal("options", error.ParamName);
                }

                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should use as ISO-8859-1 fallback")]
                public void Should_use_as_ISO_8859_1_fallback() =>
                    Assert.Equal("attachment; filename=\"£ and EURO rates.pdf\"; filename*=UTF-8''%C2%A3%20and%20%E2%82%AC%20rates.pdf", ContentDisposition.Create("£ and € rates.pdf", new() { Fallback = "£ and EURO rates.pdf" }));

                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should use as fallback even when filename is ISO-8859-1")]
                public void Should_use_as_fallback_even_when_filename_is_ISO_8859_1() =>
                    Assert.Equal("attachment; filename=\"£ rates.pdf\"; filename*=UTF-8''%22%C2%A3%20rates%22.pdf", ContentDisposition.Create("\"£ rates\".pdf", new() { Fallback = "£ rates.pdf" }));

                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should do nothing if equal to filename")]
                public void Should_do_nothing_if_equal_to_filename() =>
                    Assert.Equal("attachment; filename=\"plans.pdf\"", ContentDisposition.Create("plans.pdf", new() { Fallback = "plans.pdf" }));

                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should use the basename of the string")]
                public void Should_use_the_basename_of_the_string() =>
                    Assert.Equal("attachment; filename=\"EURO rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf", ContentDisposition.Create("€ rates.pdf", new() { Fallback = "/path/to/EURO rates.pdf" }));

                [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should do nothing without filename option")]
                public void Should_do_nothing_without_filename_option() =>
                    Assert.Equal("attachment", ContentDisposition.Create(null, new() { Fallback = "plans.pdf" }));
            }
        }

        public sealed class WithTypeOption
        {
            [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should default to attachment")]
            public void Should_default_to_attachment()
            {
                Assert.Equal("attachment", ContentDisposition.Create());
                Assert.Equal("attachment", new ContentDispositionOptions().Type);
            }

            // Upstream passes 42 ('invalid type'). A C# type is a string; the nearest case is a string that is not a token.
            [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should require a string")]
            public void Should_require_a_string()
            {
                var error = Assert.Throws<ArgumentException>(() => ContentDisposition.Create(null, new() { Type = "4 2" }));
                Assert.Matches("invalid type", error.Message);
            }

            [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should require a valid type")]
            public void Should_require_a_valid_type()
            {
                var error = Assert.Throws<ArgumentException>(() => ContentDisposition.Create(null, new() { Type = "invalid;type" }));
                Assert.Matches("invalid type", error.Message);
                Assert.Equal("options", error.ParamName);
            }

            [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should create a header with inline type")]
            public void Should_create_a_header_with_inline_type() =>
                Assert.Equal("inline", ContentDisposition.Create(null, new() { Type = "inline" }));

            [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should create a header with inline type & filename")]
            public void Should_create_a_header_with_inline_type_and_filename() =>
                Assert.Equal("inline; filename=\"plans.pdf\"", ContentDisposition.Create("plans.pdf", new() { Type = "inline" }));

            [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should normalize type")]
            public void Should_normalize_type() =>
                Assert.Equal("inline", ContentDisposition.Create(null, new() { Type = "INLINE" }));
        }
    }
}
