namespace Koa.Tests;

// koajs/static test/index.js (koa-static 5.0.0). "test/fixtures" is relative to the working directory (the test
// output folder), as upstream's is to its repository.
public sealed class StaticTests
{
    [Fact(DisplayName = "serve(root) › when defer: false › when root = \".\" › should serve from cwd")]
    public async Task Serves_cwd()
    {
        var app = new Application();
        app.Use(Static.Create("."));
        await app.Request().Get("/package.json").ExpectAsync(200);
    }

    [Fact(DisplayName = "serve(root) › when defer: false › when path is not a file › should 404")]
    public async Task NotFile_404()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures"));
        await app.Request().Get("/something").ExpectAsync(404);
    }

    [Fact(DisplayName = "serve(root) › when defer: false › when path is not a file › should not throw 404 error")]
    public async Task NotFile_no_throw()
    {
        Exception? err = null;
        var app = new Application();
        app.Use(async (ctx, next) =>
        {
            try { await next(); }
            catch (Exception e) { err = e; }
        });
        app.Use(Static.Create("test/fixtures"));
        app.Use(ctx => { ctx.Body = "ok"; return Task.CompletedTask; });
        var res = await app.Request().Get("/something").ExpectAsync(200);
        Assert.Equal("ok", res.Text);
        Assert.Null(err);
    }

    [Fact(DisplayName = "serve(root) › when defer: false › when upstream middleware responds › should respond")]
    public async Task Upstream_responds()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures"));
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = "hey";
        });
        await app.Request().Get("/hello.txt").ExpectAsync(200, "world");
    }

    [Fact(DisplayName = "serve(root) › when defer: false › the path is valid › should serve the file")]
    public async Task Valid_path()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures"));
        await app.Request().Get("/hello.txt").ExpectAsync(200, "world");
    }

    [Fact(DisplayName = "serve(root) › when defer: false › .index › when present › should alter the index file supported")]
    public async Task Index_present()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Index = "index.txt" }));
        await app.Request().Get("/").Expect(200).Expect("Content-Type", "text/plain; charset=utf-8").ExpectAsync("text index");
    }

    [Fact(DisplayName = "serve(root) › when defer: false › .index › when omitted › should use index.html")]
    public async Task Index_omitted()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures"));
        await app.Request().Get("/world/").Expect(200).Expect("Content-Type", "text/html; charset=utf-8").ExpectAsync("html index");
    }

    [Fact(DisplayName = "serve(root) › when defer: false › .index › when disabled › should not use index.html")]
    public async Task Index_disabled()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Index = null }));
        await app.Request().Get("/world/").ExpectAsync(404);
    }

    [Fact(DisplayName = "serve(root) › when defer: false › .index › when disabled › should pass to downstream if 404")]
    public async Task Index_disabled_downstream()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Index = null }));
        app.Use(ctx => { ctx.Body = "oh no"; return Task.CompletedTask; });
        await app.Request().Get("/world/").ExpectAsync("oh no");
    }

    [Fact(DisplayName = "serve(root) › when defer: false › when method is not `GET` or `HEAD` › should 404")]
    public async Task Post_404()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures"));
        await app.Request().Post("/hello.txt").ExpectAsync(404);
    }

    [Fact(DisplayName = "serve(root) › when defer: true › when upstream middleware responds › should do nothing")]
    public async Task Defer_upstream_responds()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        app.Use(async (ctx, next) =>
        {
            await next();
            ctx.Body = "hey";
        });
        await app.Request().Get("/hello.txt").ExpectAsync(200, "hey");
    }

    [Fact(DisplayName = "serve(root) › when defer: true › the path is valid › should serve the file")]
    public async Task Defer_valid_path()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        await app.Request().Get("/hello.txt").ExpectAsync(200, "world");
    }

    [Fact(DisplayName = "serve(root) › when defer: true › .index › when present › should alter the index file supported")]
    public async Task Defer_index_present()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true, Index = "index.txt" }));
        await app.Request().Get("/").Expect(200).Expect("Content-Type", "text/plain; charset=utf-8").ExpectAsync("text index");
    }

    [Fact(DisplayName = "serve(root) › when defer: true › .index › when omitted › should use index.html")]
    public async Task Defer_index_omitted()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        await app.Request().Get("/world/").Expect(200).Expect("Content-Type", "text/html; charset=utf-8").ExpectAsync("html index");
    }

    [Fact(DisplayName = "serve(root) › when defer: true › when path is not a file › should 404")]
    public async Task Defer_not_file_404()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        await app.Request().Get("/something").ExpectAsync(404);
    }

    [Fact(DisplayName = "serve(root) › when defer: true › when path is not a file › should not throw 404 error")]
    public async Task Defer_not_file_no_throw()
    {
        Exception? err = null;
        var app = new Application();
        app.Use(async (ctx, next) =>
        {
            try { await next(); }
            catch (Exception e) { err = e; }
        });
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        await app.Request().Get("/something").EndAsync();
        Assert.Null(err);
    }

    [Fact(DisplayName = "serve(root) › when defer: true › it should not handle the request › when status=204")]
    public async Task Defer_204()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        app.Use(ctx => { ctx.Status = 204; return Task.CompletedTask; });
        await app.Request().Get("/something%%%/").ExpectAsync(204);
    }

    [Fact(DisplayName = "serve(root) › when defer: true › it should not handle the request › when body=\"\"")]
    public async Task Defer_empty_body()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        app.Use(ctx => { ctx.Body = ""; return Task.CompletedTask; });
        await app.Request().Get("/something%%%/").ExpectAsync(200);
    }

    [Fact(DisplayName = "serve(root) › when defer: true › when method is not `GET` or `HEAD` › should 404")]
    public async Task Defer_post_404()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Defer = true }));
        await app.Request().Post("/hello.txt").ExpectAsync(404);
    }

    [Fact(DisplayName = "serve(root) › option - format › when format: false › should 404")]
    public async Task Format_false_404()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Index = "index.html", Format = false }));
        await app.Request().Get("/world").ExpectAsync(404);
    }

    [Fact(DisplayName = "serve(root) › option - format › when format: false › should 200")]
    public async Task Format_false_200()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Index = "index.html", Format = false }));
        await app.Request().Get("/world/").ExpectAsync(200);
    }

    [Fact(DisplayName = "serve(root) › option - format › when format: true › should 200")]
    public async Task Format_true_200()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Index = "index.html", Format = true }));
        await app.Request().Get("/world").ExpectAsync(200);
    }

    [Fact(DisplayName = "serve(root) › option - format › when format: true › should 200 (trailing slash)")]
    public async Task Format_true_200_slash()
    {
        var app = new Application();
        app.Use(Static.Create("test/fixtures", new StaticOptions { Index = "index.html", Format = true }));
        await app.Request().Get("/world/").ExpectAsync(200);
    }
}
