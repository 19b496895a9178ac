using Koa;

// The soak app: one route per kind of work KoaNet does (run.sh drives it with wrk -s mixed.lua). It prints its port,
// serves until SIGTERM, then prints what it saw: errors raised by middleware (expected on /error and /boom only) and
// requests Kestrel refused itself (clientError).
var expectedErrors = 0L;
var unexpectedErrors = 0L;
var clientErrors = 0L;
var streams = 0L;
var payload = new byte[64 * 1024];
Random.Shared.NextBytes(payload);

var app = new Application(new ApplicationOptions { Keys = ["soak secret"], Silent = true, Env = "production" });
app.Error += (error, ctx) =>
{
    // 4xx thrown on purpose (/error, /negotiate without an acceptable type) and the 500 of /boom are expected.
    if (error is HttpError { Status: < 500 } || ctx?.Path == "/boom") Interlocked.Increment(ref expectedErrors);
    else
    {
        Interlocked.Increment(ref unexpectedErrors);
        Console.Error.WriteLine($"unexpected error on {ctx?.Path}: {error}");
    }
};
app.ClientError += (_, _) => Interlocked.Increment(ref clientErrors);

app.Use(async ctx =>
{
    switch (ctx.Path)
    {
        case "/hello":
            ctx.Body = "Hello World";
            break;
        case "/json":
            ctx.Body = new { id = 42, name = "soak", tags = new[] { "a", "b", "c" }, nested = new { ok = true, at = ctx.Query["t"].ToString() } };
            break;
        case "/cookies":
            var visits = int.TryParse(ctx.Cookies.Get("visits", new CookieGetOptions { Signed = true }), out var n) ? n : 0;
            ctx.Cookies.Set("visits", (visits + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieSetOptions { Signed = true, HttpOnly = true });
            ctx.Body = $"visits {visits}";
            break;
        case "/negotiate":
            ctx.Vary("Accept");
            ctx.Body = ctx.Accepts("json", "html", "text") switch
            {
                "json" => new { hello = "world", language = ctx.AcceptsLanguages("en", "fr") },
                "html" => "<p>hello</p>",
                "text" => "hello",
                _ => null,
            };
            if (ctx.Body is null) ctx.Throw(406);
            break;
        case "/error":
            ctx.Throw(400, "bad request, on purpose");
            break;
        case "/boom":
            var error = HttpErrors.Create(500, "boom, on purpose");
            error.Headers["X-Expected"] = "boom";
            throw error;
        case "/stream":
            Interlocked.Increment(ref streams);
            ctx.Type = "bin";
            ctx.Body = new MemoryStream(payload, writable: false);
            break;
        case "/fresh":
            ctx.Status = 200;
            ctx.Etag = "soak-v1";
            if (ctx.Fresh) ctx.Status = 304;
            else ctx.Body = "fresh content";
            break;
        case "/redirect":
            ctx.Back("/hello");
            break;
        default:
            await Task.CompletedTask;
            break; // 404
    }
});

var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 0;
await using (var server = await app.ListenAsync(port, "127.0.0.1"))
{
    Console.WriteLine($"listening {server.Port}");
    await server.WaitForShutdownAsync();
}
Console.WriteLine($"server: errors expected {expectedErrors}, unexpected {unexpectedErrors}; clientErrors {clientErrors}; streams served {streams}; GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
