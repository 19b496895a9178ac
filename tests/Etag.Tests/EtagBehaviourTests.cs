namespace Koa.Tests;

// Not upstream: the middleware's rules that the upstream suite leaves implicit.
public sealed class EtagBehaviourTests
{
    [Fact(DisplayName = "etag() › should not add ETag to a non-2xx response")]
    public async Task Not_for_errors()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use(ctx => { ctx.Status = 404; ctx.Body = "nope"; return Task.CompletedTask; });
        var res = await app.Request().Get("/").ExpectAsync(404);
        Assert.False(res.HasHeader("ETag"));
    }

    [Fact(DisplayName = "etag() › should not add ETag to an empty string body (falsy)")]
    public async Task Not_for_empty_string()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use(ctx => { ctx.Body = ""; return Task.CompletedTask; });
        var res = await app.Request().Get("/").ExpectAsync(200);
        Assert.False(res.HasHeader("ETag"));
    }

    [Fact(DisplayName = "etag() › should not add ETag to a stream without a path")]
    public async Task Not_for_memory_stream()
    {
        var app = new Application();
        app.Use(Etag.Create());
        app.Use(ctx => { ctx.Body = new MemoryStream("hi"u8.ToArray()); return Task.CompletedTask; });
        var res = await app.Request().Get("/").ExpectAsync(200, "hi");
        Assert.False(res.HasHeader("ETag"));
    }

    [Fact(DisplayName = "etag() › a file body's tag is the file's stats tag")]
    public async Task File_stats()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "hello");
        try
        {
            var app = new Application();
            app.Use(Etag.Create());
            app.Use(ctx => { ctx.Body = File.OpenRead(path); return Task.CompletedTask; });
            await app.Request().Get("/").ExpectAsync("ETag", Etag.Generate(new FileInfo(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(DisplayName = "Etag.Generate › negative modification times are written as node writes them")]
    public void Negative_mtime() => Assert.Equal("W/\"0--1\"", Etag.Generate(0, DateTimeOffset.FromUnixTimeMilliseconds(-1)));

    [Fact(DisplayName = "Etag.Generate › lone surrogates hash as U+FFFD")]
    public void Lone_surrogates() => Assert.Equal(Etag.Generate("\uFFFD"), Etag.Generate("\uD800"));
}
