namespace Koa.Tests.Upstream;

// @koa/cors 5.0.0 test/cors.test.js — every case, titles kept ("describe it").
public sealed class CorsTests
{
    private static readonly object FooBar = new { foo = "bar" };

    private static Application App(CorsOptions? options, Func<Context, Task>? handler = null)
    {
        var app = new Application { Silent = true };
        app.Use(Cors.Create(options));
        app.Use(handler ?? (ctx => { ctx.Body = new Dictionary<string, string> { ["foo"] = "bar" }; return Task.CompletedTask; }));
        return app;
    }

    private static Task<Context> Throwing(Context ctx, Action<Context>? before = null, Exception? error = null)
    {
        ctx.Body = new Dictionary<string, string> { ["foo"] = "bar" };
        before?.Invoke(ctx);
        throw error ?? new InvalidOperationException("Whoops!");
    }

    private static readonly Func<Context, ValueTask<string?>> ReflectOrStar = ctx => new(ctx.Get("Origin") is { Length: > 0 } o ? o : "*");

    private static void NoHeader(TestResponse res, string name) => Assert.False(res.HasHeader(name), name + " must not be set");

    // default options
    [Fact(DisplayName = "default options should set `Access-Control-Allow-Origin` to `*` when request Origin header missing")]
    public Task Default_star_without_origin() =>
        App(null).Request().Get("/").Expect(FooBar).Expect("access-control-allow-origin", "*").ExpectAsync(200);

