using Koa.Tests.Shared;
using Koa.Tests.Upstream;

namespace Koa.Tests;

public sealed class SessionBehaviourTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Session).Assembly);

    [Fact]
    public void Decoding_100_KB_of_hostile_input_is_linear_and_safe()
    {
        var deep = new string('[', 100_000);
        var start = Environment.TickCount64;
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SessionCodec.Parse(deep));
        var garbage = new string('!', 100_000);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SessionCodec.Decode(garbage));
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        Assert.True(Environment.TickCount64 - start < 5000);
        Assert.True(cpu > TimeSpan.Zero);
    }

    [Fact]
    public async Task The_time_provider_option_is_the_clock_of_expiry()
    {
        // the session's _expire is written and checked with SessionOptions.TimeProvider, not the wall clock
        var clock = new ManualClock();
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(Session.Create(app, new SessionOptions { MaxAge = 60_000, TimeProvider = clock }));
        app.Use(ctx =>
        {
            if (ctx.Path == "/set") ctx.Session!["n"] = 1;
            ctx.Body = ctx.Session!.ToJson();
            return Task.CompletedTask;
        });
        var res = await app.Request().Get("/set").ExpectAsync(new { n = 1 });
        var cookie = string.Join(";", res.Headers["Set-Cookie"].Select(c => c!.Split(';')[0]));
        clock.Advance(TimeSpan.FromSeconds(59));
        await app.Request().Get("/").Set("cookie", cookie).ExpectAsync(new { n = 1 });
        clock.Advance(TimeSpan.FromSeconds(2));
        await app.Request().Get("/").Set("cookie", cookie).ExpectAsync(new { });
    }
}
