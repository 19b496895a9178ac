using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Koa.Tests.Upstream;

/// <summary>co-body 6.2.0's tests (test/json.test.js, form.test.js, text.test.js, any.test.js), titles as upstream.</summary>
public sealed class CoBodyTests
{
    private static Application App(Func<Context, Task> handler)
    {
        var app = new Application();
        app.Use(async (ctx, next) =>
        {
            await handler(ctx);
        });
        return app;
    }

    private static async Task<(Exception? Error, object? Body)> Capture(Func<Context, Task<object?>> read, Func<TestClient, TestRequest> send)
    {
        Exception? error = null;
        object? body = null;
        var app = App(async ctx =>
        {
            try
            {
                body = await read(ctx);
            }
            catch (Exception ex)
            {
                error = ex;
            }
            ctx.Status = 204;
        });
        await send(app.Request()).EndAsync();
        return (error, body);
    }

    // ---- parse.json(req, opts) ----

    [Fact(DisplayName = "parse.json(req, opts) › with valid json › should parse")]
    public async Task Json_valid()
    {
        var (_, body) = await Capture(async ctx => await CoBody.JsonAsync(ctx), c => c.Post("/").Send(new { foo = "bar" }));
        Assert.Equal("{\"foo\":\"bar\"}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse.json(req, opts) › with invalid content encoding › should throw 415")]
    public async Task Json_bad_encoding()
    {
        var app = App(async ctx => { await CoBody.JsonAsync(ctx); ctx.Status = 200; });
        await app.Request().Post("/").Set("Content-Type", "application/json").Set("Content-Encoding", "invalid").Send("{\"foo\":{\"bar\":\"baz\"}}").ExpectAsync(415);
    }

    [Fact(DisplayName = "parse.json(req, opts) › with content-length zero › and strict === false › should return null")]
    public async Task Json_empty_not_strict()
    {
        var (_, body) = await Capture(async ctx => await CoBody.JsonAsync(ctx, new CoBodyOptions { Strict = false }), c => c.Post("/").Set("Content-Length", "0"));
        Assert.Equal("", ((JsonValue)body!).GetValue<string>());
    }

    [Fact(DisplayName = "parse.json(req, opts) › with content-length zero › and strict === true › should return null")]
    public async Task Json_empty_strict()
    {
        var (_, body) = await Capture(async ctx => await CoBody.JsonAsync(ctx), c => c.Post("/").Set("Content-Length", "0"));
        Assert.Equal("{}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse.json(req, opts) › with invalid json › should parse error")]
    public async Task Json_invalid()
    {
        var (error, _) = await Capture(async ctx => await CoBody.JsonAsync(ctx), c => c.Post("/").Set("Content-Type", "application/json").Send("{\"foo\": \"bar"));
        var err = Assert.IsAssignableFrom<HttpError>(error);
        Assert.Equal(400, err.Status);
        Assert.Equal("{\"foo\": \"bar", err.Properties["body"]);
    }

    [Fact(DisplayName = "parse.json(req, opts) › with non-object json › and strict === false › should parse")]
    public async Task Json_non_object_not_strict()
    {
        var (_, body) = await Capture(async ctx => await CoBody.JsonAsync(ctx, new CoBodyOptions { Strict = false }), c => c.Post("/").Set("Content-Type", "application/json").Send("\"foo\""));
        Assert.Equal("foo", ((JsonValue)body!).GetValue<string>());
    }

    [Fact(DisplayName = "parse.json(req, opts) › with non-object json › and strict === true › should parse")]
    public async Task Json_non_object_strict()
    {
        var (error, _) = await Capture(async ctx => await CoBody.JsonAsync(ctx, new CoBodyOptions { Strict = true }), c => c.Post("/").Set("Content-Type", "application/json").Send("\"foo\""));
        var err = Assert.IsAssignableFrom<HttpError>(error);
        Assert.Equal(400, err.Status);
        Assert.Equal("\"foo\"", err.Properties["body"]);
        Assert.Equal("invalid JSON, only supports object and array", err.Message);
    }

