using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Koa.Tests.Upstream;

// koa-session 7.0.2 test/store.test.ts ("Koa Session External Store"); titles kept.
public sealed class StoreTests
{
    private static readonly MemoryStore Store = new();

    private static Application App(SessionOptions? options, Func<Context, Task>? handler = null)
    {
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(Session.Create(app, options ?? new SessionOptions { Store = Store }));
        if (handler is not null) app.Use(handler);
        return app;
    }

    private static string CookieOf(TestResponse res) => string.Join(";", res.Headers["Set-Cookie"].Select(c => c!.Split(';')[0]));

    private static string AllCookies(TestResponse res) => string.Join(";", res.Headers["Set-Cookie"]);

    private static Task Done() => Task.CompletedTask;

    private static async Task<string> PopulatedCookie()
    {
        var res = await App(null, ctx => { ctx.Session!["message"] = "hello"; ctx.Body = ""; return Done(); }).Request().Get("/")
            .Expect("Set-Cookie", new Regex(@"koa\.sess")).ExpectAsync(200);
        return CookieOf(res);
    }

    private static Task Semicolon(Context ctx, string fallback)
    {
        if (ctx.Method == "POST") { ctx.Session!["string"] = ";"; ctx.Status = 204; }
        else ctx.Body = (string?)ctx.Session!["string"] ?? fallback;
        return Done();
    }

    [Fact(DisplayName = "Koa Session External Store when the session contains a ; should still work")]
    public async Task Semicolon_still_works()
    {
        var app = App(null, ctx => Semicolon(ctx, ""));
        var res = await app.Request().Post("/").ExpectAsync(204);
        await app.Request().Get("/").Set("Cookie", CookieOf(res)).ExpectAsync(";");
    }

    [Fact(DisplayName = "Koa Session External Store when the session contains a ; should disable store on options")]
    public async Task Disable_store()
    {
        // upstream sets options.store = undefined between requests; the options are immutable here, so the
        // per-request store (ContextStore) stops answering a store instead.
        var enabled = true;
        var app = App(new SessionOptions { ContextStore = _ => enabled ? Store : null }, ctx => Semicolon(ctx, "new session create"));
        var res = await app.Request().Post("/").ExpectAsync(204);
        var cookie = CookieOf(res);
        await app.Request().Get("/").Set("Cookie", cookie).ExpectAsync(";");
        enabled = false;
        await app.Request().Get("/").Set("Cookie", cookie).ExpectAsync("new session create");
    }

