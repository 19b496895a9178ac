
namespace Koa.Tests.Upstream;

// koa-mount 4.2.0 test/acceptance--multiple-mounts.test.js. Upstream mounts koa-static; KoaNet.Static is a
// separate package, so a minimal file server stands in for it (it serves ctx.Path below a root, as koa-static does).
public sealed class AcceptanceMultipleMountsTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Upstream", "StaticFiles");

    private static Func<Context, Func<Task>, Task> Serve(string root) => async (ctx, next) =>
    {
        await next();
        if (ctx.Body is not null || ctx.Status != 404) return;
        var file = Path.GetFullPath(Path.Combine(root, ctx.Path.TrimStart('/')));
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file)) return;
        ctx.Type = ".js";
        ctx.Body = await File.ReadAllBytesAsync(file);
    };

    private static Application CreateApp()
    {
        var app = new Application();
        app.Use(Mount.Create("/examples", Serve(Path.Combine(Root, "examples"))));
        app.Use(Mount.Create("/test", Serve(Path.Combine(Root, "test"))));
        return app;
    }

    [Fact(DisplayName = "Acceptance: Multiple Mounts serves examples")]
    public Task Serves_examples() => CreateApp().Request().Get("/examples/cascade.js").ExpectAsync(200);

    [Fact(DisplayName = "Acceptance: Multiple Mounts serves test")]
    public Task Serves_test() => CreateApp().Request().Get("/test/errors.js").ExpectAsync(200);
}
