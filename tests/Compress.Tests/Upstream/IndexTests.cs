using System.Security.Cryptography;
using System.Text.Json;
using static Koa.Tests.Support;

namespace Koa.Tests;

// koajs/compress __tests__/index.js (koa-compress 5.1.1, the last published test suite; the code is 5.2.2).
// supertest sends "Accept-Encoding: gzip, deflate" and decodes the body: the requests set that header and the
// assertions decode. Transfer-Encoding is a wire header, so these run over Kestrel.
public sealed class IndexTests
{
    private static readonly byte[] Buffer = RandomNumberGenerator.GetBytes(1024);
    private static readonly string String = Convert.ToHexStringLower(Buffer);

    private static Task SendString(Context ctx)
    {
        ctx.Body = String;
        return Task.CompletedTask;
    }

    private static Task SendBuffer(Context ctx)
    {
        ctx.Compress = true;
        ctx.Body = Buffer;
        return Task.CompletedTask;
    }

    private static Task<TestResponse> Get(Application app, string? acceptEncoding = SupertestAcceptEncoding)
    {
        var request = app.Request(TestTransport.Kestrel).Get("/");
        if (acceptEncoding is not null) request.Set("Accept-Encoding", acceptEncoding);
        return request.ExpectAsync(200);
    }

    [Fact(DisplayName = "Compress › should compress strings")]
    public async Task Strings()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendString);
        var res = await Get(app);
        Assert.Equal("chunked", res.Header("Transfer-Encoding"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Length"));
        Assert.Equal(String, Text(res));
    }

    [Fact(DisplayName = "Compress › should not compress strings below threshold")]
    public async Task Strings_below_threshold()
    {
        var app = new Application();
        app.Use(Compress.Create(new CompressOptions { Threshold = "1mb" }));
        app.Use(SendString);
        var res = await Get(app);
        Assert.Equal("2048", res.Header("Content-Length"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Encoding"));
        Assert.Null(res.Header("Transfer-Encoding"));
        Assert.Equal(String, res.Text);
    }

    [Fact(DisplayName = "Compress › should compress JSON body")]
    public async Task Json()
    {
        var app = new Application();
        var jsonBody = new { status = 200, message = "ok", data = String };
        app.Use(Compress.Create());
        app.Use(ctx => { ctx.Body = jsonBody; return Task.CompletedTask; });
        var res = await Get(app);
        Assert.Equal("chunked", res.Header("Transfer-Encoding"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Length"));
        Assert.Equal(JsonSerializer.Serialize(jsonBody), Text(res));
    }

    [Fact(DisplayName = "Compress › should not compress JSON body below threshold")]
    public async Task Json_below_threshold()
    {
        var app = new Application();
        var jsonBody = new { status = 200, message = "ok" };
        app.Use(Compress.Create());
        app.Use(ctx => { ctx.Body = jsonBody; return Task.CompletedTask; });
        var res = await Get(app);
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Encoding"));
        Assert.Null(res.Header("Transfer-Encoding"));
        Assert.Equal(JsonSerializer.Serialize(jsonBody), res.Text);
    }

    [Fact(DisplayName = "Compress › should compress buffers")]
    public async Task Buffers()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendBuffer);
        var res = await Get(app);
        Assert.Equal("chunked", res.Header("Transfer-Encoding"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Length"));
        Assert.Equal(Buffer, Decoded(res));
    }

    [Fact(DisplayName = "Compress › should compress streams")]
    public async Task Streams()
    {
        var file = Path.GetTempFileName();
        try
        {
            var script = string.Concat(Enumerable.Repeat("function f () { return 42 }\n", 200));
            await File.WriteAllTextAsync(file, script);
            var app = new Application();
            app.Use(Compress.Create());
            app.Use(ctx =>
            {
                ctx.Type = "application/javascript";
                ctx.Body = File.OpenRead(file);
                return Task.CompletedTask;
            });
            var res = await Get(app);
            Assert.Equal("gzip", res.Header("Content-Encoding"));
            Assert.Equal("chunked", res.Header("Transfer-Encoding"));
            Assert.Equal("Accept-Encoding", res.Header("Vary"));
            Assert.Null(res.Header("Content-Length"));
            Assert.Equal(script, Text(res));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact(DisplayName = "Compress › should compress when ctx.compress === true")]
    public async Task Forced()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendBuffer);
        var res = await Get(app);
        Assert.Equal("chunked", res.Header("Transfer-Encoding"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Length"));
    }

    [Fact(DisplayName = "Compress › should not compress when ctx.compress === false")]
    public async Task Skipped()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(ctx =>
        {
            ctx.Compress = false;
            ctx.Body = Buffer;
            return Task.CompletedTask;
        });
        var res = await Get(app);
        Assert.Equal("1024", res.Header("Content-Length"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Encoding"));
        Assert.Null(res.Header("Transfer-Encoding"));
    }

    [Fact(DisplayName = "Compress › should not compress HEAD requests")]
    public async Task Head()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendString);
        var res = await app.Request(TestTransport.Kestrel).Head("/").Set("Accept-Encoding", SupertestAcceptEncoding).EndAsync();
        Assert.Null(res.Header("Content-Encoding"));
    }

    [Fact(DisplayName = "Compress › should not crash even if accept-encoding: sdch")]
    public async Task Sdch()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendBuffer);
        await Get(app, "sdch, gzip, deflate");
    }

    [Fact(DisplayName = "Compress › should not compress if no accept-encoding is sent (with the default)")]
    public async Task No_accept_encoding()
    {
        var app = new Application();
        app.Use(Compress.Create(new CompressOptions { Threshold = 0 }));
        app.Use(ctx =>
        {
            ctx.Type = "text";
            ctx.Body = Buffer;
            return Task.CompletedTask;
        });
        var res = await Get(app, "");
        Assert.Null(res.Header("Content-Encoding"));
        Assert.Null(res.Header("Transfer-Encoding"));
        Assert.Equal("1024", res.Header("Content-Length"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
    }

    [Fact(DisplayName = "Compress › should be gzip if no accept-encoding is sent (with the standard default)")]
    public async Task No_accept_encoding_standard_default()
    {
        var app = new Application();
        app.Use(Compress.Create(new CompressOptions { Threshold = 0, DefaultEncoding = "*" }));
        app.Use(ctx =>
        {
            ctx.Type = "text";
            ctx.Body = Buffer;
            return Task.CompletedTask;
        });
        var res = await Get(app, "");
        Assert.Equal("gzip", res.Header("Content-Encoding"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
    }

    [Fact(DisplayName = "Compress › should not crash if a type does not pass the filter")]
    public async Task Filtered_type()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(ctx =>
        {
            ctx.Type = "image/png";
            ctx.Body = new byte[2048];
            return Task.CompletedTask;
        });
        await Get(app);
    }

    [Fact(DisplayName = "Compress › should not compress when transfer-encoding is already set")]
    public async Task Encoding_already_set()
    {
        var app = new Application();
        app.Use(Compress.Create(new CompressOptions { Threshold = 0 }));
        app.Use(ctx =>
        {
            ctx.Set("Content-Encoding", "identity");
            ctx.Type = "text";
            ctx.Body = "asdf";
            return Task.CompletedTask;
        });
        var res = await Get(app);
        Assert.Equal("asdf", res.Text);
    }

    [Theory(DisplayName = "Compress › Cache-Control › should skip Cache-Control: <value>")]
    [InlineData("no-transform")]
    [InlineData("public, no-transform")]
    [InlineData("no-transform, private")]
    [InlineData("no-transform , max-age=1000")]
    [InlineData("max-age=1000 , no-transform")]
    public async Task Cache_control_skips(string headerValue)
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use((ctx, next) =>
        {
            ctx.Set("Cache-Control", headerValue);
            return next();
        });
        app.Use(SendString);
        var res = await Get(app);
        Assert.Equal("2048", res.Header("Content-Length"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Encoding"));
        Assert.Null(res.Header("Transfer-Encoding"));
        Assert.Equal(String, res.Text);
    }

    [Theory(DisplayName = "Compress › Cache-Control › should not skip Cache-Control: <value>")]
    [InlineData("not-no-transform")]
    [InlineData("public")]
    [InlineData("no-transform-thingy")]
    public async Task Cache_control_compresses(string headerValue)
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use((ctx, next) =>
        {
            ctx.Set("Cache-Control", headerValue);
            return next();
        });
        app.Use(SendString);
        var res = await Get(app);
        Assert.Equal("chunked", res.Header("Transfer-Encoding"));
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Null(res.Header("Content-Length"));
        Assert.Equal(String, Text(res));
    }

    [Fact(DisplayName = "Compress › accept-encoding: deflate")]
    public async Task Deflate()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendBuffer);
        var res = await Get(app, "deflate");
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Equal("deflate", res.Header("Content-Encoding"));
        Assert.Equal(Buffer, Decoded(res));
    }

    [Fact(DisplayName = "Compress › accept-encoding: gzip")]
    public async Task Gzip()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendBuffer);
        var res = await Get(app, "gzip, deflate");
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Equal("gzip", res.Header("Content-Encoding"));
        Assert.Equal(Buffer, Decoded(res));
    }

    [Fact(DisplayName = "Compress › accept-encoding: br")]
    public async Task Br()
    {
        var app = new Application();
        app.Use(Compress.Create());
        app.Use(SendBuffer);
        var res = await Get(app, "br");
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Equal("br", res.Header("Content-Encoding"));
        Assert.Equal(Buffer, Decoded(res));
    }

    [Fact(DisplayName = "Compress › accept-encoding: br (banned, should be gzip)")]
    public async Task Br_banned()
    {
        var app = new Application();
        app.Use(Compress.Create(new CompressOptions { Br = null }));
        app.Use(SendBuffer);
        var res = await Get(app, "gzip, deflate, br");
        Assert.Equal("Accept-Encoding", res.Header("Vary"));
        Assert.Equal("gzip", res.Header("Content-Encoding"));
    }
}
