using System.Net;
using Koa.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;

namespace Koa.Tests;

// Ported from pillarjs/cookies 0.9.1 test/express.js: describe('Express'). Express becomes an ASP.NET Core
// pipeline: `app.use(cookies(keys))` (Cookies.express) is a middleware storing `new Cookies(httpContext, { Keys })`
// in the request features, Express's final handler a middleware turning an exception into a 500 with its text,
// and `app.set('trust proxy', true)` the forwarded-headers middleware.
public sealed class ExpressTests
{
    private const string Prefix = "Express › ";

    private static readonly Keygrip Keys = new(["a", "b"]);

    private static async Task<Reply> Request(Keygrip? keys, Action<WebApplication> routes, bool trustProxy = false, params (string, string)[] headers)
    {
        await using var server = await CookieServer.StartPipelineAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                try
                {
                    await next(context);
                }
                catch (Exception e)
                {
                    context.Response.StatusCode = 500;
                    await context.Response.WriteAsync(e.ToString());
                }
            });
            if (trustProxy)
            {
                var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto };
                forwarded.KnownIPNetworks.Clear();
                forwarded.KnownProxies.Clear();
                app.UseForwardedHeaders(forwarded);
            }
            app.Use(async (context, next) =>
            {
                context.Features.Set(new Cookies(context, new CookiesOptions { Keys = keys }));
                await next(context);
            });
            routes(app);
        });
        return await server.GetAsync(headers);
    }

    private static Cookies CookiesOf(HttpContext context) => context.Features.Get<Cookies>()!;

    [Fact(DisplayName = Prefix + "should set a cookie on the response")]
    public async Task Should_set_a_cookie_on_the_response()
    {
        var reply = await Request(null, app => app.MapGet("/", (HttpContext context) =>
        {
            CookiesOf(context).Set("foo", "bar");
            return Results.Empty;
        }));

        Expected.ShouldSetCookies(reply, Expected.Cookie("foo", "bar", "path=/", "httponly"));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact(DisplayName = Prefix + "should get a cookie from the request")]
    public async Task Should_get_a_cookie_from_the_request()
    {
        var reply = await Request(null, app => app.MapGet("/", (HttpContext context) =>
            Results.Json(new Dictionary<string, string> { ["foo"] = CookiesOf(context).Get("foo") ?? "undefined" })),
            headers: ("cookie", "foo=bar"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(new Dictionary<string, string> { ["foo"] = "bar" }, reply.JsonObject());
    }

    public sealed class WithMultipleCookies
    {
        private const string P = Prefix + "with multiple cookies › ";

        [Fact(DisplayName = P + "should set all cookies on the response")]
        public async Task Should_set_all_cookies_on_the_response()
        {
            var reply = await Request(null, app => app.MapGet("/", (HttpContext context) =>
            {
                CookiesOf(context).Set("foo", "bar").Set("fizz", "buzz");
                return Results.Empty;
            }));

            Expected.ShouldSetCookies(reply,
                Expected.Cookie("foo", "bar", "path=/", "httponly"),
                Expected.Cookie("fizz", "buzz", "path=/", "httponly"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }

        [Fact(DisplayName = P + "should get each cookie from the request")]
        public async Task Should_get_each_cookie_from_the_request()
        {
            var reply = await Request(null, app => app.MapGet("/", (HttpContext context) => Results.Json(new Dictionary<string, string>
            {
                ["fizz"] = CookiesOf(context).Get("fizz") ?? "undefined",
                ["foo"] = CookiesOf(context).Get("foo") ?? "undefined",
            })), headers: ("cookie", "foo=bar; fizz=buzz"));

            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal(new Dictionary<string, string> { ["foo"] = "bar", ["fizz"] = "buzz" }, reply.JsonObject());
        }
    }

    public sealed class WhenOverwriteFalse
    {
        [Fact(DisplayName = Prefix + "when \"overwrite: false\" › should set second cookie with same name")]
        public async Task Should_set_second_cookie_with_same_name()
        {
            var reply = await Request(null, app => app.MapGet("/", (HttpContext context) =>
            {
                CookiesOf(context).Set("foo", "bar").Set("foo", "fizz", new() { Overwrite = false });
                return Results.Empty;
            }));

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
            var reply = await Request(null, app => app.MapGet("/", (HttpContext context) =>
            {
                CookiesOf(context).Set("foo", "bar").Set("foo", "fizz", new() { Overwrite = true });
                return Results.Empty;
            }));

            Expected.ShouldSetCookies(reply, Expected.Cookie("foo", "fizz", "path=/", "httponly"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }

        // The first Set passes no options, so it is not signed (upstream's quirk); the second is.
        [Fact(DisplayName = P + "should set signature correctly")]
        public async Task Should_set_signature_correctly()
        {
            var reply = await Request(Keys, app => app.MapGet("/", (HttpContext context) =>
            {
                CookiesOf(context).Set("foo", "bar").Set("foo", "fizz", new() { Overwrite = true });
                return Results.Empty;
            }));

            Expected.ShouldSetCookies(reply,
                Expected.Cookie("foo", "fizz", "path=/", "httponly"),
                Expected.Cookie("foo.sig", "hVIYdxZSelh3gIK5wQxzrqoIndU", "path=/", "httponly"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }
    }

    public sealed class WhenSecureTrue
    {
        private const string P = Prefix + "when \"secure: true\" › ";

        [Fact(DisplayName = P + "should not set when not secure")]
        public async Task Should_not_set_when_not_secure()
        {
            var reply = await Request(Keys, app => CookieServer.Terminal(app, context =>
            {
                CookiesOf(context).Set("foo", "bar", new() { Secure = true });
                return Task.CompletedTask;
            }));

            Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
            Assert.Contains("Cannot send secure cookie over unencrypted connection", reply.Body, StringComparison.Ordinal);
        }

        // res.connection.encrypted = true → a middleware marking the request as HTTPS after Cookies was created.
        [Fact(DisplayName = P + "should set for secure connection")]
        public async Task Should_set_for_secure_connection()
        {
            var reply = await Request(Keys, app =>
            {
                app.Use((context, next) =>
                {
                    context.Request.IsHttps = true;
                    return next(context);
                });
                CookieServer.Terminal(app, context =>
                {
                    CookiesOf(context).Set("foo", "bar", new() { Secure = true });
                    return Task.CompletedTask;
                });
            });

            Expected.ShouldSetCookies(reply,
                Expected.Cookie("foo", "bar", "path=/", "httponly", "secure"),
                Expected.Cookie("foo.sig", "p5QVCZeqNBulWOhYipO0jqjrzz4", "path=/", "httponly", "secure"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }

        [Fact(DisplayName = P + "should set for proxy settings")]
        public async Task Should_set_for_proxy_settings()
        {
            var reply = await Request(Keys, app => CookieServer.Terminal(app, context =>
            {
                CookiesOf(context).Set("foo", "bar", new() { Secure = true });
                return Task.CompletedTask;
            }), trustProxy: true, ("X-Forwarded-Proto", "https"));

            Expected.ShouldSetCookies(reply,
                Expected.Cookie("foo", "bar", "path=/", "httponly", "secure"),
                Expected.Cookie("foo.sig", "p5QVCZeqNBulWOhYipO0jqjrzz4", "path=/", "httponly", "secure"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }
    }
}
