using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Koa;

// Koa's delegation lists (lib/context.js, `delegates`), written out: ctx.X is ctx.Response.X or ctx.Request.X.
public partial class Context
{
    // ---- Response delegation: methods ----

    /// <summary>Alias of <see cref="Response.Attachment"/>.</summary>
    /// <param name="filename">The file name, or null.</param>
    /// <param name="options">content-disposition options.</param>
    /// <example><c>ctx.Attachment("report.pdf");</c></example>
    public void Attachment(string? filename = null, ContentDispositionOptions? options = null) => Response.Attachment(filename, options);

    /// <summary>Alias of <see cref="Response.Redirect"/>.</summary>
    /// <param name="url">The target (<c>"back"</c>: the referrer, see <see cref="Back"/>).</param>
    /// <param name="alt">With <c>"back"</c>: the fallback.</param>
    /// <example><c>ctx.Redirect("/login");</c></example>
    public void Redirect(string url, string? alt = null) => Response.Redirect(url, alt);

    /// <summary>Alias of <see cref="Response.Back"/>.</summary>
    /// <param name="alt">The fallback target.</param>
    /// <example><c>ctx.Back("/");</c></example>
    public void Back(string? alt = null) => Response.Back(alt);

    /// <summary>Alias of <see cref="Response.Remove"/>.</summary>
    /// <param name="field">The header name.</param>
    /// <example><c>ctx.Remove("X-Powered-By");</c></example>
    public void Remove(string field) => Response.Remove(field);

    /// <summary>Alias of <see cref="Response.Vary(string)"/>.</summary>
    /// <param name="field">The header name(s).</param>
    /// <example><c>ctx.Vary("Accept");</c></example>
    public void Vary(string field) => Response.Vary(field);

    /// <summary>Alias of <see cref="Response.Vary(IEnumerable{string})"/>.</summary>
    /// <param name="fields">The header names.</param>
    /// <example><c>ctx.Vary(["Origin", "Accept"]);</c></example>
    public void Vary(IEnumerable<string> fields) => Response.Vary(fields);

    /// <summary>Alias of <see cref="Response.Has"/>.</summary>
    /// <param name="field">The header name.</param>
    /// <returns>Whether the response header is set.</returns>
    /// <example><c>ctx.Has("Content-Type")</c></example>
    public bool Has(string field) => Response.Has(field);

    /// <summary>Alias of <see cref="Response.Set(string, StringValues)"/>.</summary>
    /// <param name="field">The header name.</param>
    /// <param name="value">The value(s).</param>
    /// <example><c>ctx.Set("Cache-Control", "no-cache");</c></example>
    public void Set(string field, StringValues value) => Response.Set(field, value);

    /// <summary>Alias of <see cref="Response.Set(IReadOnlyDictionary{string, StringValues})"/>.</summary>
    /// <param name="fields">Names and values.</param>
    /// <example><c>ctx.Set(new Dictionary&lt;string, StringValues&gt; { ["X-A"] = "1" });</c></example>
    public void Set(IReadOnlyDictionary<string, StringValues> fields) => Response.Set(fields);

    /// <summary>Alias of <see cref="Response.Append"/>.</summary>
    /// <param name="field">The header name.</param>
    /// <param name="value">The value(s) to add.</param>
    /// <example><c>ctx.Append("Set-Cookie", "foo=bar; Path=/; HttpOnly");</c></example>
    public void Append(string field, StringValues value) => Response.Append(field, value);

    /// <summary>Alias of <see cref="Response.FlushHeadersAsync"/>.</summary>
    /// <returns>A task that completes when the headers are on their way.</returns>
    /// <example><c>await ctx.FlushHeadersAsync();</c></example>
    public Task FlushHeadersAsync() => Response.FlushHeadersAsync();

    // ---- Response delegation: accessors ----

    /// <summary>Alias of <see cref="Response.Status"/>.</summary>
    /// <example><c>ctx.Status = 404;</c></example>
    public int Status
    {
        get => Response.Status;
        set => Response.Status = value;
    }

    /// <summary>Alias of <see cref="Response.Message"/>.</summary>
    /// <example><c>ctx.Message = "Gone Fishing";</c></example>
    public string? Message
    {
        get => Response.Message;
        set => Response.Message = value;
    }

    /// <summary>Alias of <see cref="Response.Body"/>.</summary>
    /// <example><c>ctx.Body = new { ok = true };</c></example>
    public object? Body
    {
        get => Response.Body;
        set => Response.Body = value;
    }

    /// <summary>Alias of <see cref="Response.Length"/>.</summary>
    /// <example><c>ctx.Length = 42;</c></example>
    public long? Length
    {
        get => Response.Length;
        set => Response.Length = value;
    }

    /// <summary>Alias of <see cref="Response.Type"/>.</summary>
    /// <example><c>ctx.Type = "json";</c></example>
    public string? Type
    {
        get => Response.Type;
        set => Response.Type = value;
    }