    [Fact(DisplayName = "Koa Session External Store new session when not accessed should not Set-Cookie")]
    public async Task New_not_accessed()
    {
        var res = await App(null, ctx => { ctx.Body = "greetings"; return Done(); }).Request().Get("/").ExpectAsync(200);
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store new session when accessed and not populated should not Set-Cookie")]
    public async Task New_accessed_not_populated()
    {
        var res = await App(null, ctx => { _ = ctx.Session; ctx.Body = "greetings"; return Done(); }).Request().Get("/").ExpectAsync(200);
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store new session when populated should Set-Cookie")]
    public async Task New_populated() => Assert.Contains("koa.sess=", await PopulatedCookie(), StringComparison.Ordinal);

    [Fact(DisplayName = "Koa Session External Store new session when populated should not Set-Cookie")]
    public async Task New_populated_body_only()
    {
        var res = await App(null, ctx => { ctx.Body = ctx.Session!.ToString(); return Done(); }).Request().Get("/").ExpectAsync(200);
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store saved session when not accessed should not Set-Cookie")]
    public async Task Saved_not_accessed()
    {
        var cookie = await PopulatedCookie();
        var res = await App(null, ctx => { ctx.Body = "aklsdjflasdjf"; return Done(); }).Request().Get("/").Set("Cookie", cookie).ExpectAsync(200);
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store saved session when accessed but not changed should be the same session")]
    public async Task Saved_same_session()
    {
        var cookie = await PopulatedCookie();
        string? seen = null;
        await App(null, ctx => { seen = (string?)ctx.Session!["message"]; ctx.Body = "aklsdjflasdjf"; return Done(); }).Request().Get("/").Set("Cookie", cookie).ExpectAsync(200);
        Assert.Equal("hello", seen);
    }

    [Fact(DisplayName = "Koa Session External Store saved session when accessed but not changed should not Set-Cookie")]
    public async Task Saved_not_changed()
    {
        var cookie = await PopulatedCookie();
        string? seen = null;
        var res = await App(null, ctx => { seen = (string?)ctx.Session!["message"]; ctx.Body = "aklsdjflasdjf"; return Done(); })
            .Request().Get("/").Set("Cookie", cookie).ExpectAsync(200);
        Assert.Equal("hello", seen);
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store saved session when accessed and changed should Set-Cookie")]
    public async Task Saved_changed()
    {
        var cookie = await PopulatedCookie();
        await App(null, ctx => { ctx.Session!["money"] = "$$$"; ctx.Body = "aklsdjflasdjf"; return Done(); })
            .Request().Get("/").Set("Cookie", cookie).Expect("Set-Cookie", new Regex(@"koa\.sess")).ExpectAsync(200);
    }

    [Fact(DisplayName = "Koa Session External Store when session is null should expire the session")]
    public Task Session_is_null() =>
        App(null, ctx => { ctx.Session = null; ctx.Body = "asdf"; return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex(@"koa\.sess")).ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store when session is an empty object should not Set-Cookie")]
    public async Task Session_is_empty_object()
    {
        var res = await App(null, ctx => { ctx.SetSession([]); ctx.Body = "asdf"; return Done(); }).Request().Get("/").ExpectAsync(200);
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store when session is an object should create a session")]
    public Task Session_is_object() =>
        App(null, ctx => { ctx.SetSession(new() { ["message"] = "hello" }); ctx.Body = "asdf"; return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex(@"koa\.sess")).ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store when session is anything else should throw")]
    public Task Session_is_anything_else() =>
        // ctx.session = 'asdf' does not compile (the setter takes a SessionModel or null, SetSession a JsonObject);
        // what does compile, a null JsonObject, throws and answers 500.
        App(null, ctx => { ctx.SetSession(null!); return Done(); }).Request().Get("/").ExpectAsync(500);

    [Fact(DisplayName = "Koa Session External Store session .inspect() should return session content")]
    public Task Inspect() =>
        App(null, ctx => { ctx.Session!["foo"] = "bar"; ctx.Body = ctx.Session!.ToJson(); return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex(@"koa\.sess=.+;")).Expect(new { foo = "bar" }).ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store session .length should return session length")]
    public Task Length() =>
        App(null, ctx => { ctx.Session!["foo"] = "bar"; ctx.Body = ctx.Session!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture); return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex(@"koa\.sess=.+;")).Expect("1").ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store session .populated should return session populated")]
    public Task Populated() =>
        App(null, ctx => { ctx.Session!["foo"] = "bar"; ctx.Body = ctx.Session!.Populated ? "true" : "false"; return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex(@"koa\.sess=.+;")).Expect("true").ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store session .save() should save session")]
    public Task Save() =>
        App(null, ctx => { ctx.Session!.Save(); ctx.Body = "hello"; return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex(@"koa\.sess=.+;")).Expect("hello").ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store when an error is thrown downstream and caught upstream should still save the session")]
    public Task Error_caught_upstream()
    {
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(async (ctx, next) =>
        {
            try { await next(); }
            catch (HttpError error) { ctx.Status = error.Status; ctx.Body = error.Message; }
        });
        app.Use(Session.Create(app, new SessionOptions { Store = Store }));
        app.Use(async (ctx, next) => { ctx.Session!["name"] = "funny"; await next(); });
        app.Use(ctx => { ctx.Throw(401); return Done(); });
        return app.Request().Get("/").Expect("Set-Cookie", new Regex(@"koa\.sess")).ExpectAsync(401);
    }

    private static Task PostHi(Context ctx, bool statusOnly)
    {
        if (ctx.Method == "POST")
        {
            ctx.Session!["message"] = "hi";
            if (statusOnly) ctx.Status = 200;
            else ctx.Body = 200;
            return Done();
        }

        ctx.Body = (string?)ctx.Session!["message"] ?? "";
        return Done();
    }

    [Fact(DisplayName = "Koa Session External Store when maxAge present and set to be a session cookie should not expire the session")]
    public async Task Max_age_session()
    {
        var app = App(new SessionOptions { Store = Store, MaxAge = SessionMaxAge.Session }, ctx => PostHi(ctx, false));
        var res = await app.Request().Post("/").Expect("Set-Cookie", new Regex(@"koa\.sess")).EndAsync();
        Assert.DoesNotContain("expires=", AllCookies(res), StringComparison.Ordinal);
        await app.Request().Get("/").Set("cookie", CookieOf(res)).ExpectAsync("hi");
    }

    [Fact(DisplayName = "Koa Session External Store when maxAge present and not expire should not expire the session")]
    public async Task Max_age_not_expired()
    {
        // Upstream uses maxAge 100 ms and relies on the second request arriving within it; under a loaded CI run it
        // did not once. A minute is as much "present and not expired" and independent of the machine.
        var app = App(new SessionOptions { Store = Store, MaxAge = 60_000 }, ctx => PostHi(ctx, false));
        var res = await app.Request().Post("/").Expect("Set-Cookie", new Regex(@"koa\.sess")).EndAsync();
        await app.Request().Get("/").Set("cookie", CookieOf(res)).ExpectAsync("hi");
    }

    [Fact(DisplayName = "Koa Session External Store when maxAge present and expired should expire the sess")]
    public async Task Max_age_expired()
    {
        SessionEvent? expired = null;
        var app = App(new SessionOptions { Store = Store, MaxAge = 100, OnExpired = e => expired = e }, ctx => PostHi(ctx, true));
        var res = await app.Request().Post("/").Expect("Set-Cookie", new Regex(@"koa\.sess")).EndAsync();
        await Task.Delay(200);
        await app.Request().Get("/").Set("cookie", CookieOf(res)).ExpectAsync("");
        Assert.NotNull(expired);
        Assert.Matches(@"^\w+-", expired.Key);
        Assert.NotNull(expired.Value);
        Assert.NotNull(expired.Ctx);
    }

    [Fact(DisplayName = "Koa Session External Store ctx.session.maxAge should return opt.maxAge")]
    public Task Max_age_getter() =>
        App(new SessionOptions { Store = Store, MaxAge = 100 }, ctx => { ctx.Body = ctx.Session!.MaxAge.ToString(); return Done(); }).Request().Get("/").ExpectAsync("100");

    [Fact(DisplayName = "Koa Session External Store ctx.session.maxAge= should set sessionOptions.maxAge")]
    public Task Max_age_setter() =>
        App(null, ctx => { ctx.Session!["foo"] = "bar"; ctx.Session!.MaxAge = 100; ctx.Body = (string?)ctx.Session!["foo"]; return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex("expires=")).ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store ctx.session.maxAge= should save even session not change")]
    public Task Max_age_setter_unchanged() =>
        App(null, ctx => { ctx.Session!.MaxAge = 100; ctx.Body = ctx.Session!.ToString(); return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex("expires=")).ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store ctx.session.maxAge= should save when create session only with maxAge")]
    public Task Max_age_only() =>
        App(null, ctx => { ctx.SetSession(new() { ["maxAge"] = 100 }); ctx.Body = ctx.Session!.ToString(); return Done(); })
            .Request().Get("/").Expect("Set-Cookie", new Regex("expires=")).ExpectAsync(200);

    [Fact(DisplayName = "Koa Session External Store ctx.session.regenerate should change the session key, but not content")]
    public async Task Regenerate()
    {
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(Session.Create(app, new SessionOptions { Store = Store }));
        app.Use(async (ctx, next) => { ctx.SetSession(new() { ["message"] = "hi" }); await next(); });
        app.Use(async (ctx, next) =>
        {
            if (!string.IsNullOrEmpty(ctx.Cookies.Get("koa.sess"))) await ctx.Session!.RegenerateAsync();
            await next();
        });
        app.Use(ctx => { Assert.Equal("hi", (string?)ctx.Session!["message"]); ctx.Body = ""; return Done(); });

        var res = await app.Request().Get("/").ExpectAsync(200);
        var koaSession = AllCookies(res);
        Assert.Matches(@"koa\.sess=", koaSession);
        res = await app.Request().Get("/").Set("Cookie", CookieOf(res)).ExpectAsync(200);
        var cookies = AllCookies(res);
        Assert.Matches(@"koa\.sess=", cookies);
        Assert.NotEqual(koaSession, cookies);
    }

    [Fact(DisplayName = "Koa Session External Store when store return empty should create new Session")]
    public async Task Store_returns_empty()
    {
        SessionEvent? missed = null;
        var app = App(new SessionOptions { Store = Store, Signed = false, OnMissed = e => missed = e }, ctx => { ctx.Body = ctx.Session!.IsNew ? "true" : "false"; return Done(); });
        await app.Request().Get("/").Set("cookie", "koa.sess=invalid-key").Expect("true").ExpectAsync(200);
        Assert.Equal("invalid-key", missed?.Key);
        Assert.NotNull(missed?.Ctx);
    }

    [Fact(DisplayName = "Koa Session External Store when valid and beforeSave set should ignore session when uid changed")]
    public async Task Valid_and_before_save()
    {
        SessionEvent? invalid = null;
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(Session.Create(app, new SessionOptions
        {
            Valid = (ctx, sess) => ctx.Cookies.Get("uid") == (string?)sess["uid"],
            BeforeSave = (ctx, sess) => sess["uid"] = ctx.Cookies.Get("uid"),
            Store = Store,
            OnInvalid = e => invalid = e,
        }));
        app.Use(ctx =>
        {
            if (ctx.Session!["foo"] is null)
                ctx.Session!["foo"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + "|uid:" + ctx.Cookies.Get("uid") + "|" + Guid.NewGuid();
            ctx.Body = new JsonObject { ["foo"] = ctx.Session!["foo"]!.DeepClone(), ["uid"] = ctx.Cookies.Get("uid") };
            return Done();
        });

        var res = await app.Request().Get("/").Set("Cookie", "uid=123").ExpectAsync(200);
        var data = JsonNode.Parse(res.Text)!;
        var cookies = CookieOf(res);
        Assert.Contains("koa.sess=", cookies, StringComparison.Ordinal);

        res = await app.Request().Get("/").Set("Cookie", cookies + ";uid=123").ExpectAsync(200);
        Assert.True(JsonNode.DeepEquals(data, JsonNode.Parse(res.Text)));

        res = await app.Request().Get("/").Set("Cookie", cookies + ";uid=456").ExpectAsync(200);
        var body = JsonNode.Parse(res.Text)!;
        Assert.Equal("456", (string?)body["uid"]);
        Assert.NotEqual((string?)data["foo"], (string?)body["foo"]);
        Assert.NotNull(invalid?.Key);
        Assert.NotNull(invalid?.Value);
        Assert.NotNull(invalid?.Ctx);
    }

    [Fact(DisplayName = "Koa Session External Store ctx.session can be mocked")]
    public Task Can_be_mocked()
    {
        // upstream replaces the ctx.session getter with mm(app.context, 'session', { foo: 'bar' }); a C# extension
        // property cannot be patched, so a test puts the session it wants in place ahead of the code under test.
        var app = App(null);
        app.Use(async (ctx, next) => { ctx.SetSession(new() { ["foo"] = "bar" }); await next(); });
        app.Use(ctx => { ctx.Body = ctx.Session!.ToJson(); return Done(); });
        return app.Request().Get("/").Expect(new { foo = "bar" }).ExpectAsync(200);
    }

    private static Application SetApp(SessionOptions options) => App(options, ctx =>
    {
        if (ctx.Path == "/set") ctx.SetSession(new() { ["foo"] = "bar" });
        ctx.Body = ctx.Session!.ToJson();
        return Done();
    });

    [Fact(DisplayName = "Koa Session External Store when rolling set to true should not send set-cookie when session not exists")]
    public async Task Rolling_no_session()
    {
        var res = await SetApp(new SessionOptions { Store = Store, Rolling = true }).Request().Get("/").ExpectAsync(new { });
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store when rolling set to true should send set-cookie when session exists and not change")]
    public async Task Rolling_existing()
    {
        var app = SetApp(new SessionOptions { Store = Store, Rolling = true });
        var res = await app.Request().Get("/set").ExpectAsync(new { foo = "bar" });
        Assert.Equal(2, res.Headers["Set-Cookie"].Count);
        res = await app.Request().Get("/").Set("cookie", CookieOf(res)).ExpectAsync(new { foo = "bar" });
        Assert.Equal(2, res.Headers["Set-Cookie"].Count);
    }

    [Fact(DisplayName = "Koa Session External Store when prefix present should still work")]
    public async Task Prefix()
    {
        var app = App(new SessionOptions { Store = Store, Prefix = "sess:" }, ctx => Semicolon(ctx, ""));
        var res = await app.Request().Post("/").ExpectAsync(204);
        Assert.Contains("koa.sess=sess:", AllCookies(res), StringComparison.Ordinal);
        await app.Request().Get("/").Set("Cookie", CookieOf(res)).ExpectAsync(";");
    }

    [Fact(DisplayName = "Koa Session External Store when renew set to true should not send set-cookie when session not exists")]
    public async Task Renew_no_session()
    {
        var res = await SetApp(new SessionOptions { Store = Store, Renew = true, MaxAge = 2000 }).Request().Get("/").ExpectAsync(new { });
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store when renew set to true should send set-cookie when session near expire and not change")]
    public async Task Renew_near_expiry()
    {
        // upstream sleeps 1,200 ms; the clock moves instead (the same instant on any machine)
        var clock = new ManualClock();
        var app = SetApp(new SessionOptions { Store = Store, Renew = true, MaxAge = 2000, TimeProvider = clock });
        var res = await app.Request().Get("/set").ExpectAsync(new { foo = "bar" });
        Assert.Equal(2, res.Headers["Set-Cookie"].Count);
        clock.Advance(TimeSpan.FromMilliseconds(1200));
        res = await app.Request().Get("/").Set("cookie", CookieOf(res)).ExpectAsync(new { foo = "bar" });
        Assert.Equal(2, res.Headers["Set-Cookie"].Count);
    }

    [Fact(DisplayName = "Koa Session External Store when renew set to true should not send set-cookie when session not near expire and not change")]
    public async Task Renew_not_near_expiry()
    {
        // upstream sleeps 500 ms; the clock moves instead (a loaded CI run once took over 1 s between the requests)
        var clock = new ManualClock();
        var app = SetApp(new SessionOptions { Store = Store, Renew = true, MaxAge = 2000, TimeProvider = clock });
        var res = await app.Request().Get("/set").ExpectAsync(new { foo = "bar" });
        Assert.Equal(2, res.Headers["Set-Cookie"].Count);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        res = await app.Request().Get("/").Set("cookie", CookieOf(res)).ExpectAsync(new { foo = "bar" });
        Assert.False(res.HasHeader("Set-Cookie"));
    }

    [Fact(DisplayName = "Koa Session External Store when get session before middleware should return empty session")]
    public async Task Before_middleware()
    {
        var app = new Application(new ApplicationOptions { Keys = ["a", "b"], Silent = true });
        app.Use(async (ctx, next) => { Assert.NotNull(ctx.Session); ctx.Session!["foo"] = "123"; await next(); });
        app.Use(Session.Create(app, new SessionOptions { Store = Store }));
        app.Use(ctx =>
        {
            if (ctx.Path == "/set") ctx.SetSession(new() { ["foo"] = "bar" });
            ctx.Body = ctx.Session!.ToJson();
            return Done();
        });
        await app.Request().Get("/").ExpectAsync(new { });
        var res = await app.Request().Get("/set").ExpectAsync(new { foo = "bar" });
        await Task.Delay(1200);
        await app.Request().Get("/").Set("cookie", CookieOf(res)).ExpectAsync(new { foo = "bar" });
    }
}
