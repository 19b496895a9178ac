using Microsoft.Extensions.Primitives;

namespace Koa.Tests.Responses;

// __tests__/response/set.test.js — describe('ctx.set(name, val)'). Values are StringValues: one string or several.
public sealed class SetTests
{
    [Fact(DisplayName = "ctx.set(name, val) › should set a field value")]
    public void Sets_a_value()
    {
        var ctx = TestContexts.Create();
        ctx.Set("x-foo", "bar");
        Assert.Equal("bar", ctx.Response.Get("x-foo").ToString());
    }

    // JS (v3) stores the number 5 unchanged. C# header values are strings: the caller formats the number and the
    // value is stored exactly as given.
    [Fact(DisplayName = "ctx.set(name, val) › should coerce number to string")]
    public void Number_as_given()
    {
        var ctx = TestContexts.Create();
        ctx.Set("x-foo", 5.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("5", HeaderValues.Single(ctx.Response, "x-foo"));
    }

    // JS stores undefined (and leaves no header). C#'s "no value" is an empty StringValues (or a null string): the
    // field ends up absent.
    [Fact(DisplayName = "ctx.set(name, val) › should coerce undefined to string")]
    public void Undefined_leaves_no_header()
    {
        var ctx = TestContexts.Create();
        ctx.Set("x-foo", StringValues.Empty);
        Assert.Null(HeaderValues.Single(ctx.Response, "x-foo"));
        ctx.Set("x-foo", "bar");
        ctx.Set("x-foo", (string?)null);
        Assert.Null(HeaderValues.Single(ctx.Response, "x-foo"));
    }

    [Fact(DisplayName = "ctx.set(name, val) › should set a field value of array")]
    public void Sets_an_array()
    {
        var ctx = TestContexts.Create();
        ctx.Set("x-foo", new[] { "foo", "bar", "123" });
        Assert.Equal(["foo", "bar", "123"], HeaderValues.All(ctx.Response, "x-foo"));
    }

    // Koa 3.3.0: set() unwraps a one-element array for Content-Type and Content-Length and asserts otherwise.
    [Fact(DisplayName = "ctx.set(name, val) › should unwrap a one-element Content-Type or Content-Length array (3.3.0)")]
    public void Unwraps_single_value_headers()
    {
        var ctx = TestContexts.Create();
        ctx.Set("Content-Type", new[] { "text/plain" });
        ctx.Set("content-length", new[] { "42" });
        Assert.Equal("text/plain", HeaderValues.Single(ctx.Response, "Content-Type"));
        Assert.Equal("text/plain", ctx.Type);
        Assert.Equal(42L, ctx.Length);
    }

    [Theory(DisplayName = "ctx.set(name, val) › should reject several Content-Type or Content-Length values (3.3.0)")]
    [InlineData("Content-Type")]
    [InlineData("CONTENT-LENGTH")]
    public void Rejects_several_single_value_headers(string field)
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Set(field, new[] { "1", "2" }));
        Assert.Contains($"{field} must contain exactly one value", error.Message, StringComparison.Ordinal);
        Assert.False(ctx.Has(field));
        Assert.Throws<ArgumentException>(() => ctx.Set(field, Array.Empty<string>()));
    }

    // Not upstream: nothing changes once the headers are sent, and an empty name is ignored (`!field`).
    [Fact(DisplayName = "ctx.set(name, val) › should be a no-op after headers are sent or without a name")]
    public async Task No_op_cases()
    {
        var ctx = TestContexts.Create();
        ctx.Set("", "x");
        Assert.Empty(ctx.Response.Header);
        await ctx.FlushHeadersAsync();
        ctx.Set("X-Late", "1");
        ctx.Set("Content-Type", new[] { "a/b", "c/d" });
        Assert.False(ctx.Has("X-Late"));
    }

    // Node's setHeader: the name must be an HTTP token (ERR_INVALID_HTTP_TOKEN) and the value may hold only tab,
    // visible ASCII and obs-text (ERR_INVALID_CHAR) — a CR or LF is an error, never a second header.
    [Theory(DisplayName = "ctx.set(name, val) › security › should reject CR, LF and other control characters in a value")]
    [InlineData("a\r\nSet-Cookie: x=y")]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("a\0b")]
    [InlineData("a\u007fb")]
    [InlineData("\u2028")]
    public void Rejects_bad_values(string value)
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Set("X-Foo", value));
        Assert.Contains("Invalid character in header content [\"X-Foo\"]", error.Message, StringComparison.Ordinal);
        Assert.False(ctx.Has("X-Foo"));
        Assert.Throws<ArgumentException>(() => ctx.Set("X-Foo", new[] { "fine", value }));
        Assert.False(ctx.Has("X-Foo"));
    }

    [Theory(DisplayName = "ctx.set(name, val) › security › should reject a name that is not a token")]
    [InlineData("X-Foo\r\nSet-Cookie")]
    [InlineData("X-Foo\n")]
    [InlineData("X Foo")]
    [InlineData("X-Foo:")]
    [InlineData("\u00e9")]
    public void Rejects_bad_names(string name)
    {
        var ctx = TestContexts.Create();
        var error = Assert.Throws<ArgumentException>(() => ctx.Set(name, "bar"));
        Assert.Contains($"Header name must be a valid HTTP token [\"{name}\"]", error.Message, StringComparison.Ordinal);
        Assert.Empty(ctx.Response.Header);
    }

    [Theory(DisplayName = "ctx.set(name, val) › security › should accept tab, visible ASCII and obs-text")]
    [InlineData("a\tb")]
    [InlineData(" !~")]
    [InlineData("caf\u00e9 \u00ff")]
    [InlineData("")]
    public void Accepts_good_values(string value)
    {
        var ctx = TestContexts.Create();
        ctx.Set("X-Foo", value);
        Assert.Equal(value, HeaderValues.Single(ctx.Response, "x-foo"));
    }

    [Theory(DisplayName = "ctx.set(name, val) › security › should answer 500 with no injected header on the wire")]
    [Transports]
    public async Task Never_splits_on_the_wire(TestTransport transport)
    {
        var app = new Application { Silent = true };
        app.Use(ctx =>
        {
            ctx.Set("X-Echo", ctx.Query["v"]);
            ctx.Body = "ok";
            return Task.CompletedTask;
        });
        var res = await app.Request(transport).Get("/?v=a%0D%0ASet-Cookie:%20admin=1").ExpectAsync(500);
        Assert.False(res.HasHeader("Set-Cookie"));
        Assert.False(res.HasHeader("X-Echo"));
        await app.Request(transport).Get("/?v=fine").Expect("X-Echo", "fine").ExpectAsync(200, "ok");
    }
}

