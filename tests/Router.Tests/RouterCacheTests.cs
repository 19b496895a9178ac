namespace Koa.Tests;

/// <summary>
/// Our own tests of what the router reuses between requests (the cached <see cref="RouteMatch{TContext}"/> per set of
/// matched layers and the chain built for it): a change to the router or to a layer after a request is seen by the
/// next request, concurrent requests with different matches keep their own params, and koa-compose's rules hold.
/// </summary>
public sealed class RouterCacheTests
{
    private static Task Done => Task.CompletedTask;

    private static (Application App, Router Router) App()
    {
        var app = new Application();
        var router = new Router();
        app.Use(async (ctx, next) =>
        {
            try
            {
                await next();
            }
            catch (InvalidOperationException error)
            {
                ctx.Status = 500;
                ctx.Body = error.Message;
            }
        });
        app.Use(router.Routes()).Use(router.AllowedMethods());
        return (app, router);
    }

    [Fact(DisplayName = "cache › middleware added to a layer's stack after a request runs on the next request")]
    public async Task Layer_stack_added_after_a_request()
    {
        var (app, router) = App();
        router.Get("/users/:id", (ctx, _) => { ctx.Body = "user " + ctx.Params["id"]; return Done; });
        Assert.Equal("user 1", (await app.Request().Get("/users/1").ExpectAsync(200)).Text);

        router.Stack[0].Stack.Insert(0, (ctx, next) => { ctx.Set("X-Added", ctx.Params["id"]); return next(); });
        var res = await app.Request().Get("/users/2").ExpectAsync(200);
        Assert.Equal("user 2", res.Text);
        Assert.Equal("2", res.Header("X-Added"));

        router.Stack[0].Stack[1] = (ctx, _) => { ctx.Body = "replaced " + ctx.Params["id"]; return Done; };
        Assert.Equal("replaced 3", (await app.Request().Get("/users/3").ExpectAsync(200)).Text);

        router.Stack[0].Stack.RemoveAt(0);
        res = await app.Request().Get("/users/4").ExpectAsync(200);
        Assert.Equal("replaced 4", res.Text);
        Assert.Null(res.Header("X-Added"));
    }

    [Fact(DisplayName = "cache › a layer added to or removed from the router after a request is seen by the next request")]
    public async Task Router_stack_changed_after_a_request()
    {
        var (app, router) = App();
        router.Get("/a", (ctx, next) => { ctx.Body = (ctx.Body as string) + "a"; return next(); });
        Assert.Equal("a", (await app.Request().Get("/a").ExpectAsync(200)).Text);

        router.Use((ctx, next) => { ctx.Body = (ctx.Body as string) + "u"; return next(); });
        Assert.Equal("au", (await app.Request().Get("/a").ExpectAsync(200)).Text); // registered after the route

        router.Stack.Insert(0, router.Stack[1]);
        Assert.Equal("uau", (await app.Request().Get("/a").ExpectAsync(200)).Text);

        router.Get("/a", (ctx, next) => { ctx.Body = (ctx.Body as string) + "b"; return next(); });
        Assert.Equal("uaub", (await app.Request().Get("/a").ExpectAsync(200)).Text);

        router.Stack.RemoveAt(0);
        Assert.Equal("aub", (await app.Request().Get("/a").ExpectAsync(200)).Text);
    }

    [Fact(DisplayName = "cache › a layer's methods changed after a request are seen by the next request (405 then 200)")]
    public async Task Methods_changed_after_a_request()
    {
        var (app, router) = App();
        router.Get("/x", (ctx, _) => { ctx.Body = "x"; return Done; });
        await app.Request().Post("/x").ExpectAsync(405);
        router.Stack[0].Methods.Add("POST");
        Assert.Equal("x", (await app.Request().Post("/x").ExpectAsync(200)).Text);
        router.Stack[0].Methods.Clear(); // now middleware: no route matches
        await app.Request().Get("/x").ExpectAsync(404);
    }

    [Fact(DisplayName = "cache › a prefix set after a request is seen by the next request")]
    public async Task Prefix_after_a_request()
    {
        var (app, router) = App();
        router.Get("/users/:id", (ctx, _) => { ctx.Body = ctx.RouterPath + " " + ctx.Params["id"]; return Done; });
        Assert.Equal("/users/:id 1", (await app.Request().Get("/users/1").ExpectAsync(200)).Text);
        router.Prefix("/api");
        await app.Request().Get("/users/1").ExpectAsync(404);
        Assert.Equal("/api/users/:id 2", (await app.Request().Get("/api/users/2").ExpectAsync(200)).Text);
    }

