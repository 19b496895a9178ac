using Koa.Tests.Shared;

namespace Koa.Tests;

public sealed class CorsBehaviourTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Cors).Assembly);

    [Fact]
    public void Defaults_are_upstreams()
    {
        var o = new CorsOptions();
        Assert.Null(o.Origin);
        Assert.Equal("GET,HEAD,PUT,POST,DELETE,PATCH", o.AllowMethods.ToString());
        Assert.True(o.KeepHeadersOnError);
        Assert.False(o.Credentials);
        Assert.False(o.SecureContext);
        Assert.False(o.PrivateNetworkAccess);
    }

    [Fact]
    public Task Default_never_reflects_the_request_origin_cve_2023_49803() =>
        CreateApp(null).Request().Get("/").Set("Origin", "https://evil.example")
            .Expect("Access-Control-Allow-Origin", "*")
            .Expect(res => Assert.False(res.HasHeader("Access-Control-Allow-Credentials")))
            .ExpectAsync(200);

    [Fact]
    public Task Credentials_reflect_the_origin_only_with_credentials() =>
        CreateApp(new CorsOptions { Credentials = true }).Request().Get("/").Set("Origin", "https://app.example")
            .Expect("Access-Control-Allow-Origin", "https://app.example").ExpectAsync(200);

    [Fact]
    public Task Preflight_does_not_run_downstream()
    {
        var ran = false;
        var app = new Application();
        app.Use(Cors.Create());
        app.Use(ctx => { ran = true; ctx.Body = "x"; return Task.CompletedTask; });
        return app.Request().Options("/").Set("Origin", "https://a.example").Set("Access-Control-Request-Method", "PUT")
            .Expect(_ => Assert.False(ran)).ExpectAsync(204);
    }

    [Fact]
    public Task HttpError_headers_are_kept_with_cors_headers()
    {
        var app = new Application { Silent = true };
        app.Use(Cors.Create(new CorsOptions { Origin = "https://a.example" }));
        app.Use(ctx =>
        {
            var error = HttpErrors.Create(401, "no");
            error.Headers["WWW-Authenticate"] = "Basic";
            throw error;
        });
        return app.Request().Get("/").Set("Origin", "https://a.example")
            .Expect("Access-Control-Allow-Origin", "https://a.example").Expect("WWW-Authenticate", "Basic").Expect("Vary", "Origin")
            .ExpectAsync(401);
    }

    [Fact]
    public Task Works_over_kestrel() =>
        CreateApp(new CorsOptions { Origin = "https://a.example", Credentials = true, MaxAge = 600 }).Request(TestTransport.Kestrel)
            .Options("/").Set("Origin", "https://a.example").Set("Access-Control-Request-Method", "POST").Set("Access-Control-Request-Headers", "content-type")
            .Expect("Access-Control-Allow-Origin", "https://a.example").Expect("Access-Control-Allow-Credentials", "true")
            .Expect("Access-Control-Max-Age", "600").Expect("Access-Control-Allow-Headers", "content-type").ExpectAsync(204);

    private static Application CreateApp(CorsOptions? options)
    {
        var app = new Application();
        app.Use(Cors.Create(options));
        app.Use(ctx => { ctx.Body = "ok"; return Task.CompletedTask; });
        return app;
    }
}
