using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Responses;

// __tests__/response/get.test.js
// response.get(field) is res.getHeader(field): the value exactly as set. In ASP.NET Core that is a StringValues.
public sealed class GetTests
{
    [Fact(DisplayName = "ctx.get(name) › should get a field value, case insensitive")]
    public void Case_insensitive()
    {
        var ctx = TestContexts.Create();
        ctx.Set("X-Foo", "bar");
        Assert.Equal("bar", ctx.Response.Get("x-FOO").ToString());
    }

    // JS sets undefined and null through res.setHeader and the header object; the C# counterpart of "no value" is an
    // empty StringValues, which the server's header dictionary stores as no header at all.
    [Fact(DisplayName = "ctx.get(name) › should have the same behavior as ctx.res.getHeader on undefined and null values")]
    public void Same_as_the_server_headers()
    {
        var ctx = TestContexts.Create();
        ctx.Res.Headers["X-Foo"] = StringValues.Empty;
        ctx.Response.Header["x-boo"] = default;
        Assert.Equal(ctx.Res.Headers["X-FOO"], ctx.Response.Get("x-FOO"));
        Assert.Equal(ctx.Res.Headers["X-BOO"], ctx.Response.Get("x-bOO"));
        Assert.Equal(0, ctx.Response.Get("x-FOO").Count);
    }

    // JS: a Date, a Map, '', 0, null and undefined come back as set. C#: every value comes back exactly as set —
    // an empty string stays one empty value, several values stay several, nothing is joined or parsed.
    [Fact(DisplayName = "ctx.get(name) › should not convert header value type")]
    public void Does_not_convert()
    {
        var ctx = TestContexts.Create();
        var date = DateTimeOffset.UnixEpoch.ToString("r");
        ctx.Res.Headers["Foo-date"] = date;
        ctx.Response.Header["foo-list"] = new StringValues(["a", "b, c"]);
        ctx.Res.Headers["Foo-empty-string"] = "";
        ctx.Res.Headers["Foo-number"] = "0";

        Assert.Equal(date, ctx.Response.Get("foo-Date").ToString());
        Assert.Equal(["a", "b, c"], HeaderValues.All(ctx.Response.Get("foo-LIST")));
        var empty = ctx.Response.Get("Foo-empty-String");
        Assert.Equal(1, empty.Count);
        Assert.Equal("", empty[0]);
        Assert.Equal("0", ctx.Response.Get("Foo-Number").ToString());
    }

    [Fact(DisplayName = "ctx.get(name) › should return undefined for non-existent headers")]
    public void Missing_is_empty()
    {
        var ctx = TestContexts.Create();
        Assert.Equal(StringValues.Empty, ctx.Response.Get("nonexistent"));
        Assert.Equal(StringValues.Empty, ctx.Response.Get(""));
    }
}
