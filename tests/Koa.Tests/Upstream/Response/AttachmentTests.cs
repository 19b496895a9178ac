namespace Koa.Tests.Responses;

// __tests__/response/attachment.test.js — describe('ctx.attachment([filename])')
public sealed class AttachmentTests
{
    [Fact(DisplayName = "ctx.attachment([filename]) › security: prevent Content-Type override (GHSA-c5vw-j4hf-j526) › should NOT override Content-Type when already set")]
    public void Does_not_override_content_type()
    {
        var ctx = TestContexts.Create();
        ctx.Response.Set("Content-Type", "application/octet-stream");
        ctx.Attachment("malicious.html");
        Assert.Equal("application/octet-stream", HeaderValues.Single(ctx.Response, "Content-Type"));
        Assert.Equal("attachment; filename=\"malicious.html\"", HeaderValues.Single(ctx.Response, "content-disposition"));
    }

    [Fact(DisplayName = "ctx.attachment([filename]) › security: prevent Content-Type override (GHSA-c5vw-j4hf-j526) › should preserve safe Content-Type for SVG files")]
    public void Preserves_safe_type_for_svg()
    {
        var ctx = TestContexts.Create();
        ctx.Response.Set("Content-Type", "application/octet-stream");
        ctx.Attachment("image.svg");
        Assert.Equal("application/octet-stream", HeaderValues.Single(ctx.Response, "Content-Type"));
    }

    [Fact(DisplayName = "ctx.attachment([filename]) › security: prevent Content-Type override (GHSA-c5vw-j4hf-j526) › should set Content-Type when not previously set")]
    public void Sets_type_when_none()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("document.pdf");
        Assert.Equal("application/pdf", HeaderValues.Single(ctx.Response, "Content-Type"));
    }

    // Not upstream: the advisory's scenario — a safe type chosen with ctx.type, a user-supplied .html name, a body —
    // must reach the client as text/plain.
    [Theory(DisplayName = "ctx.attachment([filename]) › security: prevent Content-Type override (GHSA-c5vw-j4hf-j526) › should keep ctx.type = 'text/plain' for a user-supplied .html name on the wire")]
    [Transports]
    public async Task Keeps_plain_text_on_the_wire(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Type = "text/plain";
            ctx.Attachment("x.html");
            ctx.Body = "<script>alert(1)</script>";
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/")
            .Expect("Content-Type", "text/plain; charset=utf-8")
            .Expect("Content-Disposition", "attachment; filename=\"x.html\"")
            .ExpectAsync(200, "<script>alert(1)</script>");
    }

    [Fact(DisplayName = "ctx.attachment([filename]) › when given a filename › should set the filename param")]
    public void Sets_filename_param()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("path/to/tobi.png");
        Assert.Equal("attachment; filename=\"tobi.png\"", HeaderValues.Single(ctx.Response, "content-disposition"));
    }

    [Fact(DisplayName = "ctx.attachment([filename]) › when omitting filename › should not set filename param")]
    public void Omits_filename_param()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment();
        Assert.Equal("attachment", HeaderValues.Single(ctx.Response, "content-disposition"));
    }

    [Fact(DisplayName = "ctx.attachment([filename]) › when given a non-ascii filename › should set the encodeURI filename param")]
    public void Non_ascii_filename()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("path/to/include-no-ascii-char-中文名-ok.png");
        Assert.Equal(
            "attachment; filename=\"include-no-ascii-char-???-ok.png\"; filename*=UTF-8''include-no-ascii-char-%E4%B8%AD%E6%96%87%E5%90%8D-ok.png",
            HeaderValues.Single(ctx.Response, "content-disposition"));
    }

    [Theory(DisplayName = "ctx.attachment([filename]) › when given a non-ascii filename › should work with http client")]
    [Transports]
    public async Task Non_ascii_filename_over_http(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Attachment("path/to/include-no-ascii-char-中文名-ok.json");
            ctx.Body = new { foo = "bar" };
            return Task.CompletedTask;
        });
        await app.Request(transport).Get("/")
            .Expect("content-disposition", "attachment; filename=\"include-no-ascii-char-???-ok.json\"; filename*=UTF-8''include-no-ascii-char-%E4%B8%AD%E6%96%87%E5%90%8D-ok.json")
            .Expect(new { foo = "bar" })
            .ExpectAsync(200);
    }

    // Not upstream: the extension is node's path.extname of the whole argument (trailing slashes ignored, a leading
    // dot is no extension).
    [Theory(DisplayName = "ctx.attachment([filename]) › should take the type from node's path.extname")]
    [InlineData("a.b/", null)]
    [InlineData("report.final.PDF", "application/pdf")]
    [InlineData("dir.html/readme", null)]
    [InlineData(".html", null)]
    [InlineData("..html", "text/html; charset=utf-8")]
    [InlineData("photo.png//", "image/png")]
    [InlineData("notes.", null)]
    [InlineData("a\\b.json", "application/json; charset=utf-8")]
    public void Type_from_extname(string filename, string? type)
    {
        var ctx = TestContexts.Create();
        ctx.Attachment(filename);
        Assert.Equal(type, HeaderValues.Single(ctx.Response, "Content-Type"));
    }

    // Not upstream: a file name with CR/LF is percent-encoded by content-disposition; a disposition type with them is
    // rejected — the header is never split.
    [Fact(DisplayName = "ctx.attachment([filename]) › security › should never put CR or LF in Content-Disposition")]
    public void Line_breaks_never_reach_the_header()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("evil\r\nSet-Cookie: a=b.txt");
        Assert.Equal("attachment; filename=\"evil??Set-Cookie: a=b.txt\"; filename*=UTF-8''evil%0D%0ASet-Cookie%3A%20a%3Db.txt", HeaderValues.Single(ctx.Response, "Content-Disposition"));
        Assert.False(ctx.Response.Has("Set-Cookie"));

        var other = TestContexts.Create();
        Assert.Throws<ArgumentException>(() => other.Attachment("a.txt", new ContentDispositionOptions { Type = "inline\r\nSet-Cookie: a=b" }));
        Assert.False(other.Response.Has("Content-Disposition"));
        Assert.False(other.Response.Has("Set-Cookie"));
    }
}

