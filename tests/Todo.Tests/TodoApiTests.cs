using System.Text.RegularExpressions;
using Koa.Examples.Todo;

namespace Koa.Tests;

// examples/Todo in memory: the API, the session, the headers — what the browser tests then see for real.
public sealed class TodoApiTests
{
    private static Application App(StringWriter? log = null, string? origin = null) =>
        Program.Build(new TodoOptions { Keys = ["test key"], Log = log ?? new StringWriter(), AllowedOrigin = origin });

    private static string CookieOf(TestResponse res) => string.Join("; ", res.Headers["Set-Cookie"].Select(c => c!.Split(';')[0]));

    [Fact]
    public async Task The_page_is_served_with_helmets_headers_and_a_strict_csp()
    {
        var res = await App().Request().Get("/").Expect("Content-Type", new Regex("text/html")).ExpectAsync(200);
        Assert.Contains("<title>KoaNet todo</title>", res.Text, StringComparison.Ordinal);
        var csp = res.Header("Content-Security-Policy")!;
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("upgrade-insecure-requests", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", res.Header("X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", res.Header("X-Frame-Options"));
        await App().Request().Get("/app.js").Expect("Content-Type", new Regex("javascript")).ExpectAsync(200);
    }

    [Fact]
    public async Task Signing_in_keeps_the_user_in_the_session_until_sign_out()
    {
        var app = App();
        var login = await app.Request().Post("/api/login").Send(new { name = "ada" }).ExpectAsync(200, new { user = "ada" });
        var cookie = CookieOf(login);
        Assert.Contains("koa.sess=", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", login.Header("Set-Cookie")!, StringComparison.Ordinal);
        await app.Request().Get("/api/me").Set("Cookie", cookie).ExpectAsync(200, new { user = "ada" });
        var logout = await app.Request().Post("/api/logout").Set("Cookie", cookie).ExpectAsync(200);
        await app.Request().Get("/api/me").Set("Cookie", CookieOf(logout)).ExpectAsync(200, new { user = (string?)null });
    }

    [Fact]
    public async Task A_form_post_redirects_to_the_page_and_a_json_post_answers_201()
    {
        var app = App();
        await app.Request().Post("/api/todos").Type("application/x-www-form-urlencoded").Send("title=buy+milk").Expect("Location", "/").ExpectAsync(302);
        await app.Request().Post("/api/todos").Send(new { title = "write tests" }).ExpectAsync(201, new { id = 2, title = "write tests", author = (string?)null });
        await app.Request().Get("/api/todos").ExpectAsync(200, new object[]
        {
            new { id = 1, title = "buy milk", author = (string?)null },
            new { id = 2, title = "write tests", author = (string?)null },
        });
        await app.Request().Post("/api/todos").Send(new { title = "" }).ExpectAsync(400);
        await app.Request().Post("/api/todos").Send(new { title = new string('x', 201) }).ExpectAsync(400);
    }

    [Fact]
    public async Task Cors_allows_the_configured_origin_only()
    {
        var app = App(origin: "http://localhost:5173");
        await app.Request().Get("/api/todos").Set("Origin", "http://localhost:5173")
            .Expect("Access-Control-Allow-Origin", "http://localhost:5173").ExpectAsync(200);
        var other = await app.Request().Get("/api/todos").Set("Origin", "http://evil.example").ExpectAsync(200);
        Assert.Equal("http://localhost:5173", other.Header("Access-Control-Allow-Origin")); // the browser refuses the mismatch
        await app.Request().Options("/api/todos").Set("Origin", "http://localhost:5173").Set("Access-Control-Request-Method", "POST")
            .Expect("Access-Control-Allow-Methods", "GET,HEAD,PUT,POST,DELETE,PATCH").ExpectAsync(204);
        var none = await App().Request().Get("/api/todos").Set("Origin", "http://localhost:5173").ExpectAsync(200);
        Assert.Null(none.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Every_request_is_logged()
    {
        var log = new StringWriter();
        await App(log).Request().Get("/api/todos").ExpectAsync(200);
        string Text() { lock (log) return log.ToString(); }
        for (var i = 0; i < 500 && !Text().Contains("-->", StringComparison.Ordinal); i++) await Task.Delay(10); // written once the response is done
        var text = Text();
        Assert.Contains("<-- GET /api/todos", text, StringComparison.Ordinal);
        Assert.Matches(@"--> GET /api/todos 200 \d+ms", text);
    }
}
