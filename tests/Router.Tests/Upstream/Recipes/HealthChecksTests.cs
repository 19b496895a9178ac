// Ported from @koa/router recipes/health-checks/health-checks.test.ts (describe 'Health Checks').
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream.Recipes;

public sealed class HealthChecksTests
{
    [Fact(DisplayName = "Health Checks › should provide health check endpoint")]
    public async Task Health_endpoint()
    {
        var app = new Application();
        var router = new Router();
        Func<Task> authenticate = () => Task.CompletedTask;
        Func<Task<string>> ping = () => Task.FromResult("PONG");
        router.Get("/health", async (ctx, _) =>
        {
            var checks = new Dictionary<string, string>();
            var status = "ok";
            try
            {
                await authenticate();
                checks["database"] = "ok";
            }
            catch (InvalidOperationException)
            {
                checks["database"] = "error";
                status = "degraded";
            }
            try
            {
                await ping();
                checks["redis"] = "ok";
            }
            catch (InvalidOperationException)
            {
                checks["redis"] = "error";
                status = "degraded";
            }
            ctx.Status = status == "ok" ? 200 : 503;
            ctx.Body = Obj(
                ("status", status),
                ("timestamp", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
                ("uptime", (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds),
                ("checks", checks));
        });
        app.Use(router.Routes());

        var res = await app.Request().Get("/health").ExpectAsync(200);
        Assert.Equal("ok", Str(res.Json, "status"));
        Assert.Equal("ok", Str(res.Json.GetProperty("checks"), "database"));
        Assert.Equal("ok", Str(res.Json.GetProperty("checks"), "redis"));
        Assert.Equal(JsonValueKind.Number, res.Json.GetProperty("uptime").ValueKind);
        Assert.Equal(JsonValueKind.String, res.Json.GetProperty("timestamp").ValueKind);
    }

    [Fact(DisplayName = "Health Checks › should provide readiness probe")]
    public async Task Readiness_probe()
    {
        var app = new Application();
        var router = new Router();
        var isReady = true;
        router.Get("/ready", async (ctx, _) =>
        {
            var ready = await Task.FromResult(isReady);
            ctx.Status = ready ? 200 : 503;
            ctx.Body = Obj(("ready", ready));
        });
        app.Use(router.Routes());

        var res1 = await app.Request().Get("/ready").ExpectAsync(200);
        Assert.True(res1.Json.GetProperty("ready").GetBoolean());
        isReady = false;
        var res2 = await app.Request().Get("/ready").ExpectAsync(503);
        Assert.False(res2.Json.GetProperty("ready").GetBoolean());
    }

    [Fact(DisplayName = "Health Checks › should provide liveness probe")]
    public async Task Liveness_probe()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/live", (ctx, _) =>
        {
            ctx.Body = Obj(("alive", true));
            return Done;
        });
        app.Use(router.Routes());
        var res = await app.Request().Get("/live").ExpectAsync(200);
        Assert.True(res.Json.GetProperty("alive").GetBoolean());
    }
}
