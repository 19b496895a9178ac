using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Requests;

// __tests__/request/query.test.js — ctx.Query is a read-only dictionary of StringValues in C#.
public sealed class QueryTests
{
    [Fact(DisplayName = "ctx.query › when missing › should return an empty object")]
    public void Missing_is_empty()
    {
        var ctx = TestContexts.Create(new() { Url = "/" });
        Assert.Empty(ctx.Query);
    }

    // Upstream writes ctx.query.a = '2' and reads it back; the C# dictionary is read-only, so the same object
    // being returned each time is what is checked.
    [Fact(DisplayName = "ctx.query › when missing › should return the same object each time it's accessed")]
    public void Same_object()
    {
        var ctx = TestContexts.Create(new() { Url = "/" });
        var query = ctx.Query;
        Assert.Same(query, ctx.Query);
        Assert.Same(query, ctx.Request.Query);
    }

    [Fact(DisplayName = "ctx.query › should return a parsed query string")]
    public void Parsed()
    {
        var ctx = TestContexts.Create(new() { Url = "/?page=2" });
        Assert.Equal("2", ctx.Query["page"]);
    }

    // Beyond the suite (expected values from koa 3.3.0).
    [Fact(DisplayName = "ctx.query › should parse like URLSearchParams: repeated keys, empty values, + as space, no nesting")]
    public void Url_search_params()
    {
        var ctx = TestContexts.Create(new() { Url = "/?a=1&a=2&b=&c&d=x+y%20z&f[g]=3&bad=%zz" });
        Assert.Equal(new StringValues(["1", "2"]), ctx.Query["a"]);
        Assert.Equal(string.Empty, ctx.Query["b"]);
        Assert.Equal(string.Empty, ctx.Query["c"]);
        Assert.Equal("x y z", ctx.Query["d"]);
        Assert.Equal("3", ctx.Query["f[g]"]);
        Assert.Equal("%zz", ctx.Query["bad"]);
        Assert.Equal(["a", "b", "c", "d", "f[g]", "bad"], ctx.Query.Keys);
    }

    [Fact(DisplayName = "ctx.query › should keep __proto__ and constructor as ordinary keys (3.3.0)")]
    public void Proto_keys()
    {
        var ctx = TestContexts.Create(new() { Url = "/?__proto__=x&constructor=y" });
        Assert.Equal("x", ctx.Query["__proto__"]);
        Assert.Equal("y", ctx.Query["constructor"]);
        Assert.Equal(2, ctx.Query.Count);
    }

    [Fact(DisplayName = "ctx.query › should return a new object when the query string changes")]
    public void New_object_for_new_querystring()
    {
        var ctx = TestContexts.Create(new() { Url = "/?page=2" });
        var first = ctx.Query;
        ctx.Querystring = "page=3";
        Assert.NotSame(first, ctx.Query);
        Assert.Equal("3", ctx.Query["page"]);
        Assert.Equal("2", first["page"]);
    }
}

// __tests__/request/query.test.js — JavaScript's { page: 2 } is written as strings in C#.
public sealed class QuerySetterTests
{
    [Fact(DisplayName = "ctx.query= › should stringify and replace the query string and search")]
    public void Stringifies()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Query = new Dictionary<string, StringValues> { ["page"] = "2", ["color"] = "blue" };
        Assert.Equal("/store/shoes?page=2&color=blue", ctx.Url);
        Assert.Equal("page=2&color=blue", ctx.Querystring);
        Assert.Equal("?page=2&color=blue", ctx.Search);
    }

    [Fact(DisplayName = "ctx.query= › should change .url but not .originalUrl")]
    public void Keeps_the_original_url()
    {
        var ctx = TestContexts.Create(new() { Url = "/store/shoes" });
        ctx.Query = new Dictionary<string, StringValues> { ["page"] = "2" };
        Assert.Equal("/store/shoes?page=2", ctx.Url);
        Assert.Equal("/store/shoes", ctx.OriginalUrl);
        Assert.Equal("/store/shoes", ctx.Request.OriginalUrl);
    }

    // Beyond the suite (expected values from koa 3.3.0: `ctx.query = { a: [1, 2], b: true, c: false, d: null, f: 'a b&c' }`
    // gives a=1&a=2&b=true&c=false&d=&f=a+b%26c). 3.3.0 keeps booleans as "true"/"false" (3.2 wrote b=); the C#
    // setter takes strings, so a boolean is written as JavaScript prints it — not bool.ToString()'s "True".
    [Fact(DisplayName = "ctx.query= › should stringify arrays as repeated keys, booleans as true/false (3.3.0) and encode like URLSearchParams")]
    public void Booleans_arrays_and_encoding()
    {
        var ctx = TestContexts.Create(new() { Url = "/store" });
        ctx.Query = new Dictionary<string, StringValues>
        {
            ["a"] = new(["1", "2"]),
            ["b"] = "true",
            ["c"] = "false",
            ["d"] = string.Empty,
            ["f"] = "a b&c",
        };
        Assert.Equal("/store?a=1&a=2&b=true&c=false&d=&f=a+b%26c", ctx.Url);
        Assert.Equal("true", ctx.Query["b"]);
        Assert.Equal("false", ctx.Query["c"]);
        Assert.Equal(new StringValues(["1", "2"]), ctx.Query["a"]);
    }

    [Fact(DisplayName = "ctx.query= › with an empty object › should remove the query string")]
    public void Empty_object()
    {
        var ctx = TestContexts.Create(new() { Url = "/store?page=2" });
        ctx.Query = new Dictionary<string, StringValues>();
        Assert.Equal("/store", ctx.Url);
        Assert.Equal(string.Empty, ctx.Search);
    }

    [Fact(DisplayName = "ctx.query › with a 100 KB hostile query string › should finish in linear time")]
    public void Hostile_query()
    {
        var ctx = TestContexts.Create(new() { Url = "/?" + string.Concat(Enumerable.Repeat("%&=+%z", 17_000)) });
        var query = HostileInput.FinishesQuickly(() => ctx.Query);
        Assert.Equal(["%", ""], query.Keys);

        var repeated = TestContexts.Create(new() { Url = "/?" + string.Concat(Enumerable.Repeat("a=1&", 25_000)) });
        Assert.Equal(25_000, HostileInput.FinishesQuickly(() => repeated.Query)["a"].Count);
    }
}
