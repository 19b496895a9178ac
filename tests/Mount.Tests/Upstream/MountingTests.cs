
namespace Koa.Tests.Upstream;

// koa-mount 4.2.0 test/mounting.test.js
public sealed class MountingTests
{
    [Fact(DisplayName = "mount(app) should mount at /")]
    public async Task Should_mount_at_root()
    {
        var a = new Application();
        var b = new Application();
        a.Use(async (ctx, next) => { await next(); if (ctx.Path == "/hello") ctx.Body = "Hello"; });
        b.Use(async (ctx, next) => { await next(); if (ctx.Path == "/world") ctx.Body = "World"; });

        var app = new Application();
        app.Use(Mount.Create(a));
        app.Use(Mount.Create(b));

        await app.Request().Get("/").ExpectAsync(404);
        await app.Request().Get("/hello").ExpectAsync("Hello");
        await app.Request().Get("/world").ExpectAsync("World");
    }

    [Fact(DisplayName = "mount(path, app) should mount the app at the given path")]
    public async Task Should_mount_the_app_at_the_given_path()
    {
        var app = new Application();
        var a = new Application();
        var b = new Application();
        a.Use(async (ctx, next) => { await next(); ctx.Body = "Hello"; });
        b.Use(async (ctx, next) => { await next(); ctx.Body = "World"; });
        app.Use(Mount.Create("/hello", a));
        app.Use(Mount.Create("/world", b));

        await app.Request().Get("/hello").ExpectAsync("Hello");
        await app.Request().Get("/world").ExpectAsync("World");
        await app.Request().Get("/").ExpectAsync(404);
    }

    [Fact(DisplayName = "mount(path, app) should cascade properly")]
    public async Task Should_cascade_properly()
    {
        var app = new Application();
        var a = new Application();
        var b = new Application();
        var c = new Application();
        a.Use(async (ctx, next) => { await next(); if (ctx.Body is null) ctx.Body = "foo"; });
        b.Use(async (ctx, next) => { await next(); if (ctx.Body is null) ctx.Body = "bar"; });
        c.Use(async (ctx, next) => { await next(); ctx.Body = "baz"; });
        app.Use(Mount.Create("/foo", a));
        a.Use(Mount.Create("/bar", b));
        b.Use(Mount.Create("/baz", c));

        await app.Request().Get("/").ExpectAsync(404);
        await app.Request().Get("/foo").ExpectAsync("foo");
        await app.Request().Get("/foo/bar").ExpectAsync("bar");
        await app.Request().Get("/foo/bar/baz").ExpectAsync("baz");
    }

    [Fact(DisplayName = "mount(path, app) should restore prefix for mounted apps")]
    public async Task Should_restore_prefix_for_mounted_apps()
    {
        var app = new Application();
        var a = new Application();
        var b = new Application();
        var c = new Application();
        a.Use(async (ctx, next) => { ctx.Body = "foo"; await next(); });
        b.Use(async (ctx, next) => { ctx.Body = "bar"; await next(); });
        c.Use(async (ctx, next) => { ctx.Body = "baz"; await next(); });
        app.Use(Mount.Create("/foo", a));
        app.Use(Mount.Create("/foo/bar", b));
        app.Use(Mount.Create("/foo/bar/baz", c));

        await app.Request().Get("/foo/bar").ExpectAsync("bar");
    }

    [Fact(DisplayName = "mount(path, app) should restore prefix for mounted middleware")]
    public async Task Should_restore_prefix_for_mounted_middleware()
    {
        var app = new Application();
        app.Use(Mount.Create("/foo", async (ctx, next) => { ctx.Body = "foo"; await next(); }));
        app.Use(Mount.Create("/foo/bar", async (ctx, next) => { ctx.Body = "bar"; await next(); }));
        app.Use(Mount.Create("/foo/bar/baz", async (ctx, next) => { ctx.Body = "baz"; await next(); }));

        await app.Request().Get("/foo/bar").ExpectAsync("bar");
    }

    [Fact(DisplayName = "mount(path, app) should have the correct path")]
    public async Task Should_have_the_correct_path()
    {
        var app = new Application();
        var a = new Application();
        var seen = new List<string>();
        a.Use(async (ctx, next) => { seen.Add("a>" + ctx.Path); await next(); seen.Add("a<" + ctx.Path); });
        app.Use(async (ctx, next) => { seen.Add("app>" + ctx.Path); await next(); seen.Add("app<" + ctx.Path); });
        app.Use(Mount.Create("/foo", a));

        await app.Request().Get("/foo").EndAsync();
        Assert.Equal(["app>/foo", "a>/", "a</", "app</foo"], seen);
    }

