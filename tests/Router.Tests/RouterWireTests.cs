using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Our own tests: allowedMethods over real Kestrel (405/501/OPTIONS on the wire), the public API snapshot.</summary>
public sealed class RouterWireTests
{
    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Router).Assembly);

    [Fact(DisplayName = "wire › 405 with Allow, 501 for an unknown verb, OPTIONS 200 with Allow, over Kestrel")]
    public async Task Allowed_methods_on_the_wire()
    {
        var app = new Application();
        var router = new Router();
        router.Get("/users/:id", (ctx, _) => { ctx.Body = ctx.Params["id"]; return Task.CompletedTask; });
        router.Put("/users/:id", (ctx, _) => { ctx.Status = 204; return Task.CompletedTask; });
        app.Use(router.Routes()).Use(router.AllowedMethods());
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}") };

        var ok = await client.GetAsync("/users/a%2Fb");
        Assert.Equal(200, (int)ok.StatusCode);
        Assert.Equal("a/b", await ok.Content.ReadAsStringAsync());

        var post = await client.PostAsync("/users/1", new StringContent(""));
        Assert.Equal(405, (int)post.StatusCode);
        Assert.Equal("HEAD, GET, PUT", string.Join(", ", post.Content.Headers.Allow));

        var options = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/users/1"));
        Assert.Equal(200, (int)options.StatusCode);
        Assert.Equal("HEAD, GET, PUT", string.Join(", ", options.Content.Headers.Allow));
        Assert.Equal(0, options.Content.Headers.ContentLength);

        var search = await client.SendAsync(new HttpRequestMessage(new HttpMethod("SEARCH"), "/users/1"));
        Assert.Equal(501, (int)search.StatusCode);

        var missing = await client.GetAsync("/nothing");
        Assert.Equal(404, (int)missing.StatusCode);
    }
}
