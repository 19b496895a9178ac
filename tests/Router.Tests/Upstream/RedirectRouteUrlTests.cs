// Ported from @koa/router test/router.test.ts ('Router#redirect()', 'Router#route()', 'Router#url()').
// JavaScript symbols as route names have no C# counterpart: those cases use names no string lookup can collide with.
using System.Text.RegularExpressions;
using static Koa.Tests.Upstream.T;

namespace Koa.Tests.Upstream;

public sealed class RedirectRouteUrlTests
{
    private static Func<Context, Func<Task>, Task> Noop => (_, _) => Done;
    private static Func<Context, Func<Task>, Task> NoContent => (ctx, _) => { ctx.Status = 204; return Done; };

    [Fact(DisplayName = "Router#redirect() › registers redirect routes")]
    public void Registers_redirect()
    {
        var app = new Application();
        var router = new Router();
        router.Redirect("/source", "/destination", 302);
        app.Use(router.Routes());
        Assert.Single(router.Stack);
        Assert.IsType<Layer<Context>>(router.Stack[0]);
        Assert.Equal("/source", router.Stack[0].Path);
    }

    [Fact(DisplayName = "Router#redirect() › redirects using route names")]
    public async Task Redirect_names()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("home", "/", Noop);
        router.Get("sign-up-form", "/sign-up-form", Noop);
        router.Redirect("home", "sign-up-form");
        var res = await app.Request().Post("/").ExpectAsync(301);
        Assert.Equal("/sign-up-form", res.Header("location"));
    }

    [Fact(DisplayName = "Router#redirect() › should redirect correctly when source path starts with /")]
    public async Task Redirect_slash()
    {
        var app = new Application();
        var router = new Router();
        router.Redirect("/old", "/new");
        router.Get("/new", (ctx, _) => { ctx.Body = "new page"; return Done; });
        app.Use(router.Routes());
        var res = await app.Request().Get("/old").ExpectAsync(301);
        Assert.Equal("/new", res.Header("location"));
    }

    [Fact(DisplayName = "Router#redirect() › should redirect to named route destination")]
    public async Task Redirect_named_destination()
    {
        var app = new Application();
        var router = new Router();
        router.Get("newPage", "/new", (ctx, _) => { ctx.Body = "new page"; return Done; });
        router.Redirect("/old", "newPage");
        app.Use(router.Routes());
        var res = await app.Request().Get("/old").ExpectAsync(301);
        Assert.Equal("/new", res.Header("location"));
    }

    [Fact(DisplayName = "redirects using symbols as route names")]
    public async Task Redirect_symbols()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        const string home = "Symbol(home)", signUp = "Symbol(sign-up-form)";
        router.Get(home, "/", Noop);
        router.Get(signUp, "/sign-up-form", Noop);
        router.Redirect(home, signUp);
        var res = await app.Request().Post("/").ExpectAsync(301);
        Assert.Equal("/sign-up-form", res.Header("location"));
    }

    [Fact(DisplayName = "throws an error if no route is found for name")]
    public void Redirect_missing()
    {
        var router = new Router();
        Assert.ThrowsAny<Exception>(() => router.Redirect("missing", "/destination"));
        Assert.ThrowsAny<Exception>(() => router.Redirect("/source", "missing"));
        Assert.ThrowsAny<Exception>(() => router.Redirect("Symbol(missing)", "/destination"));
        Assert.ThrowsAny<Exception>(() => router.Redirect("/source", "Symbol(missing)"));
    }

    [Fact(DisplayName = "redirects to external sites")]
    public async Task Redirect_external()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Redirect("/", "https://www.example.com");
        var res = await app.Request().Post("/").ExpectAsync(301);
        Assert.Equal("https://www.example.com/", res.Header("location"));
    }

    [Fact(DisplayName = "redirects to any external protocol")]
    public async Task Redirect_protocol()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Redirect("/", "my-custom-app-protocol://www.example.com/foo");
        var res = await app.Request().Post("/").ExpectAsync(301);
        Assert.Equal("my-custom-app-protocol://www.example.com/foo", res.Header("location"));
    }

    [Fact(DisplayName = "Router#route() › inherits routes from nested router")]
    public void Route_inherited()
    {
        var subrouter = new Router().Get("child", "/hello", (ctx, _) => { ctx.Body = Obj(("hello", "world")); return Done; });
        var router = new Router().Use(subrouter.Routes());
        Assert.Equal("child", router.Route("child")?.Name);
    }

    [Fact(DisplayName = "Router#route() › supports symbols as names")]
    public void Route_symbols()
    {
        const string child = "Symbol(child)";
        var subrouter = new Router().Get(child, "/hello", (ctx, _) => { ctx.Body = Obj(("hello", "world")); return Done; });
        var router = new Router().Use(subrouter.Routes());
        Assert.Equal(child, router.Route(child)?.Name);
    }

    [Fact(DisplayName = "Router#route() › returns false if no name matches")]
    public void Route_none()
    {
        var router = new Router();
        router.Get("books", "/books", NoContent);
        router.Get("Symbol(Picard)", "/enterprise", NoContent);
        Assert.Null(router.Route("Picard"));
        Assert.Null(router.Route("Symbol(books)"));
    }

    [Fact(DisplayName = "Router#url() › generates URL for given route name")]
    public void Url_named()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("books", "/:category/:title", NoContent);
        var url = router.Url("books", Obj(("category", "programming"), ("title", "how to node")), new UrlOptions { Encode = PathToRegexp.EncodeUriComponent });
        Assert.Equal("/programming/how%20to%20node", url);
        url = router.UrlOf("books", "programming", "how to node", new UrlOptions { Encode = PathToRegexp.EncodeUriComponent });
        Assert.Equal("/programming/how%20to%20node", url);
    }

    [Fact(DisplayName = "Router#url() › generates URL for given route name within embedded routers")]
    public void Url_embedded()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/books" });
        var embedded = new Router(new RouterOptions { Prefix = "/chapters" });
        embedded.Get("chapters", "/:chapterName/:pageNumber", NoContent);
        router.Use(embedded.Routes());
        app.Use(router.Routes());
        var url = router.Url("chapters", Obj(("chapterName", "Learning ECMA6"), ("pageNumber", 123)), new UrlOptions { Encode = PathToRegexp.EncodeUriComponent });
        Assert.Equal("/books/chapters/Learning%20ECMA6/123", url);
        url = router.UrlOf("chapters", "Learning ECMA6", 123, new UrlOptions { Encode = PathToRegexp.EncodeUriComponent });
        Assert.Equal("/books/chapters/Learning%20ECMA6/123", url);
    }

    [Fact(DisplayName = "Router#url() › generates URL for given route name within two embedded routers")]
    public void Url_two_embedded()
    {
        var app = new Application();
        var router = new Router(new RouterOptions { Prefix = "/books" });
        var embedded = new Router(new RouterOptions { Prefix = "/chapters" });
        var embedded2 = new Router(new RouterOptions { Prefix = "/:chapterName/pages" });
        embedded2.Get("chapters", "/:pageNumber", NoContent);
        embedded.Use(embedded2.Routes());
        router.Use(embedded.Routes());
        app.Use(router.Routes());
        var url = router.Url("chapters", Obj(("chapterName", "Learning ECMA6"), ("pageNumber", 123)), new UrlOptions { Encode = PathToRegexp.EncodeUriComponent });
        Assert.Equal("/books/chapters/Learning%20ECMA6/pages/123", url);
    }

    [Fact(DisplayName = "Router#url() › generates URL for given route name with params and query params")]
    public void Url_query()
    {
        var router = new Router();
        var query = Obj(("page", 3), ("limit", 10));
        router.Get("books", "/books/:category/:id", NoContent);
        Assert.Equal("/books/programming/4?page=3&limit=10", router.UrlOf("books", "programming", 4, new UrlOptions { Query = query }));
        Assert.Equal("/books/programming/4?page=3&limit=10", router.Url("books", Obj(("category", "programming"), ("id", 4)), new UrlOptions { Query = query }));
        Assert.Equal("/books/programming/4?page=3&limit=10", router.Url("books", Obj(("category", "programming"), ("id", 4)), new UrlOptions { Query = "page=3&limit=10" }));
    }

    [Fact(DisplayName = "Router#url() › generates URL for given route name without params and query params")]
    public void Url_no_params()
    {
        var router = new Router();
        router.Get("books", "/books", NoContent);
        Assert.Equal("/books", router.Url("books"));
        Assert.Equal("/books", router.Url("books"));
        Assert.Equal("/books", router.Url("books"));
        Assert.Equal("/books?page=3&limit=10", router.Url("books", Obj(), new UrlOptions { Query = Obj(("page", 3), ("limit", 10)) }));
        Assert.Equal("/books?page=3&limit=10", router.Url("books", Obj(), new UrlOptions { Query = "page=3&limit=10" }));
    }

    [Fact(DisplayName = "Router#url() › generates URL for given route name without params and query params (query-only object)")]
    public void Url_query_only()
    {
        var router = new Router();
        router.Get("category", "/category", NoContent);
        Assert.Equal("/category?page=3&limit=10", router.Url("category", Obj(("query", Obj(("page", 3), ("limit", 10))))));
    }

    [Fact(DisplayName = "Router#url() › returns an Error if no route is found for name")]
    public void Url_missing()
    {
        var app = new Application();
        var router = new Router();
        app.Use(router.Routes());
        router.Get("books", "/books", NoContent);
        router.Get("Symbol(Picard)", "/enterprise", NoContent);
        Assert.Throws<InvalidOperationException>(() => router.Url("Picard"));
        Assert.Throws<InvalidOperationException>(() => router.Url("Symbol(books)"));
    }

    [Fact(DisplayName = "Router#url() › escapes using encodeURIComponent()")]
    public void Url_escapes() =>
        Assert.Equal("/programming/how%20to%20node%20%26%20js%2Fts",
            Router.UrlFromPath("/:category/:title", Obj(("category", "programming"), ("title", "how to node & js/ts"))));

    [Fact(DisplayName = "Router#url() › should preserve route params when query option is also provided")]
    public void Url_params_and_query()
    {
        var router = new Router();
        router.Get("user", "/users/:id", (ctx, _) => { ctx.Body = "user"; return Done; });
        var url = router.Url("user", Obj(("id", 123), ("query", Obj(("page", 1)))));
        Assert.Contains("/users/123", url);
        Assert.Contains("page=1", url);
    }

    [Fact(DisplayName = "Router#url() › should handle query-only options object without route params")]
    public void Url_query_only_home()
    {
        var router = new Router();
        router.Get("home", "/", (ctx, _) => { ctx.Body = "home"; return Done; });
        Assert.Equal("/?sort=asc", router.Url("home", Obj(("query", Obj(("sort", "asc"))))));
    }

    [Fact(DisplayName = "Router#url() › should handle separate params object and options object with query")]
    public void Url_separate_options()
    {
        var router = new Router();
        router.Get("user", "/users/:id", (ctx, _) => { ctx.Body = "user"; return Done; });
        var url = router.Url("user", Obj(("id", 456)), new UrlOptions { Query = Obj(("detail", "full")) });
        Assert.Contains("/users/456", url);
        Assert.Contains("detail=full", url);
    }

    [Fact(DisplayName = "Router#url() › should handle positional params with query options")]
    public void Url_positional_query()
    {
        var router = new Router();
        router.Get("user", "/users/:id/:action", (ctx, _) => { ctx.Body = "user"; return Done; });
        var url = router.UrlOf("user", 789, "edit", new UrlOptions { Query = Obj(("confirm", "yes")) });
        Assert.Contains("/users/789/edit", url);
        Assert.Contains("confirm=yes", url);
    }

    [Fact(DisplayName = "Router#url() › should throw error when generating URL for RegExp routes via router.url()")]
    public void Url_regexp_route()
    {
        var router = new Router();
        router.Get("regexpRoute", new Regex(@"\/test\/\d+"), (ctx, _) => { ctx.Body = "test"; return Done; });
        var e = Assert.Throws<InvalidOperationException>(() => router.Url("regexpRoute", Obj(("id", 1))));
        Assert.Contains("Cannot generate URL for routes defined with RegExp paths", e.Message);
    }
}