// __tests__/response/attachment.test.js — describe('contentDisposition(filename, options)'), through ctx.attachment
public sealed class AttachmentContentDispositionTests
{
    private static string? Disposition(Context ctx) => HeaderValues.Single(ctx.Response, "content-disposition");

    // JS passes { fallback: 42 }. ContentDispositionFallback converts only from a boolean or a string, so the
    // nearest C# inputs are a string that is no valid fallback (rejected with "fallback … string") and a null
    // string, which means the default (true).
    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › should require a string or Boolean")]
    public void Fallback_requires_string_or_boolean()
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Attachment("plans.pdf", new ContentDispositionOptions { Fallback = "plans\u20ac.pdf" }));
        Assert.Matches("fallback.*string", error.Message);
        ctx.Attachment("€ rates.pdf", new ContentDispositionOptions { Fallback = (string?)null });
        Assert.Equal("attachment; filename=\"? rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › should default to true")]
    public void Fallback_defaults_to_true()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("€ rates.pdf");
        Assert.Equal("attachment; filename=\"? rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"false\" › should not generate ISO-8859-1 fallback")]
    public void Fallback_false_no_fallback()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("£ and € rates.pdf", new ContentDispositionOptions { Fallback = false });
        Assert.Equal("attachment; filename*=UTF-8''%C2%A3%20and%20%E2%82%AC%20rates.pdf", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"false\" › should keep ISO-8859-1 filename")]
    public void Fallback_false_keeps_latin1()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("£ rates.pdf", new ContentDispositionOptions { Fallback = false });
        Assert.Equal("attachment; filename=\"£ rates.pdf\"", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"true\" › should generate ISO-8859-1 fallback")]
    public void Fallback_true_generates_fallback()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("£ and € rates.pdf", new ContentDispositionOptions { Fallback = true });
        Assert.Equal("attachment; filename=\"£ and ? rates.pdf\"; filename*=UTF-8''%C2%A3%20and%20%E2%82%AC%20rates.pdf", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when \"true\" › should pass through ISO-8859-1 filename")]
    public void Fallback_true_passes_latin1()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("£ rates.pdf", new ContentDispositionOptions { Fallback = true });
        Assert.Equal("attachment; filename=\"£ rates.pdf\"", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should require an ISO-8859-1 string")]
    public void Fallback_string_must_be_latin1()
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Attachment("€ rates.pdf", new ContentDispositionOptions { Fallback = "€ rates.pdf" }));
        Assert.Matches("(?i)fallback.*iso-8859-1", error.Message);
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should use as ISO-8859-1 fallback")]
    public void Fallback_string_used()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("£ and € rates.pdf", new ContentDispositionOptions { Fallback = "£ and EURO rates.pdf" });
        Assert.Equal("attachment; filename=\"£ and EURO rates.pdf\"; filename*=UTF-8''%C2%A3%20and%20%E2%82%AC%20rates.pdf", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should use as fallback even when filename is ISO-8859-1")]
    public void Fallback_string_used_for_latin1_name()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("\"£ rates\".pdf", new ContentDispositionOptions { Fallback = "£ rates.pdf" });
        Assert.Equal("attachment; filename=\"£ rates.pdf\"; filename*=UTF-8''%22%C2%A3%20rates%22.pdf", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should do nothing if equal to filename")]
    public void Fallback_string_equal_to_filename()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("plans.pdf", new ContentDispositionOptions { Fallback = "plans.pdf" });
        Assert.Equal("attachment; filename=\"plans.pdf\"", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should use the basename of the string")]
    public void Fallback_string_basename()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("€ rates.pdf", new ContentDispositionOptions { Fallback = "/path/to/EURO rates.pdf" });
        Assert.Equal("attachment; filename=\"EURO rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"fallback\" option › when a string › should do nothing without filename option")]
    public void Fallback_string_without_filename()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment(null, new ContentDispositionOptions { Fallback = "plans.pdf" });
        Assert.Equal("attachment", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should default to attachment")]
    public void Type_defaults_to_attachment()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment();
        Assert.Equal("attachment", Disposition(ctx));
    }

    // JS passes { type: 42 }; the C# option is a string, so the nearest input is a string that is no token.
    [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should require a string")]
    public void Type_requires_string()
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Attachment(null, new ContentDispositionOptions { Type = "4 2" }));
        Assert.Matches("invalid type", error.Message);
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should require a valid type")]
    public void Type_must_be_valid()
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Attachment(null, new ContentDispositionOptions { Type = "invlaid;type" }));
        Assert.Matches("invalid type", error.Message);
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should create a header with inline type")]
    public void Inline_type()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment(null, new ContentDispositionOptions { Type = "inline" });
        Assert.Equal("inline", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should create a header with inline type and filename")]
    public void Inline_type_and_filename()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment("plans.pdf", new ContentDispositionOptions { Type = "inline" });
        Assert.Equal("inline; filename=\"plans.pdf\"", Disposition(ctx));
    }

    [Fact(DisplayName = "contentDisposition(filename, options) › with \"type\" option › should normalize type")]
    public void Normalizes_type()
    {
        var ctx = TestContexts.Create();
        ctx.Attachment(null, new ContentDispositionOptions { Type = "INLINE" });
        Assert.Equal("inline", Disposition(ctx));
    }
}
