namespace Koa.Tests.Responses;

// __tests__/response/redirect.test.js
public sealed class RedirectTests
{
    private static string? Location(Context ctx) => HeaderValues.Single(ctx.Response, "location");

    private static Context Accepting(string accept)
    {
        var ctx = TestContexts.Create();
        ctx.Header["Accept"] = accept;
        return ctx;
    }

    [Fact(DisplayName = "ctx.redirect(url) › should redirect to the given url")]
    public void Redirects()
    {
        var ctx = TestContexts.Create();
        ctx.Redirect("http://google.com");
        Assert.Equal("http://google.com/", Location(ctx));
        Assert.Equal(302, ctx.Status);
    }

    [Fact(DisplayName = "ctx.redirect(url) › should formatting url before redirect")]
    public void Normalizes_backslash_userinfo()
    {
        var ctx = TestContexts.Create();
        ctx.Redirect("http://google.com\\@apple.com");
        Assert.Equal("http://google.com/@apple.com", Location(ctx));
        Assert.Equal(302, ctx.Status);
    }

    [Fact(DisplayName = "ctx.redirect(url) › should formatting url before redirect")]
    public void Normalizes_upper_case_scheme()
    {
        var ctx = TestContexts.Create();
        ctx.Redirect("HTTP://google.com\\@apple.com");
        Assert.Equal("http://google.com/@apple.com", Location(ctx));
        Assert.Equal(302, ctx.Status);
    }

    [Theory(DisplayName = "ctx.redirect(url) › should auto fix not encode url")]
    [Transports]
    public async Task Encodes_url(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Redirect("http://google.com/😓");
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/").EndAsync();
        Assert.Equal(302, res.Status);
        Assert.Equal("http://google.com/%F0%9F%98%93", res.Header("location"));
    }