    [Fact(DisplayName = "parse.json(req, opts) › returnRawBody › should return raw body when opts.returnRawBody = true")]
    public async Task Json_raw()
    {
        var app = App(async ctx =>
        {
            var r = await CoBody.JsonWithRawAsync(ctx);
            ctx.Body = new JsonObject { ["parsed"] = r.Parsed, ["raw"] = r.Raw };
        });
        await app.Request().Post("/").Set("Content-Type", "application/json").Send("{\"foo\":\"bar\"}")
            .EndAsync();
        var res = await app.Request().Post("/").Set("Content-Type", "application/json").Send("{\"foo\":\"bar\"}").ExpectAsync(200);
        Assert.Equal("bar", res.Json.GetProperty("parsed").GetProperty("foo").GetString());
        Assert.Equal("{\"foo\":\"bar\"}", res.Json.GetProperty("raw").GetString());
    }

    [Fact(DisplayName = "parse.json(req, opts) › with valid onProtoPoisoning › should parse with onProtoPoisoning = \"error\" by default")]
    public async Task Proto_error()
    {
        var text = "{ \"__proto__\": { \"boom\": \"💣\" } }";
        var (error, _) = await Capture(async ctx => await CoBody.JsonAsync(ctx), c => c.Post("/").Set("Content-Type", "application/json").Send(text));
        var err = Assert.IsAssignableFrom<HttpError>(error);
        Assert.Equal("Object contains forbidden prototype property", err.Message);
        Assert.Equal(400, err.Status);
        Assert.Equal(text, err.Properties["body"]);
    }

    [Fact(DisplayName = "parse.json(req, opts) › with valid onProtoPoisoning › should parse with onProtoPoisoning = \"ignore\"")]
    public async Task Proto_ignore()
    {
        var (_, body) = await Capture(async ctx => await CoBody.JsonAsync(ctx, new CoBodyOptions { OnProtoPoisoning = ProtoPoisoning.Ignore }),
            c => c.Post("/").Set("Content-Type", "application/json").Send("{ \"__proto__\": { \"boom\": \"💣\" }, \"hello\": \"world\" }"));
        var obj = (JsonObject)body!;
        Assert.Equal("💣", (string?)obj["__proto__"]!["boom"]);
        Assert.Equal("world", (string?)obj["hello"]);
    }

    [Fact(DisplayName = "parse.json(req, opts) › with valid onProtoPoisoning › should parse with onProtoPoisoning = \"remove\"")]
    public async Task Proto_remove()
    {
        var (_, body) = await Capture(async ctx => await CoBody.JsonAsync(ctx, new CoBodyOptions { OnProtoPoisoning = ProtoPoisoning.Remove }),
            c => c.Post("/").Set("Content-Type", "application/json").Send("{ \"__proto__\": { \"boom\": \"💣\" }, \"hello\": \"world\" }"));
        Assert.Equal("{\"hello\":\"world\"}", ((JsonNode)body!).ToJsonString());
    }

    // ---- parse.form(req, opts) ----

    [Fact(DisplayName = "parse.form(req, opts) › with valid form body › should parse")]
    public async Task Form_valid()
    {
        var (_, body) = await Capture(async ctx => await CoBody.FormAsync(ctx), c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("foo[bar][baz]=1"));
        Assert.Equal("{\"foo\":{\"bar\":{\"baz\":\"1\"}}}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse.form(req, opts) › with invalid content encoding › should throw 415")]
    public async Task Form_bad_encoding()
    {
        var app = App(async ctx => { await CoBody.FormAsync(ctx); ctx.Status = 200; });
        await app.Request().Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Set("Content-Encoding", "invalid").Send("foo[bar][baz]=1").ExpectAsync(415);
    }

    [Fact(DisplayName = "parse.form(req, opts) › with qs settings › should not parse full depth")]
    public async Task Form_depth()
    {
        var (_, body) = await Capture(async ctx => await CoBody.FormAsync(ctx), c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("a[b][c][d][e][f][g][h][i]=j"));
        Assert.Equal("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"[g][h][i]\":\"j\"}}}}}}}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse.form(req, opts) › with qs settings › should parse")]
    public async Task Form_depth_option()
    {
        var (_, body) = await Capture(async ctx => await CoBody.FormAsync(ctx, new CoBodyOptions { QueryString = new QsOptions { Depth = 10 } }),
            c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("a[b][c][d][e][f][g][h][i]=j"));
        Assert.Equal("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":\"j\"}}}}}}}}}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse.form(req, opts) › with custom qs module › should parse with safe-qs")]
    public async Task Form_custom_qs()
    {
        // C#: the qs module is fixed; a custom parse step is the Decoder option (safe-qs refuses nested keys here)
        var (error, _) = await Capture(async ctx => await CoBody.FormAsync(ctx, new CoBodyOptions
        {
            QueryString = new QsOptions { Decoder = (s, d, c, k) => k == "key" && s.Contains('[') ? throw new ArgumentException("safe-qs: nested keys are not allowed") : d(s, d, c, k) },
        }), c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("a[b][c]=d"));
        Assert.Equal(400, Assert.IsAssignableFrom<HttpError>(error).Status);
    }

