using System.Net;
using Koa.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Koa.Tests;

// Ported from pillarjs/cookies 0.9.1 test/restify.js: describe('Restify'). A restify route handler creating
// `new Cookies(req, res)` becomes an ASP.NET Core endpoint creating `new Cookies(httpContext)`;
// `res.send(200)` is an empty 200 and `res.send({ … })` a JSON body.
public sealed class RestifyTests
{
    private const string Prefix = "Restify › ";

    private static readonly Keygrip Keys = new(["a", "b"]);

    private static async Task<Reply> Request(Func<HttpContext, IResult> handler, params (string, string)[] headers)
    {
        await using var server = await CookieServer.StartPipelineAsync(app => app.MapGet("/", handler));
        return await server.GetAsync(headers);
    }

    [Fact(DisplayName = Prefix + "should set a cookie on the response")]
    public async Task Should_set_a_cookie_on_the_response()
    {
        var reply = await Request(context =>
        {
            var cookies = new Cookies(context);
            cookies.Set("foo", "bar");
            return Results.StatusCode(200);
        });

        Expected.ShouldSetCookies(reply, Expected.Cookie("foo", "bar", "path=/", "httponly"));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact(DisplayName = Prefix + "should get a cookie from the request")]
    public async Task Should_get_a_cookie_from_the_request()
    {
        var reply = await Request(context =>
        {
            var cookies = new Cookies(context);
            return Results.Json(new Dictionary<string, string> { ["foo"] = cookies.Get("foo") ?? "undefined" });
        }, ("cookie", "foo=bar"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(new Dictionary<string, string> { ["foo"] = "bar" }, reply.JsonObject());
    }

    public sealed class WithMultipleCookies
    {
        private const string P = Prefix + "with multiple cookies › ";

        [Fact(DisplayName = P + "should set all cookies on the response")]
        public async Task Should_set_all_cookies_on_the_response()
        {
            var reply = await Request(context =>
            {
                var cookies = new Cookies(context);
                cookies.Set("foo", "bar");
                cookies.Set("fizz", "buzz");
                return Results.StatusCode(200);
            });

            Expected.ShouldSetCookies(reply,
                Expected.Cookie("foo", "bar", "path=/", "httponly"),
                Expected.Cookie("fizz", "buzz", "path=/", "httponly"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }

        [Fact(DisplayName = P + "should get each cookie from the request")]
        public async Task Should_get_each_cookie_from_the_request()
        {
            var reply = await Request(context =>
            {
                var cookies = new Cookies(context);
                return Results.Json(new Dictionary<string, string>
                {
                    ["fizz"] = cookies.Get("fizz") ?? "undefined",
                    ["foo"] = cookies.Get("foo") ?? "undefined",
                });
            }, ("cookie", "foo=bar; fizz=buzz"));

            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal(new Dictionary<string, string> { ["foo"] = "bar", ["fizz"] = "buzz" }, reply.JsonObject());
        }
    }

    public sealed class WhenOverwriteFalse
    {
        [Fact(DisplayName = Prefix + "when \"overwrite: false\" › should set second cookie with same name")]
        public async Task Should_set_second_cookie_with_same_name()
        {
            var reply = await Request(context =>
            {
                var cookies = new Cookies(context);
                cookies.Set("foo", "bar");
                cookies.Set("foo", "fizz", new() { Overwrite = false });
                return Results.StatusCode(200);
            });

            Expected.ShouldSetCookies(reply,
                Expected.Cookie("foo", "bar", "path=/", "httponly"),
                Expected.Cookie("foo", "fizz", "path=/", "httponly"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }
    }

    public sealed class WhenOverwriteTrue
    {
        private const string P = Prefix + "when \"overwrite: true\" › ";

        [Fact(DisplayName = P + "should replace previously set value")]
        public async Task Should_replace_previously_set_value()
        {
            var reply = await Request(context =>
            {
                var cookies = new Cookies(context);
                cookies.Set("foo", "bar");
                cookies.Set("foo", "fizz", new() { Overwrite = true });
                return Results.StatusCode(200);
            });

            Expected.ShouldSetCookies(reply, Expected.Cookie("foo", "fizz", "path=/", "httponly"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }

        // Upstream passes the Keygrip as the deprecated third argument; here it is CookiesOptions.Keys.
        [Fact(DisplayName = P + "should set signature correctly")]
        public async Task Should_set_signature_correctly()
        {
            var reply = await Request(context =>
            {
                var cookies = new Cookies(context, new CookiesOptions { Keys = Keys });
                cookies.Set("foo", "bar");
                cookies.Set("foo", "fizz", new() { Overwrite = true });
                return Results.StatusCode(200);
            });

            Expected.ShouldSetCookies(reply,
                Expected.Cookie("foo", "fizz", "path=/", "httponly"),
                Expected.Cookie("foo.sig", "hVIYdxZSelh3gIK5wQxzrqoIndU", "path=/", "httponly"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }
    }
}
