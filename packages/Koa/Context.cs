using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// The per-request context handed to every middleware (Koa's <c>ctx</c>): the <see cref="Request"/> and
/// <see cref="Response"/>, per-request <see cref="State"/>, <see cref="Cookies"/>, error helpers, and — in
/// <c>Context.Aliases.cs</c> — Koa's delegated accessors (<c>ctx.Body</c> is <c>ctx.Response.Body</c>, …).
/// </summary>
/// <remarks>
/// Each request gets its own context, detached when the request ends: using it afterwards (say, from a
/// middleware that called <c>next()</c> without awaiting it) throws <see cref="InvalidOperationException"/> rather
/// than touching another request. Subclass it and use <see cref="Application{TContext}"/> to add members.
/// </remarks>
/// <example>
/// <code>
/// app.Use(async (ctx, next) =>
/// {
///     ctx.State["user"] = await LoadUserAsync(ctx.Cookies.Get("sid"));
///     await next();
/// });
/// </code>
/// </example>
public partial class Context
{
    // Everything about the request lives in a state the server may reuse for the connection's next request; the
    // context itself is new for each request and loses its state when the request ends (ContextState explains why
    // that is safe). The two fields left here are the ones still readable after the request: what the respond step
    // wrote, and whether it was asked to.
    private ContextState? _s;
    private long _responseLength = -1;

    /// <summary>Texts up to this length are written from one pooled buffer (at most 3 bytes per UTF-16 unit: 192 KiB).</summary>
    private const int MaxPooledTextLength = 64 * 1024;

    /// <summary>Creates an unbound context; the application binds it to a request (<see cref="Application{TContext}.CreateContext"/>).</summary>
    /// <example><c>sealed class MyContext : Context { public int Visits { get; set; } }</c></example>
    public Context()
    {
    }

    /// <summary>The application (<c>ctx.app</c>).</summary>
    /// <example><c>if (ctx.App.Env == "development") ctx.Set("X-Env", ctx.App.Env);</c></example>
    public ApplicationBase App => S.App!;

    /// <summary>The server's request feature (node's <c>ctx.req</c>): method, raw target, headers, body stream.</summary>
    /// <example><c>var body = await new StreamReader(ctx.Req.Body).ReadToEndAsync();</c></example>
    public IHttpRequestFeature Req => S.Req!;

    /// <summary>The server's response feature (node's <c>ctx.res</c>): status, reason phrase, headers, <c>HasStarted</c>.</summary>
    /// <example><c>ctx.Res.OnCompleted(_ => { Log(ctx.ResponseLength); return Task.CompletedTask; }, null);</c></example>
    public IHttpResponseFeature Res => S.Res!;

    /// <summary>
    /// The server's response body feature (for <see cref="Respond"/> = false): the body writer and stream,
    /// <c>StartAsync</c>, and <c>CompleteAsync</c> — node's <c>res.end()</c>: after it the response is no longer writable.
    /// </summary>
    /// <example><c>ctx.Respond = false; await ctx.ResBody.Writer.WriteAsync("raw"u8.ToArray()); await ctx.ResBody.CompleteAsync();</c></example>
    public IHttpResponseBodyFeature ResBody => S is var s && s.TrackedBody is { } tracked ? tracked : TrackBody(s);

    /// <summary>All features of the request (connection, lifetime, TLS, …).</summary>
    /// <example><c>ctx.Features.Get&lt;IHttpRequestLifetimeFeature&gt;()?.Abort();</c></example>
    public IFeatureCollection Features => S.Features!;

    /// <summary>The Koa request (<c>ctx.request</c>).</summary>
    /// <example><c>var type = ctx.Request.Type;</c></example>
    public Request Request => S is var s && s.Request is { } request ? request : AttachRequest(s);

    /// <summary>The Koa response (<c>ctx.response</c>).</summary>
    /// <example><c>ctx.Response.Body = "ok";</c></example>
    public Response Response => S.Response!;

