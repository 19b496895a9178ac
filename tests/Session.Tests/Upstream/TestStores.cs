using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Koa.Tests.Upstream;

// koa-session 7.0.2 test/store.ts: sessions kept in memory, shared by every app of a test file.
internal sealed class MemoryStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new(StringComparer.Ordinal);

    public Task<JsonObject?> GetAsync(string key, SessionMaxAge? maxAge, bool rolling, CancellationToken cancellationToken = default) =>
        Task.FromResult(_sessions.TryGetValue(key, out var value) ? (JsonObject?)value.DeepClone().AsObject() : null);

    public Task SetAsync(string key, JsonObject session, SessionMaxAge maxAge, bool rolling, bool changed, CancellationToken cancellationToken = default)
    {
        _sessions[key] = session.DeepClone().AsObject();
        return Task.CompletedTask;
    }

    public Task DestroyAsync(string key, CancellationToken cancellationToken = default)
    {
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}

// koa-session 7.0.2 test/context_store.ts: a store class constructed for each request with its context.
internal sealed class ContextStore(Context ctx) : ISessionStore
{
    private static readonly MemoryStore Sessions = new();

    public Context Ctx { get; } = ctx;

    public Task<JsonObject?> GetAsync(string key, SessionMaxAge? maxAge, bool rolling, CancellationToken cancellationToken = default) =>
        Sessions.GetAsync(key, maxAge, rolling, cancellationToken);

    public Task SetAsync(string key, JsonObject session, SessionMaxAge maxAge, bool rolling, bool changed, CancellationToken cancellationToken = default) =>
        Sessions.SetAsync(key, session, maxAge, rolling, changed, cancellationToken);

    public Task DestroyAsync(string key, CancellationToken cancellationToken = default) => Sessions.DestroyAsync(key, cancellationToken);
}

// koa-session 7.0.2 test/store_with_ctx.ts: each method records itself in ctx.state.test. Upstream hands the store
// the context as options.ctx; here the store is made per request from its context (SessionOptions.ContextStore).
internal sealed class StoreWithCtx(Context ctx) : ISessionStore
{
    private static readonly MemoryStore Sessions = new();

    public Task<JsonObject?> GetAsync(string key, SessionMaxAge? maxAge, bool rolling, CancellationToken cancellationToken = default)
    {
        ctx.State["test"] = "get";
        return Sessions.GetAsync(key, maxAge, rolling, cancellationToken);
    }

    public Task SetAsync(string key, JsonObject session, SessionMaxAge maxAge, bool rolling, bool changed, CancellationToken cancellationToken = default)
    {
        ctx.State["test"] = "set";
        return Sessions.SetAsync(key, session, maxAge, rolling, changed, cancellationToken);
    }

    public Task DestroyAsync(string key, CancellationToken cancellationToken = default)
    {
        ctx.State["test"] = "destroyed";
        return Sessions.DestroyAsync(key, cancellationToken);
    }
}

/// <summary>A clock the test moves by hand: upstream's renew cases sleep 500/1200 ms against a 2 s max age, which a
/// loaded machine stretches past the renew threshold (a CI run once took over 1 s between the two requests).</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
