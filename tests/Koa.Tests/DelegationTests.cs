using System.Net;
using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Contexts;

// lib/context.js delegates (koa.md §3): every ctx member that Koa forwards to ctx.response or ctx.request, checked
// to reach the same state as the member it stands for.
public sealed class ResponseDelegationTests
{
    [Fact(DisplayName = "ctx delegation › response methods › attachment, redirect, back, remove, vary, has, set, append")]
    public void Response_methods()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Headers = { ["Host"] = "example.com", ["Referer"] = "/from" } });

        ctx.Attachment("report.pdf");
        Assert.Equal("attachment; filename=\"report.pdf\"", ctx.Response.Get("Content-Disposition"));
        Assert.Equal("application/pdf", ctx.Response.Type);

        ctx.Set("X-A", "1");
        Assert.True(ctx.Has("X-A"));
        ctx.Append("X-A", "2");
        Assert.Equal(new StringValues(["1", "2"]), ctx.Response.Get("X-A"));
        ctx.Set(new Dictionary<string, StringValues> { ["X-B"] = "b", ["X-C"] = new(["c1", "c2"]) });
        Assert.Equal("b", ctx.Response.Get("x-b"));
        Assert.Equal(2, ctx.Response.Headers["X-C"].Count);
        ctx.Remove("X-A");
        Assert.False(ctx.Has("X-A"));

        ctx.Vary("Accept");
        ctx.Vary(["Origin", "accept"]);
        Assert.Equal("Accept, Origin", ctx.Response.Get("Vary"));

        ctx.Redirect("/login");
        Assert.Equal("/login", ctx.Response.Get("Location"));
        Assert.Equal(302, ctx.Status);

        ctx.Back("/alt");
        Assert.Equal("/from", ctx.Response.Get("Location"));
        ctx.Redirect("back", "/alt");
        Assert.Equal("/from", ctx.Response.Get("Location"));
    }

    [Fact(DisplayName = "ctx delegation › response accessors › status, message, body, length, type, lastModified, etag")]
    public void Response_accessors()
    {
        var ctx = TestContexts.Create();
        ctx.Status = 201;
        Assert.Equal(201, ctx.Response.Status);
        Assert.Equal("Created", ctx.Message);
        ctx.Message = "Made";
        Assert.Equal("Made", ctx.Response.Message);

        ctx.Body = "<p>x</p>";
        Assert.Same(ctx.Response.Body, ctx.Body);
        Assert.Equal(8, ctx.Length);
        Assert.Equal("text/html", ctx.Type);
        ctx.Length = 3;
        Assert.Equal("3", ctx.Response.Get("Content-Length"));
        ctx.Type = "json";
        Assert.Equal("application/json; charset=utf-8", ctx.Response.Get("Content-Type"));

        var date = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
        ctx.LastModified = date;
        Assert.Equal("Tue, 01 Jan 2019 00:00:00 GMT", ctx.Response.Get("Last-Modified"));
        Assert.Equal(date, ctx.LastModified);
        ctx.LastModified = null;
        Assert.Null(ctx.Response.LastModified);

        ctx.Etag = "abc";
        Assert.Equal("\"abc\"", ctx.Etag);
        ctx.Etag = "W/\"123\"";
        Assert.Equal("W/\"123\"", ctx.Response.Etag);
    }

    [Fact(DisplayName = "ctx delegation › response getters › headerSent, writable; flushHeaders")]
    public async Task Response_getters()
    {
        var ctx = TestContexts.Create();
        Assert.False(ctx.HeaderSent);
        Assert.True(ctx.Writable);
        await ctx.FlushHeadersAsync();
        Assert.True(ctx.HeaderSent);
        Assert.True(ctx.Response.HeaderSent);
        ctx.Set("X-Late", "1");
        ctx.Remove("X-Late");
        ctx.Vary("Accept");
        Assert.False(ctx.Has("X-Late"));
        Assert.False(ctx.Has("Vary"));
        ctx.Status = 500;
        Assert.Equal(200, ctx.Status);
        TestContexts.Abort(ctx);
        Assert.False(ctx.Writable);
    }

    [Fact(DisplayName = "ctx delegation › response › set rejects several values for Content-Type and Content-Length (3.3.0)")]
    public void Single_value_headers()
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Set("Content-Type", new StringValues(["a/b", "c/d"])));
        Assert.StartsWith("Content-Type must contain exactly one value", error.Message, StringComparison.Ordinal);
        ctx.Set("Content-Type", new StringValues(["text/plain"]));
        Assert.Equal("text/plain", ctx.Response.Type);
        ctx.Set("", "ignored");
        Assert.Single(ctx.Response.Headers);
    }

    [Fact(DisplayName = "ctx delegation › response › is(), socket, header(s), toJSON and inspect")]
    public void Response_misc()
    {
        var ctx = TestContexts.Create();
        Assert.Null(ctx.Response.Is("json"));
        ctx.Type = "json";
        Assert.Equal("json", ctx.Response.Is("json", "html"));
        Assert.Equal("application/json", ctx.Response.Is());
        Assert.Same(ctx.Socket, ctx.Response.Socket);
        Assert.Same(ctx.Response.Header, ctx.Response.Headers);
        Assert.Same(ctx.Request, ctx.Response.Request);
        Assert.Same(ctx.App, ctx.Response.App);
        Assert.Same(ctx.Res, ctx.Response.Res);
        ctx.Body = new[] { 1, 2 };
        var inspect = ctx.Response.Inspect()!;
        Assert.Equal(200, inspect["status"]);
        Assert.Equal("OK", inspect["message"]);
        Assert.Same(ctx.Body, inspect["body"]);
        Assert.Equal(5, ctx.Length);
    }

    [Fact(DisplayName = "ctx delegation › response › status outside 100-999 throws 'invalid status code'")]
    public void Invalid_status()
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ctx.Status = 99);
        Assert.Contains("invalid status code: 99", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ctx.Status = 1000);
        ctx.Status = 999;
        Assert.Null(ctx.Message);
    }

    [Fact(DisplayName = "ctx delegation › response › body kinds: bytes, memory, content, message, PipeReader, JSON with a json type kept")]
    public void Body_kinds()
    {
        var ctx = TestContexts.Create();
        ctx.Body = new ReadOnlyMemory<byte>([1, 2, 3]);
        Assert.Equal("application/octet-stream", ctx.Response.Get("Content-Type"));
        Assert.Equal(3, ctx.Length);
        ctx.Body = new ArraySegment<byte>([1, 2, 3, 4], 1, 2);
        Assert.Equal(2, ctx.Length);

        ctx = TestContexts.Create();
        var content = new StringContent("<b>hi</b>", System.Text.Encoding.UTF8, "text/html");
        ctx.Body = content;
        Assert.Equal("text/html; charset=utf-8", ctx.Response.Get("Content-Type"));
        Assert.Equal(9, ctx.Length);

        ctx = TestContexts.Create();
        ctx.Type = "application/vnd.api+json";
        ctx.Body = new { a = 1 };
        Assert.Equal("application/vnd.api+json", ctx.Response.Get("Content-Type"));
        ctx.Type = "text/plain";
        ctx.Body = new { a = 1 };
        Assert.Equal("application/json; charset=utf-8", ctx.Response.Get("Content-Type"));
        Assert.Equal(7, ctx.Length);

        ctx = TestContexts.Create();
        ctx.Type = "json";
        ctx.Body = null;
        Assert.Equal("null", ctx.Body);

        ctx = TestContexts.Create();
        var message = new HttpResponseMessage(HttpStatusCode.Accepted);
        message.Headers.TryAddWithoutValidation("X-Fizz", "buzz");
        ctx.Body = message;
        Assert.Equal(202, ctx.Status);
        Assert.Equal("buzz", ctx.Response.Get("x-fizz"));
        Assert.Null(ctx.Length);
    }

    [Fact(DisplayName = "ctx delegation › response › a stream replaced by a value is disposed, replaced by a stream is kept")]
    public async Task Stream_replacement()
    {
        var ctx = TestContexts.Create();
        var first = new MemoryStream([1]);
        var second = new MemoryStream([2]);
        ctx.Body = first;
        ctx.Body = second;
        Assert.True(first.CanRead);
        ctx.Body = "text";
        Assert.False(second.CanRead);
        Assert.True(first.CanRead);
        await ctx.Response.ReleaseBodiesAsync();
        Assert.False(first.CanRead);

        var pipe = new System.IO.Pipelines.Pipe();
        ctx.Body = pipe.Reader;
        ctx.Body = null;
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await pipe.Reader.ReadAsync());
    }
}

