namespace Koa.Tests;

// koajs/etag test/index.test.ts (koa-etag 5.0.0)
public sealed class KoaEtagTests
{
    // A file that exists wherever the tests run (the source path is mapped away in deterministic CI builds).
    private static string ThisFile() => typeof(KoaEtagTests).Assembly.Location;

    [Fact(DisplayName = "etag() › when body is missing › should not add ETag")]
    public async Task Body_missing()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use((_, next) => next());
        var res = await app.Request().Get("/").EndAsync();
        Assert.False(res.HasHeader("ETag"));
    }

    [Fact(DisplayName = "etag() › when ETag is exists › should not add ETag")]
    public async Task Etag_exists()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use((ctx, next) =>
        {
            ctx.Body = new { hi = "etag" };
            ctx.Etag = "etaghaha";
            return next();
        });
        var res = await app.Request().Get("/").ExpectAsync(200);
        Assert.Equal("\"etaghaha\"", res.Header("ETag"));
        Assert.Equal("etag", res.Json.GetProperty("hi").GetString());
    }

    [Fact(DisplayName = "etag() › when body is a string › should add ETag")]
    public async Task String_body()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = "Hello World";
        });
        await app.Request().Get("/").ExpectAsync("ETag", "\"b-Ck1VqNd45QIvq3AZd8XYQLvEhtA\"");
    }

    [Fact(DisplayName = "etag() › when body is a Buffer › should add ETag")]
    public async Task Buffer_body()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = "Hello World"u8.ToArray();
        });
        await app.Request().Get("/").ExpectAsync("ETag", "\"b-Ck1VqNd45QIvq3AZd8XYQLvEhtA\"");
    }

    [Fact(DisplayName = "etag() › when body is JSON › should add ETag")]
    public async Task Json_body()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = new { foo = "bar" };
        });
        await app.Request().Get("/").ExpectAsync("ETag", "\"d-pedE0BZFQNM7HX6mFsKPL6l+dUo\"");
    }

    [Fact(DisplayName = "etag() › when body is a stream with a .path › should add an ETag")]
    public async Task Stream_with_path()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = File.OpenRead(ThisFile());
        });
        await app.Request().Get("/").ExpectAsync("ETag", new System.Text.RegularExpressions.Regex("^W/.+"));
    }

    [Fact(DisplayName = "etag() › when with options › should add weak ETag")]
    public async Task Weak_option()
    {
        var app = new Application();
        app.Use(Etag.Create(new EtagOptions { Weak = true }));
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = "Hello World";
        });
        await app.Request().Get("/").ExpectAsync("ETag", "W/\"b-Ck1VqNd45QIvq3AZd8XYQLvEhtA\"");
    }
}
