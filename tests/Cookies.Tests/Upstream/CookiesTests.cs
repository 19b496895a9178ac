using System.Net;
using Koa.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Koa.Tests;

// Ported from pillarjs/cookies 0.9.1 test/test.js (unchanged in 0.9.2): describe('new Cookies(req, res, [options])').
// Each upstream http.createServer + supertest case runs on ASP.NET Core's TestServer through the HttpContext
// adapter; upstream's 500 body "TypeError: …" / "Error: …" is "ArgumentException: …" / "InvalidOperationException: …".
public sealed class NewCookiesTests
{
    private const string Prefix = "new Cookies(req, res, [options]) › ";
    private const string Epoch = "Thu, 01 Jan 1970 00:00:00 GMT";

    internal static Func<HttpContext, Cookies, string?> GetCookieHandler(string name, CookieGetOptions? options = null) =>
        (_, cookies) => cookies.Get(name, options) ?? "undefined";

    internal static Func<HttpContext, Cookies, string?> SetCookieHandler(string name, string? value, CookieSetOptions? options = null) =>
        (_, cookies) =>
        {
            cookies.Set(name, value, options);
            return null;
        };

    /// <summary>Upstream <c>assertServer(done, test)</c>: runs <paramref name="test"/> inside a request, expects 200 "OK".</summary>
    internal static async Task AssertServer(Action<HttpContext> test)
    {
        await using var server = await CookieServer.StartPipelineAsync(app => CookieServer.Terminal(app, async context =>
        {
            try
            {
                test(context);
                await context.Response.WriteAsync("OK");
            }
            catch (Exception e)
            {
                context.Response.StatusCode = 500;
                await context.Response.WriteAsync($"{e.GetType().Name}: {e.Message}");
            }
        }));
        var reply = await server.GetAsync();
        Assert.Equal("OK", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact(DisplayName = Prefix + "should create new cookies instance")]
    public Task Should_create_new_cookies_instance() => AssertServer(context =>
    {
        context.Request.Headers.Cookie = "foo=bar";
        var cookies = new Cookies(context);
        Assert.NotNull(cookies);
        Assert.Equal("bar", cookies.Get("foo"));           // reads this request
        cookies.Set("fizz", "buzz");
        Assert.Equal("fizz=buzz; path=/; httponly", context.Response.Headers.SetCookie.ToString()); // writes this response
        Assert.Null(cookies.Keys);
    });

    public sealed class Options
    {
        private const string P = Prefix + "options › ";

        // The deprecated keys-array third argument: in C# the keys always travel as a Keygrip in CookiesOptions.Keys.
        [Fact(DisplayName = P + "should accept array of keys")]
        public Task Should_accept_array_of_keys() => AssertServer(context =>
        {
            var cookies = new Cookies(context, new CookiesOptions { Keys = new Keygrip(new List<string> { "keyboard cat" }) });
            Assert.NotNull(cookies.Keys);
            Assert.Equal("iW2fuCIzk9Cg_rqLT1CAqrtdWs8", cookies.Keys!.Sign("foo=bar"));
        });

        [Fact(DisplayName = P + "should accept Keygrip instance")]
        public Task Should_accept_Keygrip_instance() => AssertServer(context =>
        {
            var keys = new Keygrip(["keyboard cat"]);
            var cookies = new Cookies(context, new CookiesOptions { Keys = keys });
            Assert.Same(keys, cookies.Keys);
            Assert.Equal("iW2fuCIzk9Cg_rqLT1CAqrtdWs8", cookies.Keys!.Sign("foo=bar"));
        });

        public sealed class KeysOption
        {
            private const string P = Prefix + "options › .keys › ";

            [Fact(DisplayName = P + "should accept array of keys")]
            public Task Should_accept_array_of_keys() => AssertServer(context =>
            {
                string[] keys = ["keyboard cat"];
                var cookies = new Cookies(context, new CookiesOptions { Keys = new Keygrip(keys) });
                Assert.NotNull(cookies.Keys);
                Assert.Equal("iW2fuCIzk9Cg_rqLT1CAqrtdWs8", cookies.Keys!.Sign("foo=bar"));
            });

            [Fact(DisplayName = P + "should accept Keygrip instance")]
            public Task Should_accept_Keygrip_instance() => AssertServer(context =>
            {
                var keys = new Keygrip(["keyboard cat"]);
                var cookies = new Cookies(context.Request.Headers, context.Response.Headers, new CookiesOptions { Keys = keys });
                Assert.Same(keys, cookies.Keys);
                Assert.Equal("iW2fuCIzk9Cg_rqLT1CAqrtdWs8", cookies.Keys!.Sign("foo=bar"));
            });
        }

        public sealed class SecureOption
        {
            private const string P = Prefix + "options › .secure › ";

            [Fact(DisplayName = P + "should default to undefined")]
            public Task Should_default_to_undefined() => AssertServer(context =>
            {
                var cookies = new Cookies(context);
                Assert.Null(cookies.Secure);
            });

            [Fact(DisplayName = P + "should set secure flag")]
            public Task Should_set_secure_flag() => AssertServer(context =>
            {
                var cookies = new Cookies(context, new CookiesOptions { Secure = true });
                Assert.True(cookies.Secure);
            });
        }
    }

    public sealed class GetMethod
    {
        private const string P = Prefix + ".get(name, [options]) › ";

        [Fact(DisplayName = P + "should return value of cookie")]
        public async Task Should_return_value_of_cookie()
        {
            await using var server = await CookieServer.StartAsync(GetCookieHandler("foo"));
            var reply = await server.GetAsync(("Cookie", "foo=bar"));
            Assert.Equal((HttpStatusCode.OK, "bar"), (reply.Status, reply.Body));
        }

        [Fact(DisplayName = P + "should return unquoted value")]
        public async Task Should_return_unquoted_value()
        {
            await using var server = await CookieServer.StartAsync(GetCookieHandler("foo"));
            var reply = await server.GetAsync(("Cookie", "foo=\"bar\""));
            Assert.Equal((HttpStatusCode.OK, "bar"), (reply.Status, reply.Body));
        }

        [Fact(DisplayName = P + "should work for cookie name with special characters")]
        public async Task Should_work_for_cookie_name_with_special_characters()
        {
            await using var server = await CookieServer.StartAsync(GetCookieHandler("foo*(#bar)?.|$"));
            var reply = await server.GetAsync(("Cookie", "foo*(#bar)?.|$=buzz"));
            Assert.Equal((HttpStatusCode.OK, "buzz"), (reply.Status, reply.Body));
        }

        [Fact(DisplayName = P + "should return undefined without cookie")]
        public async Task Should_return_undefined_without_cookie()
        {
            await using var server = await CookieServer.StartAsync(GetCookieHandler("fizz"));
            var reply = await server.GetAsync(("Cookie", "foo=bar"));
            Assert.Equal((HttpStatusCode.OK, "undefined"), (reply.Status, reply.Body));
        }

        [Fact(DisplayName = P + "should return undefined without header")]
        public async Task Should_return_undefined_without_header()
        {
            await using var server = await CookieServer.StartAsync(GetCookieHandler("foo"));
            var reply = await server.GetAsync();
            Assert.Equal((HttpStatusCode.OK, "undefined"), (reply.Status, reply.Body));
        }

        public sealed class SignedOptionWhenTrue
        {
            private const string P = Prefix + ".get(name, [options]) › \"signed\" option › when true › ";

            [Fact(DisplayName = P + "should throw without .keys")]
            public async Task Should_throw_without_keys()
            {
                await using var server = await CookieServer.StartAsync(GetCookieHandler("foo", new() { Signed = true }));
                var reply = await server.GetAsync(("Cookie", "foo=bar; foo.sig=iW2fuCIzk9Cg_rqLT1CAqrtdWs8"));
                Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
                Assert.Equal("InvalidOperationException: .keys required for signed cookies", reply.Body);
            }

            [Fact(DisplayName = P + "should return signed cookie value")]
            public async Task Should_return_signed_cookie_value()
            {
                var opts = new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) };
                await using var server = await CookieServer.StartAsync(opts, GetCookieHandler("foo", new() { Signed = true }));
                var reply = await server.GetAsync(("Cookie", "foo=bar; foo.sig=iW2fuCIzk9Cg_rqLT1CAqrtdWs8"));
                Assert.Equal((HttpStatusCode.OK, "bar"), (reply.Status, reply.Body));
            }

            public sealed class WhenSignatureIsInvalid
            {
                private const string P = SignedOptionWhenTrue.P + "when signature is invalid › ";

                [Fact(DisplayName = P + "should return undefined")]
                public async Task Should_return_undefined()
                {
                    var opts = new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) };
                    await using var server = await CookieServer.StartAsync(opts, GetCookieHandler("foo", new() { Signed = true }));
                    var reply = await server.GetAsync(("Cookie", "foo=bar; foo.sig=v5f380JakwVgx2H9B9nA6kJaZNg"));
                    Assert.Equal((HttpStatusCode.OK, "undefined"), (reply.Status, reply.Body));
                }