public sealed class RequestDelegationTests
{
    [Fact(DisplayName = "ctx delegation › request methods › accepts*, get, is")]
    public void Request_methods()
    {
        var ctx = TestContexts.Create(new TestRequestOptions
        {
            Method = "POST",
            Headers =
            {
                ["Accept"] = "application/json, text/html;q=0.5",
                ["Accept-Encoding"] = "gzip, deflate;q=0.5",
                ["Accept-Charset"] = "utf-8, iso-8859-1;q=0.2",
                ["Accept-Language"] = "en;q=0.8, es",
                ["Content-Type"] = "application/json; charset=utf-8",
                ["Content-Length"] = "2",
                ["Referer"] = "http://a/",
            },
        });
        Assert.Equal(["application/json", "text/html"], ctx.Accepts());
        Assert.Equal("json", ctx.Accepts("html", "json"));
        Assert.Null(ctx.Accepts("png"));
        Assert.Equal(["gzip", "deflate", "identity"], ctx.AcceptsEncodings());
        Assert.Equal("gzip", ctx.AcceptsEncodings("deflate", "gzip"));
        Assert.Equal(["utf-8", "iso-8859-1"], ctx.AcceptsCharsets());
        Assert.Equal("utf-8", ctx.AcceptsCharsets("iso-8859-1", "utf-8"));
        Assert.Equal(["es", "en"], ctx.AcceptsLanguages());
        Assert.Equal("es", ctx.AcceptsLanguages("en", "es"));
        Assert.Equal("http://a/", ctx.Get("Referrer"));
        Assert.Equal("http://a/", ctx.Get("referer"));
        Assert.Equal("", ctx.Get("X-Missing"));
        Assert.Equal("json", ctx.Is("json", "urlencoded"));
        Assert.Equal("application/json", ctx.Is());
        Assert.True(ctx.Request.HasBody);
        Assert.Equal("application/json", ctx.Request.Type);
        Assert.Equal("utf-8", ctx.Request.Charset);
        Assert.Equal(2, ctx.Request.Length);
        Assert.Same(ctx.Accept, ctx.Request.Accept);
        var accept = new Accepts(new Dictionary<string, StringValues> { ["accept"] = "text/plain" });
        ctx.Accept = accept;
        Assert.Same(accept, ctx.Request.Accept);
    }

