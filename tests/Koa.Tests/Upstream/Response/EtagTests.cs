namespace Koa.Tests.Responses;

// __tests__/response/etag.test.js — describe('res.etag=')
public sealed class EtagSetterTests
{
    [Fact(DisplayName = "res.etag= › should not modify an etag with quotes")]
    public void Keeps_quoted_etag()
    {
        var res = TestContexts.Response();
        res.Etag = "\"asdf\"";
        Assert.Equal("\"asdf\"", HeaderValues.Single(res, "etag"));
    }

    [Fact(DisplayName = "res.etag= › should not modify a weak etag")]
    public void Keeps_weak_etag()
    {
        var res = TestContexts.Response();
        res.Etag = "W/\"asdf\"";
        Assert.Equal("W/\"asdf\"", HeaderValues.Single(res, "etag"));
    }

    [Fact(DisplayName = "res.etag= › should add quotes around an etag if necessary")]
    public void Adds_quotes()
    {
        var res = TestContexts.Response();
        res.Etag = "asdf";
        Assert.Equal("\"asdf\"", HeaderValues.Single(res, "etag"));
    }

    // Not upstream: /^(W\/)?"/ is case-sensitive and anchored — "w/" or a quote later on still get wrapped.
    [Theory(DisplayName = "res.etag= › should quote anything that does not start with \" or W/\"")]
    [InlineData("w/\"asdf\"", "\"w/\"asdf\"\"")]
    [InlineData("W/asdf", "\"W/asdf\"")]
    [InlineData(" \"asdf\"", "\" \"asdf\"\"")]
    [InlineData("\"", "\"")]
    [InlineData("", "\"\"")]
    public void Quotes_unless_anchored(string value, string header)
    {
        var res = TestContexts.Response();
        res.Etag = value;
        Assert.Equal(header, HeaderValues.Single(res, "etag"));
    }

    // Not upstream: the C# property is nullable like Type and LastModified; null removes the header.
    [Fact(DisplayName = "res.etag= › should remove the ETag when set to null")]
    public void Null_removes()
    {
        var res = TestContexts.Response();
        res.Etag = "asdf";
        res.Etag = null;
        Assert.False(res.Has("ETag"));
        Assert.Null(res.Etag);
    }
}

// __tests__/response/etag.test.js — describe('res.etag')
public sealed class EtagTests
{
    [Fact(DisplayName = "res.etag › should return etag")]
    public void Returns_etag()
    {
        var res = TestContexts.Response();
        res.Etag = "\"asdf\"";
        Assert.Equal("\"asdf\"", res.Etag);
    }
}