    [Fact(DisplayName = "ctx.redirect(url) › when html is accepted › should respond with html")]
    public void Html_accepted()
    {
        const string url = "http://google.com/";
        var ctx = Accepting("text/html");
        ctx.Redirect(url);
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(ctx.Response, "content-type"));
        Assert.Equal($"Redirecting to {url}.", ctx.Body);
    }

    [Fact(DisplayName = "ctx.redirect(url) › when html is accepted › should escape the url")]
    public void Html_escapes()
    {
        var ctx = Accepting("text/html");
        ctx.Redirect("<script>");
        Assert.Equal("text/html; charset=utf-8", HeaderValues.Single(ctx.Response, "content-type"));
        Assert.Equal("Redirecting to &lt;script&gt;.", ctx.Body);
    }

    [Fact(DisplayName = "ctx.redirect(url) › when text is accepted › should respond with text")]
    public void Text_accepted()
    {
        const string url = "http://google.com";
        var ctx = Accepting("text/plain");
        ctx.Redirect(url);
        Assert.Equal($"Redirecting to {url}/.", ctx.Body);
    }

    [Fact(DisplayName = "ctx.redirect(url) › when status is 301 › should not change the status code")]
    public void Keeps_301()
    {
        const string url = "http://google.com";
        var ctx = TestContexts.Create();
        ctx.Status = 301;
        ctx.Header["Accept"] = "text/plain";
        ctx.Redirect("http://google.com");
        Assert.Equal(301, ctx.Status);
        Assert.Equal($"Redirecting to {url}/.", ctx.Body);
    }

    [Fact(DisplayName = "ctx.redirect(url) › when status is 304 › should change the status code")]
    public void Changes_304()
    {
        const string url = "http://google.com";
        var ctx = TestContexts.Create();
        ctx.Status = 304;
        ctx.Header["Accept"] = "text/plain";
        ctx.Redirect("http://google.com");
        Assert.Equal(302, ctx.Status);
        Assert.Equal($"Redirecting to {url}/.", ctx.Body);
    }

    [Fact(DisplayName = "ctx.redirect(url) › when content-type was present › should overwrite content-type")]
    public void Overwrites_content_type()
    {
        const string url = "http://google.com";
        var ctx = TestContexts.Create();
        ctx.Body = new { };
        ctx.Header["Accept"] = "text/plain";
        ctx.Redirect("http://google.com");
        Assert.Equal(302, ctx.Status);
        Assert.Equal($"Redirecting to {url}/.", ctx.Body);
        Assert.Equal("text/plain", ctx.Type);
    }

    // Not upstream: every redirect status is kept (statuses.redirect), anything else becomes 302.
    [Theory(DisplayName = "ctx.redirect(url) › should keep a redirect status and replace any other")]
    [InlineData(300, 300)]
    [InlineData(301, 301)]
    [InlineData(303, 303)]
    [InlineData(305, 305)]
    [InlineData(307, 307)]
    [InlineData(308, 308)]
    [InlineData(200, 302)]
    [InlineData(304, 302)]
    [InlineData(306, 302)]
    [InlineData(404, 302)]
    public void Redirect_statuses(int before, int after)
    {
        var ctx = TestContexts.Create();
        ctx.Status = before;
        ctx.Redirect("/next");
        Assert.Equal(after, ctx.Status);
    }

    // CVE-2025-32379: the body used to be `Redirecting to <a href="url">url</a>.`; HTML escaping does not neutralise a
    // javascript: URL, so a clicked link ran script. The body is now a sentence without a link, html or not.
    [Theory(DisplayName = "ctx.redirect(url) › security (CVE-2025-32379) › should not put a link in the body")]
    [InlineData("text/html", "text/html; charset=utf-8", "Redirecting to javascript:alert(1).")]
    [InlineData("text/plain", "text/plain; charset=utf-8", "Redirecting to javascript:alert(1).")]
    [InlineData("*/*", "text/html; charset=utf-8", "Redirecting to javascript:alert(1).")]
    public void No_link_in_the_body(string accept, string type, string body)
    {
        var ctx = Accepting(accept);
        ctx.Redirect("javascript:alert(1)");
        Assert.Equal(type, HeaderValues.Single(ctx.Response, "content-type"));
        Assert.Equal(body, ctx.Body);
        Assert.Equal("javascript:alert(1)", Location(ctx));
    }

    [Theory(DisplayName = "ctx.redirect(url) › security (CVE-2025-32379) › should send a body without a link on the wire")]
    [Transports]
    public async Task No_link_on_the_wire(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Redirect(ctx.Query["next"].ToString());
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/?next=javascript:alert(document.cookie)").Set("Accept", "text/html").ExpectAsync(302);
        Assert.Equal("Redirecting to javascript:alert(document.cookie).", res.Text);
        Assert.DoesNotContain("<a", res.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", res.Text, StringComparison.OrdinalIgnoreCase);

        var quoted = await app.Request(transport).Get("/?next=%22%3E%3Cscript%3Ealert(1)%3C/script%3E").Set("Accept", "text/html").ExpectAsync(302);
        Assert.Equal("Redirecting to &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.", quoted.Text);
        Assert.Equal("%22%3E%3Cscript%3Ealert(1)%3C/script%3E", quoted.Header("Location"));
    }

    // Not upstream (2.8.2 #1384): Location is always encodeurl-ed — relative targets too, without double encoding;
    // the text body keeps the URL as given.
    [Theory(DisplayName = "ctx.redirect(url) › should always encode Location with encodeurl")]
    [InlineData("/a b?c=<d>", "/a%20b?c=%3Cd%3E")]
    [InlineData("/caf\u00e9", "/caf%C3%A9")]
    [InlineData("/already%20encoded/%E2%82%AC", "/already%20encoded/%E2%82%AC")]
    [InlineData("/bad%zzescape%", "/bad%25zzescape%25")]
    [InlineData("/a\"b`c{d}", "/a%22b%60c%7Bd%7D")]
    [InlineData("https://example.com/a b", "https://example.com/a%20b")]
    public void Location_is_encoded(string url, string location)
    {
        var ctx = Accepting("text/plain");
        ctx.Redirect(url);
        Assert.Equal(location, Location(ctx));
        if (!url.StartsWith("https:", StringComparison.Ordinal)) Assert.Equal($"Redirecting to {url}.", ctx.Body);
    }

    // Not upstream: absolute http(s) URLs go through the WHATWG parser (case, backslashes, dot segments, default
    // port, tabs and newlines dropped); other targets are left as they are.
    [Theory(DisplayName = "ctx.redirect(url) › should normalize absolute http(s) URLs with the WHATWG parser")]
    [InlineData("HTTPS://Example.COM:443/a/../b", "https://example.com/b")]
    [InlineData("http://google.com\\\\@apple.com", "http://google.com//@apple.com")]
    [InlineData("http://a.com/x\r\nSet-Cookie: a=b", "http://a.com/xSet-Cookie:%20a=b")]
    [InlineData("http://user:pass@a.com", "http://user:pass@a.com/")]
    [InlineData("//evil.com/x", "//evil.com/x")]
    [InlineData("mailto:a@b.c", "mailto:a@b.c")]
    public void Absolute_urls_normalized(string url, string location)
    {
        var ctx = TestContexts.Create();
        ctx.Redirect(url);
        Assert.Equal(location, Location(ctx));
    }

    // Not upstream: an absolute http(s) URL the WHATWG parser rejects fails like node's `new URL` (TypeError).
    [Fact(DisplayName = "ctx.redirect(url) › should throw for an invalid absolute URL")]
    public void Invalid_absolute_url()
    {
        var ctx = TestContexts.Create();
        Assert.Throws<FormatException>(() => ctx.Redirect("http://exa mple.com/"));
        Assert.False(ctx.Response.Has("Location"));
    }

    // Not upstream: CR/LF in a redirect target never reaches a header — encodeurl turns them into %0D%0A (the WHATWG
    // parser drops them from absolute URLs) — so no header can be injected.
    [Theory(DisplayName = "ctx.redirect(url) › security › should never split the response on CR or LF")]
    [Transports]
    public async Task Never_splits(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Redirect(ctx.Query["to"].ToString());
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/?to=/home%0D%0ASet-Cookie:%20a=b").Set("Accept", "text/plain").ExpectAsync(302);
        Assert.Equal("/home%0D%0ASet-Cookie:%20a=b", res.Header("Location"));
        Assert.False(res.HasHeader("Set-Cookie"));
        Assert.Equal("Redirecting to /home\r\nSet-Cookie: a=b.", res.Text);
    }
}