    /// <summary>The URL as received, before any middleware rewrote <c>ctx.Url</c> (<c>ctx.originalUrl</c>).</summary>
    /// <example><c>ctx.Url = "/rewritten"; // ctx.OriginalUrl still holds the request target</c></example>
    public string OriginalUrl => S.OriginalUrl;

    /// <summary>The recommended namespace for passing data between middleware (<c>ctx.state</c>); fresh for each request.</summary>
    /// <example><c>ctx.State["user"] = user;</c></example>
    public IDictionary<string, object?> State => S is var s && s.State is { } state ? state : s.State = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Set to false to bypass Koa's response handling and write to <see cref="ResBody"/> yourself (<c>ctx.respond = false</c>).</summary>
    /// <example><c>ctx.Respond = false;</c></example>
    public bool Respond { get; set; } = true;

    /// <summary>
    /// Cookies of the request and response (<c>ctx.cookies</c>, npm cookies 0.9): signed with the application's keys,
    /// <c>Secure</c> following <c>ctx.Request.Secure</c>. Created on first use; assignable.
    /// </summary>
    /// <example>
    /// <code>
    /// var visits = int.Parse(ctx.Cookies.Get("visits") ?? "0") + 1;
    /// ctx.Cookies.Set("visits", visits.ToString(), new CookieSetOptions { Signed = true });
    /// </code>
    /// </example>
    [AllowNull]
    public Cookies Cookies
    {
        get => S is var s && s.Cookies is { } cookies ? cookies : s.Cookies = new Cookies(s.Req!.Headers, s.Res!.Headers, new CookiesOptions { Keys = s.App!.Keygrip, Secure = Request.Secure });
        set => S.Cookies = value;
    }

    /// <summary>A token cancelled when the client goes away.</summary>
    /// <example><c>await foreach (var item in source.WithCancellation(ctx.RequestAborted)) { … }</c></example>
    public CancellationToken RequestAborted
    {
        get
        {
            // Kestrel's getter takes a lock (and creates the token's source) on every read; the respond step reads it
            // up to three times per request. The token is the request's for its whole life, so it is read once; a
            // feature replaced since (the collection's revision moved) is asked again.
            var s = S;
            var features = s.Features!;
            if (s.AbortedRevision != features.Revision)
            {
                s.Aborted = Feature<IHttpRequestLifetimeFeature>(features)?.RequestAborted ?? CancellationToken.None;
                s.AbortedRevision = features.Revision;
            }
            return s.Aborted;
        }
    }

    // IFeatureCollection's indexer rather than Get<T>(): Get<T> is a generic virtual method (a runtime lookup per
    // call), the indexer a plain interface call; Kestrel answers both from the same fields.
    private static T? Feature<T>(IFeatureCollection features) where T : class => features[typeof(T)] as T;

    /// <summary>The number of body bytes the respond step has written so far (koa-lite's <c>ctx.responseLength</c>); null before it writes.</summary>
    /// <example><c>ctx.Res.OnCompleted(_ => { logger.Log(ctx.ResponseLength); return Task.CompletedTask; }, null);</c></example>
    public long? ResponseLength
    {
        get => _responseLength < 0 ? null : _responseLength;
        internal set => _responseLength = value ?? -1;
    }

    /// <summary>Whether the response has been ended (node's <c>res.writableEnded</c>).</summary>
    internal bool Ended => S.Ended;

    /// <summary>Whether the request came over HTTP/2 or later (node's <c>req.httpVersionMajor &gt;= 2</c>).</summary>
    internal bool IsHttp2 => Req.Protocol is { Length: > 0 } protocol && (protocol.StartsWith("HTTP/2", StringComparison.Ordinal) || protocol.StartsWith("HTTP/3", StringComparison.Ordinal));