    [Fact(DisplayName = "parse.form(req, opts) › allowDots › should allowDots default to true")]
    public async Task Form_allow_dots()
    {
        var (_, body) = await Capture(async ctx => await CoBody.FormAsync(ctx), c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("a.b=1&a.c=2"));
        Assert.Equal("{\"a\":{\"b\":\"1\",\"c\":\"2\"}}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse.form(req, opts) › allowDots › allowDots can set to false")]
    public async Task Form_no_dots()
    {
        var (_, body) = await Capture(async ctx => await CoBody.FormAsync(ctx, new CoBodyOptions { QueryString = new QsOptions { AllowDots = false } }),
            c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("a.b=1&a.c=2"));
        Assert.Equal("{\"a.b\":\"1\",\"a.c\":\"2\"}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse.form(req, opts) › returnRawBody › should return raw body when opts.returnRawBody = true")]
    public async Task Form_raw()
    {
        CoBodyResult<JsonObject>? result = null;
        await Capture(async ctx => result = await CoBody.FormWithRawAsync(ctx), c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("foo[bar][baz]=1"));
        Assert.Equal("{\"foo\":{\"bar\":{\"baz\":\"1\"}}}", result!.Parsed.ToJsonString());
        Assert.Equal("foo[bar][baz]=1", result.Raw);
    }

    // ---- parse.text(req, opts) ----

    [Fact(DisplayName = "parse.text(req, opts) › with valid str › should parse")]
    public async Task Text_valid()
    {
        var (_, body) = await Capture(async ctx => await CoBody.TextAsync(ctx), c => c.Post("/").Send("Hello World!"));
        Assert.Equal("Hello World!", body);
    }

    [Fact(DisplayName = "parse.text(req, opts) › with invalid content encoding › should throw 415")]
    public async Task Text_bad_encoding()
    {
        var app = App(async ctx => { await CoBody.TextAsync(ctx); ctx.Status = 200; });
        await app.Request().Post("/").Set("Content-Encoding", "invalid").Send("Hello World!").ExpectAsync(415);
    }

    [Fact(DisplayName = "parse.text(req, opts) › returnRawBody › should return raw body when opts.returnRawBody = true")]
    public async Task Text_raw()
    {
        var (_, body) = await Capture(async ctx => await CoBody.TextAsync(ctx), c => c.Post("/").Send("Hello World!"));
        Assert.Equal("Hello World!", body); // C#: TextAsync's result is the raw text itself
    }

    [Fact(DisplayName = "parse.text(req, opts) › use no encoding › should return raw body when opts.returnRawBody = true")]
    public async Task Text_no_encoding()
    {
        // C#: encoding: false (a Buffer) is RawBody.ReadAsync; co-body's text always decodes
        var (_, body) = await Capture(async ctx => await RawBody.ReadAsync(ctx.Req.Body), c => c.Post("/").Send("Hello World!"));
        Assert.Equal("Hello World!", Encoding.UTF8.GetString((byte[])body!));
    }

    // ---- parse(req, opts) ----