    /// <summary>Alias of <see cref="Response.LastModified"/>.</summary>
    /// <example><c>ctx.LastModified = DateTimeOffset.UtcNow;</c></example>
    public DateTimeOffset? LastModified
    {
        get => Response.LastModified;
        set => Response.LastModified = value;
    }

    /// <summary>Alias of <see cref="Response.Etag"/>.</summary>
    /// <example><c>ctx.Etag = "abc";</c></example>
    public string? Etag
    {
        get => Response.Etag;
        set => Response.Etag = value;
    }

    /// <summary>Alias of <see cref="Response.HeaderSent"/>.</summary>
    /// <example><c>if (!ctx.HeaderSent) ctx.Set("X-Late", "1");</c></example>
    public bool HeaderSent => Response.HeaderSent;

    /// <summary>Alias of <see cref="Response.Writable"/>.</summary>
    /// <example><c>if (ctx.Writable) await more();</c></example>
    public bool Writable => Response.Writable;

    // ---- Request delegation: methods ----

    /// <summary>Alias of <see cref="Request.AcceptsLanguages()"/>.</summary>
    /// <returns>The accepted languages, best first.</returns>
    /// <example><c>ctx.AcceptsLanguages()</c></example>
    public IReadOnlyList<string> AcceptsLanguages() => Request.AcceptsLanguages();

    /// <summary>Alias of <see cref="Request.AcceptsLanguages(string[])"/>.</summary>
    /// <param name="languages">The candidates.</param>
    /// <returns>The best language, or null.</returns>
    /// <example><c>ctx.AcceptsLanguages("es", "en")</c></example>
    public string? AcceptsLanguages(params string[] languages) => Request.AcceptsLanguages(languages);

    /// <summary>Alias of <see cref="Request.AcceptsEncodings()"/>.</summary>
    /// <returns>The accepted encodings, best first.</returns>
    /// <example><c>ctx.AcceptsEncodings()</c></example>
    public IReadOnlyList<string> AcceptsEncodings() => Request.AcceptsEncodings();

    /// <summary>Alias of <see cref="Request.AcceptsEncodings(string[])"/>.</summary>
    /// <param name="encodings">The candidates.</param>
    /// <returns>The best encoding, or null.</returns>
    /// <example><c>ctx.AcceptsEncodings("gzip", "identity")</c></example>
    public string? AcceptsEncodings(params string[] encodings) => Request.AcceptsEncodings(encodings);

    /// <summary>Alias of <see cref="Request.AcceptsCharsets()"/>.</summary>
    /// <returns>The accepted charsets, best first.</returns>
    /// <example><c>ctx.AcceptsCharsets()</c></example>
    public IReadOnlyList<string> AcceptsCharsets() => Request.AcceptsCharsets();

    /// <summary>Alias of <see cref="Request.AcceptsCharsets(string[])"/>.</summary>
    /// <param name="charsets">The candidates.</param>
    /// <returns>The best charset, or null.</returns>
    /// <example><c>ctx.AcceptsCharsets("utf-8")</c></example>
    public string? AcceptsCharsets(params string[] charsets) => Request.AcceptsCharsets(charsets);

    /// <summary>Alias of <see cref="Request.Accepts()"/>.</summary>
    /// <returns>The accepted media types, best first.</returns>
    /// <example><c>ctx.Accepts()</c></example>
    public IReadOnlyList<string> Accepts() => Request.Accepts();

    /// <summary>Alias of <see cref="Request.Accepts(string[])"/>.</summary>
    /// <param name="types">The candidates.</param>
    /// <returns>The best type, or null.</returns>
    /// <example><c>ctx.Accepts("html", "json")</c></example>
    public string? Accepts(params string[] types) => Request.Accepts(types);

    /// <summary>Alias of <see cref="Request.Get"/>.</summary>
    /// <param name="field">The header name.</param>
    /// <returns>The request header, or <c>""</c>.</returns>
    /// <example><c>ctx.Get("User-Agent")</c></example>
    public string Get(string field) => Request.Get(field);

    /// <summary>Alias of <see cref="Request.Is"/>.</summary>
    /// <param name="types">The candidates.</param>
    /// <returns>The matching type, or null.</returns>
    /// <example><c>ctx.Is("json")</c></example>
    public string? Is(params string[] types) => Request.Is(types);

    // ---- Request delegation: accessors ----

    /// <summary>Alias of <see cref="Request.Querystring"/>; <c>""</c> once the request has ended, as the request's.</summary>
    /// <example><c>ctx.Querystring = "a=1";</c></example>
    public string Querystring
    {
        get => _s is null ? string.Empty : Request.Querystring;
        set => Request.Querystring = value;
    }

    /// <summary>Alias of <see cref="Request.Idempotent"/> (Koa's setter does nothing).</summary>
    /// <example><c>ctx.Idempotent</c></example>
    public bool Idempotent => Request.Idempotent;