    /// <summary>
    /// Throws an HTTP error (<c>ctx.throw(status, msg, props)</c>): an <see cref="HttpError"/> with the status,
    /// the message (default: the status text) and properties; exposed to the client when the status is below 500.
    /// </summary>
    /// <param name="status">The status, 4xx or 5xx (others become 500).</param>
    /// <param name="message">The message; null for the status text.</param>
    /// <param name="properties">Properties copied onto the error (not <c>status</c>).</param>
    /// <example><c>if (user is null) ctx.Throw(401, "access_denied", new Dictionary&lt;string, object?&gt; { ["user"] = name });</c></example>
    [DoesNotReturn]
    public void Throw(int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        throw HttpErrors.Create(status, message, properties);

    /// <summary>Throws an HTTP error with a status and properties (<c>ctx.throw(400, { prop })</c>).</summary>
    /// <param name="status">The status.</param>
    /// <param name="properties">Properties copied onto the error.</param>
    /// <example><c>ctx.Throw(400, new Dictionary&lt;string, object?&gt; { ["field"] = "name" });</c></example>
    [DoesNotReturn]
    public void Throw(int status, IReadOnlyDictionary<string, object?> properties) =>
        throw HttpErrors.Create(status, null, properties);

    /// <summary>Throws a 500 HTTP error with a message (<c>ctx.throw('msg')</c>); not exposed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="properties">Properties copied onto the error.</param>
    /// <example><c>ctx.Throw("something exploded");</c></example>
    [DoesNotReturn]
    public void Throw(string message, IReadOnlyDictionary<string, object?>? properties = null) =>
        throw HttpErrors.Create(message, properties);

    /// <summary>Throws an existing error, given a status (<c>err.status || err.statusCode || 500</c>) and expose flag when it has none (<c>ctx.throw(err)</c>).</summary>
    /// <param name="error">The error.</param>
    /// <param name="properties">Properties copied onto the error.</param>
    /// <example><c>catch (IOException e) { ctx.Throw(e); }</c></example>
    [DoesNotReturn]
    public void Throw(Exception error, IReadOnlyDictionary<string, object?>? properties = null) =>
        throw HttpErrors.Create(error, properties);

    /// <summary>Throws an existing error with a status (<c>ctx.throw(422, err)</c>).</summary>
    /// <param name="status">The status, used when the error carries none.</param>
    /// <param name="error">The error.</param>
    /// <param name="properties">Properties copied onto the error.</param>
    /// <example><c>ctx.Throw(422, new FormatException("bad date"));</c></example>
    [DoesNotReturn]
    public void Throw(int status, Exception error, IReadOnlyDictionary<string, object?>? properties = null) =>
        throw HttpErrors.Create(status, error, properties);

    /// <summary>Throws with http-errors' argument rules, any order (<c>ctx.throw(...args)</c>): a status only as the first argument, a message string, an exception, a properties dictionary.</summary>
    /// <param name="args">The arguments.</param>
    /// <example><c>ctx.Throw(403, "forbidden", new Dictionary&lt;string, object?&gt; { ["user"] = id });</c></example>
    [DoesNotReturn]
    public void Throw(params object?[] args) => throw HttpErrors.Create(args);

    /// <summary>Throws an HTTP error unless <paramref name="value"/> is true (<c>ctx.assert(value, status, msg)</c>, http-assert).</summary>
    /// <param name="value">The condition.</param>
    /// <param name="status">The status of the error.</param>
    /// <param name="message">The message; null for the status text.</param>
    /// <param name="properties">Properties copied onto the error.</param>
    /// <example><c>ctx.Assert(ctx.State.ContainsKey("user"), 401, "Please login!");</c></example>
    public void Assert([DoesNotReturnIf(false)] bool value, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        HttpAssert.Assert(value, status, message, properties);

    /// <summary>Throws an HTTP error unless <paramref name="value"/> is truthy in JavaScript's sense (null, <c>""</c>, 0, false fail).</summary>
    /// <param name="value">The value.</param>
    /// <param name="status">The status of the error.</param>
    /// <param name="message">The message; null for the status text.</param>
    /// <param name="properties">Properties copied onto the error.</param>
    /// <example><c>ctx.Assert(ctx.Query.GetValueOrDefault("id").ToString(), 400, "id required");</c></example>
    public void Assert([NotNull] object? value, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        HttpAssert.Assert(value, status, message, properties);

    /// <summary>
    /// Koa's default error handling for this request (<c>ctx.onerror(err)</c>): raises the application's
    /// <see cref="ApplicationBase.Error"/>; then, unless headers are already sent, clears every response header,
    /// applies the error's headers (except Content-Type/Length) and answers <c>text/plain</c> with the error's
    /// status (or 500) and its message when exposed, else the status text.
    /// </summary>
    /// <param name="error">The error; null does nothing (node-callback style).</param>
    /// <returns>A task that completes when the error response is written.</returns>
    /// <example>
    /// <code>
    /// app.Use(async (ctx, next) =>
    /// {
    ///     try { await next(); }
    ///     catch (Exception err) when (err is not HttpError) { await ctx.OnErrorAsync(err); ctx.Respond = false; }
    /// });
    /// </code>
    /// </example>
    public async Task OnErrorAsync(Exception? error)
    {
        if (error is null) return;

        var headerSent = HeaderSent || !Writable;
        if (headerSent) error.Data["headerSent"] = true;

        App.EmitError(error, this);

        if (headerSent) return;

        var res = Res;
        res.Headers.Clear();
        if (ErrorStatus.Headers(error) is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                Response.Set(name, value);
            }
        }

        Response.Type = "text";

        var statusCode = ErrorStatus.Of(error) is { } status && Statuses.GetMessage(status) is not null ? status : 500;
        var code = Statuses.GetMessage(statusCode)!;
        var message = ErrorStatus.Expose(error) ? error.Message : code;
        Response.Status = statusCode;
        ErrorStatus.Set(error, statusCode);
        Response.Length = Encoding.UTF8.GetByteCount(message);
        await EndAsync(message).ConfigureAwait(false);
    }

    /// <summary>Koa's <c>ctx.toJSON()</c>: the request's and response's JSON, the application's, <c>originalUrl</c>, and placeholders for the server objects.</summary>
    /// <returns>A new dictionary.</returns>
    /// <example><c>var json = JsonSerializer.Serialize(ctx.ToJSON());</c></example>
    public IReadOnlyDictionary<string, object?> ToJSON() => new Dictionary<string, object?>
    {
        ["request"] = Request.ToJSON(),
        ["response"] = Response.ToJSON(),
        ["app"] = App.ToJSON(),
        ["originalUrl"] = OriginalUrl,
        ["req"] = "<original node req>",
        ["res"] = "<original node res>",
        ["socket"] = "<original node socket>",
    };

    /// <summary>Koa's <c>ctx.inspect()</c>: the same as <see cref="ToJSON"/>; empty for a context not bound to a request (Koa's prototype).</summary>
    /// <returns>The JSON representation.</returns>
    /// <example><c>Console.WriteLine(JsonSerializer.Serialize(ctx.Inspect()));</c></example>
    public IReadOnlyDictionary<string, object?> Inspect() => _s is null ? new Dictionary<string, object?>() : ToJSON();

    /// <summary>Creates the request object of this context; override to use a <see cref="Koa.Request"/> subclass (<c>app.request</c> extension).</summary>
    /// <returns>A new request, bound to this context by the framework.</returns>
    /// <example><c>protected override Request CreateRequest() => new MyRequest();</c></example>
    protected virtual Request CreateRequest() => new();

    /// <summary>Creates the response object of this context; override to use a <see cref="Koa.Response"/> subclass (<c>app.response</c> extension).</summary>
    /// <returns>A new response, bound to this context by the framework.</returns>
    /// <example><c>protected override Response CreateResponse() => new MyResponse();</c></example>
    protected virtual Response CreateResponse() => new();

    /// <summary>Binds this context to a request (Koa's <c>createContext</c>) with a new state.</summary>
    internal void Initialize(ApplicationBase app, IFeatureCollection features, bool mounted = false) =>
        Initialize(app, features, new ContextState(), mounted);

    /// <summary>
    /// Binds this new context to a request through <paramref name="state"/>, a state of the connection that no
    /// context owns any more (one still owned is left alone: a new state is made instead).
    /// </summary>
    internal void Initialize(ApplicationBase app, IFeatureCollection features, ContextState state, bool mounted = false)
    {
        if (state.Owner is not null) state = new ContextState();
        var req = Feature<IHttpRequestFeature>(features) ?? throw new InvalidOperationException("The request has no IHttpRequestFeature.");
        var res = Feature<IHttpResponseFeature>(features) ?? throw new InvalidOperationException("The request has no IHttpResponseFeature.");
        var resBody = Feature<IHttpResponseBodyFeature>(features) ?? throw new InvalidOperationException("The request has no IHttpResponseBodyFeature.");
        state.Owner = this;
        state.App = app;
        state.Features = features;
        state.Req = req;
        state.Res = res;
        state.ResBody = resBody;
        state.OriginalUrl = RequestTarget(req, mounted);
        state.Ended = false;
        state.AbortedRevision = -1;
        _s = state;
        var response = CreateResponse();
        response.Attach(this);
        state.Response = response;
        Respond = true;
        _responseLength = -1;
    }

    // The request object and the tracked body are made when first asked for: a response that never reads the Koa
    // request (or the raw body feature) does not pay for them. Both belong to this request alone.
    private Request AttachRequest(ContextState s)
    {
        var request = CreateRequest();
        request.Attach(this, s.OriginalUrl);
        return s.Request = request;
    }

    private TrackedResponseBody TrackBody(ContextState s)
    {
        var tracked = new TrackedResponseBody(this);
        tracked.Attach(s.ResBody!);
        return s.TrackedBody = tracked;
    }

    /// <summary>The state this context is bound to, null once its request has ended (for tests of the reuse).</summary>
    internal object? BoundState => _s;

    /// <summary>The state of the request this context is bound to; throws once the request has ended.</summary>
    private ContextState S => _s ?? throw Unbound();

    /// <summary><see cref="S"/> for the response, whose body and flags live there too.</summary>
    internal ContextState Bound => _s ?? throw Unbound();

    /// <summary>
    /// Detaches this context from its request (when the request ends): the objects made for the request are
    /// detached too, and the state, emptied, may serve the connection's next request with a new context.
    /// </summary>
    internal void Reset()
    {
        var s = _s;
        if (s is null) return;
        _s = null;
        s.Request?.Detach();
        s.Response?.Detach();
        s.State?.Clear();
        s.TrackedBody?.Detach();
        s.Request = null;
        s.Response = null;
        s.State = null;
        s.Cookies = null;
        s.TrackedBody = null;
        s.Features = null;
        s.Req = null;
        s.Res = null;
        s.ResBody = null;
        s.Aborted = default;
        s.AbortedRevision = -1;
        s.Body = null;
        s.ExplicitStatus = false;
        s.ExplicitNullBody = false;
        s.ObsText = false;
        s.Owned = null;
        s.Owner = null;
    }

    // node's req.url: the raw request target. Mounted inside ASP.NET Core under a path base, the part below it.
    private static string RequestTarget(IHttpRequestFeature req, bool mounted)
    {
        if (mounted && !string.IsNullOrEmpty(req.PathBase) || string.IsNullOrEmpty(req.RawTarget))
        {
            return new PathString(req.Path).ToUriComponent() + req.QueryString;
        }
        return req.RawTarget;
    }

    /// <summary>Marks the response as ended (node's <c>res.end()</c>): <see cref="Response.Writable"/> turns false.</summary>
    internal void MarkEnded() => S.Ended = true;

    /// <summary>
    /// Writes <paramref name="text"/> as the body (UTF-8) and ends the response. The text is encoded into a pooled
    /// buffer and handed to the server in one write: before the response has started, Kestrel then sends the status
    /// line, headers and body together, where encoding straight into the writer (<c>GetSpan</c>, <c>Advance</c>,
    /// <c>FlushAsync</c>) makes it lease a separate block for the body, take its output lock three times and copy the
    /// body behind the headers. Texts longer than <see cref="MaxPooledTextLength"/> are encoded into the writer.
    /// </summary>
    internal Task EndAsync(string text)
    {
        var s = S;
        s.Ended = true;
        if (text.Length == 0 || s.Req!.Method == "HEAD")
        {
            ResponseLength ??= 0;
            return Task.CompletedTask;
        }
        if (text.Length > MaxPooledTextLength) return EndLargeAsync(s, text);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        ValueTask<System.IO.Pipelines.FlushResult> write;
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            ResponseLength = length;
            write = s.ResBody!.Writer.WriteAsync(buffer.AsMemory(0, length), RequestAborted);
        }
        catch (Exception error)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return Task.FromException(error);
        }
        if (!write.IsCompletedSuccessfully) return AwaitWriteAsync(write, buffer);
        _ = write.Result;
        ArrayPool<byte>.Shared.Return(buffer);
        return Task.CompletedTask;
    }

