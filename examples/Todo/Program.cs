using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace Koa.Examples.Todo;

/// <summary>What <see cref="Program.Build"/> needs; every member has a default for <c>dotnet run</c>.</summary>
public sealed class TodoOptions
{
    /// <summary>The keys signing the session cookie: the same on every instance behind a load balancer.</summary>
    public IReadOnlyList<string> Keys { get; init; } = ["todo example key (replace me)"];

    /// <summary>The second origin allowed to call the API from a browser (CORS), e.g. <c>http://localhost:5173</c>.</summary>
    public string? AllowedOrigin { get; init; }

    /// <summary>The session store; <c>null</c>: sessions live in the signed cookie.</summary>
    public ISessionStore? SessionStore { get; init; }

    /// <summary>Where the request log goes; <c>null</c>: standard output.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>The folder served as the site; default <c>public</c> beside the program.</summary>
    public string PublicRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "public");
}

/// <summary>One todo.</summary>
/// <param name="Id">Its number.</param>
/// <param name="Title">What to do.</param>
/// <param name="Author">Who added it (<c>null</c>: someone not signed in).</param>
public sealed record TodoItem(int Id, string Title, string? Author);

/// <summary>
/// A complete little app: a page (KoaNet.Static) using a JSON API (KoaNet.Router + KoaNet.BodyParser), sign-in kept
/// in a session (KoaNet.Session: cookie, or Redis when <c>REDIS_URL</c> is set), CORS for a second origin
/// (KoaNet.Cors), security headers with a strict CSP (KoaNet.Helmet) and request logging (KoaNet.Logger).
/// </summary>
public static class Program
{
    /// <summary>The application.</summary>
    /// <param name="options">Keys, CORS origin, session store, log; <c>null</c> for the defaults.</param>
    /// <returns>The application, ready to listen or to test in memory.</returns>
    public static Application Build(TodoOptions? options = null)
    {
        options ??= new TodoOptions();
        var todos = new ConcurrentDictionary<int, TodoItem>();
        var nextId = 0;

        var app = new Application(new ApplicationOptions { Keys = [.. options.Keys] });
        app.Use(Logger.Create(new LoggerOptions { Output = options.Log }));
        app.Use(Helmet.Create(new HelmetOptions
        {
            // helmet's defaults, minus upgrade-insecure-requests so that the example also works over plain http
            ContentSecurityPolicy = new() { Directives = new Dictionary<string, object?> { ["upgradeInsecureRequests"] = null } },
        }));
        if (options.AllowedOrigin is { } origin)
            app.Use(Cors.Create(new CorsOptions { Origin = origin })); // that origin only, without cookies
        app.Use(Session.Create(app, new SessionOptions { Store = options.SessionStore, SameSite = CookieSameSite.Lax, MaxAge = TimeSpan.FromDays(7) }));
        app.Use(BodyParser.Create());
        app.Use(Static.Create(options.PublicRoot));

        var api = new Router(new RouterOptions { Prefix = "/api" });
        api.Get("/me", (ctx, _) =>
        {
            ctx.Body = new JsonObject { ["user"] = (string?)ctx.Session!["user"] };
            return Task.CompletedTask;
        });
        api.Post("/login", (ctx, _) =>
        {
            var name = Field(ctx, "name");
            ctx.Assert(name is { Length: > 0 and <= 40 }, 400, "a name of 1 to 40 characters, please");
            ctx.Session!["user"] = name;
            Answer(ctx, new JsonObject { ["user"] = name });
            return Task.CompletedTask;
        });
        api.Post("/logout", (ctx, _) =>
        {
            ctx.Session = null;
            Answer(ctx, new JsonObject { ["user"] = null });
            return Task.CompletedTask;
        });
        api.Get("/todos", (ctx, _) =>
        {
            ctx.Body = new JsonArray([.. todos.Values.OrderBy(t => t.Id).Select(ToJson)]);
            return Task.CompletedTask;
        });
        api.Post("/todos", (ctx, _) =>
        {
            var title = Field(ctx, "title")?.Trim();
            ctx.Assert(title is { Length: > 0 and <= 200 }, 400, "a title of 1 to 200 characters, please");
            var item = new TodoItem(Interlocked.Increment(ref nextId), title!, (string?)ctx.Session!["user"]);
            todos[item.Id] = item;
            ctx.Status = 201;
            Answer(ctx, ToJson(item));
            return Task.CompletedTask;
        });
        app.Use(api.Routes()).Use(api.AllowedMethods());
        return app;
    }

    private static JsonObject ToJson(TodoItem item) => new() { ["id"] = item.Id, ["title"] = item.Title, ["author"] = item.Author };

    // JSON and form bodies both arrive as a JSON object (KoaNet.BodyParser)
    private static string? Field(Context ctx, string name) =>
        ctx.Request.Body is JsonObject body && body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // a plain HTML form goes back to the page; fetch() gets JSON
    private static void Answer(Context ctx, JsonNode json)
    {
        if (ctx.Is("urlencoded") is not null)
        {
            ctx.Redirect("/");
            return;
        }

        ctx.Body = json;
    }

    /// <summary>Runs the app: <c>dotnet run --project examples/Todo [port]</c>; <c>REDIS_URL</c> puts the sessions in Redis,
    /// <c>CORS_ORIGIN</c> allows a second origin.</summary>
    /// <param name="args">The port (default 3000).</param>
    /// <returns>A task that ends when the server stops.</returns>
    public static async Task Main(string[] args)
    {
        var port = args.Length > 0 && int.TryParse(args[0], out var given) ? given : 3000;
        var redisUrl = Environment.GetEnvironmentVariable("REDIS_URL");
        using var cache = string.IsNullOrEmpty(redisUrl) ? null : new RedisCache(new RedisCacheOptions { Configuration = RedisConfiguration(redisUrl), InstanceName = "todo:" });
        var app = Build(new TodoOptions
        {
            Keys = Environment.GetEnvironmentVariable("SESSION_KEYS")?.Split(',') ?? ["todo example key (replace me)"],
            AllowedOrigin = Environment.GetEnvironmentVariable("CORS_ORIGIN"),
            SessionStore = cache is null ? null : new DistributedCacheSessionStore(cache),
        });
        await using var server = await app.ListenAsync(port);
        Console.WriteLine($"todo on http://localhost:{server.Port}/ (sessions in {(cache is null ? "cookies" : "Redis")}; Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
    }

    // redis://[:password@]host[:port] → StackExchange.Redis "host:port,password=…"
    private static string RedisConfiguration(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss")) return url;
        var config = $"{uri.Host}:{(uri.Port > 0 ? uri.Port : 6379)}";
        var password = uri.UserInfo.Split(':') is [_, var p] ? Uri.UnescapeDataString(p) : null;
        if (!string.IsNullOrEmpty(password)) config += ",password=" + password;
        if (uri.Scheme == "rediss") config += ",ssl=true";
        return config;
    }
}
