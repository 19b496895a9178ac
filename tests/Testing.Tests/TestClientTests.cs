using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Koa.Testing.Tests;

// The supertest-style client over both transports.
public sealed class TestClientTests
{
    private static Application Echo()
    {
        var app = new Application();
        app.Use(async ctx =>
        {
            using var reader = new StreamReader(ctx.Req.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            ctx.Set("X-Method", ctx.Method);
            ctx.Set("X-Multi", new Microsoft.Extensions.Primitives.StringValues(["a", "b"]));
            ctx.Body = new
            {
                method = ctx.Method,
                url = ctx.Url,
                host = ctx.Host,
                type = ctx.Get("Content-Type"),
                length = ctx.Request.Length,
                accept = ctx.Get("Accept"),
                custom = ctx.Get("X-Custom"),
                body,
            };
        });
        return app;
    }

    public static TheoryData<TestTransport> Transports => new() { TestTransport.InMemory, TestTransport.Kestrel };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Every_verb_reaches_the_app(TestTransport transport)
    {
        var client = Echo().Request(transport);
        Assert.Equal(transport, client.Transport);
        foreach (var request in new[] { client.Get("/"), client.Post("/"), client.Put("/"), client.Delete("/"), client.Options("/"), client.Patch("/"), client.Method("PURGE", "/") })
        {
            var res = await request.EndAsync();
            Assert.Equal(200, res.Status);
            Assert.Equal(res.Header("X-Method"), res.Json.GetProperty("method").GetString());
        }
        var head = await client.Head("/").ExpectAsync(200);
        Assert.Empty(head.Body);
        Assert.Equal("HEAD", head.Header("X-Method"));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Bodiless_statuses_are_framed_as_on_the_wire(TestTransport transport)
    {
        foreach (var status in new[] { 204, 205, 304 })
        {
            var app = new Application();
            app.Use(ctx => { ctx.Status = status; return Task.CompletedTask; });
            var res = await app.Request(transport).Get("/").ExpectAsync(status);
            Assert.Null(res.Header("Transfer-Encoding"));
            Assert.Empty(res.Body);
        }
        var ok = new Application();
        ok.Use(ctx => { ctx.Body = new MemoryStream("streamed"u8.ToArray()); return Task.CompletedTask; });
        Assert.Equal("chunked", (await ok.Request(transport).Get("/").ExpectAsync(200)).Header("Transfer-Encoding"));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Sends_the_target_headers_and_bodies(TestTransport transport)
    {
        var app = Echo();
        var res = await app.Request(transport).Post("/a/../b?x=1%202").Set("Host", "example.com").Set("X-Custom", "yes").Accept("json").Send("a=1").ExpectAsync(200);
        var json = res.Json;
        Assert.Equal("/a/../b?x=1%202", json.GetProperty("url").GetString());
        Assert.Equal("example.com", json.GetProperty("host").GetString());
        Assert.Equal("application/x-www-form-urlencoded", json.GetProperty("type").GetString());
        Assert.Equal(3, json.GetProperty("length").GetInt32());
        Assert.Equal("application/json", json.GetProperty("accept").GetString());
        Assert.Equal("yes", json.GetProperty("custom").GetString());
        Assert.Equal("a=1", json.GetProperty("body").GetString());

        json = (await app.Request(transport).Post("/").Send(new { a = 1 }).ExpectAsync(200)).Json;
        Assert.Equal("application/json", json.GetProperty("type").GetString());
        Assert.Equal("{\"a\":1}", json.GetProperty("body").GetString());

        json = (await app.Request(transport).Put("/").Type("png").Send([1, 2, 3]).ExpectAsync(200)).Json;
        Assert.Equal("image/png", json.GetProperty("type").GetString());
        Assert.Equal(3, json.GetProperty("length").GetInt32());

        json = (await app.Request(transport).Post("/").Type("text/csv").Send("x,y").ExpectAsync(200)).Json;
        Assert.Equal("text/csv", json.GetProperty("type").GetString());

        json = (await app.Request(transport).Get("/").Set("Content-Type", "application/xml").Set("Content-Length", "0").ExpectAsync(200)).Json;
        Assert.Equal("application/xml", json.GetProperty("type").GetString());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Expectations_pass_and_the_response_is_returned(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = new { hello = "world" };
            ctx.Message = "Fine";
            ctx.Set("X-Multi", new Microsoft.Extensions.Primitives.StringValues(["a", "b"]));
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/")
            .Expect(200)
            .Expect(200, "{\"hello\":\"world\"}")
            .Expect(200, new Regex("world"))
            .Expect(200, new { hello = "world" })
            .Expect("{\"hello\":\"world\"}")
            .Expect(new Regex("^\\{"))
            .Expect(Encoding.UTF8.GetBytes("{\"hello\":\"world\"}"))
            .Expect(new { hello = "world" })
            .Expect("Content-Type", "application/json; charset=utf-8")
            .Expect("content-length", new Regex("^17$"))
            .Expect("X-Multi", "a, b")
            .Expect(r => Assert.Equal("Fine", r.StatusMessage));
        Assert.Equal(200, res.Status);
        Assert.True(res.HasHeader("content-type"));
        Assert.Equal(["a", "b"], res.Headers["x-multi"]);
        await app.Request(transport).Get("/").ExpectAsync(200, new Regex("hello"));
        await app.Request(transport).Get("/").ExpectAsync(200, new { hello = "world" });
        await app.Request(transport).Get("/").ExpectAsync(new Regex("world"));
        await app.Request(transport).Get("/").ExpectAsync(Encoding.UTF8.GetBytes("{\"hello\":\"world\"}"));
        await app.Request(transport).Get("/").ExpectAsync(new { hello = "world" });
        await app.Request(transport).Get("/").ExpectAsync("Content-Type", new Regex("json"));
        await app.Request(transport).Get("/").ExpectAsync(r => Assert.Equal(17, r.Body.Length));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Failed_expectations_say_what_differed(TestTransport transport)
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = "text";
            return Task.CompletedTask;
        });
        async Task<string> Failure(TestRequest request) => (await Assert.ThrowsAsync<TestExpectationException>(request.EndAsync)).Message;

        Assert.Equal("expected 404 \"Not Found\", got 200 \"OK\"", await Failure(app.Request(transport).Get("/").Expect(404)));
        Assert.Equal("expected 'other' response body, got 'text'", await Failure(app.Request(transport).Get("/").Expect("other")));
        Assert.Equal("expected body 'text' to match ^x", await Failure(app.Request(transport).Get("/").Expect(new Regex("^x"))));
        Assert.Equal("expected 00 response body, got 74657874", await Failure(app.Request(transport).Get("/").Expect(new byte[] { 0 })));
        Assert.Equal("expected {\"a\":1} response body, got {}", await Failure(app.Request(transport).Get("/").Expect(new { a = 1 })));
        Assert.Equal("expected \"X-Missing\" header field", await Failure(app.Request(transport).Get("/").Expect("X-Missing", "v")));
        Assert.Equal("expected \"X-Missing\" header field", await Failure(app.Request(transport).Get("/").Expect("X-Missing", new Regex("v"))));
        Assert.Equal("expected \"Content-Length\" of \"5\", got \"4\"", await Failure(app.Request(transport).Get("/").Expect("Content-Length", "5")));
        Assert.Equal("expected \"Content-Length\" matching ^5$, got \"4\"", await Failure(app.Request(transport).Get("/").Expect("Content-Length", new Regex("^5$"))));
        var error = await Assert.ThrowsAsync<TestExpectationException>(() => app.Request(transport).Get("/").ExpectAsync(500));
        Assert.Equal("text", error.Response.Text);
    }

    [Fact]
    public async Task In_memory_responses_report_chunked_framing_without_a_length()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Body = new MemoryStream([1, 2]);
            return Task.CompletedTask;
        });
        var res = await app.Request(TestTransport.InMemory).Get("/").ExpectAsync("Transfer-Encoding", "chunked");
        Assert.False(res.HasHeader("Content-Length"));
        Assert.False((await app.Request(TestTransport.InMemory).Head("/").EndAsync()).HasHeader("Transfer-Encoding"));
    }

    [Fact]
    public async Task A_slow_response_times_out()
    {
        var app = new Application();
        app.Use(async ctx => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted));
        foreach (var transport in new[] { TestTransport.InMemory, TestTransport.Kestrel })
        {
            var error = await Assert.ThrowsAsync<TimeoutException>(() => app.Request(transport).Get("/").Timeout(TimeSpan.FromMilliseconds(100)).EndAsync());
            Assert.Equal("GET / got no complete response within 00:00:00.1000000", error.Message);
        }
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var app = new Application();
        Assert.Throws<ArgumentNullException>(() => ((ApplicationBase)null!).Request());
        Assert.Throws<ArgumentException>(() => app.Request().Method("", "/"));
        Assert.Throws<ArgumentNullException>(() => app.Request().Get(null!));
        var request = app.Request().Get("/");
        Assert.Throws<ArgumentException>(() => request.Set("", "v"));
        Assert.Throws<ArgumentNullException>(() => request.Set("a", null!));
        Assert.Throws<ArgumentException>(() => request.Type(""));
        Assert.Throws<ArgumentException>(() => request.Accept(""));
        Assert.Throws<ArgumentNullException>(() => request.Send((string)null!));
        Assert.Throws<ArgumentNullException>(() => request.Send((byte[])null!));
        Assert.Throws<ArgumentNullException>(() => request.Send((object)null!));
        Assert.Throws<ArgumentNullException>(() => request.Expect((string)null!));
        Assert.Throws<ArgumentNullException>(() => request.Expect((Regex)null!));
        Assert.Throws<ArgumentNullException>(() => request.Expect((byte[])null!));
        Assert.Throws<ArgumentNullException>(() => request.Expect((object)null!));
        Assert.Throws<ArgumentNullException>(() => request.Expect((Action<TestResponse>)null!));
        Assert.Throws<ArgumentNullException>(() => request.Expect(null!, "v"));
        Assert.Throws<ArgumentNullException>(() => request.Expect("n", (string)null!));
        Assert.Throws<ArgumentNullException>(() => request.Expect(null!, new Regex("v")));
        Assert.Throws<ArgumentNullException>(() => request.Expect("n", (Regex)null!));
        Assert.Equal(TestTransport.InMemory, TestingExtensions.DefaultTransport == TestTransport.Kestrel ? TestTransport.InMemory : TestingExtensions.DefaultTransport);
    }

    [Fact]
    public async Task Json_of_a_body_that_is_not_json_throws()
    {
        var app = new Application();
        app.Use(ctx =>
        {
            ctx.Type = "json";
            ctx.Body = "not json";
            return Task.CompletedTask;
        });
        var res = await app.Request().Get("/").Expect(new { }).ExpectAsync(200);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => res.Json);
        Assert.Null(res.Header("X-Nothing"));
        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)res.Status);
    }
}
