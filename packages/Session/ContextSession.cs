using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>The per-request session logic (npm koa-session's ContextSession).</summary>
internal sealed class ContextSession
{
    private const double OneDay = 24 * 60 * 60 * 1000;
    private static readonly DateTimeOffset CookieExpDate = DateTimeOffset.UnixEpoch;

    private readonly Context _ctx;
    private readonly SessionOptions _opts;
    private SessionModel? _session;
    private bool _removed;

    /// <summary>The hash of <c>JSON.stringify</c> of the session as loaded (upstream's <c>prevHash</c>), or null for a new session.</summary>
    private ulong? _prevHash;

    /// <summary>
    /// Instead of <see cref="_prevHash"/> for a session the default codec parsed into immutable values only (strings,
    /// numbers, booleans, nulls): its <c>toJSON()</c> entries as loaded (names and value references). The data can then
    /// only change through the session object, so the same entries at commit mean the same JSON; other entries are
    /// hashed and compared as <see cref="_prevHash"/> would be. Not hashing the usual unchanged session twice per request.
    /// </summary>
    private KeyValuePair<string, JsonNode?>[]? _loaded;

    public ContextSession(Context ctx, SessionOptions opts)
    {
        _ctx = ctx;
        _opts = opts;
        MaxAge = opts.MaxAge;
        Store = opts.ContextStore is { } factory ? factory(ctx) : opts.Store;
    }

    /// <summary>npm's <c>ctx.sessionOptions.maxAge</c> for this request (restored from the session, set by <c>session.maxAge</c>).</summary>
    public SessionMaxAge? MaxAge { get; set; }

    public SessionOptions SessionOptions => _opts;

    public ISessionStore? Store { get; }

    public string? ExternalKey { get; private set; }

    public SessionModel? Get()
    {
        if (_session is not null) return _session;
        if (_removed) return null;
        if (Store is not null) Create();
        else InitFromCookie();
        return _session;
    }

    public void Set(SessionModel? value)
    {
        if (value is null)
        {
            _session = null;
            _removed = true;
            return;
        }

        Create(value.ToJson(), ExternalKey, owned: true);
    }

    public void Set(JsonObject value) => Create(value, ExternalKey);

    public async Task InitFromExternalAsync()
    {
        var externalKey = _opts.ExternalKey is { } ek ? ek.Get(_ctx) : _ctx.Cookies.Get(_opts.Key, _opts.CookieGet);
        if (string.IsNullOrEmpty(externalKey))
        {
            Create();
            return;
        }

        var sessionData = await Store!.GetAsync(externalKey, MaxAge, _opts.Rolling, _ctx.RequestAborted).ConfigureAwait(false);
        if (!Valid(sessionData, externalKey))
        {
            Create();
            return;
        }

        Create(sessionData, externalKey);
        _prevHash = SessionJson.HashData(_session!.Data);
    }

    private void InitFromCookie()
    {
        if (!_ctx.Cookies.TryGet(_opts.Key, _opts.CookieGet, out var cookie) || cookie.IsEmpty)
        {
            Create();
            return;
        }

        JsonNode? sessionData;
        try
        {
            // the default codec decodes from the request header's text; a custom one gets a string
            sessionData = _opts.Decode is { } decode ? decode(cookie.ToString()) : SessionCodec.Decode(cookie);
        }
        catch (Exception error) when (error is not (JsonException or FormatException))
        {
            // clean this cookie to ensure next request won't throw again; Koa's error handler keeps these headers
            _ctx.Cookies.Set(_opts.Key, string.Empty, _opts.CookieSet(null, null));
            var headers = HttpErrors.GetHeaders(error);
            var setCookie = _ctx.Response.Get("Set-Cookie");
            if (error is HttpError http) http.Headers["set-cookie"] = setCookie;
            else if (headers is not null) headers["set-cookie"] = setCookie;
            else error.Data["headers"] = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(StringComparer.OrdinalIgnoreCase) { ["set-cookie"] = setCookie };
            throw;
        }
        catch (Exception)
        {
            Create();
            return;
        }

        if (!Valid(sessionData, null))
        {
            Create();
            return;
        }

        // what the default codec parsed belongs to nobody else: the session keeps it instead of copying it
        Create(sessionData, owned: _opts.Decode is null);
        if (_opts.Decode is not null || !TrySnapshot(_session!.Data, out _loaded))
            _prevHash = SessionJson.HashData(_session!.Data);
    }

    private bool Valid(JsonNode? sessionData, string? key)
    {
        if (!Truthy(sessionData))
        {
            Emit(_opts.OnMissed, key, sessionData);
            return false;
        }

        if (sessionData is JsonObject obj && obj.TryGetPropertyValue("_expire", out var exp) && exp is JsonValue ev &&
            ev.GetValueKind() == JsonValueKind.Number && SessionCodec.Num(ev) < NowMs())
        {
            Emit(_opts.OnExpired, key, sessionData);
            return false;
        }

        if (_opts.Valid is { } valid && !valid(_ctx, sessionData as JsonObject ?? new JsonObject()))
        {
            Emit(_opts.OnInvalid, key, sessionData);
            return false;
        }

        return true;
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => v.ToString().Length > 0,
            JsonValueKind.Number => SessionCodec.Num(v) is var d && d != 0 && !double.IsNaN(d),
            _ => true,
        },
        _ => true,
    };

    private void Emit(Action<SessionEvent>? handler, string? key, JsonNode? value)
    {
        if (handler is null) return;
        try
        {
            handler(new SessionEvent(key, value, _ctx));
        }
        catch (Exception error)
        {
            _ctx.App.EmitError(error, _ctx);
        }
    }

    private void Create(JsonNode? sessionData = null, string? externalKey = null, bool owned = false)
    {
        if (Store is not null)
            ExternalKey = externalKey ?? GenerateId();
        _removed = false;
        _session = new SessionModel(this, sessionData, ExternalKey, owned);
    }

    private string GenerateId() => _opts.Genid is { } genid ? genid(_ctx) : (_opts.Prefix ?? string.Empty) + Guid.NewGuid().ToString();

    public async Task CommitAsync(bool save, bool regenerate)
    {
        // not accessed
        if (_session is null && !_removed) return;

        // removed
        if (_removed)
        {
            await RemoveAsync().ConfigureAwait(false);
            return;
        }

        var session = _session!;
        if (regenerate)
        {
            await RemoveAsync().ConfigureAwait(false);
            if (Store is not null) ExternalKey = GenerateId();
        }

        var reason = save || regenerate || session.RequireSave ? "force" : ShouldSaveSession();
        if (reason.Length == 0) return;

        _opts.BeforeSave?.Invoke(_ctx, session);
        await SaveAsync(reason == "changed").ConfigureAwait(false);
    }

    private string ShouldSaveSession()
    {
        var session = _session!;
        if (_loaded is { } loaded)
        {
            if (!SameEntries(loaded, session.Data) && SessionJson.HashData(loaded) != SessionJson.HashData(session.Data)) return "changed";
        }
        else if (_prevHash is not { } prevHash)
        {
            return session.Length == 0 ? string.Empty : "changed";
        }
        else if (prevHash != SessionJson.HashData(session.Data))
        {
            return "changed";
        }

        if (_opts.Rolling) return "rolling";
        if (_opts.Renew)
        {
            var expire = session.Expire;
            var maxAge = session.MaxAge;
            if (expire is { } e && e != 0 && maxAge is { IsSession: false, Milliseconds: var ms } && ms != 0 && e - NowMs() < ms / 2)
                return "renew";
        }

        return string.Empty;
    }

    private async Task RemoveAsync()
    {
        if (ExternalKey is { } externalKey)
            await Store!.DestroyAsync(externalKey, _ctx.RequestAborted).ConfigureAwait(false);
        _ctx.Cookies.Set(_opts.Key, string.Empty, _opts.CookieSet(null, CookieExpDate));
    }

    private async Task SaveAsync(bool changed)
    {
        var externalKey = ExternalKey;
        var maxAge = MaxAge is { } configured && (configured.IsSession || configured.Milliseconds != 0) ? configured : SessionMaxAge.FromMilliseconds(OneDay);
        SessionMaxAge? cookieMaxAge = MaxAge;
        if (maxAge.IsSession)
        {
            // no _expire for a browser-session cookie, and no maxAge on the cookie
            MaxAge = null;
            cookieMaxAge = null;
        }

        if (externalKey is null && _opts.Encode is null)
        {
            // the default codec: JSON.stringify({ ...session.toJSON(), _expire, _maxAge }) written straight from the session
            _ctx.Cookies.Set(_opts.Key, EncodeCookie(maxAge), _opts.CookieSet(cookieMaxAge, null));
            return;
        }

        var sessionData = _session!.ToJson();
        if (maxAge.IsSession)
        {
            sessionData["_session"] = true;
        }
        else
        {
            sessionData["_expire"] = Math.Floor(maxAge.Milliseconds + NowMs());
            sessionData["_maxAge"] = maxAge.Milliseconds;
        }

        if (externalKey is not null)
        {
            var storeMaxAge = maxAge.IsSession ? maxAge : SessionMaxAge.FromMilliseconds(maxAge.Milliseconds + 10000);
            await Store!.SetAsync(externalKey, sessionData, storeMaxAge, _opts.Rolling, changed, _ctx.RequestAborted).ConfigureAwait(false);
            if (_opts.ExternalKey is { } ek) ek.Set(_ctx, externalKey);
            else _ctx.Cookies.Set(_opts.Key, externalKey, _opts.CookieSet(cookieMaxAge, null));
            return;
        }

        var value = _opts.Encode!(sessionData);
        _ctx.Cookies.Set(_opts.Key, value, _opts.CookieSet(cookieMaxAge, null));
    }

    /// <summary>
    /// <see cref="SessionCodec.Encode"/> of <c>toJSON()</c> plus <c>_session</c>, or <c>_expire</c> and <c>_maxAge</c>
    /// (appended last, as setting them on the copy does), without the copy.
    /// </summary>
    private string EncodeCookie(SessionMaxAge maxAge)
    {
        var w = new JsonCharWriter(stackalloc char[SessionJson.StackChars]);
        try
        {
            var count = SessionJson.WriteOpenData(ref w, _session!.Data);
            if (count > 0) w.Append(',');
            if (maxAge.IsSession)
            {
                w.Append("\"_session\":true");
            }
            else
            {
                w.Append("\"_expire\":");
                SessionJson.WriteNumber(ref w, Math.Floor(maxAge.Milliseconds + NowMs()));
                w.Append(",\"_maxAge\":");
                SessionJson.WriteNumber(ref w, maxAge.Milliseconds);
            }
            w.Append('}');
            return SessionJson.Base64(w.Written);
        }
        finally
        {
            w.Dispose();
        }
    }

    /// <summary>The <c>toJSON()</c> entries (names not starting with <c>_</c>) when every value is immutable (null or a <see cref="JsonValue"/>).</summary>
    private static bool TrySnapshot(JsonObject data, out KeyValuePair<string, JsonNode?>[]? entries)
    {
        entries = null;
        var count = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var (key, value) = data.GetAt(i);
            if (key.Length > 0 && key[0] == '_') continue;
            if (value is not (null or JsonValue)) return false;
            count++;
        }

        var made = count == 0 ? [] : new KeyValuePair<string, JsonNode?>[count];
        var at = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var entry = data.GetAt(i);
            if (entry.Key.Length > 0 && entry.Key[0] == '_') continue;
            made[at++] = entry;
        }
        entries = made;
        return true;
    }

    /// <summary>Whether <paramref name="data"/>'s <c>toJSON()</c> entries are <paramref name="loaded"/>: same names, same order, same value references.</summary>
    private static bool SameEntries(KeyValuePair<string, JsonNode?>[] loaded, JsonObject data)
    {
        var at = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var (key, value) = data.GetAt(i);
            if (key.Length > 0 && key[0] == '_') continue;
            if (at == loaded.Length || !ReferenceEquals(loaded[at].Value, value) || !string.Equals(loaded[at].Key, key, StringComparison.Ordinal)) return false;
            at++;
        }
        return at == loaded.Length;
    }

    private double NowMs() => _opts.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
