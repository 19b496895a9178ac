namespace Koa;

/// <summary>The HTTP methods node's <c>http.METHODS</c> lists (node 20), lower-case: what <c>All</c> registers.</summary>
internal static class HttpMethods
{
    public static readonly string[] All =
    [
        "acl", "bind", "checkout", "connect", "copy", "delete", "get", "head", "link", "lock", "m-search", "merge",
        "mkactivity", "mkcalendar", "mkcol", "move", "notify", "options", "patch", "post", "propfind", "proppatch",
        "purge", "put", "query", "rebind", "report", "search", "source", "subscribe", "trace", "unbind", "unlink", "unlock",
        "unsubscribe",
    ];

    public static readonly string[] Common = ["get", "post", "put", "patch", "delete", "del", "head", "options"];
}