    [Fact(DisplayName = "cache › a request already running keeps the chain it started with (upstream flattens the stacks on arrival)")]
    public async Task Running_request_keeps_its_chain()
    {
        var (app, router) = App();
        var added = false;
        router.Get("/a", (ctx, next) =>
        {
            if (!added)
            {
                added = true;
                router.Stack[0].Stack.Add((c, _) => { c.Body = "added"; return Done; });
            }
            return next();
        });
        await app.Request().Get("/a").ExpectAsync(404); // the added middleware is not in this request's chain
        Assert.Equal("added", (await app.Request().Get("/a").ExpectAsync(200)).Text);
    }

    [Fact(DisplayName = "cache › two requests at once with different matches keep their own params and routes")]
    public async Task Concurrent_requests_with_different_matches()
    {
        var (app, router) = App();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        router.Use("/:section", (ctx, next) => { ctx.Set("X-Section", ctx.Params["section"]); return next(); });
        router.Get("/a/:x", async (ctx, _) =>
        {
            first.SetResult();
            await second.Task; // /b runs to the end while /a waits here
            ctx.Body = $"{ctx.MatchedRoute} {string.Join(",", ctx.Params.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))} {ctx.Captures.Count}";
        });
        router.Get("/b/:y/:z", (ctx, _) =>
        {
            ctx.Body = $"{ctx.MatchedRoute} {string.Join(",", ctx.Params.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))} {ctx.Captures.Count}";
            return Done;
        });

        var a = app.Request().Get("/a/1").ExpectAsync(200);
        await first.Task;
        var b = await app.Request().Get("/b/2/3").ExpectAsync(200);
        second.SetResult();
        var resA = await a;
        Assert.Equal("/a/:x section=a,x=1 1", resA.Text);
        Assert.Equal("a", resA.Header("X-Section"));
        Assert.Equal("/b/:y/:z section=b,y=2,z=3 2", b.Text);
        Assert.Equal("b", b.Header("X-Section"));

        // and many at once, on the thread pool
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var res = i % 2 == 0
                ? await app.Request().Get($"/b/{i}/z{i}").ExpectAsync(200)
                : await app.Request().Get($"/b/{i}").ExpectAsync(404);
            if (i % 2 == 0)
                Assert.Equal($"/b/:y/:z section=b,y={i},z=z{i} 2", res.Text);
        }));
        await Task.WhenAll(tasks);
    }

    [Fact(DisplayName = "cache › next() called twice from a route's middleware is koa-compose's error, at any depth")]
    public async Task Next_called_twice()
    {
        var (app, router) = App();
        var chain = new List<Func<Context, Func<Task>, Task>>();
        for (var i = 0; i < 9; i++)
            chain.Add((ctx, next) => next());
        chain.Add(async (ctx, next) =>
        {
            await next();
            await next();
        });
        router.Get("/deep", [.. chain]);
        router.Get("/shallow", async (ctx, next) =>
        {
            await next();
            await next();
        });
        Assert.Equal("next() called multiple times", (await app.Request().Get("/shallow").ExpectAsync(500)).Text);
        Assert.Equal("next() called multiple times", (await app.Request().Get("/deep").ExpectAsync(500)).Text);
    }

    [Fact(DisplayName = "cache › a deep chain runs every middleware in order, down and back up")]
    public async Task Deep_chain_order()
    {
        var (app, router) = App();
        var log = new List<int>();
        var chain = new List<Func<Context, Func<Task>, Task>>();
        for (var i = 0; i < 20; i++)
        {
            var n = i;
            chain.Add(async (ctx, next) => { log.Add(n); await next(); log.Add(-n); });
        }
        router.Get("/deep/:id", [.. chain]);
        router.Get("/deep/:id", (ctx, _) => { ctx.Body = ctx.Params["id"]; return Done; });
        Assert.Equal("7", (await app.Request().Get("/deep/7").ExpectAsync(200)).Text);
        Assert.Equal(Enumerable.Range(0, 20).Concat(Enumerable.Range(0, 20).Reverse().Select(i => -i)), log);
    }

    [Fact(DisplayName = "cache › ctx.Captures and ctx.Params are the current layer's, whatever was read before")]
    public async Task Captures_per_layer()
    {
        var (app, router) = App();
        router.Use("/:a", (ctx, next) =>
        {
            ctx.Set("X-First", string.Join(",", ctx.Captures) + ";" + string.Join(",", ctx.Params.Keys));
            return next();
        });
        router.Get("/:a/:b", (ctx, _) =>
        {
            ctx.Body = string.Join(",", ctx.Captures) + ";" + string.Join(",", ctx.Params.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value));
            return Done;
        });
        var res = await app.Request().Get("/x%20y/z").ExpectAsync(200);
        Assert.Equal("x%20y;a", res.Header("X-First"));
        Assert.Equal("x%20y,z;a=x y,b=z", res.Text);
    }

    [Fact(DisplayName = "cache › ctx.Matched lists both routers' layers, and changing it leaves the next request's alone")]
    public async Task Matched_across_routers()
    {
        var app = new Application();
        var one = new Router();
        var two = new Router();
        one.Get("/m", (ctx, next) => next());
        two.Get("/m", (ctx, _) =>
        {
            ctx.Body = ctx.Matched!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ctx.Features.Get<RouterFeature>()!.Matched!.Clear();
            return Done;
        });
        app.Use(one.Routes()).Use(two.Routes());
        Assert.Equal("2", (await app.Request().Get("/m").ExpectAsync(200)).Text);
        Assert.Equal("2", (await app.Request().Get("/m").ExpectAsync(200)).Text);
    }

    [Fact(DisplayName = "cache › Match returns the same read-only result for the same match, and allocates nothing once warm")]
    public void Match_is_cached_and_allocation_free()
    {
        var router = new Router();
        for (var i = 0; i < 100; i++)
            router.Get($"/r{i}/items", (_, _) => Done);
        router.Get("/r99/:id", (_, _) => Done);
        router.Post("/r99/items", (_, _) => Done);

        var first = router.Match("/r99/items", "GET");
        Assert.Same(first, router.Match("/r99/items", "get"));
        Assert.Equal(new[] { "/r99/items", "/r99/:id", "/r99/items" }, first.Path.Select(l => l.Path));
        Assert.Equal(2, first.PathAndMethod.Count);
        Assert.True(first.Route);
        Assert.IsNotType<Layer<Context>[]>(first.PathAndMethod); // read-only: no cast back to a mutable array

        var post = router.Match("/r99/items", "POST");
        Assert.NotSame(first, post);
        Assert.Same(router.Stack[^1], Assert.Single(post.PathAndMethod));

        var none = router.Match("/nothing", "GET");
        Assert.Empty(none.Path);
        Assert.False(none.Route);

        // warm (tiered compilation can allocate on the thread while it swaps code in), then the least of 5 runs
        for (var i = 0; i < 2_000; i++)
            _ = router.Match("/r99/items", "GET");
        var least = long.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
                _ = router.Match("/r99/items", "GET");
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.Equal(0, least);

        router.Stack.RemoveAt(100); // the /r99/:id route
        var after = router.Match("/r99/items", "GET");
        Assert.NotSame(first, after);
        Assert.Equal(2, after.Path.Count);
    }

    [Fact(DisplayName = "cache › more than 64 layers matching one path still match (the uncached result)")]
    public async Task Many_matching_layers()
    {
        var (app, router) = App();
        for (var i = 0; i < 70; i++)
            router.Use((ctx, next) => { ctx.State["n"] = (ctx.State.TryGetValue("n", out var n) ? (int)n! : 0) + 1; return next(); });
        router.Get("/many", (ctx, _) => { ctx.Body = ((int)ctx.State["n"]!).ToString(System.Globalization.CultureInfo.InvariantCulture); return Done; });
        Assert.Equal("70", (await app.Request().Get("/many").ExpectAsync(200)).Text);
        Assert.Equal(71, router.Match("/many", "GET").PathAndMethod.Count);
    }

    private static Router Many(Application app, Router router)
    {
        for (var i = 0; i < 20; i++)
        {
            var n = i;
            router.Get($"/r{i}/:id", (ctx, next) => { ctx.Body = $"r{n} {ctx.Params["id"]}"; return next(); });
        }
        return router;
    }

    [Fact(DisplayName = "index › the first-segment index keeps registration order, case-insensitivity and the layers without a literal segment")]
    public async Task Index_order_and_case()
    {
        var (app, router) = App();
        router.Use((ctx, next) => { ctx.Set("X-All", "1"); return next(); });
        Many(app, router);
        router.Get("/:any/:id", (ctx, next) => { ctx.Body = (ctx.Body as string) + " any"; return next(); });
        router.Get("/R5/:id", (ctx, next) => { ctx.Body = (ctx.Body as string) + " again"; return next(); });
        router.Get(new System.Text.RegularExpressions.Regex("^/r5/"), (ctx, next) => { ctx.Body = (ctx.Body as string) + " regex"; return next(); });
        router.Register("/r5/:id", ["GET"], [(ctx, next) => { ctx.Body = (ctx.Body as string) + " sensitive"; return next(); }], new LayerOptions { Sensitive = true });

        router.Use("/r5", (ctx, next) => { ctx.Set("X-Use", ctx.Path); return next(); });
        router.Get("/static", (ctx, _) => { ctx.Body = "static"; return Done; });

        var res = await app.Request().Get("/r5/7").ExpectAsync(200);
        Assert.Equal("r5 7 any again regex sensitive", res.Text);
        Assert.Equal("1", res.Header("X-All"));
        Assert.Equal("/r5/7", res.Header("X-Use"));
        Assert.Null((await app.Request().Get("/r55/7").ExpectAsync(200)).Header("X-Use"));
        Assert.Equal("static", (await app.Request().Get("/STATIC/").ExpectAsync(200)).Text);
        Assert.Equal(" any", (await app.Request().Get("/static/x").ExpectAsync(200)).Text);
        Assert.Equal("r5 7 any again", (await app.Request().Get("/R5/7").ExpectAsync(200)).Text);
        Assert.Equal("r19 x any", (await app.Request().Get("/r19/x").ExpectAsync(200)).Text);
        Assert.Equal(" any", (await app.Request().Get("/zz/x").ExpectAsync(200)).Text);
        await app.Request().Get("/r5").ExpectAsync(404);
        await app.Request().Get("//r5/1").ExpectAsync(404);
    }

    [Fact(DisplayName = "index › a layer replaced, inserted or re-prefixed after a request is seen by the next request")]
    public async Task Index_after_changes()
    {
        var (app, router) = App();
        Many(app, router);
        Assert.Equal("r3 1", (await app.Request().Get("/r3/1").ExpectAsync(200)).Text);

        router.Stack[3] = new Layer<Context>("/s3/:id", ["GET"], [(ctx, _) => { ctx.Body = "s3 " + ctx.Params["id"]; return Done; }]);
        await app.Request().Get("/r3/1").ExpectAsync(404);
        Assert.Equal("s3 2", (await app.Request().Get("/s3/2").ExpectAsync(200)).Text);

        router.Stack.Insert(0, new Layer<Context>("/r4/:id", ["GET"], [(ctx, _) => { ctx.Body = "first"; return Done; }]));
        Assert.Equal("first", (await app.Request().Get("/r4/1").ExpectAsync(200)).Text);

        router.Stack[0].SetPrefix("/v1");
        Assert.Equal("r4 1", (await app.Request().Get("/r4/1").ExpectAsync(200)).Text);
        Assert.Equal("first", (await app.Request().Get("/v1/r4/1").ExpectAsync(200)).Text);

        router.Prefix("/api");
        await app.Request().Get("/r4/1").ExpectAsync(404);
        Assert.Equal("r4 2", (await app.Request().Get("/api/r4/2").ExpectAsync(200)).Text);
    }

    [Fact(DisplayName = "index › List<T>'s version is readable on this runtime (else the index is off and the scan is plain)")]
    public void List_version_readable()
    {
        var list = new List<int> { 1 };
        var before = ListVersion<int>.Of(list);
        list[0] = 2;
        Assert.NotEqual(before, ListVersion<int>.Of(list));
    }

    [Fact(DisplayName = "feature › captures, matched layers, newRouterPath and the param-handler set keep every state in their shared fields")]
    public void Feature_states()
    {
        var layer = new Layer<Context>("/users/:id", ["GET"], [(_, _) => Done]);
        var other = new Layer<Context>("/users/:name", ["GET"], [(_, _) => Done]);
        var feature = new RouterFeature();
        Assert.Null(feature.Captures);
        feature.SetCaptures(layer, "/users/7");
        Assert.Equal(["7"], feature.Captures!);
        feature.SetCaptures(layer, "/users/8");
        feature.Captures = ["set"];
        Assert.Equal(["set"], feature.Captures);

        Assert.Null(feature.MatchedLayers);
        Layer<Context>[] shared = [layer];
        feature.AddMatched(shared);
        Assert.Same(shared, feature.MatchedLayers);
        feature.AddMatched([other]);
        Assert.Equal([layer, other], feature.Matched!);
        Assert.Same(feature.Matched, feature.MatchedLayers);
        Assert.Same(layer, shared[0]); // the shared array is never written
        feature.Matched = null;
        Assert.Null(feature.MatchedLayers);

        Assert.Null(feature.NewRouterPath);
        feature.NewRouterPath = "/elsewhere";
        feature.MatchedParams = new HashSet<object>();
        Assert.Equal("/elsewhere", feature.NewRouterPath);
        feature.NewRouterPath = null;
        Assert.Null(feature.NewRouterPath);
        Assert.NotNull(feature.MatchedParams);
    }
}