    [Fact(DisplayName = "default options should set `Access-Control-Allow-Origin` to `*`")]
    public Task Default_star() =>
        App(null).Request().Get("/").Set("Origin", "http://koajs.com").Expect("Access-Control-Allow-Origin", "*").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "default options should 204 on Preflight Request")]
    public Task Default_preflight() =>
        App(null).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Access-Control-Allow-Origin", "*").Expect("Access-Control-Allow-Methods", "GET,HEAD,PUT,POST,DELETE,PATCH").ExpectAsync(204);

    [Fact(DisplayName = "default options should not Preflight Request if request missing Access-Control-Request-Method")]
    public Task Default_not_preflight() =>
        App(null).Request().Options("/").Set("Origin", "http://koajs.com").ExpectAsync(200);

    [Fact(DisplayName = "default options should always set `Vary` to Origin")]
    public Task Default_vary() =>
        App(null).Request().Get("/").Set("Origin", "http://koajs.com").Expect("Vary", "Origin").Expect(FooBar).ExpectAsync(200);

    // options.origin=*
    [Fact(DisplayName = "options.origin=* should always set `Access-Control-Allow-Origin` to *")]
    public Task Star_with_origin() =>
        App(new() { Origin = "*" }).Request().Get("/").Set("Origin", "http://koajs.com").Expect("Access-Control-Allow-Origin", "*").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.origin=* should always set `Access-Control-Allow-Origin` to *, even if no Origin is passed on request")]
    public Task Star_without_origin() =>
        App(new() { Origin = "*" }).Request().Get("/").Expect("Access-Control-Allow-Origin", "*").Expect(FooBar).ExpectAsync(200);

    // options.origin set the request Origin header
    [Fact(DisplayName = "options.origin set the request Origin header should set `Access-Control-Allow-Origin` to request `Origin` header")]
    public Task Reflect_origin() =>
        App(new() { ResolveOrigin = ReflectOrStar }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Origin", "http://koajs.com").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.origin set the request Origin header should set `Access-Control-Allow-Origin` to request `origin` header")]
    public Task Reflect_lowercase_origin() =>
        App(new() { ResolveOrigin = ReflectOrStar }).Request().Get("/").Set("origin", "http://origin.koajs.com")
            .Expect("Access-Control-Allow-Origin", "http://origin.koajs.com").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.origin set the request Origin header should set `Access-Control-Allow-Origin` to `*`, even if no Origin is passed on request")]
    public Task Reflect_star_without_origin() =>
        App(new() { ResolveOrigin = ReflectOrStar }).Request().Get("/").Expect("Access-Control-Allow-Origin", "*").Expect(FooBar).ExpectAsync(200);

    // options.secureContext=true
    [Fact(DisplayName = "options.secureContext=true should always set `Cross-Origin-Opener-Policy` & `Cross-Origin-Embedder-Policy` on not OPTIONS")]
    public Task Secure_context_get() =>
        App(new() { SecureContext = true }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Cross-Origin-Opener-Policy", "same-origin").Expect("Cross-Origin-Embedder-Policy", "require-corp").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.secureContext=true should always set `Cross-Origin-Opener-Policy` & `Cross-Origin-Embedder-Policy` on OPTIONS")]
    public Task Secure_context_options() =>
        App(new() { SecureContext = true }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Cross-Origin-Opener-Policy", "same-origin").Expect("Cross-Origin-Embedder-Policy", "require-corp").ExpectAsync(204);

    // options.secureContext=false
    [Fact(DisplayName = "options.secureContext=false should not set `Cross-Origin-Opener-Policy` & `Cross-Origin-Embedder-Policy`")]
    public Task Secure_context_false() =>
        App(new() { SecureContext = false }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect(res => { NoHeader(res, "Cross-Origin-Opener-Policy"); NoHeader(res, "Cross-Origin-Embedder-Policy"); }).Expect(FooBar).ExpectAsync(200);

    // options.origin=function / promise / async function
    private static readonly Func<Context, ValueTask<string?>> ForbinSync = ctx => new(ctx.Url == "/forbin" ? null : "*");
    private static readonly Func<Context, ValueTask<string?>> ForbinDelayed = async ctx => { await Task.Delay(100); return ctx.Url == "/forbin" ? null : "*"; };
    private static readonly Func<Context, ValueTask<string?>> ForbinAsync = async ctx => { await Task.Yield(); return ctx.Url == "/forbin" ? null : "*"; };

    public static TheoryData<string> OriginKinds => new() { "function", "promise", "async function" };

    private static Func<Context, ValueTask<string?>> Forbin(string kind) => kind switch
    {
        "function" => ForbinSync,
        "promise" => ForbinDelayed,
        _ => ForbinAsync,
    };

    [Theory(DisplayName = "options.origin=<kind> should disable cors")]
    [MemberData(nameof(OriginKinds))]
    public Task Origin_function_disables(string kind) =>
        App(new() { ResolveOrigin = Forbin(kind) }).Request().Get("/forbin").Set("Origin", "http://koajs.com")
            .Expect(FooBar).Expect(res => NoHeader(res, "access-control-allow-origin")).ExpectAsync(200);

    [Theory(DisplayName = "options.origin=<kind> should set access-control-allow-origin to *")]
    [MemberData(nameof(OriginKinds))]
    public Task Origin_function_star(string kind) =>
        App(new() { ResolveOrigin = Forbin(kind) }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect(FooBar).Expect("Access-Control-Allow-Origin", "*").ExpectAsync(200);

    [Fact(DisplayName = "options.origin=async function behaves correctly when the return type is promise-like")]
    public Task Origin_promise_like()
    {
        // A thenable in JS; in .NET a ValueTask backed by a TaskCompletionSource completed later.
        return App(new()
        {
            ResolveOrigin = c =>
            {
                var tcs = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _ = Task.Run(() => tcs.SetResult("*"));
                return new ValueTask<string?>(tcs.Task);
            },
        }).Request().Get("/").Set("Origin", "http://koajs.com").Expect(FooBar).Expect("Access-Control-Allow-Origin", "*").ExpectAsync(200);
    }

    // options.exposeHeaders
    [Fact(DisplayName = "options.exposeHeaders should Access-Control-Expose-Headers: `content-length`")]
    public Task Expose_string() =>
        App(new() { ExposeHeaders = "content-length" }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Expose-Headers", "content-length").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.exposeHeaders should work with array")]
    public Task Expose_array() =>
        App(new() { ExposeHeaders = new[] { "content-length", "x-header" } }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Expose-Headers", "content-length,x-header").Expect(FooBar).ExpectAsync(200);

    // options.maxAge
    [Fact(DisplayName = "options.maxAge should set maxAge with number")]
    public Task Max_age_number() =>
        App(new() { MaxAge = 3600 }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Access-Control-Max-Age", "3600").ExpectAsync(204);

    [Fact(DisplayName = "options.maxAge should set maxAge with string")]
    public Task Max_age_string() =>
        App(new() { MaxAge = long.Parse("3600", System.Globalization.CultureInfo.InvariantCulture) }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Access-Control-Max-Age", "3600").ExpectAsync(204);

    [Fact(DisplayName = "options.maxAge should not set maxAge on simple request")]
    public Task Max_age_simple() =>
        App(new() { MaxAge = 3600 }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect(FooBar).Expect(res => NoHeader(res, "access-control-max-age")).ExpectAsync(200);

    // options.credentials
    [Fact(DisplayName = "options.credentials should enable Access-Control-Allow-Credentials on Simple request")]
    public Task Credentials_simple() =>
        App(new() { Credentials = true }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Credentials", "true").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.credentials should enable Access-Control-Allow-Credentials on Preflight request")]
    public Task Credentials_preflight() =>
        App(new() { Credentials = true }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "DELETE")
            .Expect("Access-Control-Allow-Credentials", "true").ExpectAsync(204);

    // options.credentials unset
    [Fact(DisplayName = "options.credentials unset should disable Access-Control-Allow-Credentials on Simple request")]
    public Task Credentials_unset_simple() =>
        App(null).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect(FooBar).Expect(200).Expect(res => NoHeader(res, "access-control-allow-credentials")).EndAsync();

    [Fact(DisplayName = "options.credentials unset should disable Access-Control-Allow-Credentials on Preflight request")]
    public Task Credentials_unset_preflight() =>
        App(null).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "DELETE")
            .Expect(204).Expect(res => NoHeader(res, "access-control-allow-credentials")).EndAsync();

    // options.credentials=function
    private static readonly Func<Context, ValueTask<bool>> NotForbin = ctx => new(ctx.Url != "/forbin");

    [Fact(DisplayName = "options.credentials=function should enable Access-Control-Allow-Credentials on Simple request")]
    public Task Credentials_fn_simple() =>
        App(new() { ResolveCredentials = NotForbin }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Credentials", "true").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.credentials=function should enable Access-Control-Allow-Credentials on Preflight request")]
    public Task Credentials_fn_preflight() =>
        App(new() { ResolveCredentials = NotForbin }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "DELETE")
            .Expect("Access-Control-Allow-Credentials", "true").ExpectAsync(204);

    [Fact(DisplayName = "options.credentials=function should disable Access-Control-Allow-Credentials on Simple request")]
    public Task Credentials_fn_simple_off() =>
        App(new() { ResolveCredentials = NotForbin }).Request().Get("/forbin").Set("Origin", "http://koajs.com")
            .Expect(FooBar).Expect(200).Expect(res => NoHeader(res, "access-control-allow-credentials")).EndAsync();

    [Fact(DisplayName = "options.credentials=function should disable Access-Control-Allow-Credentials on Preflight request")]
    public Task Credentials_fn_preflight_off() =>
        App(new() { ResolveCredentials = NotForbin }).Request().Options("/forbin").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "DELETE")
            .Expect(204).Expect(res => NoHeader(res, "access-control-allow-credentials")).EndAsync();

    // options.credentials=async function
    private static readonly Func<Context, ValueTask<bool>> AlwaysAsync = async _ => { await Task.Yield(); return true; };

    [Fact(DisplayName = "options.credentials=async function should enable Access-Control-Allow-Credentials on Simple request")]
    public Task Credentials_async_simple() =>
        App(new() { ResolveCredentials = AlwaysAsync }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Credentials", "true").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.credentials=async function should enable Access-Control-Allow-Credentials on Preflight request")]
    public Task Credentials_async_preflight() =>
        App(new() { ResolveCredentials = AlwaysAsync }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "DELETE")
            .Expect("Access-Control-Allow-Credentials", "true").ExpectAsync(204);

    [Fact(DisplayName = "options.credentials=async function behaves correctly when the return type is promise-like")]
    public Task Credentials_promise_like() =>
        App(new()
        {
            ResolveCredentials = c =>
            {
                var tcs = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                _ = Task.Run(() => tcs.SetResult(true));
                return new ValueTask<bool>(tcs.Task);
            },
        }).Request().Get("/").Set("Origin", "http://koajs.com").Expect("Access-Control-Allow-Credentials", "true").Expect(FooBar).ExpectAsync(200);

    // options.allowHeaders
    [Fact(DisplayName = "options.allowHeaders should work with allowHeaders is string")]
    public Task Allow_headers_string() =>
        App(new() { AllowHeaders = "X-PINGOTHER" }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Access-Control-Allow-Headers", "X-PINGOTHER").ExpectAsync(204);

    [Fact(DisplayName = "options.allowHeaders should work with allowHeaders is array")]
    public Task Allow_headers_array() =>
        App(new() { AllowHeaders = new[] { "X-PINGOTHER" } }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Access-Control-Allow-Headers", "X-PINGOTHER").ExpectAsync(204);

    [Fact(DisplayName = "options.allowHeaders should set Access-Control-Allow-Headers to request access-control-request-headers header")]
    public Task Allow_headers_echo() =>
        App(null).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT").Set("access-control-request-headers", "X-PINGOTHER")
            .Expect("Access-Control-Allow-Headers", "X-PINGOTHER").ExpectAsync(204);

    // options.allowMethods
    [Fact(DisplayName = "options.allowMethods should work with allowMethods is array")]
    public Task Allow_methods_array() =>
        App(new() { AllowMethods = new[] { "GET", "POST" } }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Access-Control-Allow-Methods", "GET,POST").ExpectAsync(204);

    [Fact(DisplayName = "options.allowMethods should skip allowMethods")]
    public Task Allow_methods_skip() =>
        App(new() { AllowMethods = (string?)null }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect(res => NoHeader(res, "Access-Control-Allow-Methods")).ExpectAsync(204);

    // options.headersKeptOnError
    [Fact(DisplayName = "options.headersKeptOnError should keep CORS headers after an error")]
    public Task Kept_on_error() =>
        App(new() { ResolveOrigin = ReflectOrStar }, ctx => Throwing(ctx)).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Origin", "http://koajs.com").Expect("Vary", "Origin").Expect(new System.Text.RegularExpressions.Regex("Error")).ExpectAsync(500);

    [Fact(DisplayName = "options.headersKeptOnError should not affect OPTIONS requests")]
    public Task Kept_on_error_options() =>
        App(new() { ResolveOrigin = ReflectOrStar }, ctx => Throwing(ctx)).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect("Access-Control-Allow-Origin", "http://koajs.com").ExpectAsync(204);

    [Fact(DisplayName = "options.headersKeptOnError should not keep unrelated headers")]
    public Task Kept_on_error_unrelated() =>
        App(new() { ResolveOrigin = ReflectOrStar }, ctx => Throwing(ctx, c => c.Set("X-Example", "Value"))).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Origin", "http://koajs.com").Expect(new System.Text.RegularExpressions.Regex("Error"))
            .Expect(500).Expect(res => NoHeader(res, "x-example")).EndAsync();

    [Fact(DisplayName = "options.headersKeptOnError should not keep CORS headers after an error if keepHeadersOnError is false")]
    public Task Not_kept_on_error() =>
        App(new() { KeepHeadersOnError = false }, ctx => Throwing(ctx)).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect(new System.Text.RegularExpressions.Regex("Error")).Expect(500)
            .Expect(res => { NoHeader(res, "access-control-allow-origin"); NoHeader(res, "vary"); }).EndAsync();

    // other middleware has been set `Vary` header to Accept-Encoding
    [Fact(DisplayName = "other middleware has been set `Vary` header to Accept-Encoding should append `Vary` header to Origin")]
    public Task Vary_appended()
    {
        var app = new Application();
        app.Use((ctx, next) => { ctx.Set("Vary", "Accept-Encoding"); return next(); });
        app.Use(Cors.Create());
        app.Use(ctx => { ctx.Body = new Dictionary<string, string> { ["foo"] = "bar" }; return Task.CompletedTask; });
        return app.Request().Get("/").Set("Origin", "http://koajs.com").Expect("Vary", "Accept-Encoding, Origin").Expect(FooBar).ExpectAsync(200);
    }

    // other middleware has set vary header on Error
    private static Exception WithVary(string vary)
    {
        var error = new InvalidOperationException("Whoops!");
        error.Data["headers"] = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["Vary"] = vary };
        return error;
    }

    [Fact(DisplayName = "other middleware has set vary header on Error should append `Origin to other `Vary` header")]
    public Task Error_vary_appended() =>
        App(null, ctx => Throwing(ctx, error: WithVary("Accept-Encoding"))).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Vary", "Accept-Encoding, Origin").Expect(new System.Text.RegularExpressions.Regex("Error")).ExpectAsync(500);

    [Fact(DisplayName = "other middleware has set vary header on Error should preserve `Vary: *`")]
    public Task Error_vary_star() =>
        App(null, ctx => Throwing(ctx, error: WithVary("*"))).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Vary", "*").Expect(new System.Text.RegularExpressions.Regex("Error")).ExpectAsync(500);

    [Fact(DisplayName = "other middleware has set vary header on Error should not append Origin` if already present in `Vary`")]
    public Task Error_vary_present() =>
        App(null, ctx => Throwing(ctx, error: WithVary("Origin, Accept-Encoding"))).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Vary", "Origin, Accept-Encoding").Expect(new System.Text.RegularExpressions.Regex("Error")).ExpectAsync(500);

    // options.privateNetworkAccess=false / true
    [Theory(DisplayName = "options.privateNetworkAccess=<value> should not set `Access-Control-Allow-Private-Network` on not OPTIONS")]
    [InlineData(false)]
    [InlineData(true)]
    public Task Pna_not_options(bool value) =>
        App(new() { PrivateNetworkAccess = value }).Request().Get("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect(res => NoHeader(res, "Access-Control-Allow-Private-Network")).ExpectAsync(200);

    [Theory(DisplayName = "options.privateNetworkAccess=<value> should not set `Access-Control-Allow-Private-Network` if `Access-Control-Request-Private-Network` not exist on OPTIONS")]
    [InlineData(false)]
    [InlineData(true)]
    public Task Pna_no_request_header(bool value) =>
        App(new() { PrivateNetworkAccess = value }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Expect(res => NoHeader(res, "Access-Control-Allow-Private-Network")).ExpectAsync(204);

    [Fact(DisplayName = "options.privateNetworkAccess=false should not set `Access-Control-Allow-Private-Network` if `Access-Control-Request-Private-Network` exist on OPTIONS")]
    public Task Pna_false_with_request_header() =>
        App(new() { PrivateNetworkAccess = false }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Set("Access-Control-Request-Private-Network", "true").Expect(res => NoHeader(res, "Access-Control-Allow-Private-Network")).ExpectAsync(204);

    [Fact(DisplayName = "options.privateNetworkAccess=true should always set `Access-Control-Allow-Private-Network` if `Access-Control-Request-Private-Network` exist on OPTIONS")]
    public Task Pna_true_with_request_header() =>
        App(new() { PrivateNetworkAccess = true }).Request().Options("/").Set("Origin", "http://koajs.com").Set("Access-Control-Request-Method", "PUT")
            .Set("Access-Control-Request-Private-Network", "true").Expect("Access-Control-Allow-Private-Network", "true").ExpectAsync(204);

    // options.origin=*, and options.credentials=true / false
    [Fact(DisplayName = "options.origin=*, and options.credentials=true Access-Control-Allow-Origin should be request.origin, and Access-Control-Allow-Credentials should be true")]
    public Task Star_with_credentials() =>
        App(new() { Origin = "*", Credentials = true }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Credentials", "true").Expect("Access-Control-Allow-Origin", "http://koajs.com").Expect(FooBar).ExpectAsync(200);

    [Fact(DisplayName = "options.origin=*, and options.credentials=false Access-Control-Allow-Origin should be *")]
    public Task Star_without_credentials() =>
        App(new() { Origin = "*", Credentials = false }).Request().Get("/").Set("Origin", "http://koajs.com")
            .Expect("Access-Control-Allow-Origin", "*").Expect(FooBar).ExpectAsync(200);
}
