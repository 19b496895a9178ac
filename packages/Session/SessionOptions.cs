using System.Text.Json.Nodes;

namespace Koa;

/// <summary>Options of <see cref="Session.Create(ApplicationBase, SessionOptions?)"/>; the defaults are koa-session 7.0.2's.</summary>
public sealed class SessionOptions
{
    /// <summary>The cookie name. Default <c>koa.sess</c>.</summary>
    public string Key { get; init; } = "koa.sess";

    private CookieGetOptions? _cookieGet;
    private CookieSetOptions? _cookieSet;

    /// <summary>The options of the session cookie's read (made once: these options are immutable).</summary>
    internal CookieGetOptions CookieGet => _cookieGet ??= new CookieGetOptions { Signed = Signed };

    /// <summary>The options of the session cookie's write; the last one made is reused when its max age is the same.</summary>
    internal CookieSetOptions CookieSet(SessionMaxAge? maxAge, DateTimeOffset? expires)
    {
        TimeSpan? cookieMaxAge = expires is null && maxAge is { IsSession: false, Milliseconds: var ms } && ms != 0 ? TimeSpan.FromMilliseconds(ms) : null;
        if (expires is null && _cookieSet is { Expires: null } cached && cached.MaxAge == cookieMaxAge)
            return cached;
        var made = new CookieSetOptions
        {
            MaxAge = cookieMaxAge,
            Expires = expires,
            HttpOnly = HttpOnly,
            Overwrite = Overwrite,
            Signed = Signed,
            Secure = Secure,
            SameSite = SameSite,
            Path = Path ?? "/",
            Domain = Domain,
        };
        if (expires is null) _cookieSet = made;
        return made;
    }

    /// <summary>Milliseconds, or <see cref="SessionMaxAge.Session"/>; <c>null</c> (default): one day in the data, no expiry on the cookie.</summary>
    public SessionMaxAge? MaxAge { get; init; }

    /// <summary>Commit the session (headers, store) when the middleware returns. Default <c>true</c>.</summary>
    public bool AutoCommit { get; init; } = true;

    /// <summary>Overwrite an earlier Set-Cookie of the same name. Default <c>true</c>.</summary>
    public bool Overwrite { get; init; } = true;

    /// <summary>HttpOnly cookie. Default <c>true</c>.</summary>
    public bool HttpOnly { get; init; } = true;

    /// <summary>Sign the cookie with the application's keys. Default <c>true</c>.</summary>
    public bool Signed { get; init; } = true;

    /// <summary>Set the cookie on every response (resetting its expiry). Default <c>false</c>.</summary>
    public bool Rolling { get; init; }

    /// <summary>Renew the session when less than half its max age is left. Default <c>false</c>.</summary>
    public bool Renew { get; init; }

    /// <summary>Secure cookie; <c>null</c> (default): secure when the connection is.</summary>
    public bool? Secure { get; init; }

    /// <summary>The cookie's SameSite; <c>null</c> (default): not set.</summary>
    public CookieSameSite? SameSite { get; init; }

    /// <summary>The cookie's Path (cookies' default <c>/</c>).</summary>
    public string? Path { get; init; }

    /// <summary>The cookie's Domain.</summary>
    public string? Domain { get; init; }

    /// <summary>The external store; the cookie then holds the session's key only.</summary>
    public ISessionStore? Store { get; init; }

    /// <summary>
    /// npm's <c>ContextStore</c>: a store created for each request from its context (takes precedence over
    /// <see cref="Store"/>); returning <c>null</c> keeps that request's session in the cookie.
    /// </summary>
    public Func<Context, ISessionStore?>? ContextStore { get; init; }

    /// <summary>Where the external key lives instead of the cookie (npm's <c>externalKey</c>).</summary>
    public SessionExternalKey? ExternalKey { get; init; }

    /// <summary>Generates external keys; default a random UUID (after <see cref="Prefix"/>).</summary>
    public Func<Context, string>? Genid { get; init; }

    /// <summary>A prefix for the generated external keys (ignored when <see cref="Genid"/> is set).</summary>
    public string? Prefix { get; init; }

    /// <summary>Validates loaded session data; <c>false</c> discards it (and raises <see cref="OnInvalid"/>).</summary>
    public Func<Context, JsonObject, bool>? Valid { get; init; }

    /// <summary>Called before the session is saved.</summary>
    public Action<Context, SessionModel>? BeforeSave { get; init; }

    /// <summary>Encodes the data into the cookie value; default base64 of the JSON text (Node koa-session's).</summary>
    public Func<JsonObject, string>? Encode { get; init; }

    /// <summary>Decodes a cookie value; default Node koa-session's. A <see cref="System.Text.Json.JsonException"/> or
    /// <see cref="FormatException"/> means "not a session" (a new one starts); anything else clears the cookie and propagates.</summary>
    public Func<string, JsonNode?>? Decode { get; init; }

    /// <summary>npm's <c>session:missed</c> event: a cookie or key was present but no data was found.</summary>
    public Action<SessionEvent>? OnMissed { get; init; }

    /// <summary>npm's <c>session:invalid</c> event: <see cref="Valid"/> rejected the data.</summary>
    public Action<SessionEvent>? OnInvalid { get; init; }

    /// <summary>npm's <c>session:expired</c> event: the data's <c>_expire</c> has passed.</summary>
    public Action<SessionEvent>? OnExpired { get; init; }

    /// <summary>
    /// The clock the session's <c>_expire</c> is written and checked with (expiry, <see cref="Renew"/>); default
    /// <see cref="TimeProvider.System"/>. Tests pass their own to move time without waiting.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>npm koa-session's <c>externalKey</c>: reads and writes the session key somewhere other than the cookie.</summary>
/// <param name="Get">Reads the key from the request.</param>
/// <param name="Set">Writes the key on the response.</param>
public sealed record SessionExternalKey(Func<Context, string?> Get, Action<Context, string> Set);

/// <summary>The data of a session event.</summary>
/// <param name="Key">The external key, when there is a store.</param>
/// <param name="Value">The session data that was found (or not).</param>
/// <param name="Ctx">The request's context.</param>
public sealed record SessionEvent(string? Key, JsonNode? Value, Context Ctx);
