// Ported from @koa/router recipes/nested-routes/nested-routes.test.ts (describe 'Production-Ready Nested Routes').
using System.Text.Json.Nodes;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class NestedRoutesTests
{
    // { ...fields, ...ctx.request.body }
    private static Dictionary<string, object?> WithBody(Context ctx, params (string Key, object? Value)[] fields)
    {
        var result = Obj(fields);
        if (ctx.Request.Body is JsonObject body)
        {
            foreach (var (key, value) in body)
                result[key] = value?.DeepClone();
        }
        return result;
    }

    private static Func<Context, Func<Task>, Task> Body(Func<Context, object?> body) => (ctx, _) =>
    {
        ctx.Body = body(ctx);
        return Done;
    };

    [Fact(DisplayName = "Production-Ready Nested Routes › should handle multiple levels of nested routes correctly")]
    public async Task Multiple_levels()
    {
        var app = new Application();
        app.Use(BodyParser.Create());

        var apiV1Router = new Router(new RouterOptions { Prefix = "/api/v1" });

        var usersRouter = new Router(new RouterOptions { Prefix = "/users" });
        usersRouter.Get("/", Body(_ => Obj(("users", new[] { Obj(("id", "1"), ("name", "John")) }))));
        usersRouter.Get("/:userId", Body(ctx => Obj(("id", ctx.Params["userId"]), ("name", "John"))));

        var userPostsRouter = new Router(new RouterOptions { Prefix = "/:userId/posts" });
        userPostsRouter.Get("/", Body(ctx => Obj(("userId", ctx.Params["userId"]), ("posts", new[] { Obj(("id", "1"), ("title", "Post 1")) }))));
        userPostsRouter.Get("/:postId", Body(ctx => Obj(("id", ctx.Params["postId"]), ("userId", ctx.Params["userId"]), ("title", "Post Title"))));
        userPostsRouter.Post("/", Body(ctx => WithBody(ctx, ("id", "2"), ("userId", ctx.Params["userId"]))));

        var postCommentsRouter = new Router(new RouterOptions { Prefix = "/:postId/comments" });
        postCommentsRouter.Get("/", Body(ctx => Obj(
            ("postId", ctx.Params["postId"]), ("userId", ctx.Params["userId"]), ("comments", new[] { Obj(("id", "1"), ("text", "Comment 1")) }))));
        postCommentsRouter.Get("/:commentId", Body(ctx => Obj(
            ("id", ctx.Params["commentId"]), ("postId", ctx.Params["postId"]), ("userId", ctx.Params["userId"]), ("text", "Comment text"))));
        postCommentsRouter.Post("/", Body(ctx => WithBody(ctx, ("id", "2"), ("postId", ctx.Params["postId"]), ("userId", ctx.Params["userId"]))));

        var userSettingsRouter = new Router(new RouterOptions { Prefix = "/:userId/settings" });
        userSettingsRouter.Get("/", Body(ctx => Obj(("userId", ctx.Params["userId"]), ("theme", "dark"))));
        userSettingsRouter.Put("/", Body(ctx => WithBody(ctx, ("userId", ctx.Params["userId"]))));

        userPostsRouter.Use(postCommentsRouter.Routes(), postCommentsRouter.AllowedMethods());
        usersRouter.Use(userPostsRouter.Routes(), userPostsRouter.AllowedMethods());
        usersRouter.Use(userSettingsRouter.Routes(), userSettingsRouter.AllowedMethods());
        apiV1Router.Use(usersRouter.Routes(), usersRouter.AllowedMethods());
        app.Use(apiV1Router.Routes());
        app.Use(apiV1Router.AllowedMethods());

        var res1 = await app.Request().Get("/api/v1/users").ExpectAsync(200);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, res1.Json.GetProperty("users").ValueKind);

        var res2 = await app.Request().Get("/api/v1/users/123").ExpectAsync(200);
        Assert.Equal("123", Str(res2.Json, "id"));

        var res3 = await app.Request().Get("/api/v1/users/123/posts").ExpectAsync(200);
        Assert.Equal("123", Str(res3.Json, "userId"));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, res3.Json.GetProperty("posts").ValueKind);

        var res4 = await app.Request().Get("/api/v1/users/123/posts/456").ExpectAsync(200);
        Assert.Equal("456", Str(res4.Json, "id"));
        Assert.Equal("123", Str(res4.Json, "userId"));

        var res5 = await app.Request().Post("/api/v1/users/123/posts").Send(new { title = "New Post" }).ExpectAsync(200);
        Assert.Equal("123", Str(res5.Json, "userId"));
        Assert.Equal("New Post", Str(res5.Json, "title"));

        var res6 = await app.Request().Get("/api/v1/users/123/posts/456/comments").ExpectAsync(200);
        Assert.Equal("123", Str(res6.Json, "userId"));
        Assert.Equal("456", Str(res6.Json, "postId"));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, res6.Json.GetProperty("comments").ValueKind);

        var res7 = await app.Request().Get("/api/v1/users/123/posts/456/comments/789").ExpectAsync(200);
        Assert.Equal("123", Str(res7.Json, "userId"));
        Assert.Equal("456", Str(res7.Json, "postId"));
        Assert.Equal("789", Str(res7.Json, "id"));

        var res8 = await app.Request().Post("/api/v1/users/123/posts/456/comments").Send(new { text = "New Comment" }).ExpectAsync(200);
        Assert.Equal("123", Str(res8.Json, "userId"));
        Assert.Equal("456", Str(res8.Json, "postId"));
        Assert.Equal("New Comment", Str(res8.Json, "text"));

        var res9 = await app.Request().Get("/api/v1/users/123/settings").ExpectAsync(200);
        Assert.Equal("123", Str(res9.Json, "userId"));

        var res10 = await app.Request().Put("/api/v1/users/123/settings").Send(new { theme = "light" }).ExpectAsync(200);
        Assert.Equal("123", Str(res10.Json, "userId"));
        Assert.Equal("light", Str(res10.Json, "theme"));
    }

    [Fact(DisplayName = "Production-Ready Nested Routes › should propagate parameters correctly through nested routers")]
    public async Task Parameters_propagate()
    {
        var app = new Application();
        var apiRouter = new Router(new RouterOptions { Prefix = "/api" });
        var usersRouter = new Router(new RouterOptions { Prefix = "/users" });
        var postsRouter = new Router(new RouterOptions { Prefix = "/:userId/posts" });
        var commentsRouter = new Router(new RouterOptions { Prefix = "/:postId/comments" });

        commentsRouter.Get("/:commentId", Body(ctx => Obj(
            ("userId", ctx.Params["userId"]), ("postId", ctx.Params["postId"]), ("commentId", ctx.Params["commentId"]), ("allParams", ctx.Params))));

        postsRouter.Use(commentsRouter.Routes(), commentsRouter.AllowedMethods());
        usersRouter.Use(postsRouter.Routes(), postsRouter.AllowedMethods());
        apiRouter.Use(usersRouter.Routes(), usersRouter.AllowedMethods());
        app.Use(apiRouter.Routes());
        app.Use(apiRouter.AllowedMethods());

        var res = await app.Request().Get("/api/users/user123/posts/post456/comments/comment789").ExpectAsync(200);
        Assert.Equal("user123", Str(res.Json, "userId"));
        Assert.Equal("post456", Str(res.Json, "postId"));
        Assert.Equal("comment789", Str(res.Json, "commentId"));
        var all = res.Json.GetProperty("allParams").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(new Dictionary<string, string?> { ["userId"] = "user123", ["postId"] = "post456", ["commentId"] = "comment789" }, all);
    }

    [Fact(DisplayName = "Production-Ready Nested Routes › should handle multiple nested resources at the same level")]
    public async Task Resources_at_same_level()
    {
        var app = new Application();
        var apiRouter = new Router(new RouterOptions { Prefix = "/api" });
        var usersRouter = new Router(new RouterOptions { Prefix = "/users" });
        var postsRouter = new Router(new RouterOptions { Prefix = "/:userId/posts" });
        var settingsRouter = new Router(new RouterOptions { Prefix = "/:userId/settings" });
        var followersRouter = new Router(new RouterOptions { Prefix = "/:userId/followers" });

        postsRouter.Get("/", Body(ctx => Obj(("userId", ctx.Params["userId"]), ("resource", "posts"))));
        settingsRouter.Get("/", Body(ctx => Obj(("userId", ctx.Params["userId"]), ("resource", "settings"))));
        followersRouter.Get("/", Body(ctx => Obj(("userId", ctx.Params["userId"]), ("resource", "followers"))));

        usersRouter.Use(postsRouter.Routes(), postsRouter.AllowedMethods());
        usersRouter.Use(settingsRouter.Routes(), settingsRouter.AllowedMethods());
        usersRouter.Use(followersRouter.Routes(), followersRouter.AllowedMethods());
        apiRouter.Use(usersRouter.Routes(), usersRouter.AllowedMethods());
        app.Use(apiRouter.Routes());
        app.Use(apiRouter.AllowedMethods());

        Assert.Equal("posts", Str((await app.Request().Get("/api/users/123/posts").ExpectAsync(200)).Json, "resource"));
        Assert.Equal("settings", Str((await app.Request().Get("/api/users/123/settings").ExpectAsync(200)).Json, "resource"));
        Assert.Equal("followers", Str((await app.Request().Get("/api/users/123/followers").ExpectAsync(200)).Json, "resource"));
    }

    [Fact(DisplayName = "Production-Ready Nested Routes › should handle 405 Method Not Allowed correctly for nested routes")]
    public async Task Nested_405()
    {
        var app = new Application();
        var apiRouter = new Router(new RouterOptions { Prefix = "/api" });
        var usersRouter = new Router(new RouterOptions { Prefix = "/users" });
        var postsRouter = new Router(new RouterOptions { Prefix = "/:userId/posts" });

        postsRouter.Get("/:postId", Body(ctx => Obj(("id", ctx.Params["postId"]))));

        usersRouter.Use(postsRouter.Routes(), postsRouter.AllowedMethods());
        apiRouter.Use(usersRouter.Routes(), usersRouter.AllowedMethods());
        app.Use(apiRouter.Routes());
        app.Use(apiRouter.AllowedMethods());

        await app.Request().Get("/api/users/123/posts/456").ExpectAsync(200);
        await app.Request().Post("/api/users/123/posts/456").ExpectAsync(405);
    }
}