// __tests__/response/set.test.js — describe('ctx.set(object)')
public sealed class SetObjectTests
{
    [Fact(DisplayName = "ctx.set(object) › should set multiple fields")]
    public void Sets_multiple_fields()
    {
        var ctx = TestContexts.Create();
        ctx.Set(new Dictionary<string, StringValues> { ["foo"] = "1", ["bar"] = "2" });
        Assert.Equal("1", HeaderValues.Single(ctx.Response, "foo"));
        Assert.Equal("2", HeaderValues.Single(ctx.Response, "bar"));
    }

    // Koa 3.3.0 normalises every entry before setting any: one bad entry sets nothing.
    [Fact(DisplayName = "ctx.set(object) › should set nothing when one entry is invalid (3.3.0)")]
    public void All_or_nothing()
    {
        var ctx = TestContexts.Create();
        Assert.Throws<ArgumentException>(() => ctx.Set(new Dictionary<string, StringValues>
        {
            ["X-First"] = "1",
            ["Content-Type"] = new[] { "text/plain", "text/html" },
        }));
        Assert.Throws<ArgumentException>(() => ctx.Set(new Dictionary<string, StringValues>
        {
            ["X-First"] = "1",
            ["X-Second"] = "a\r\nSet-Cookie: b=c",
        }));
        Assert.Empty(ctx.Response.Header);

        ctx.Set(new Dictionary<string, StringValues> { ["Content-Type"] = new[] { "text/plain" }, ["X-First"] = "1" });
        Assert.Equal("text/plain", HeaderValues.Single(ctx.Response, "content-type"));
        Assert.Equal("1", HeaderValues.Single(ctx.Response, "x-first"));
    }
}
