// Ported from @koa/router test/utils/http-methods.test.ts.
namespace Koa.Tests.Upstream.Utils;

public sealed class HttpMethodsTests
{
    // node's http.METHODS (node 20+), lower-cased
    private static readonly string[] NodeMethods =
    [
        "acl", "bind", "checkout", "connect", "copy", "delete", "get", "head", "link", "lock", "m-search", "merge",
        "mkactivity", "mkcalendar", "mkcol", "move", "notify", "options", "patch", "post", "propfind", "proppatch",
        "purge", "put", "query", "rebind", "report", "search", "source", "subscribe", "trace", "unbind", "unlink", "unlock",
        "unsubscribe",
    ];

    [Fact(DisplayName = "http-methods utilities › getAllHttpMethods() › should return all HTTP methods in lowercase")]
    public void All_lowercase()
    {
        var methods = HttpMethods.GetAllHttpMethods();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
            Assert.Equal(method.ToLowerInvariant(), method);
    }

    [Fact(DisplayName = "http-methods utilities › getAllHttpMethods() › should return methods from Node.js http.METHODS")]
    public void All_from_node()
    {
        var methods = HttpMethods.GetAllHttpMethods();
        Assert.Equal(NodeMethods.Length, methods.Count);
        Assert.Equal(NodeMethods.Order(StringComparer.Ordinal), methods.Order(StringComparer.Ordinal));
    }

    [Fact(DisplayName = "http-methods utilities › getAllHttpMethods() › should include common HTTP methods")]
    public void All_includes_common()
    {
        var methods = HttpMethods.GetAllHttpMethods();
        foreach (var m in new[] { "get", "post", "put", "patch", "delete", "head", "options" })
            Assert.Contains(m, methods);
    }

    [Fact(DisplayName = "http-methods utilities › getAllHttpMethods() › should include less common HTTP methods")]
    public void All_includes_less_common()
    {
        var methods = HttpMethods.GetAllHttpMethods();
        foreach (var m in new[] { "connect", "trace", "purge", "copy" })
            Assert.Contains(m, methods);
    }

    [Fact(DisplayName = "http-methods utilities › COMMON_HTTP_METHODS › should be an array of strings")]
    public void Common_strings()
    {
        Assert.NotEmpty(HttpMethods.Common);
        Assert.All(HttpMethods.Common, m => Assert.False(string.IsNullOrEmpty(m)));
    }

    [Fact(DisplayName = "http-methods utilities › COMMON_HTTP_METHODS › should contain expected common methods")]
    public void Common_expected()
    {
        foreach (var m in new[] { "get", "post", "put", "patch", "delete", "del", "head", "options" })
            Assert.Contains(m, HttpMethods.Common);
    }

    [Fact(DisplayName = "http-methods utilities › COMMON_HTTP_METHODS › should have exactly 8 common methods")]
    public void Common_eight() => Assert.Equal(8, HttpMethods.Common.Length);

    [Fact(DisplayName = "http-methods utilities › COMMON_HTTP_METHODS › should include both delete and del")]
    public void Common_delete_and_del()
    {
        Assert.Contains("delete", HttpMethods.Common);
        Assert.Contains("del", HttpMethods.Common);
    }

    [Fact(DisplayName = "http-methods utilities › COMMON_HTTP_METHODS › should not include less common methods (they are dynamically added)")]
    public void Common_excludes_less_common()
    {
        Assert.DoesNotContain("connect", HttpMethods.Common);
        Assert.DoesNotContain("trace", HttpMethods.Common);
        Assert.DoesNotContain("purge", HttpMethods.Common);
    }
}
