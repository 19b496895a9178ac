using Koa.Tests.Shared;

namespace Koa.Tests;

public sealed class HelmetBehaviourTests
{
    [Fact]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Helmet).Assembly);

    [Fact]
    public async Task Nonce_per_request_through_a_directive_function()
    {
        var app = new Application();
        app.Use(async (ctx, next) => { ctx.State["nonce"] = "abc"; await next(); });
        app.Use(Helmet.Create(new HelmetOptions
        {
            ContentSecurityPolicy = new()
            {
                Directives = new Dictionary<string, object?>
                {
                    ["scriptSrc"] = new object[] { "'self'", (Func<Context, string>)(c => $"'nonce-{c.State["nonce"]}'") },
                },
            },
        }));
        app.Use(ctx => { ctx.Body = "ok"; return Task.CompletedTask; });
        var res = await app.Request(TestTransport.Kestrel).Get("/").ExpectAsync(200, "ok");
        Assert.Contains("script-src 'self' 'nonce-abc'", res.Header("content-security-policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_survive_on_404()
    {
        var app = new Application();
        app.Use(Helmet.Create());
        var res = await app.Request().Get("/missing").ExpectAsync(404);
        Assert.Equal("nosniff", res.Header("x-content-type-options"));
    }
}