    [Fact(DisplayName = "ctx delegation › request accessors › querystring, search, method, query, path, url")]
    public void Request_accessors()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Url = "/store/shoes?page=2" });
        Assert.Equal("page=2", ctx.Querystring);
        Assert.Equal("?page=2", ctx.Search);
        Assert.Equal("/store/shoes", ctx.Path);
        Assert.Equal("2", ctx.Query["page"]);
        Assert.Same(ctx.Query, ctx.Request.Query);

        ctx.Querystring = "a=1";
        Assert.Equal("/store/shoes?a=1", ctx.Url);
        ctx.Search = "?b=2";
        Assert.Equal("/store/shoes?b=2", ctx.Request.Url);
        ctx.Query = new Dictionary<string, StringValues> { ["c"] = new(["1", "2"]), ["d"] = "x y" };
        Assert.Equal("/store/shoes?c=1&c=2&d=x+y", ctx.Url);
        ctx.Path = "/boots";
        Assert.Equal("/boots?c=1&c=2&d=x+y", ctx.Url);
        ctx.Url = "/";
        Assert.Equal("", ctx.Search);
        Assert.Equal("/store/shoes?page=2", ctx.OriginalUrl);
        Assert.Equal("/store/shoes?page=2", ctx.Request.OriginalUrl);

        ctx.Method = "PUT";
        Assert.Equal("PUT", ctx.Request.Method);
        Assert.True(ctx.Idempotent);
        ctx.Method = "POST";
        Assert.False(ctx.Request.Idempotent);
    }

    [Fact(DisplayName = "ctx delegation › request getters › origin, href, subdomains, protocol, host, hostname, URL, header(s), secure, stale, fresh, ips, ip")]
    public void Request_getters()
    {
        var ctx = TestContexts.Create(new TestRequestOptions
        {
            Url = "/users/1?next=/",
            Headers =
            {
                ["Host"] = "tobi.ferrets.example.com:3000",
                ["Origin"] = "http://example.com",
                ["X-Forwarded-For"] = "10.0.0.1, 10.0.0.2",
                ["X-Forwarded-Proto"] = "HTTPS",
            },
        });
        Assert.Equal("http://example.com", ctx.Origin);
        Assert.Equal("http://tobi.ferrets.example.com:3000/users/1?next=/", ctx.Href);
        Assert.Equal(["ferrets", "tobi"], ctx.Subdomains);
        Assert.Equal("http", ctx.Protocol);
        Assert.Equal("tobi.ferrets.example.com:3000", ctx.Host);
        Assert.Equal("tobi.ferrets.example.com", ctx.Hostname);
        Assert.Equal("/users/1", ctx.URL!.Pathname);
        Assert.Same(ctx.URL, ctx.Request.URL);
        Assert.Same(ctx.Header, ctx.Headers);
        Assert.False(ctx.Secure);
        Assert.True(ctx.Stale);
        Assert.False(ctx.Fresh);
        Assert.Empty(ctx.Ips);
        Assert.Equal("127.0.0.1", ctx.Ip);
        Assert.Same(ctx.Request.Socket, ctx.Socket);

        ctx.App.Proxy = true;
        ctx.App.MaxIpsCount = 1;
        Assert.Equal("https", ctx.Protocol);
        Assert.True(ctx.Secure);
        Assert.Equal(["10.0.0.2"], ctx.Ips);
        Assert.Equal("127.0.0.1", ctx.Ip); // memoized
        ctx.Request.Ip = "10.9.9.9";
        Assert.Equal("10.9.9.9", ctx.Ip);
    }

    [Fact(DisplayName = "ctx delegation › request › fresh with a matching ETag on GET 200; never on POST or 404")]
    public void Fresh()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Headers = { ["If-None-Match"] = "\"abc\"" } });
        ctx.Status = 200;
        ctx.Etag = "abc";
        Assert.True(ctx.Fresh);
        ctx.Status = 404;
        Assert.False(ctx.Fresh);
        ctx.Status = 200;
        ctx.Method = "POST";
        Assert.False(ctx.Fresh);
    }

    [Fact(DisplayName = "ctx delegation › request › header setter, inspect, toJSON, length and origin edge cases")]
    public void Request_misc()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Headers = { ["Content-Length"] = "12abc" }, RemoteIpAddress = null });
        Assert.Equal(12, ctx.Request.Length);
        Assert.Null(ctx.Origin);
        Assert.Equal("", ctx.Ip);
        Assert.Equal("", ctx.Request.Charset);
        var replaced = new Microsoft.AspNetCore.Http.HeaderDictionary { ["Content-Length"] = "abc" };
        ctx.Request.Header = replaced;
        Assert.Same(replaced, ctx.Request.Headers);
        Assert.Null(ctx.Request.Length);
        ctx.Request.Headers = new Microsoft.AspNetCore.Http.HeaderDictionary();
        Assert.Null(ctx.Request.Length);
        Assert.Equal("GET", ctx.Request.Inspect()!["method"]);
        Assert.Same(ctx.Response, ctx.Request.Response);
        Assert.Same(ctx.App, ctx.Request.App);
        Assert.Same(ctx, ctx.Request.Ctx);
        Assert.Same(ctx, ctx.Response.Ctx);
    }

    [Fact(DisplayName = "ctx delegation › request › absolute-form URL, HTTPS scheme and IPv6 subdomains")]
    public void Absolute_and_https()
    {
        var ctx = TestContexts.Create(new TestRequestOptions { Url = "http://example.com/foo", Scheme = "https", Headers = { ["Host"] = "[::1]:8080" } });
        Assert.Equal("http://example.com/foo", ctx.Href);
        Assert.Equal("http://example.com/foo", ctx.URL!.Href);
        Assert.Equal("https", ctx.Protocol);
        Assert.Equal("[::1]", ctx.Hostname);
        Assert.Empty(ctx.Subdomains);
        Assert.Equal("/foo", ctx.Path);
    }
}
