using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Distributed;

namespace Koa;

/// <summary>Options of <see cref="DistributedCacheSessionStore"/>.</summary>
public sealed class DistributedCacheSessionStoreOptions
{
    /// <summary>Prepended to each external key in the cache. Default empty.</summary>
    public string KeyPrefix { get; init; } = string.Empty;

    /// <summary>How long the cache keeps a "session" (browser-lifetime) session. Default one day.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// When the cache fails while loading a session: <c>false</c> (default) answers 503 (an <see cref="HttpError"/>);
    /// <c>true</c> starts a fresh session instead. Saving and destroying always answer 503 on failure.
    /// </summary>
    public bool FreshSessionOnError { get; init; }
}

/// <summary>
/// An <see cref="ISessionStore"/> over any <see cref="IDistributedCache"/> (Redis through
/// Microsoft.Extensions.Caching.StackExchangeRedis, SQL Server, memory, …): the session's JSON under its key, expiring
/// after the session's max age. Every KoaNet instance given the same cache (and the same <c>Keys</c>) shares the sessions.
/// </summary>
/// <param name="cache">The cache.</param>
/// <param name="options">Key prefix, lifetime of browser-session sessions, error policy.</param>
public sealed class DistributedCacheSessionStore(IDistributedCache cache, DistributedCacheSessionStoreOptions? options = null) : ISessionStore
{
    private readonly IDistributedCache _cache = cache ?? throw new ArgumentNullException(nameof(cache));
    private readonly DistributedCacheSessionStoreOptions _options = options ?? new DistributedCacheSessionStoreOptions();

    /// <inheritdoc />
    public async Task<JsonObject?> GetAsync(string key, SessionMaxAge? maxAge, bool rolling, CancellationToken cancellationToken = default)
    {
        byte[]? bytes;
        try
        {
            bytes = await _cache.GetAsync(_options.KeyPrefix + key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            if (_options.FreshSessionOnError) return null;
            throw Unavailable(error);
        }

        if (bytes is null) return null;
        try
        {
            return SessionCodec.Parse(Encoding.UTF8.GetString(bytes)) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task SetAsync(string key, JsonObject session, SessionMaxAge maxAge, bool rolling, bool changed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var ttl = maxAge.IsSession ? _options.SessionLifetime : TimeSpan.FromMilliseconds(Math.Max(1, maxAge.Milliseconds));
        var bytes = Encoding.UTF8.GetBytes(SessionCodec.Stringify(session));
        try
        {
            await _cache.SetAsync(_options.KeyPrefix + key, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw Unavailable(error);
        }
    }

    /// <inheritdoc />
    public async Task DestroyAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            await _cache.RemoveAsync(_options.KeyPrefix + key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw Unavailable(error);
        }
    }

    private static HttpError Unavailable(Exception inner)
    {
        var error = HttpErrors.Create(503, "Session store unavailable");
        error.Data["inner"] = inner;
        return error;
    }
}
