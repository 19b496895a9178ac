using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// An external session store (npm koa-session's <c>store</c>): the cookie then holds only the session's key.
/// </summary>
public interface ISessionStore
{
    /// <summary>The session data stored under <paramref name="key"/>, or <c>null</c> when there is none.</summary>
    /// <param name="key">The external key.</param>
    /// <param name="maxAge">The session's configured max age (<c>null</c> when not configured).</param>
    /// <param name="rolling">The <c>Rolling</c> option.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The data, or <c>null</c>.</returns>
    Task<JsonObject?> GetAsync(string key, SessionMaxAge? maxAge, bool rolling, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="session"/> under <paramref name="key"/>.</summary>
    /// <param name="key">The external key.</param>
    /// <param name="session">The session data, with <c>_expire</c>/<c>_maxAge</c> (or <c>_session</c>).</param>
    /// <param name="maxAge">How long to keep it: the cookie's max age plus 10 s, or <see cref="SessionMaxAge.Session"/>.</param>
    /// <param name="rolling">The <c>Rolling</c> option.</param>
    /// <param name="changed">Whether the data changed (as opposed to a rolling or renewing save).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task.</returns>
    Task SetAsync(string key, JsonObject session, SessionMaxAge maxAge, bool rolling, bool changed, CancellationToken cancellationToken = default);

    /// <summary>Removes the session stored under <paramref name="key"/>.</summary>
    /// <param name="key">The external key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task.</returns>
    Task DestroyAsync(string key, CancellationToken cancellationToken = default);
}
