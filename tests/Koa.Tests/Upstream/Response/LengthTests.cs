using System.Text;

namespace Koa.Tests.Responses;

// __tests__/response/length.test.js — JS undefined is null.
public sealed class LengthTests
{
    [Fact(DisplayName = "res.length › when Content-Length is defined › should return a number")]
    public void Content_length_number()
    {
        var res = TestContexts.Response();
        res.Set("Content-Length", "1024");
        Assert.Equal(1024L, res.Length);
    }

    [Fact(DisplayName = "res.length › when Content-Length is defined › but not number › should return 0")]
    public void Content_length_not_a_number()
    {
        var res = TestContexts.Response();
        res.Set("Content-Length", "hey");
        Assert.Equal(0L, res.Length);
    }

    // Not upstream: parseInt(value, 10) || 0 — leading digits count, white space is skipped.
    [Theory(DisplayName = "res.length › when Content-Length is defined › should read it with parseInt(value, 10) || 0")]
    [InlineData("12abc", 12L)]
    [InlineData("  42 ", 42L)]
    [InlineData("-3", -3L)]
    [InlineData("0x10", 0L)]
    [InlineData("", 0L)]
    public void Content_length_parse_int(string value, long length)
    {
        var res = TestContexts.Response();
        res.Set("Content-Length", value);
        Assert.Equal(length, res.Length);
    }

    [Fact(DisplayName = "res.length › when Content-Length is not defined › and a .body is set › should return a number")]
    public void Computed_from_body()
    {
        var res = TestContexts.Response();

        res.Body = null;
        Assert.Null(res.Length);

        res.Body = "foo";
        res.Remove("Content-Length");
        Assert.Equal(3L, res.Length);
        res.Body = "foo";
        Assert.Equal(3L, res.Length);

        res.Body = Encoding.UTF8.GetBytes("foo bar");
        res.Remove("Content-Length");
        Assert.Equal(7L, res.Length);
        res.Body = Encoding.UTF8.GetBytes("foo bar");
        Assert.Equal(7L, res.Length);

        res.Body = new { hello = "world" };
        res.Remove("Content-Length");
        Assert.Equal(17L, res.Length);
        res.Body = new { hello = "world" };
        Assert.Equal(17L, res.Length);

        using var file = File.OpenRead(typeof(LengthTests).Assembly.Location);
        res.Body = file;
        Assert.Null(res.Length);

        res.Body = null;
        Assert.Null(res.Length);
    }

    [Fact(DisplayName = "res.length › when Content-Length is not defined › and .body is not › should return undefined")]
    public void No_body()
    {
        var res = TestContexts.Response();
        Assert.Null(res.Length);
    }

    [Fact(DisplayName = "res.length › and a .type is set to json › and a .body is set to null › should return a number")]
    public void Json_null_body()
    {
        var res = TestContexts.Response();
        res.Type = "json";
        res.Body = null;
        Assert.Equal(4L, res.Length);
    }

    // Not upstream (#1562): the setter leaves Content-Length alone while Transfer-Encoding is present.
    [Fact(DisplayName = "res.length= › should not set Content-Length when Transfer-Encoding is present")]
    public void Not_with_transfer_encoding()
    {
        var res = TestContexts.Response();
        res.Set("Transfer-Encoding", "chunked");
        res.Length = 10;
        Assert.False(res.Has("Content-Length"));
        res.Remove("Transfer-Encoding");
        res.Length = 10;
        Assert.Equal("10", HeaderValues.Single(res, "Content-Length"));
        res.Length = null;
        Assert.False(res.Has("Content-Length"));
    }
}
