using System.Text.Json.Nodes;
using Koa.Tests.Shared;

namespace Koa.Tests;

// Whether a loaded cookie session is saved again at the end of the request: only when JSON.stringify(toJSON())
// differs from the loaded one (upstream's hash comparison), whatever way the data was touched.
public sealed class SessionChangeTests
{
    private static readonly string[] Keys = ["im a newer secret", "i like turtle"];

    private static async Task<bool> SavesAfterAsync(Func<JsonObject> loaded, Func<Context, Task> touch)
    {
        var app = new Application(new ApplicationOptions { Keys = Keys });
        app.Use(Session.Create(app));
        app.Use(async ctx =>
        {
            if (ctx.Path == "/login")
            {
                ctx.SetSession(loaded());
                ctx.Body = "in";
                return;
            }
            _ = ctx.Session;
            await touch(ctx);
            ctx.Body = "ok";
        });
        var login = await app.Request().Get("/login").ExpectAsync(200);
        var cookie = string.Join("; ", login.Headers["Set-Cookie"].Select(c => c.Split(';')[0]));
        var res = await app.Request().Get("/").Set("Cookie", cookie).ExpectAsync(200);
        return res.Headers.ContainsKey("Set-Cookie");
    }

    private static JsonObject Flat() => new() { ["a"] = "x", ["b"] = 1, ["c"] = true, ["d"] = null };

    public static TheoryData<string, bool> FlatCases() => new()
    {
        { "nothing", false },
        { "same string again", false },
        { "same number again", false },
        { "same value node put back", false },
        { "underscore name added", false },
        { "other string", true },
        { "removed", true },
        { "removed and added back (order)", true },
        { "object added", true },
        { "changed after an await", true },
        { "same again after an await", false },
    };

    private static Task Touch(string name, Context ctx)
    {
        var s = ctx.Session!;
        switch (name)
        {
            case "same string again": s["a"] = "x"; break;
            case "same number again": s["b"] = 1.0; break;
            case "underscore name added": s["_tmp"] = 1; break;
            case "other string": s["a"] = "y"; break;
            case "removed": s.Remove("d"); break;
            case "removed and added back (order)": s.Remove("a"); s["a"] = "x"; break;
            case "object added": s["e"] = new JsonObject(); break;
            case "changed after an await": return Later(() => s["b"] = 2);
            case "same again after an await": return Later(() => s["c"] = true);
        }
        return Task.CompletedTask;

        static async Task Later(Action action)
        {
            await Task.Yield();
            action();
        }
    }

    [Theory]
    [MemberData(nameof(FlatCases))]
    public async Task A_flat_session_is_saved_only_when_its_JSON_changed(string touch, bool saved)
    {
        if (touch == "same value node put back")
        {
            // a removal that is undone by putting the same node back at the end changes the order unless it was last
            Assert.True(await SavesAfterAsync(Flat, ctx => { var s = ctx.Session!; var v = s["a"]; s.Remove("a"); s["a"] = v?.DeepClone(); return Task.CompletedTask; }));
            Assert.False(await SavesAfterAsync(Flat, ctx => { var s = ctx.Session!; var v = s["d"]; s.Remove("d"); s["d"] = v; return Task.CompletedTask; }));
            return;
        }
        Assert.Equal(saved, await SavesAfterAsync(Flat, ctx => Touch(touch, ctx)));
    }

    [Fact]
    public async Task A_nested_session_is_saved_when_a_nested_value_changed()
    {
        static JsonObject Nested() => new() { ["o"] = new JsonObject { ["x"] = 1 }, ["a"] = new JsonArray(1, 2) };
        Assert.False(await SavesAfterAsync(Nested, _ => Task.CompletedTask));
        Assert.True(await SavesAfterAsync(Nested, ctx => { ctx.Session!["o"]!["x"] = 2; return Task.CompletedTask; }));
        Assert.True(await SavesAfterAsync(Nested, ctx => { ctx.Session!["a"]!.AsArray().Add(3); return Task.CompletedTask; }));
        Assert.False(await SavesAfterAsync(Nested, ctx => { ctx.Session!["o"]!["x"] = 1; return Task.CompletedTask; }));
    }

    [Fact]
    public async Task Replacing_the_session_with_equal_data_does_not_save()
    {
        Assert.False(await SavesAfterAsync(Flat, ctx => { ctx.SetSession(Flat()); return Task.CompletedTask; }));
        Assert.True(await SavesAfterAsync(Flat, ctx => { ctx.SetSession(new JsonObject { ["a"] = "x" }); return Task.CompletedTask; }));
    }

    [Fact]
    public async Task A_thrown_error_still_commits_and_answers_500()
    {
        var app = new Application(new ApplicationOptions { Keys = Keys }) { Silent = true };
        app.Use(Session.Create(app));
        app.Use(ctx =>
        {
            ctx.Session!["a"] = 1;
            if (ctx.Path == "/sync") throw new InvalidOperationException("boom");
            return Fail();

            static async Task Fail()
            {
                await Task.Yield();
                throw new InvalidOperationException("boom");
            }
        });
        await app.Request().Get("/sync").ExpectAsync(500);
        await app.Request().Get("/async").ExpectAsync(500);
    }
}
