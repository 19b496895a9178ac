using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// <c>ctx.Session</c>: the session's data (JSON values by name) and its controls — npm koa-session's Session.
/// Names starting with <c>_</c> are kept off the saved data, as upstream.
/// </summary>
public sealed class SessionModel
{
    private readonly ContextSession _sessCtx;
    private readonly JsonObject _data;

    /// <param name="sessCtx">The request's session logic.</param>
    /// <param name="sessionData">What was loaded, or null for a new session.</param>
    /// <param name="externalKey">The store key.</param>
    /// <param name="owned">Whether <paramref name="sessionData"/> is nobody else's (parsed by the default codec):
    /// an object is then kept as the session's data, without the copy.</param>
    internal SessionModel(ContextSession sessCtx, JsonNode? sessionData, string? externalKey, bool owned = false)
    {
        _sessCtx = sessCtx;
        ExternalKey = externalKey;
        if (sessionData is null)
        {
            _data = new JsonObject();
            IsNew = true;
            return;
        }

        if (owned && sessionData is JsonObject own)
        {
            _data = own;
            Adopt(own);
            return;
        }

        _data = new JsonObject();

        if (sessionData is JsonValue str && str.GetValueKind() == JsonValueKind.String)
        {
            // `for (const k in "str")` walks the characters' indexes
            var text = str.GetValue<string>();
            for (var i = 0; i < text.Length; i++) _data[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = text[i].ToString();
            return;
        }

        if (sessionData is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++) _data[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = array[i]?.DeepClone();
            return;
        }

        if (sessionData is not JsonObject obj) return;
        foreach (var (k, v) in obj)
        {
            if (!Restore(k, v)) _data[k] = v?.DeepClone();
        }
    }

    /// <summary>
    /// upstream's <c>for (const k in obj) this[k] = obj[k]</c> for one property: the ones that restore the request's
    /// options (<c>_maxAge</c>, <c>_session</c>, a numeric <c>maxAge</c>) or the expiry (<c>_expire</c>) are taken
    /// (true); the others are data (false).
    /// </summary>
    private bool Restore(string k, JsonNode? v)
    {
        if (k == "_maxAge")
        {
            if (v is JsonValue mv && mv.GetValueKind() == JsonValueKind.Number) _sessCtx.MaxAge = SessionMaxAge.FromMilliseconds(SessionCodec.Num(mv));
        }
        else if (k == "_session")
        {
            _sessCtx.MaxAge = SessionMaxAge.Session;
        }
        else if (k == "maxAge" && v is JsonValue mav && mav.GetValueKind() == JsonValueKind.Number)
        {
            // Reflect.set(session, 'maxAge', n) goes through the maxAge setter upstream
            _sessCtx.MaxAge = SessionMaxAge.FromMilliseconds(SessionCodec.Num(mav));
            RequireSave = true;
        }
        else if (k == "_expire")
        {
            Expire = v is JsonValue ev && ev.GetValueKind() == JsonValueKind.Number ? SessionCodec.Num(ev) : null;
        }
        else
        {
            return false;
        }
        return true;
    }

    /// <summary>The copying loop over an object that is the session's own: the restoring properties are removed, the rest stays in place.</summary>
    private void Adopt(JsonObject own)
    {
        for (var i = 0; i < own.Count;)
        {
            var (k, v) = own.GetAt(i);
            if (Restore(k, v)) own.RemoveAt(i);
            else i++;
        }
    }

    /// <summary>The session's data (the <c>_</c> names included), for hashing and encoding without a copy.</summary>
    internal JsonObject Data => _data;

    /// <summary>Whether the session was just created (nothing was loaded).</summary>
    public bool IsNew { get; }

    internal bool RequireSave { get; set; }

    /// <summary>The loaded session's expiry (ms since the epoch), from its <c>_expire</c>.</summary>
    internal double? Expire { get; private set; }

    /// <summary>A value of the session (<c>null</c> when absent); setting <c>null</c> stores JSON <c>null</c>.</summary>
    /// <param name="key">The name.</param>
    /// <example><code>ctx.Session!["views"] = ((int?)ctx.Session["views"] ?? 0) + 1;</code></example>
    public JsonNode? this[string key]
    {
        get => _data.TryGetPropertyValue(key, out var v) ? v : null;
        set => _data[key] = value;
    }

    /// <summary>Whether the session has a value named <paramref name="key"/>.</summary>
    /// <param name="key">The name.</param>
    /// <returns>Whether it is there.</returns>
    /// <example><code>if (ctx.Session!.ContainsKey("user")) { }</code></example>
    public bool ContainsKey(string key) => _data.ContainsKey(key);

    /// <summary>Removes a value (JavaScript's <c>delete ctx.session.key</c>).</summary>
    /// <param name="key">The name.</param>
    /// <returns>Whether it was there.</returns>
    /// <example><code>ctx.Session!.Remove("flash");</code></example>
    public bool Remove(string key) => _data.Remove(key);

    /// <summary>Reads a value as <typeparamref name="T"/> (System.Text.Json), or <c>default</c> when absent.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="key">The name.</param>
    /// <returns>The value.</returns>
    /// <example><code>var user = ctx.Session!.Get&lt;User&gt;("user");</code></example>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Uses reflection-based System.Text.Json.")]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode("Uses reflection-based System.Text.Json.")]
    public T? Get<T>(string key) => this[key] is { } node ? node.Deserialize<T>() : default;

    /// <summary>Stores a value as JSON (System.Text.Json).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="key">The name.</param>
    /// <param name="value">The value.</param>
    /// <example><code>ctx.Session!.Set("user", new User("ada"));</code></example>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Uses reflection-based System.Text.Json.")]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode("Uses reflection-based System.Text.Json.")]
    public void Set<T>(string key, T value) => this[key] = JsonSerializer.SerializeToNode(value);

    /// <summary>The session's data as saved (npm's <c>toJSON()</c>): a copy without the <c>_</c> names.</summary>
    /// <returns>The data.</returns>
    /// <example><code>var json = ctx.Session!.ToJson().ToJsonString();</code></example>
    public JsonObject ToJson()
    {
        var obj = new JsonObject();
        foreach (var (k, v) in _data)
        {
            if (k.Length > 0 && k[0] == '_') continue;
            obj[k] = v?.DeepClone();
        }

        return obj;
    }

    /// <summary>How many values the session holds (npm's <c>length</c>).</summary>
    public int Length
    {
        get
        {
            var n = 0;
            foreach (var (k, _) in _data)
            {
                if (k.Length == 0 || k[0] != '_') n++;
            }

            return n;
        }
    }

    /// <summary>Whether the session holds any value.</summary>
    public bool Populated => Length > 0;

    /// <summary>The max age for this request's session; setting it forces a save.</summary>
    /// <example><code>ctx.Session!.MaxAge = TimeSpan.FromDays(30);</code></example>
    public SessionMaxAge? MaxAge
    {
        get => _sessCtx.MaxAge;
        set
        {
            _sessCtx.MaxAge = value;
            RequireSave = true;
        }
    }

    /// <summary>The key in the external store (only with a store).</summary>
    public string? ExternalKey { get; }

    /// <summary>Makes the session save at commit even if it did not change.</summary>
    /// <example><code>ctx.Session!.Save();</code></example>
    public void Save() => RequireSave = true;

    /// <summary>Saves the session now, whether or not it changed (npm's <c>save()</c>).</summary>
    /// <returns>A task.</returns>
    /// <example><code>await ctx.Session!.SaveAsync();</code></example>
    public Task SaveAsync() => _sessCtx.CommitAsync(save: true, regenerate: false);

    /// <summary>Destroys this session and starts a new one under a new key (npm's <c>regenerate()</c>).</summary>
    /// <returns>A task.</returns>
    /// <example><code>await ctx.Session!.RegenerateAsync();</code></example>
    public Task RegenerateAsync() => _sessCtx.CommitAsync(save: false, regenerate: true);

    /// <summary>Commits the session's headers and store now (with <c>AutoCommit = false</c>).</summary>
    /// <returns>A task.</returns>
    /// <example><code>await ctx.Session!.ManuallyCommitAsync();</code></example>
    public Task ManuallyCommitAsync() => _sessCtx.CommitAsync(save: false, regenerate: false);

    /// <inheritdoc />
    public override string ToString() => SessionCodec.Stringify(ToJson());
}