    /// <summary>Alias of <see cref="Request.Socket"/>.</summary>
    /// <example><c>ctx.Socket?.RemoteIpAddress</c></example>
    public IHttpConnectionFeature? Socket => Request.Socket;

    /// <summary>Alias of <see cref="Request.Search"/>.</summary>
    /// <example><c>ctx.Search = "?a=1";</c></example>
    public string Search
    {
        get => Request.Search;
        set => Request.Search = value;
    }

    /// <summary>Alias of <see cref="Request.Method"/>.</summary>
    /// <example><c>ctx.Method</c></example>
    public string Method
    {
        // Request.Method is Req.Method: read without making the Koa request.
        get => S.Req!.Method;
        set => Request.Method = value;
    }

    /// <summary>Alias of <see cref="Request.Query"/>.</summary>
    /// <example><c>ctx.Query["page"]</c></example>
    public IReadOnlyDictionary<string, StringValues> Query
    {
        get => Request.Query;
        set => Request.Query = value;
    }

    /// <summary>Alias of <see cref="Request.Path"/>.</summary>
    /// <example><c>ctx.Path</c></example>
    public string Path
    {
        // A request whose Koa request was never made still has its original URL: an origin-form target without a
        // query or anything parseurl would rewrite is its own path, read without making the Koa request.
        // The URL is read from the state, which the connection's next request reuses: it is used only if this
        // context was still bound after reading it (a context kept past its request falls through and throws).
        get
        {
            var s = S;
            if (s.Request is null)
            {
                var url = Volatile.Read(ref s.OriginalUrl);
                if (ReferenceEquals(Volatile.Read(ref _s), s) && LegacyUrl.TrySplitFast(url, out var question) && question < 0) return url;
            }
            return Request.Path;
        }
        set => Request.Path = value;
    }

    /// <summary>Alias of <see cref="Request.Url"/>.</summary>
    /// <example><c>ctx.Url = "/rewritten";</c></example>
    public string Url
    {
        get => Request.Url;
        set => Request.Url = value;
    }

    /// <summary>Alias of <see cref="Request.Accept"/>.</summary>
    /// <example><c>ctx.Accept.Encodings()</c></example>
    public Accepts Accept
    {
        get => Request.Accept;
        set => Request.Accept = value;
    }

    /// <summary>Alias of <see cref="Request.Origin"/>.</summary>
    /// <example><c>ctx.Origin</c></example>
    public string? Origin => Request.Origin;

    /// <summary>Alias of <see cref="Request.Href"/>.</summary>
    /// <example><c>ctx.Href</c></example>
    public string Href => Request.Href;

    /// <summary>Alias of <see cref="Request.Subdomains"/>.</summary>
    /// <example><c>ctx.Subdomains</c></example>
    public IReadOnlyList<string> Subdomains => Request.Subdomains;

    /// <summary>Alias of <see cref="Request.Protocol"/>.</summary>
    /// <example><c>ctx.Protocol</c></example>
    public string Protocol => Request.Protocol;

    /// <summary>Alias of <see cref="Request.Host"/>.</summary>
    /// <example><c>ctx.Host</c></example>
    public string Host => Request.Host;

    /// <summary>Alias of <see cref="Request.Hostname"/>.</summary>
    /// <example><c>ctx.Hostname</c></example>
    public string Hostname => Request.Hostname;

    /// <summary>Alias of <see cref="Request.URL"/>.</summary>
    /// <example><c>ctx.URL?.Pathname</c></example>
    public WhatwgUrl? URL => Request.URL;

    /// <summary>Alias of <see cref="Request.Header"/>.</summary>
    /// <example><c>ctx.Header["accept"]</c></example>
    public IHeaderDictionary Header => Request.Header;

    /// <summary>Alias of <see cref="Request.Headers"/>.</summary>
    /// <example><c>ctx.Headers["accept"]</c></example>
    public IHeaderDictionary Headers => Request.Headers;

    /// <summary>Alias of <see cref="Request.Secure"/>.</summary>
    /// <example><c>ctx.Secure</c></example>
    public bool Secure => Request.Secure;

    /// <summary>Alias of <see cref="Request.Stale"/>.</summary>
    /// <example><c>ctx.Stale</c></example>
    public bool Stale => Request.Stale;

    /// <summary>Alias of <see cref="Request.Fresh"/>.</summary>
    /// <example><c>if (ctx.Fresh) ctx.Status = 304;</c></example>
    public bool Fresh => Request.Fresh;

    /// <summary>Alias of <see cref="Request.Ips"/>.</summary>
    /// <example><c>ctx.Ips</c></example>
    public IReadOnlyList<string> Ips => Request.Ips;

    /// <summary>Alias of <see cref="Request.Ip"/> (read-only here, as in Koa; set <c>ctx.Request.Ip</c>).</summary>
    /// <example><c>ctx.Ip</c></example>
    public string Ip => Request.Ip;
}