    [Fact(DisplayName = "mount(path, app) when errors occur should have the correct path")]
    public async Task When_errors_occur_should_have_the_correct_path()
    {
        var app = new Application();
        var a = new Application();
        var seen = new List<string>();
        a.Use(ctx => { seen.Add("a:" + ctx.Path); ctx.Throw(403, "Forbidden"); return Task.CompletedTask; });
        app.Use(async (ctx, next) =>
        {
            seen.Add("app>" + ctx.Path);
            try
            {
                await next();
            }
            catch (HttpError)
            {
                seen.Add("catch:" + ctx.Path);
            }
        });
        app.Use(Mount.Create("/foo", a));

        await app.Request().Get("/foo").EndAsync();
        Assert.Equal(["app>/foo", "a:/", "catch:/foo"], seen);
    }

    [Fact(DisplayName = "mount(path, app) when middleware is passed should mount")]
    public async Task When_middleware_is_passed_should_mount()
    {
        static async Task Hello(Context ctx, Func<Task> next) { await next(); ctx.Body = "Hello"; }
        static async Task World(Context ctx, Func<Task> next) { await next(); ctx.Body = "World"; }

        var app = new Application();
        app.Use(Mount.Create("/hello", Hello));
        app.Use(Mount.Create("/world", World));

        await app.Request().Get("/hello").ExpectAsync("Hello");
        await app.Request().Get("/world").ExpectAsync("World");
    }

    [Fact(DisplayName = "mount(app, middleware) should mount the app")]
    public async Task Should_mount_a_middleware_array()
    {
        var calls = new List<int>();
        var app = new Application();
        app.Use(Mount.Create([
            async (ctx, next) => { calls.Add(1); await next(); },
            (ctx, next) => { calls.Add(2); ctx.Body = "Hello World"; return Task.CompletedTask; },
        ]));

        await app.Request().Get("/").Expect("Hello World").ExpectAsync(200);
        Assert.Equal([1, 2], calls);
    }

    private static Application Prefixed(string prefix)
    {
        var app = new Application();
        app.Use(Mount.Create(prefix, ctx => { ctx.Status = 204; return Task.CompletedTask; }));
        return app;
    }

    [Theory(DisplayName = "mount(/prefix)")]
    [InlineData("should not match /kljasdf", "/kljasdf", 404)]
    [InlineData("should not match /prefixlaksjdf", "/prefixlaksjdf", 404)]
    [InlineData("should match /prefix", "/prefix", 204)]
    [InlineData("should match /prefix/", "/prefix/", 204)]
    [InlineData("should match /prefix/lkjasdf", "/prefix/lkjasdf", 204)]
    public async Task Prefix_without_trailing_slash(string title, string path, int status)
    {
        Assert.NotEmpty(title);
        await Prefixed("/prefix").Request().Get(path).ExpectAsync(status);
    }

    [Theory(DisplayName = "mount(/prefix/)")]
    [InlineData("should not match /kljasdf", "/kljasdf", 404)]
    [InlineData("should not match /prefixlaksjdf", "/prefixlaksjdf", 404)]
    [InlineData("should not match /prefix", "/prefix", 404)]
    [InlineData("should match /prefix/", "/prefix/", 204)]
    [InlineData("should match /prefix/lkjasdf", "/prefix/lkjasdf", 204)]
    public async Task Prefix_with_trailing_slash(string title, string path, int status)
    {
        Assert.NotEmpty(title);
        await Prefixed("/prefix/").Request().Get(path).ExpectAsync(status);
    }

    private static Application Multiple()
    {
        var app = new Application();
        foreach (var p in new[] { "/a", "/b", "/c" })
        {
            app.Use(Mount.Create(p, ctx =>
            {
                ctx.Assert(p == ctx.Path, 404);
                ctx.Status = 204;
                return Task.CompletedTask;
            }));
        }

        return app;
    }

    [Fact(DisplayName = "mount(/prefix) multiple should serve all the right mounted paths")]
    public async Task Multiple_should_serve_all_the_right_mounted_paths()
    {
        var app = Multiple();
        await app.Request().Get("/a/a").ExpectAsync(204);
        await app.Request().Get("/b/b").ExpectAsync(204);
        await app.Request().Get("/c/c").ExpectAsync(204);
    }

    [Fact(DisplayName = "mount(/prefix) multiple should 404 on all the wrong paths")]
    public async Task Multiple_should_404_on_all_the_wrong_paths()
    {
        var app = Multiple();
        await app.Request().Get("/a/b").ExpectAsync(404);
        await app.Request().Get("/b/c").ExpectAsync(404);
        await app.Request().Get("/c/a").ExpectAsync(404);
    }
}