    private async Task EndLargeAsync(ContextState s, string text)
    {
        var writer = s.ResBody!.Writer;
        ResponseLength = Encoding.UTF8.GetBytes(text, writer);
        await writer.FlushAsync(RequestAborted).ConfigureAwait(false);
    }

    private static async Task AwaitWriteAsync(ValueTask<System.IO.Pipelines.FlushResult> write, byte[]? buffer)
    {
        try
        {
            await write.ConfigureAwait(false);
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as the body and ends the response.</summary>
    internal Task EndAsync(ReadOnlyMemory<byte> bytes)
    {
        var s = S;
        s.Ended = true;
        ResponseLength = bytes.Length;
        if (bytes.IsEmpty || s.Req!.Method == "HEAD") return Task.CompletedTask;
        ValueTask<System.IO.Pipelines.FlushResult> write;
        try
        {
            write = s.ResBody!.Writer.WriteAsync(bytes, RequestAborted);
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
        if (!write.IsCompletedSuccessfully) return AwaitWriteAsync(write, null);
        _ = write.Result;
        return Task.CompletedTask;
    }

    /// <summary>
    /// What happens to an exception thrown by the middleware or the respond step: nothing when the client went away
    /// (a cancelled or reset connection is not a server error), otherwise <see cref="OnErrorAsync"/>. An error while
    /// handling the error is written to stderr unless the application is silent. When the headers were already sent,
    /// nothing can be answered any more: the connection is aborted so the client sees a truncated response (no last
    /// chunk, or fewer bytes than Content-Length) instead of one that looks complete.
    /// </summary>
    internal async Task HandleFailureAsync(Exception error)
    {
        if (IsClientAbort(error)) return;
        try
        {
            await OnErrorAsync(error).ConfigureAwait(false);
            if (Res.HasStarted && !Ended) Features.Get<IHttpRequestLifetimeFeature>()?.Abort();
        }
        catch (Exception failure) when (!IsClientAbort(failure))
        {
            if (!App.Silent) Console.Error.WriteLine("\n  error in the error handler: " + failure + "\n");
            if (Res.HasStarted) Features.Get<IHttpRequestLifetimeFeature>()?.Abort();
            else throw;
        }
    }

    /// <summary>Whether <paramref name="error"/> only says that the client is gone.</summary>
    internal bool IsClientAbort(Exception error) =>
        RequestAborted.IsCancellationRequested && error is OperationCanceledException or IOException;

    private static InvalidOperationException Unbound() => new("This context is not bound to a request.");
}
