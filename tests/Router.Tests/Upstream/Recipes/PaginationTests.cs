// Ported from @koa/router recipes/pagination/pagination.test.ts (describe 'Pagination').
using System.Globalization;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class PaginationTests
{
    private sealed record Pagination(int Page, int Limit, int Offset);

    [Fact(DisplayName = "Pagination › should paginate list endpoints")]
    public async Task Paginates()
    {
        var app = new Application();
        var router = new Router();
        var allUsers = Enumerable.Range(1, 5).Select(i => Obj(("id", i), ("name", $"User {i}"))).ToArray();

        // parseInt(x) || default
        static int Int(Context ctx, string name, int fallback) =>
            ctx.Query.TryGetValue(name, out var v) && int.TryParse(v.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n != 0 ? n : fallback;

        Func<Context, Func<Task>, Task> paginate = async (ctx, next) =>
        {
            var page = Int(ctx, "page", 1);
            var limit = Int(ctx, "limit", 10);
            ctx.State["pagination"] = new Pagination(page, limit, (page - 1) * limit);
            await next();
        };
        router.Get("/users", paginate, (ctx, _) =>
        {
            var p = (Pagination)ctx.State["pagination"]!;
            var rows = allUsers.Skip(p.Offset).Take(p.Limit).ToArray();
            var count = allUsers.Length;
            var pages = (int)Math.Ceiling(count / (double)p.Limit);
            ctx.Set("X-Total-Count", count.ToString(CultureInfo.InvariantCulture));
            ctx.Set("X-Page-Count", pages.ToString(CultureInfo.InvariantCulture));
            ctx.Body = Obj(("data", rows), ("pagination", Obj(("page", p.Page), ("limit", p.Limit), ("total", count), ("pages", pages))));
            return Done;
        });
        app.Use(router.Routes());

        var res1 = await app.Request().Get("/users?page=1&limit=2").ExpectAsync(200);
        Assert.Equal(2, res1.Json.GetProperty("data").GetArrayLength());
        var pagination = res1.Json.GetProperty("pagination");
        Assert.Equal(1, pagination.GetProperty("page").GetInt32());
        Assert.Equal(2, pagination.GetProperty("limit").GetInt32());
        Assert.Equal(5, pagination.GetProperty("total").GetInt32());
        Assert.Equal(3, pagination.GetProperty("pages").GetInt32());
        Assert.Equal("5", res1.Header("X-Total-Count"));
        Assert.Equal("3", res1.Header("X-Page-Count"));

        var res2 = await app.Request().Get("/users?page=2&limit=2").ExpectAsync(200);
        Assert.Equal(2, res2.Json.GetProperty("data").GetArrayLength());
        Assert.Equal(2, res2.Json.GetProperty("pagination").GetProperty("page").GetInt32());

        var res3 = await app.Request().Get("/users").ExpectAsync(200);
        Assert.Equal(1, res3.Json.GetProperty("pagination").GetProperty("page").GetInt32());
        Assert.Equal(10, res3.Json.GetProperty("pagination").GetProperty("limit").GetInt32());
    }
}
