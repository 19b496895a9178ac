using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Koa's response (<c>ctx.response</c>, lib/response.js): status, headers and the body with Koa's setter rules,
/// over the server's <see cref="IHttpResponseFeature"/>. The body is written after the middleware by the respond
/// step. Most members are also on the context (<c>ctx.Body</c> is <c>ctx.Response.Body</c>).
/// </summary>
/// <example>
/// <code>
/// app.Use(ctx =>
/// {
///     ctx.Response.Status = 201;
///     ctx.Response.Set("Location", "/items/1");
///     ctx.Response.Body = new { id = 1 };
///     return Task.CompletedTask;
/// });
/// </code>
/// </example>
public class Response
{
    private Context? _ctx;

    /// <summary>
    /// The status text node's <c>writeHead</c> sends for a code without a message (<c>STATUS_CODES[code] || 'unknown'</c>);
    /// <see cref="Message"/> still reads as none (Koa: <c>undefined</c>). Its own instance, told apart by reference
    /// from a message set to "unknown".
    /// </summary>
    private static readonly string UnknownStatusText = new("unknown".AsSpan());

    /// <summary>Creates a response; a <see cref="Context"/> binds it (override <c>Context.CreateResponse</c> to use a subclass).</summary>
    /// <example><c>sealed class MyResponse : Response { public void NoStore() => Set("Cache-Control", "no-store"); }</c></example>
    protected internal Response()
    {
    }

    /// <summary>The context (<c>response.ctx</c>).</summary>
    /// <example><c>ctx.Response.Ctx == ctx</c></example>
    public Context Ctx => _ctx ?? throw new InvalidOperationException("This response is not bound to a context.");

    /// <summary>The application (<c>response.app</c>).</summary>
    /// <example><c>ctx.Response.App.Env</c></example>
    public ApplicationBase App => Ctx.App;

    /// <summary>The request of the same context (<c>response.request</c>).</summary>
    /// <example><c>ctx.Response.Request.Method</c></example>
    public Request Request => Ctx.Request;

    /// <summary>The server's response feature (<c>response.res</c>).</summary>
    /// <example><c>ctx.Response.Res.HasStarted</c></example>
    public IHttpResponseFeature Res => Ctx.Res;

    /// <summary>The connection (<c>response.socket</c>), the same as <see cref="Koa.Request.Socket"/>.</summary>
    /// <example><c>ctx.Response.Socket?.RemoteIpAddress</c></example>
    public IHttpConnectionFeature? Socket => Ctx.Request.Socket;

    /// <summary>The response headers (<c>response.header</c>); names are case-insensitive.</summary>
    /// <example><c>ctx.Response.Header["Content-Type"]</c></example>
    public IHeaderDictionary Header => Res.Headers;

    /// <summary>The response headers (<c>response.headers</c>), an alias of <see cref="Header"/>.</summary>
    /// <example><c>ctx.Response.Headers.ContainsKey("ETag")</c></example>
    public IHeaderDictionary Headers => Res.Headers;

