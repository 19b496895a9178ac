namespace Koa.Tests.Responses;

// __tests__/response/append.test.js
public sealed class AppendTests
{
    [Fact(DisplayName = "ctx.append(name, val) › should append multiple headers")]
    public void Appends_multiple_headers()
    {
        var ctx = TestContexts.Create();
        ctx.Append("x-foo", "bar1");
        ctx.Append("x-foo", "bar2");
        Assert.Equal(["bar1", "bar2"], HeaderValues.All(ctx.Response, "x-foo"));
    }

    [Fact(DisplayName = "ctx.append(name, val) › should accept array of values")]
    public void Accepts_array_of_values()
    {
        var ctx = TestContexts.Create();
        ctx.Append("Set-Cookie", new[] { "foo=bar", "fizz=buzz" });
        ctx.Append("Set-Cookie", "hi=again");
        Assert.Equal(["foo=bar", "fizz=buzz", "hi=again"], HeaderValues.All(ctx.Response, "set-cookie"));
    }

    [Fact(DisplayName = "ctx.append(name, val) › should get reset by res.set(field, val)")]
    public void Reset_by_set()
    {
        var ctx = TestContexts.Create();
        ctx.Append("Link", "<http://localhost/>");
        ctx.Append("Link", "<http://localhost:80/>");
        ctx.Set("Link", "<http://127.0.0.1/>");
        Assert.Equal("<http://127.0.0.1/>", HeaderValues.Single(ctx.Response, "link"));
    }

    [Fact(DisplayName = "ctx.append(name, val) › should work with res.set(field, val) first")]
    public void Works_after_set()
    {
        var ctx = TestContexts.Create();
        ctx.Set("Link", "<http://localhost/>");
        ctx.Append("Link", "<http://localhost:80/>");
        Assert.Equal(["<http://localhost/>", "<http://localhost:80/>"], HeaderValues.All(ctx.Response, "link"));
    }

    // Not upstream: append() joins only onto a truthy previous value (`if (prev)`), so an empty one is replaced.
    [Fact(DisplayName = "ctx.append(name, val) › should replace an empty previous value")]
    public void Replaces_empty_previous_value()
    {
        var ctx = TestContexts.Create();
        ctx.Set("X-Foo", "");
        ctx.Append("X-Foo", "bar");
        Assert.Equal("bar", HeaderValues.Single(ctx.Response, "x-foo"));
    }

    // Not upstream: node's setHeader rejects CR/LF (ERR_INVALID_CHAR) — append goes through set().
    [Fact(DisplayName = "ctx.append(name, val) › security › should reject CR or LF in a value and keep the previous one")]
    public void Rejects_line_breaks()
    {
        var ctx = TestContexts.Create();
        ctx.Append("Link", "<http://localhost/>");
        var error = Assert.Throws<ArgumentException>(() => ctx.Append("Link", "<http://evil/>\r\nSet-Cookie: a=b"));
        Assert.Contains("Invalid character in header content [\"Link\"]", error.Message, StringComparison.Ordinal);
        Assert.Equal("<http://localhost/>", HeaderValues.Single(ctx.Response, "link"));
        Assert.Throws<ArgumentException>(() => ctx.Append("X-A\nB", "c"));
        Assert.False(ctx.Response.Has("Set-Cookie"));
    }
}
