using Microsoft.AspNetCore.Http.Features;

namespace Koa;

/// <summary>
/// What a <see cref="Context"/> knows about its request — the application, the server's features, the lazily made
/// request, response, state, cookies and body tracker, the ended flag — kept apart from the context so that it can
/// be reused for the next request of the same connection (Kestrel keeps it in the connection's, or the HTTP/2
/// stream's, <c>IHostContextContainer</c>), while the context a middleware sees is new for every request.
/// </summary>
/// <remarks>
/// Safety: a context reaches its state through one field, cleared by <see cref="Context.Reset"/> when the request
/// ends (before the server can start the next request on that connection); every member of the context goes
/// through that field, so a context kept after its request (a closure, a <c>next()</c> not awaited, a background
/// task) finds no state and throws, as a detached context always did — it can never reach the state once it is
/// bound to the next request's context. The objects handed out for one request (the request, response, state
/// dictionary, cookies, tracked body) are made per request and dropped, never reused. A state is bound to at most
/// one context at a time (<see cref="Owner"/>): a state still owned is never bound again.
/// </remarks>
internal sealed class ContextState
{
    public Context? Owner;
    public ApplicationBase? App;
    public IFeatureCollection? Features;
    public IHttpRequestFeature? Req;
    public IHttpResponseFeature? Res;
    public IHttpResponseBodyFeature? ResBody;
    public TrackedResponseBody? TrackedBody;
    public Request? Request;
    public Response? Response;
    public Dictionary<string, object?>? State;
    public Cookies? Cookies;
    public string OriginalUrl = "/";
    public bool Ended;
    public CancellationToken Aborted;
    public int AbortedRevision = -1;

    // The response's own state (Koa's response._body, _explicitStatus, _explicitNullBody, and what it must dispose).
    public object? Body;
    public bool ExplicitStatus;
    public bool ExplicitNullBody;
    public bool ObsText;
    public List<object>? Owned;
}