    /// <summary>
    /// The status (<c>response.status</c>): 404 until something sets it. Setting it: ignored once headers are sent;
    /// must be 100–999; sets the status text; for 204, 205 and 304 it drops the body and its headers.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside 100–999 (<c>invalid status code: N</c>).</exception>
    /// <example><c>ctx.Response.Status = 201;</c></example>
    public int Status
    {
        get => Res.StatusCode;
        set
        {
            if (HeaderSent) return;
            if (value is < 100 or > 999)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "invalid status code: " + value.ToString(CultureInfo.InvariantCulture));
            }
            St.ExplicitStatus = true;
            Res.StatusCode = value;
            if (!Ctx.IsHttp2) Res.ReasonPhrase = Statuses.GetMessage(value) ?? UnknownStatusText;
            if (JsValue.IsTruthy(St.Body) && Statuses.IsEmpty(value)) Body = null;
        }
    }

    /// <summary>The status text (<c>response.message</c>): the one set, else the standard text of <see cref="Status"/>; null for an unknown status.</summary>
    /// <exception cref="ArgumentException">A control character (CR, LF, NUL…) in the text (node: <c>Invalid character in statusMessage</c>).</exception>
    /// <example><c>ctx.Response.Message = "Everything Is Fine";</c></example>
    public string? Message
    {
        get => string.IsNullOrEmpty(Res.ReasonPhrase) || ReferenceEquals(Res.ReasonPhrase, UnknownStatusText) ? Statuses.GetMessage(Status) : Res.ReasonPhrase;
        set
        {
            St.ObsText |= HeaderValidation.ThrowIfInvalidStatusMessage(value);
            Res.ReasonPhrase = value;
        }
    }

    /// <summary>
    /// The body (<c>response.body</c>). Setting it follows Koa: null → 204 (unless the status is 204/205/304, or the
    /// type is <c>application/json</c>, which sends <c>null</c>) and drops the entity headers; otherwise status 200
    /// unless one was set; a string → <c>text/html</c> when it starts with <c>&lt;</c> (after white space) else
    /// <c>text/plain</c>, with its length; bytes → <c>application/octet-stream</c> with length; a
    /// <see cref="Stream"/> or <see cref="PipeReader"/> → octet-stream, streamed without length and disposed when
    /// the response ends; an <see cref="HttpContent"/> (a Blob) → its type and length; an
    /// <see cref="HttpResponseMessage"/> (a fetch Response) → its status and headers; anything else → JSON
    /// (<c>application/json</c> unless the type already mentions json). The type is only chosen when none is set.
    /// </summary>
    /// <example><c>ctx.Response.Body = new { hello = "world" }; // application/json; charset=utf-8</c></example>
    public object? Body
    {
        get => _ctx is null ? null : St.Body;
        set
        {
            var st = St;
            var original = st.Body;
            st.Body = value;

            if (value is null)
            {
                if (!Statuses.IsEmpty(Status))
                {
                    if (Type == "application/json")
                    {
                        st.Body = "null";
                        return;
                    }
                    Status = 204;
                }
                st.ExplicitNullBody = true;
                Remove("Content-Type");
                Remove("Content-Length");
                Remove("Transfer-Encoding");
                CleanupPrevious(original, value);
                return;
            }

            if (!st.ExplicitStatus) Status = 200;
            var setType = !Has("Content-Type");

            switch (value)
            {
                case string text:
                    if (setType) Type = StartsWithTag(text) ? "html" : "text";
                    Length = Encoding.UTF8.GetByteCount(text);
                    CleanupPrevious(original, value);
                    return;

                case byte[] or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte>:
                    if (setType) Type = "bin";
                    Length = BytesOf(value).Length;
                    CleanupPrevious(original, value);
                    return;

                case Stream or PipeReader:
                    Own(value);
                    if (!ReferenceEquals(original, value))
                    {
                        if (original is not null) Remove("Content-Length");
                        CleanupPrevious(original, value);
                    }
                    if (setType) Type = "bin";
                    return;

                case HttpContent content:
                    if (setType) Type = content.Headers.ContentType?.ToString() ?? "bin";
                    if (content.Headers.ContentLength is { } contentLength) Length = contentLength;
                    Own(value);
                    CleanupPrevious(original, value);
                    return;

                case HttpResponseMessage message:
                    Status = (int)message.StatusCode;
                    if (setType) Type = "bin";
                    foreach (var (name, values) in message.Headers) Set(name, string.Join(", ", values));
                    foreach (var (name, values) in message.Content.Headers) Set(name, string.Join(", ", values));
                    Own(value);
                    CleanupPrevious(original, value);
                    return;

                default:
                    Remove("Content-Length");
                    var type = Type ?? string.Empty;
                    if (type.Length == 0 || !MentionsJson(type)) Type = "json";
                    CleanupPrevious(original, value);
                    return;
            }
        }
    }

    /// <summary>
    /// The body length (<c>response.length</c>): <c>Content-Length</c> when set (<c>parseInt || 0</c>), else computed
    /// from a string, bytes or JSON body; null for streams or no body. Setting it sets <c>Content-Length</c> unless
    /// <c>Transfer-Encoding</c> is present; null removes it.
    /// </summary>
    /// <example><c>ctx.Response.Length = 42;</c></example>
    public long? Length
    {
        get
        {
            if (Has("Content-Length")) return JsValue.ParseInt64(HeaderList.Join(Get("Content-Length"))) ?? 0;
            var body = St.Body;
            if (!JsValue.IsTruthy(body) || body is Stream or PipeReader or HttpResponseMessage) return null;
            return body switch
            {
                string text => Encoding.UTF8.GetByteCount(text),
                byte[] or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte> => BytesOf(body).Length,
                HttpContent content => content.Headers.ContentLength,
                _ => Encoding.UTF8.GetByteCount(JsJson.Stringify(body, App.JsonOptions, App.JsonIndent)),
            };
        }
        set
        {
            if (Has("Transfer-Encoding")) return;
            if (value is { } length)
            {
                // A number needs no header validation; a non-negative one goes through the typed property, which
                // Kestrel stores as a number (no string per response once the length is past the runtime's cache).
                if (HeaderSent) return;
                if (length >= 0) Res.Headers.ContentLength = length;
                else Store("Content-Length", length.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                Remove("Content-Length");
            }
        }
    }

    /// <summary>Whether the headers have been sent (<c>response.headerSent</c>).</summary>
    /// <example><c>if (!ctx.Response.HeaderSent) ctx.Set("X-Late", "1");</c></example>
    public bool HeaderSent => Res.HasStarted;

    /// <summary>
    /// The media type without parameters (<c>response.type</c>), <c>""</c> when none. Setting it goes through
    /// mime-types' <c>contentType</c>: <c>"json"</c> → <c>application/json; charset=utf-8</c>, <c>".html"</c>,
    /// <c>"png"</c>, full types (a charset added for text); null or an unknown type removes <c>Content-Type</c>.
    /// </summary>
    /// <example><c>ctx.Response.Type = "html";</c></example>
    public string? Type
    {
        get
        {
            var type = HeaderList.Join(Get("Content-Type"));
            if (type.Length == 0) return string.Empty;
            var semicolon = type.IndexOf(';');
            return semicolon < 0 ? type : type[..semicolon];
        }
        set
        {
            if (CommonContentType(value) is { } common)
            {
                if (!HeaderSent) Store("Content-Type", common);
                return;
            }
            var contentType = string.IsNullOrEmpty(value) ? null : MimeTypes.ContentType(value);
            if (contentType is not null) Set("Content-Type", contentType);
            else Remove("Content-Type");
        }
    }

    /// <summary>The <c>Last-Modified</c> date (<c>response.lastModified</c>); null when absent or unparsable. Setting null removes it.</summary>
    /// <example><c>ctx.Response.LastModified = file.LastWriteTimeUtc;</c></example>
    public DateTimeOffset? LastModified
    {
        get
        {
            var value = HeaderList.Join(Get("Last-Modified"));
            return value.Length == 0 ? null : HttpDate.Parse(value);
        }
        set
        {
            if (value is { } date) Set("Last-Modified", HttpDate.Format(date));
            else Remove("Last-Modified");
        }
    }

    /// <summary>
    /// The <c>ETag</c> (<c>response.etag</c>); a value not starting with <c>"</c> or <c>W/"</c> is quoted. Null removes
    /// the header (like <see cref="Type"/> and <see cref="LastModified"/>).
    /// </summary>
    /// <example><c>ctx.Response.Etag = "md5hashsum"; // ETag: "md5hashsum"</c></example>
    public string? Etag
    {
        get
        {
            var etag = Get("ETag");
            return etag.Count == 0 ? null : HeaderList.Join(etag);
        }
        set
        {
            if (value is null)
            {
                Remove("ETag");
                return;
            }
            // /^(W\/)?"/
            if (!value.StartsWith('"') && !value.StartsWith("W/\"", StringComparison.Ordinal)) value = "\"" + value + "\"";
            Set("ETag", value);
        }
    }

    /// <summary>
    /// Whether the response can still be written (<c>response.writable</c>): false once ended or when the client
    /// has gone away.
    /// </summary>
    /// <example><c>if (ctx.Response.Writable) await WriteMoreAsync();</c></example>
    public bool Writable => !Ctx.Ended && !Ctx.RequestAborted.IsCancellationRequested;

    /// <summary>Whether the response type is one of <paramref name="types"/> (<c>response.is(...)</c>, type-is); without arguments the type; null when no type or no match.</summary>
    /// <param name="types">Extensions, media types or wildcards.</param>
    /// <returns>The match, or null.</returns>
    /// <example><c>if (ctx.Response.Is("image/*") is not null) await CompressAsync(ctx);</c></example>
    public string? Is(params string[] types) => TypeIs.Is(Type, types);

    /// <summary>A response header as set (<c>response.get(field)</c>), case-insensitive; empty when missing.</summary>
    /// <param name="field">The header name.</param>
    /// <returns>The values.</returns>
    /// <example><c>ctx.Response.Get("Content-Type")</c> is <c>"text/plain; charset=utf-8"</c>.</example>
    public StringValues Get(string field) => Res.Headers.TryGetValue(field, out var value) ? value : StringValues.Empty;

    /// <summary>Whether a response header is set (<c>response.has(field)</c>), case-insensitive.</summary>
    /// <param name="field">The header name.</param>
    /// <returns>Whether it is set.</returns>
    /// <example><c>ctx.Response.Has("Content-Type")</c></example>
    public bool Has(string field) => Res.Headers.ContainsKey(field);

    /// <summary>
    /// Sets a response header (<c>response.set(field, val)</c>); ignored once headers are sent or for an empty name.
    /// <c>Content-Type</c> and <c>Content-Length</c> take exactly one value (Koa 3.3.0). No value at all (an empty
    /// <see cref="StringValues"/>) leaves the field absent.
    /// </summary>
    /// <param name="field">The header name.</param>
    /// <param name="value">One value or several.</param>
    /// <exception cref="ArgumentException">
    /// Several values for <c>Content-Type</c> or <c>Content-Length</c>; a name that is not a token, or a value with a
    /// control character (CR, LF, NUL…), as node's <c>setHeader</c> refuses them — a header can never split the response.
    /// </exception>
    /// <example><c>ctx.Response.Set("Cache-Control", "no-cache");</c></example>
    public void Set(string field, StringValues value)
    {
        if (HeaderSent || string.IsNullOrEmpty(field)) return;
        Validate(field, value);
        Store(field, value);
    }

    /// <summary>
    /// Sets several response headers (<c>response.set({ … })</c>). As in Koa 3.3.0 every entry is checked before any
    /// is set: one invalid entry sets nothing.
    /// </summary>
    /// <param name="fields">Names and values.</param>
    /// <exception cref="ArgumentException">An entry <see cref="Set(string, StringValues)"/> would refuse.</exception>
    /// <example><c>ctx.Response.Set(new Dictionary&lt;string, StringValues&gt; { ["Accept"] = "text/plain", ["X-API-Key"] = "tobi" });</c></example>
    public void Set(IReadOnlyDictionary<string, StringValues> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (HeaderSent) return;
        foreach (var (field, value) in fields)
        {
            if (!string.IsNullOrEmpty(field)) Validate(field, value);
        }
        foreach (var (field, value) in fields)
        {
            if (!string.IsNullOrEmpty(field)) Store(field, value);
        }
    }

    /// <summary>
    /// Adds values to a response header (<c>response.append(field, val)</c>): after the current values, unless the
    /// field is absent or its only value is empty (<c>if (prev)</c>), in which case it is set.
    /// </summary>
    /// <param name="field">The header name.</param>
    /// <param name="value">The value(s) to add.</param>
    /// <example><c>ctx.Response.Append("Link", "&lt;http://localhost/&gt;");</c></example>
    public void Append(string field, StringValues value)
    {
        var previous = Get(field);
        var truthy = previous.Count > 1 || (previous.Count == 1 && !string.IsNullOrEmpty(previous[0]));
        Set(field, truthy ? StringValues.Concat(previous, value) : value);
    }

    /// <summary>Removes a response header (<c>response.remove(field)</c>); ignored once headers are sent.</summary>
    /// <param name="field">The header name.</param>
    /// <example><c>ctx.Response.Remove("X-Powered-By");</c></example>
    public void Remove(string field)
    {
        if (HeaderSent) return;
        Res.Headers.Remove(field);
    }

    /// <summary>Adds a field to <c>Vary</c> (<c>response.vary(field)</c>); ignored once headers are sent.</summary>
    /// <param name="field">A header name, or a comma-separated list.</param>
    /// <example><c>ctx.Response.Vary("Accept-Encoding");</c></example>
    public void Vary(string field)
    {
        if (HeaderSent) return;
        Koa.Vary.Add(Res.Headers, field);
    }

    /// <summary>Adds fields to <c>Vary</c> (<c>response.vary([fields])</c>); ignored once headers are sent.</summary>
    /// <param name="fields">Header names.</param>
    /// <example><c>ctx.Response.Vary(["Origin", "Accept"]);</c></example>
    public void Vary(IEnumerable<string> fields)
    {
        if (HeaderSent) return;
        Koa.Vary.Add(Res.Headers, fields);
    }

    /// <summary>
    /// Redirects (<c>response.redirect(url)</c>): absolute http(s) URLs normalised by the WHATWG URL parser,
    /// <c>Location</c> percent-encoded (encodeurl), status 302 unless a redirect status is set, and a short
    /// plain-text or HTML-escaped body without a link (CVE-2025-32379). <c>Redirect("back", alt)</c> is
    /// <see cref="Back"/> (Koa 2's form).
    /// </summary>
    /// <param name="url">The target.</param>
    /// <param name="alt">With <c>"back"</c>: where to go without a same-host referrer.</param>
    /// <exception cref="FormatException">An absolute http(s) URL that does not parse (<c>TypeError: Invalid URL</c>).</exception>
    /// <example><c>ctx.Response.Redirect("/login");</c></example>
    public void Redirect(string url, string? alt = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url == "back")
        {
            Back(alt);
            return;
        }
        RedirectTo(url);
    }

    /// <summary>
    /// Redirects to the <c>Referer</c> when it resolves to the same host as the request, else to
    /// <paramref name="alt"/> or <c>/</c> (<c>response.back(alt)</c>; CVE-2025-8129 and the <c>//</c> bypass).
    /// </summary>
    /// <param name="alt">The fallback target.</param>
    /// <example><c>ctx.Response.Back("/index.html");</c></example>
    public void Back(string? alt = null)
    {
        var referrer = Ctx.Request.Get("Referrer");
        if (referrer.Length > 0 && WhatwgUrl.TryParse(referrer, Ctx.Request.Href, out var target) && target.Host == Ctx.Request.Host)
        {
            RedirectTo(referrer);
            return;
        }
        RedirectTo(string.IsNullOrEmpty(alt) ? "/" : alt);
    }

    /// <summary>
    /// Sets <c>Content-Disposition</c> to an attachment (<c>response.attachment(filename, options)</c>) and, when no
    /// <c>Content-Type</c> is set yet, the type from the file's extension (3.0.2: an existing type is never overridden).
    /// </summary>
    /// <param name="filename">The file name, or null for a bare <c>attachment</c>.</param>
    /// <param name="options">content-disposition options (type, fallback).</param>
    /// <example><c>ctx.Response.Attachment("report.pdf");</c></example>
    public void Attachment(string? filename = null, ContentDispositionOptions? options = null)
    {
        if (!string.IsNullOrEmpty(filename) && !Has("Content-Type")) Type = NodePath.Extname(filename).ToString();
        Set("Content-Disposition", ContentDisposition.Create(filename, options));
    }

    /// <summary>
    /// Sends the status and headers now (<c>response.flushHeaders()</c>): the response starts and the headers are
    /// flushed to the client before any body; later header changes are ignored.
    /// </summary>
    /// <returns>A task that completes when the headers are on their way.</returns>
    /// <example><c>await ctx.Response.FlushHeadersAsync();</c></example>
    public async Task FlushHeadersAsync()
    {
        var body = Ctx.ResBody;
        var aborted = Ctx.RequestAborted;
        await body.StartAsync(aborted).ConfigureAwait(false);
        // Kestrel's StartAsync only queues the head; node's flushHeaders() puts it on the wire.
        await body.Writer.FlushAsync(aborted).ConfigureAwait(false);
    }

    /// <summary>Koa's <c>response.toJSON()</c>: <c>status</c>, <c>message</c> (when known) and <c>header</c>.</summary>
    /// <returns>A new dictionary.</returns>
    /// <example><c>ctx.Response.ToJSON()["status"]</c> is 404 before anything is set.</example>
    public IReadOnlyDictionary<string, object?> ToJSON()
    {
        var json = new Dictionary<string, object?> { ["status"] = Status };
        if (Message is { } message) json["message"] = message;
        json["header"] = Koa.Request.HeaderJson(Res.Headers);
        return json;
    }

    /// <summary>Koa's <c>response.inspect()</c>: <see cref="ToJSON"/> plus the <c>body</c>; null when not bound.</summary>
    /// <returns>The representation, or null.</returns>
    /// <example><c>ctx.Response.Inspect()?["body"]</c></example>
    public IReadOnlyDictionary<string, object?>? Inspect()
    {
        if (_ctx is null) return null;
        var json = (Dictionary<string, object?>)ToJSON();
        json["body"] = Body;
        return json;
    }

    /// <summary>Whether the body was explicitly set to null (Koa's <c>_explicitNullBody</c>): respond then sends <c>Content-Length: 0</c>.</summary>
    internal bool ExplicitNullBody => St.ExplicitNullBody;

    /// <summary>Whether a header value or the status text set through this response holds a char 0x80–0xFF (see <see cref="HeaderBytes"/>).</summary>
    internal bool HasObsText => St.ObsText;

    internal void Attach(Context ctx) => _ctx = ctx;

    // The body and flags live in the context's state (emptied with it): a response kept after its request holds
    // nothing of it and reaches nothing of the next one.
    internal void Detach() => _ctx = null;

    private ContextState St => Ctx.Bound;

    /// <summary>Disposes every stream, reader, content and message that was ever a body of this response (node: <c>onFinished(res, destroy)</c>).</summary>
    internal async ValueTask ReleaseBodiesAsync()
    {
        var st = St;
        var owned = st.Owned;
        if (owned is null) return;
        st.Owned = null;
        foreach (var item in owned) await DisposeQuietlyAsync(item).ConfigureAwait(false);
    }

    internal static ReadOnlyMemory<byte> BytesOf(object body) => body switch
    {
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> memory => memory,
        Memory<byte> memory => memory,
        ArraySegment<byte> segment => segment,
        _ => ReadOnlyMemory<byte>.Empty,
    };

    private void RedirectTo(string url)
    {
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            url = WhatwgUrl.Parse(url).Href;
        }
        Set("Location", EncodeUrl.Encode(url));
        if (!Statuses.IsRedirect(Status)) Status = 302;
        if (Ctx.Request.Accepts("html") is not null)
        {
            Type = "text/html; charset=utf-8";
            Body = "Redirecting to " + EscapeHtml.Escape(url) + ".";
            return;
        }
        Type = "text/plain; charset=utf-8";
        Body = "Redirecting to " + url + ".";
    }

    private void Own(object body)
    {
        var owned = St.Owned ??= [];
        if (!owned.Contains(body)) owned.Add(body);
    }

    // cleanupPreviousStream: a stream replaced by something that is not a stream is destroyed now.
    private static void CleanupPrevious(object? original, object? value)
    {
        if (original is Stream or PipeReader && value is not (Stream or PipeReader))
        {
            DisposeQuietlyAsync(original).AsTask().GetAwaiter().GetResult();
        }
    }

    private static async ValueTask DisposeQuietlyAsync(object item)
    {
        try
        {
            switch (item)
            {
                case PipeReader reader:
                    await reader.CompleteAsync().ConfigureAwait(false);
                    break;
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
        catch (Exception)
        {
            // A body that fails to close has nothing left to tell the client; node's destroy() ignores it too.
        }
    }

    // /^\s*</
    private static bool StartsWithTag(string text)
    {
        foreach (var c in text)
        {
            if (c == '<') return true;
            if (!JsValue.IsWhiteSpace(c)) return false;
        }
        return false;
    }

    // /\bjson\b/i
    private static bool MentionsJson(string type)
    {
        var span = type.AsSpan();
        for (var i = span.IndexOf("json", StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            var before = i == 0 || !IsWordChar(span[i - 1]);
            var after = i + 4 >= span.Length || !IsWordChar(span[i + 4]);
            if (before && after) return true;
            var next = span[(i + 1)..].IndexOf("json", StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // set()'s checks: 3.3.0's normalizeHeader (one Content-Type / Content-Length value), then node's setHeader.
    private void Validate(string field, StringValues value)
    {
        if (value.Count != 1 && (field.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || field.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(field + " must contain exactly one value", nameof(value));
        }
        St.ObsText |= HeaderValidation.ThrowIfInvalid(field, value);
    }

    // What mime-types' contentType gives for the short names that the body setter, the respond step and error
    // handling use on every response (a pure function of its argument, and valid header values): looked up once.
    private static readonly string TextType = MimeTypes.ContentType("text")!;
    private static readonly string HtmlType = MimeTypes.ContentType("html")!;
    private static readonly string BinType = MimeTypes.ContentType("bin")!;
    private static readonly string JsonType = MimeTypes.ContentType("json")!;

    private static string? CommonContentType(string? type) => type switch
    {
        "text" => TextType,
        "html" => HtmlType,
        "bin" => BinType,
        "json" => JsonType,
        _ => null,
    };

    private void Store(string field, StringValues value)
    {
        if (value.Count == 0) Res.Headers.Remove(field);
        else Res.Headers[field] = value;
    }
}