                [Fact(DisplayName = P + "should delete signature cookie")]
                public async Task Should_delete_signature_cookie()
                {
                    var opts = new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) };
                    await using var server = await CookieServer.StartAsync(opts, GetCookieHandler("foo", new() { Signed = true }));
                    var reply = await server.GetAsync(("Cookie", "foo=bar; foo.sig=v5f380JakwVgx2H9B9nA6kJaZNg"));
                    Assert.Equal((HttpStatusCode.OK, "undefined"), (reply.Status, reply.Body));
                    Assert.Single(reply.Cookies);
                    Assert.Equal(Epoch, reply.Cookie("foo.sig")["expires"]);
                }
            }

            public sealed class WhenSignatureMatchesOldKey
            {
                private const string P = SignedOptionWhenTrue.P + "when signature matches old key › ";

                [Fact(DisplayName = P + "should return signed value")]
                public async Task Should_return_signed_value()
                {
                    var opts = new CookiesOptions { Keys = new Keygrip(["keyboard cat a", "keyboard cat b"]) };
                    await using var server = await CookieServer.StartAsync(opts, GetCookieHandler("foo", new() { Signed = true }));
                    var reply = await server.GetAsync(("Cookie", "foo=bar; foo.sig=NzdRHeORj7MtAMhSsILYRsyVNI8"));
                    Assert.Equal((HttpStatusCode.OK, "bar"), (reply.Status, reply.Body));
                }

                [Fact(DisplayName = P + "should set signature with new key")]
                public async Task Should_set_signature_with_new_key()
                {
                    var opts = new CookiesOptions { Keys = new Keygrip(["keyboard cat a", "keyboard cat b"]) };
                    await using var server = await CookieServer.StartAsync(opts, GetCookieHandler("foo", new() { Signed = true }));
                    var reply = await server.GetAsync(("Cookie", "foo=bar; foo.sig=NzdRHeORj7MtAMhSsILYRsyVNI8"));
                    Assert.Equal((HttpStatusCode.OK, "bar"), (reply.Status, reply.Body));
                    Assert.Single(reply.Cookies);
                    Assert.Equal("tecF04p5ua6TnfYxUTDskgWSKJE", reply.Cookie("foo.sig").Value);
                }
            }
        }
    }

    public sealed class SetMethod
    {
        private const string P = Prefix + ".set(name, value, [options]) › ";

        internal static async Task<Reply> Run(Func<HttpContext, Cookies, string?> handler, CookiesOptions? options = null, bool https = false)
        {
            await using var server = await CookieServer.StartAsync(options, handler, https);
            return await server.GetAsync();
        }

        [Fact(DisplayName = P + "should set cookie")]
        public async Task Should_set_cookie()
        {
            var reply = await Run(SetCookieHandler("foo", "bar"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal("bar", reply.Cookie("foo").Value);
        }

        [Fact(DisplayName = P + "should work for cookie name with special characters")]
        public async Task Should_work_for_cookie_name_with_special_characters()
        {
            var reply = await Run(SetCookieHandler("foo*(#bar)?.|$", "buzz"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal("buzz", reply.Cookie("foo*(#bar)?.|$").Value);
        }

        [Fact(DisplayName = P + "should work for cookie value with special characters")]
        public async Task Should_work_for_cookie_value_with_special_characters()
        {
            var reply = await Run(SetCookieHandler("foo", "*(#bar)?.|$"));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal("*(#bar)?.|$", reply.Cookie("foo").Value);
        }

        public sealed class WhenValueIsFalsy
        {
            [Fact(DisplayName = P + "when value is falsy › should delete cookie")]
            public async Task Should_delete_cookie()
            {
                var reply = await Run(SetCookieHandler("foo", null));
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.Single(reply.Cookies);
                Assert.Equal("", reply.Cookie("foo").Value);
                Assert.Equal(Epoch, reply.Cookie("foo")["expires"]);
            }
        }

        public sealed class HttpOnlyOption
        {
            private const string P = SetMethod.P + "\"httpOnly\" option › ";

            [Fact(DisplayName = P + "should be set by default")]
            public async Task Should_be_set_by_default()
            {
                var reply = await Run(SetCookieHandler("foo", "bar"));
                Assert.True(reply.Cookie("foo").Has("httpOnly"));
            }

            [Fact(DisplayName = P + "should set to true")]
            public async Task Should_set_to_true()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { HttpOnly = true }));
                Assert.True(reply.Cookie("foo").Has("httpOnly"));
            }

            [Fact(DisplayName = P + "should set to false")]
            public async Task Should_set_to_false()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { HttpOnly = false }));
                Assert.False(reply.Cookie("foo").Has("httpOnly"));
            }
        }

        public sealed class DomainOption
        {
            private const string P = SetMethod.P + "\"domain\" option › ";

            [Fact(DisplayName = P + "should not be set by default")]
            public async Task Should_not_be_set_by_default()
            {
                var reply = await Run(SetCookieHandler("foo", "bar"));
                Assert.False(reply.Cookie("foo").Has("domain"));
            }

            [Fact(DisplayName = P + "should set to custom value")]
            public async Task Should_set_to_custom_value()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Domain = "foo.local" }));
                Assert.Equal("foo.local", reply.Cookie("foo")["domain"]);
            }

            [Fact(DisplayName = P + "should reject invalid value")]
            public async Task Should_reject_invalid_value()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Domain = "foo\nbar" }));
                Assert.Equal((HttpStatusCode.InternalServerError, "ArgumentException: option domain is invalid"), (reply.Status, reply.Body));
            }
        }

        public sealed class MaxAgeOption
        {
            private const string P = SetMethod.P + "\"maxAge\" option › ";

            // Upstream compares with the response's Date header; here node's frozen Date.now is the injected clock.
            [Fact(DisplayName = P + "should set the \"expires\" attribute")]
            public async Task Should_set_the_expires_attribute()
            {
                var clock = new FixedClock();
                var maxAge = TimeSpan.FromMilliseconds(86400000);
                var reply = await Run(SetCookieHandler("foo", "bar", new() { MaxAge = maxAge }), new CookiesOptions { TimeProvider = clock });
                Assert.True(reply.Cookie("foo").Has("expires"));
                Assert.Equal((clock.Now + maxAge).ToString("r"), reply.Cookie("foo")["expires"]);
                Assert.Equal("Sat, 22 Nov 2025 04:40:00 GMT", reply.Cookie("foo")["expires"]);
            }

            [Fact(DisplayName = P + "should not set the \"maxAge\" attribute")]
            public async Task Should_not_set_the_maxAge_attribute()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { MaxAge = TimeSpan.FromDays(1) }));
                Assert.True(reply.Cookie("foo").Has("expires"));
                Assert.False(reply.Cookie("foo").Has("maxAge"));
            }

            [Fact(DisplayName = P + "should not affect cookie deletion")]
            public async Task Should_not_affect_cookie_deletion()
            {
                var reply = await Run(SetCookieHandler("foo", null, new() { MaxAge = TimeSpan.FromDays(1) }));
                Assert.Single(reply.Cookies);
                Assert.Equal("", reply.Cookie("foo").Value);
                Assert.Equal(Epoch, reply.Cookie("foo")["expires"]);
            }
        }

        public sealed class OverwriteOption
        {
            private const string P = SetMethod.P + "\"overwrite\" option › ";

            [Fact(DisplayName = P + "should be off by default")]
            public async Task Should_be_off_by_default()
            {
                var reply = await Run((_, cookies) =>
                {
                    cookies.Set("foo", "bar");
                    cookies.Set("foo", "baz");
                    return null;
                });
                Assert.Equal(2, reply.Cookies.Count);
                Assert.Equal("bar", reply.Cookie("foo").Value);
            }

            [Fact(DisplayName = P + "should overwrite same cookie by name when true")]
            public async Task Should_overwrite_same_cookie_by_name_when_true()
            {
                var reply = await Run((_, cookies) =>
                {
                    cookies.Set("foo", "bar");
                    cookies.Set("foo", "baz", new() { Overwrite = true });
                    return null;
                });
                Assert.Single(reply.Cookies);
                Assert.Equal("baz", reply.Cookie("foo").Value);
            }

            [Fact(DisplayName = P + "should overwrite based on name only")]
            public async Task Should_overwrite_based_on_name_only()
            {
                var reply = await Run((_, cookies) =>
                {
                    cookies.Set("foo", "bar", new() { Path = "/foo" });
                    cookies.Set("foo", "baz", new() { Path = "/bar", Overwrite = true });
                    return null;
                });
                Assert.Single(reply.Cookies);
                Assert.Equal("baz", reply.Cookie("foo").Value);
                Assert.Equal("/bar", reply.Cookie("foo")["path"]);
            }
        }

        public sealed class PartitionedOption
        {
            private const string P = SetMethod.P + "\"partitioned\" option › ";

            [Fact(DisplayName = P + "should not be set by default")]
            public async Task Should_not_be_set_by_default()
            {
                var reply = await Run(SetCookieHandler("foo", "bar"));
                Assert.False(reply.Cookie("foo").Has("partitioned"));
            }

            [Fact(DisplayName = P + "should set to true")]
            public async Task Should_set_to_true()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Partitioned = true }));
                Assert.True(reply.Cookie("foo").Has("partitioned"));
            }

            [Fact(DisplayName = P + "should set to false")]
            public async Task Should_set_to_false()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Partitioned = false }));
                Assert.False(reply.Cookie("foo").Has("partitioned"));
            }
        }

        public sealed class PathOption
        {
            private const string P = SetMethod.P + "\"path\" option › ";

            [Fact(DisplayName = P + "should default to \"/\"")]
            public async Task Should_default_to_root()
            {
                var reply = await Run(SetCookieHandler("foo", "bar"));
                Assert.Equal("/", reply.Cookie("foo")["path"]);
            }

            [Fact(DisplayName = P + "should set to custom value")]
            public async Task Should_set_to_custom_value()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Path = "/admin" }));
                Assert.Equal("/admin", reply.Cookie("foo")["path"]);
            }

            [Fact(DisplayName = P + "should set to \"\"")]
            public async Task Should_set_to_empty()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Path = "" }));
                Assert.False(reply.Cookie("foo").Has("path"));
            }

            [Fact(DisplayName = P + "should reject invalid value")]
            public async Task Should_reject_invalid_value()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Path = "foo\nbar" }));
                Assert.Equal((HttpStatusCode.InternalServerError, "ArgumentException: option path is invalid"), (reply.Status, reply.Body));
            }
        }

        public sealed class SecureOption
        {
            private const string P = SetMethod.P + "\"secure\" option › ";

            [Fact(DisplayName = P + "when true › should throw on unencrypted connection")]
            public async Task When_true_should_throw_on_unencrypted_connection()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Secure = true }));
                Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
                Assert.Equal("InvalidOperationException: Cannot send secure cookie over unencrypted connection", reply.Body);
            }

            [Fact(DisplayName = P + "when true › should set secure attribute on encrypted connection")]
            public async Task When_true_should_set_secure_attribute_on_encrypted_connection()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Secure = true }), https: true);
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.True(reply.Cookie("foo").Has("Secure"));
            }

            [Fact(DisplayName = P + "when true › with \"secure: true\" constructor option › should set secure attribute on unencrypted connection")]
            public async Task When_true_with_secure_constructor_option_should_set_secure_attribute()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Secure = true }), new CookiesOptions { Secure = true });
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.True(reply.Cookie("foo").Has("Secure"));
            }

            // req.protocol = 'https' → the request's scheme, which Request.IsHttps reads at each Set.
            [Fact(DisplayName = P + "when true › with req.protocol === \"https\" › should set secure attribute on unencrypted connection")]
            public async Task When_true_with_https_protocol_should_set_secure_attribute()
            {
                var reply = await Run((context, cookies) =>
                {
                    context.Request.Scheme = "https";
                    cookies.Set("foo", "bar", new() { Secure = true });
                    return null;
                });
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.True(reply.Cookie("foo").Has("Secure"));
            }

            [Fact(DisplayName = P + "when undefined › should set secure attribute on encrypted connection")]
            public async Task When_undefined_should_set_secure_attribute_on_encrypted_connection()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Secure = null }), https: true);
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.True(reply.Cookie("foo").Has("Secure"));
            }

            [Fact(DisplayName = P + "when undefined › with \"secure: undefined\" constructor option › should not set secure attribute on unencrypted connection")]
            public async Task When_undefined_with_undefined_constructor_option_should_not_set_secure_attribute()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Secure = null }), new CookiesOptions { Secure = null });
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.False(reply.Cookie("foo").Has("Secure"));
            }

            [Fact(DisplayName = P + "when undefined › with req.protocol === \"https\" › should set secure attribute on unencrypted connection")]
            public async Task When_undefined_with_https_protocol_should_set_secure_attribute()
            {
                var reply = await Run((context, cookies) =>
                {
                    context.Request.Scheme = "https";
                    cookies.Set("foo", "bar", new() { Secure = null });
                    return null;
                });
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.True(reply.Cookie("foo").Has("Secure"));
            }
        }

        // "secureProxy" (deprecated since cookies 0.7) is not ported: a proxy that terminates TLS is declared once
        // with CookiesOptions.Secure = true (Koa passes ctx.request.secure), which gives the same Set-Cookie.
        public sealed class SecureProxyOption
        {
            [Fact(DisplayName = P + "\"secureProxy\" option › should set secure attribute over http")]
            public async Task Should_set_secure_attribute_over_http()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new()), new CookiesOptions { Secure = true });
                Assert.Equal(HttpStatusCode.OK, reply.Status);
                Assert.True(reply.Cookie("foo").Has("Secure"));
            }
        }

        public sealed class SignedOptionWhenTrue
        {
            private const string P = SetMethod.P + "\"signed\" option › when true › ";

            [Fact(DisplayName = P + "should throw without .keys")]
            public async Task Should_throw_without_keys()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Signed = true }));
                Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
                Assert.Equal("InvalidOperationException: .keys required for signed cookies", reply.Body);
            }

            [Fact(DisplayName = P + "should set additional .sig cookie")]
            public async Task Should_set_additional_sig_cookie()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Signed = true }), new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) });
                Assert.Equal(2, reply.Cookies.Count);
                Assert.Equal("bar", reply.Cookie("foo").Value);
                Assert.Equal("iW2fuCIzk9Cg_rqLT1CAqrtdWs8", reply.Cookie("foo.sig").Value);
            }

            [Fact(DisplayName = P + "should use first key for signature")]
            public async Task Should_use_first_key_for_signature()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Signed = true }), new CookiesOptions { Keys = new Keygrip(["keyboard cat a", "keyboard cat b"]) });
                Assert.Equal(2, reply.Cookies.Count);
                Assert.Equal("bar", reply.Cookie("foo").Value);
                Assert.Equal("tecF04p5ua6TnfYxUTDskgWSKJE", reply.Cookie("foo.sig").Value);
            }

            [Fact(DisplayName = P + "when value is falsy › should delete additional .sig cookie")]
            public async Task When_value_is_falsy_should_delete_additional_sig_cookie()
            {
                var reply = await Run(SetCookieHandler("foo", null, new() { Signed = true }), new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) });
                Assert.Equal(2, reply.Cookies.Count);
                Assert.Equal("", reply.Cookie("foo").Value);
                Assert.Equal(Epoch, reply.Cookie("foo")["expires"]);
                Assert.Equal(Epoch, reply.Cookie("foo.sig")["expires"]);
            }

            [Fact(DisplayName = P + "with \"path\" › should set additional .sig cookie with path")]
            public async Task With_path_should_set_additional_sig_cookie_with_path()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Signed = true, Path = "/admin" }), new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) });
                Assert.Equal(2, reply.Cookies.Count);
                Assert.Equal("/admin", reply.Cookie("foo")["path"]);
                Assert.Equal("/admin", reply.Cookie("foo.sig")["path"]);
            }

            [Fact(DisplayName = P + "with \"overwrite\" › should set additional .sig cookie with httpOnly")]
            public async Task With_overwrite_should_set_additional_sig_cookie()
            {
                var reply = await Run((_, cookies) =>
                {
                    cookies.Set("foo", "bar", new() { Signed = true });
                    cookies.Set("foo", "baz", new() { Signed = true, Overwrite = true });
                    return null;
                }, new CookiesOptions { Keys = new Keygrip(["keyboard cat"]) });
                Assert.Equal(2, reply.Cookies.Count);
                Assert.Equal("baz", reply.Cookie("foo").Value);
                Assert.Equal("ptOkbbiPiGfLWRzz1yXP3XqaW4E", reply.Cookie("foo.sig").Value);
            }

            // secureProxy → CookiesOptions.Secure (see SecureProxyOption above).
            [Fact(DisplayName = P + "with \"secureProxy\" › should set additional .sig cookie with secure")]
            public async Task With_secureProxy_should_set_additional_sig_cookie_with_secure()
            {
                var reply = await Run(SetCookieHandler("foo", "bar", new() { Signed = true }), new CookiesOptions { Keys = new Keygrip(["keyboard cat"]), Secure = true });
                Assert.Equal(2, reply.Cookies.Count);
                Assert.True(reply.Cookie("foo").Has("Secure"));
                Assert.True(reply.Cookie("foo.sig").Has("Secure"));
            }
        }
    }
}

// describe('Cookies(req, res, [options])'): calling without `new` has no C# form; the constructor is the nearest.
public sealed class CookiesFunctionTests
{
    [Fact(DisplayName = "Cookies(req, res, [options]) › should create new cookies instance")]
    public Task Should_create_new_cookies_instance() => NewCookiesTests.AssertServer(context =>
    {
        var cookies = new Cookies(context, new CookiesOptions { Keys = new Keygrip(["a", "b"]) });
        Assert.NotNull(cookies);
        Assert.NotNull(cookies.Keys);
        Assert.Equal(new Keygrip(["a"]).Sign("x=1"), cookies.Keys.Sign("x=1"));
    });
}
