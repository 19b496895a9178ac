namespace Koa;

/// <summary>@koa/router's src/utils/http-methods.ts: node's <c>http.METHODS</c> (node 20), lower-case, which
/// <c>All</c> registers; and the methods the router has a named shorthand for.</summary>
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

    /// <summary>upstream's <c>getAllHttpMethods()</c>: a fresh list each call.</summary>
    public static List<string> GetAllHttpMethods() => [.. All];
}