    [Fact(DisplayName = "parse(req, opts) › with valid form body › should parse")]
    public async Task Any_form()
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx), c => c.Post("/").Set("Content-Type", "application/x-www-form-urlencoded").Send("foo[bar][baz]=1"));
        Assert.Equal("{\"foo\":{\"bar\":{\"baz\":\"1\"}}}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse(req, opts) › with valid json › should parse")]
    public async Task Any_json()
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx), c => c.Post("/").Send(new { foo = "bar" }));
        Assert.Equal("{\"foo\":\"bar\"}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse(req, opts) › with valid text › should parse")]
    public async Task Any_text()
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx), c => c.Post("/").Set("Content-Type", "text/plain").Send("plain text"));
        Assert.Equal("plain text", body);
    }

    [Theory(DisplayName = "parse(req, opts) › with know json content-type")]
    [InlineData("application/json-patch+json", "[{\"op\": \"add\", \"path\": \"/foo\", \"value\": \"bar\"}]", "[{\"op\":\"add\",\"path\":\"/foo\",\"value\":\"bar\"}]")]
    [InlineData("application/vnd.api+json", "{\"posts\": \"1\"}", "{\"posts\":\"1\"}")]
    [InlineData("application/csp-report", "{\"csp-report\": {\"document-uri\": \"https://example.com/\"}}", "{\"csp-report\":{\"document-uri\":\"https://example.com/\"}}")]
    [InlineData("application/ld+json", "{\"@context\": \"http://schema.org/\"}", "{\"@context\":\"http://schema.org/\"}")]
    public async Task Any_json_types(string type, string text, string expected)
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx), c => c.Post("/").Set("Content-Type", type).Send(text));
        Assert.Equal(expected, ((JsonNode)body!).ToJsonString());
    }

    [Theory(DisplayName = "parse(req, opts) › with custom types")]
    [InlineData("text/html", "<h1>html text</h1>")]
    [InlineData("application/graphql", "query myQuery { a }")]
    public async Task Any_custom_types(string type, string text)
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx, new CoBodyOptions { TextTypes = ["application/graphql", "text/html"] }), c => c.Post("/").Set("Content-Type", type).Send(text));
        Assert.Equal(text, body);
    }

    [Fact(DisplayName = "parse(req, opts) › with missing content-type › should fail with 415")]
    public async Task Any_missing_type()
    {
        var app = App(async ctx => { await CoBody.ParseAsync(ctx); });
        await app.Request().Post("/").Send(Encoding.UTF8.GetBytes("Hello World!")).ExpectAsync(415);
    }

    private static byte[] Compress(string text, bool gzip)
    {
        using var output = new MemoryStream();
        using (Stream z = gzip ? new GZipStream(output, CompressionLevel.Optimal, true) : new ZLibStream(output, CompressionLevel.Optimal, true))
            z.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    [Fact(DisplayName = "parse(req, opts) › with content-encoding › should inflate gzip")]
    public async Task Inflate_gzip()
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx), c => c.Post("/").Set("Content-Type", "application/json").Set("Content-Encoding", "gzip").Send(Compress("{\"foo\":\"bar\"}", true)));
        Assert.Equal("{\"foo\":\"bar\"}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse(req, opts) › with content-encoding › should inflate deflate")]
    public async Task Inflate_deflate()
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx), c => c.Post("/").Set("Content-Type", "application/json").Set("Content-Encoding", "deflate").Send(Compress("{\"foo\":\"bar\"}", false)));
        Assert.Equal("{\"foo\":\"bar\"}", ((JsonNode)body!).ToJsonString());
    }

    [Fact(DisplayName = "parse(req, opts) › with content-encoding › after indentity and with shared options › should inflate deflate")]
    public async Task Inflate_shared_options()
    {
        var options = new CoBodyOptions();
        var (_, first) = await Capture(ctx => CoBody.ParseAsync(ctx, options), c => c.Post("/").Set("Content-Type", "application/json").Send("{\"foo\":\"bar\"}"));
        var (_, second) = await Capture(ctx => CoBody.ParseAsync(ctx, options), c => c.Post("/").Set("Content-Type", "application/json").Set("Content-Encoding", "deflate").Send(Compress("{\"foo\":\"bar\"}", false)));
        Assert.Equal(((JsonNode)first!).ToJsonString(), ((JsonNode)second!).ToJsonString());
    }

    [Fact(DisplayName = "parse(req, opts) › with content-encoding › should pass-through identity")]
    public async Task Identity()
    {
        var (_, body) = await Capture(ctx => CoBody.ParseAsync(ctx), c => c.Post("/").Set("Content-Type", "application/json").Set("Content-Encoding", "identity").Send("{\"foo\":\"bar\"}"));
        Assert.Equal("{\"foo\":\"bar\"}", ((JsonNode)body!).ToJsonString());
    }
}
