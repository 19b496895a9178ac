using Koa.Tests.Shared;

namespace Koa.Tests;

public sealed class MountBehaviourTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Mount).Assembly);

    [Theory]
    [InlineData("")]
    [InlineData("prefix")]
    public void Prefix_must_begin_with_a_slash(string prefix)
    {
        var error = Assert.Throws<ArgumentException>(() => Mount.Create(prefix, (ctx, next) => next()));
        Assert.StartsWith("mount path must begin with \"/\"", error.Message);
    }

    [Fact]
    public void Root_prefix_returns_the_middleware_itself()
    {
        Func<Context, Func<Task>, Task> mw = (ctx, next) => next();
        Assert.Same(mw, Mount.Create("/", mw));
    }

    [Theory]
    [InlineData("/images/", "/lkajsldkjf", null)]
    [InlineData("/images", "/images", "/")]
    [InlineData("/images/", "/images", null)]
    [InlineData("/images/", "/images/asdf", "asdf")] // upstream's doc comment says "/asdf"; its code strips the slash too
    [InlineData("/images", "/images/asdf", "/asdf")]
    [InlineData("/images", "/imagesx", null)]
    [InlineData("/images/", "/images/", "/")]
    public void Match_follows_upstream(string prefix, string path, string? expected) =>
        Assert.Equal(expected, Mount.Match(prefix, path));

    [Fact]
    public async Task MountPath_is_the_prefix_inside_and_path_restored_downstream()
    {
        var app = new Application();
        string? inner = null, after = null;
        app.Use(Mount.Create("/admin", async (ctx, next) =>
        {
            inner = ctx.MountPath + " " + ctx.Path;
            await next();
        }));
        app.Use(ctx => { after = ctx.Path; ctx.Body = "ok"; return Task.CompletedTask; });

        await app.Request().Get("/admin/users?x=1").ExpectAsync(200, "ok");
        Assert.Equal("/admin /users", inner);
        Assert.Equal("/admin/users", after);
    }

    [Fact]
    public async Task Query_string_survives_the_path_rewrite()
    {
        var app = new Application();
        app.Use(Mount.Create("/api", ctx => { ctx.Body = ctx.Url; return Task.CompletedTask; }));
        await app.Request().Get("/api/items?page=2").ExpectAsync(200, "/items?page=2");
    }

    [Fact]
    public async Task Typed_application_can_be_mounted()
    {
        var inner = new Application<Context>();
        inner.Use(ctx => { ctx.Body = "typed " + ctx.Path; return Task.CompletedTask; });
        var app = new Application();
        app.Use(Mount.Create("/t", inner));
        await app.Request().Get("/t/x").ExpectAsync(200, "typed /x");
    }

    [Fact]
    public async Task Works_over_kestrel()
    {
        var app = new Application();
        app.Use(Mount.Create("/hello", ctx => { ctx.Body = "Hello " + ctx.Path; return Task.CompletedTask; }));
        await app.Request(TestTransport.Kestrel).Get("/hello/world").ExpectAsync(200, "Hello /world");
    }
}
