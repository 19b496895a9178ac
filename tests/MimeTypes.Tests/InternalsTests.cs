namespace Koa.Tests;

// The pieces of the port that have no public face of their own.
public sealed class MimeScoreTests
{
    // Values computed with mime-types 3.0.2 mimeScore.js.
    [Theory(DisplayName = "mimeScore(type, source)")]
    [InlineData("application/octet-stream", "iana", 0)]
    [InlineData("text/html", "iana", 900 + 40 + 0 + (1 - (9 / 100.0)))]
    [InlineData("application/json", "iana", 900 + 40 + 1 + (1 - (16 / 100.0)))]
    [InlineData("application/vnd.ms-excel", "iana", 400 + 40 + 1 + (1 - (24 / 100.0)))]
    [InlineData("application/x-font", null, 200 + 30 + 1 + (1 - (18 / 100.0)))]
    [InlineData("application/prs.foo", "nginx", 100 + 10 + 1 + (1 - (19 / 100.0)))]
    [InlineData("video/x.foo", "apache", 300 + 20 + 3 + (1 - (11 / 100.0)))]
    [InlineData("font/abcx-y", "apache", 900 + 20 + 2 + (1 - (11 / 100.0)))]
    [InlineData("audio/mp4", "iana", 900 + 40 + 2 + (1 - (9 / 100.0)))]
    [InlineData("model/vnd.a", "iana", 400 + 40 + 0 + (1 - (11 / 100.0)))]
    [InlineData("a/b/c", "iana", 900 + 40 + 0 + (1 - (5 / 100.0)))]
    public void Score(string type, string? source, double expected) => Assert.Equal(expected, MimeScore.Of(type, source));

    [Fact(DisplayName = "mime-types 3.x keeps the current type only when it scores strictly higher")]
    public void ScoreRule()
    {
        Assert.Equal("video/mp4", ExtensionConflictRules.Resolve(ExtensionConflicts.MimeScore, "application/mp4", "iana", "video/mp4", "iana"));
        Assert.Equal("video/mp4", ExtensionConflictRules.Resolve(ExtensionConflicts.MimeScore, "video/mp4", "iana", "application/mp4", "iana"));
        Assert.Equal("a/b", ExtensionConflictRules.Resolve(ExtensionConflicts.MimeScore, null, null, "a/b", null));
    }

    [Fact(DisplayName = "mime-types 2.x ranks sources nginx < apache < none < iana and favours application/")]
    public void SourceRankRule()
    {
        Assert.Equal("a/b", ExtensionConflictRules.Resolve(ExtensionConflicts.SourceRank, null, null, "a/b", "iana"));
        Assert.Equal("text/x", ExtensionConflictRules.Resolve(ExtensionConflicts.SourceRank, "text/x", "iana", "text/y", "apache"));
        Assert.Equal("text/y", ExtensionConflictRules.Resolve(ExtensionConflicts.SourceRank, "text/x", "nginx", "text/y", null));
        Assert.Equal("application/x", ExtensionConflictRules.Resolve(ExtensionConflicts.SourceRank, "application/x", "iana", "text/y", "iana"));
        Assert.Equal("text/y", ExtensionConflictRules.Resolve(ExtensionConflicts.SourceRank, "text/x", "iana", "text/y", "iana"));
        Assert.Equal("text/y", ExtensionConflictRules.Resolve(ExtensionConflicts.SourceRank, "application/octet-stream", "iana", "text/y", "nginx"));
        Assert.Equal("text/y", ExtensionConflictRules.Resolve(ExtensionConflicts.SourceRank, "text/x", "unknown", "text/y", "nginx"));
    }
}

public sealed class MimeDbRowsTests
{
    [Fact(DisplayName = "generated rows: type|source|charset|compressible|extensions")]
    public void Rows()
    {
        var rows = MimeDbRows.Parse("""
            a/b|iana|UTF-8|true|x y
            c/d||||
            """).ToList();
        Assert.Equal("a/b", rows[0].Type);
        Assert.Equal(new MimeEntry { Source = "iana", Charset = "UTF-8", Compressible = true, Extensions = rows[0].Entry.Extensions }, rows[0].Entry);
        Assert.Equal(["x", "y"], rows[0].Entry.Extensions);
        Assert.Equal(new MimeEntry { Extensions = [] }.Extensions, rows[1].Entry.Extensions);
        Assert.Null(rows[1].Entry.Compressible);
        Assert.Throws<InvalidOperationException>(() => MimeDbRows.Parse("a/b|iana").ToList());
    }
}

public sealed class JavaScriptSemanticsTests
{
    [Fact(DisplayName = "lookup lower-cases like JavaScript: the Kelvin sign is k, other non-ASCII never matches")]
    public void KelvinSign()
    {
        Assert.Equal("application/vnd.google-earth.kml+xml", MimeTypes.Lookup("\u212Aml"));
        Assert.Null(MimeTypes.Lookup("\u0130ni"));
        Assert.Null(MimeTypes.Lookup("\u0131ni"));
        Assert.Equal("text/plain", MimeTypes.Lookup("INI"));
    }

    [Fact(DisplayName = "types are extracted after JavaScript white space (BOM yes, U+0085 no)")]
    public void WhiteSpace()
    {
        Assert.Equal("html", MimeTypes.Extension("\uFEFF\u3000text/html\u2028; x"));
        Assert.Null(MimeTypes.Extension("\u0085text/html"));
        Assert.Equal("UTF-8", MimeTypes.Charset("\u00A0Text/anything"));
        Assert.Equal("UTF-8", MimeTypes.Charset("text/"));
        Assert.Null(MimeTypes.Charset("text"));
    }

    [Fact(DisplayName = "contentType appends the lower-cased charset unless the value mentions charset")]
    public void ContentTypeCharset()
    {
        Assert.Equal("application/charset", MimeTypes.ContentType("application/charset"));
        Assert.Equal("text/plain; CHARSET=x; charset=utf-8", MimeTypes.ContentType("text/plain; CHARSET=x"));
        Assert.Equal("text/plain; charset=utf-8", MimeTypes.ContentType("file.TXT"));
        Assert.Equal("image/png", MimeTypes.ContentType("png"));
        Assert.Equal("dir/", MimeTypes.ContentType("dir/"));
    }

    [Fact(DisplayName = "the static members use mime-types 3.0.2")]
    public void StaticMembersUseCurrent()
    {
        Assert.Same(MimeTypes.Current.Types, MimeTypes.Types);
        Assert.Same(MimeTypes.Current.Extensions, MimeTypes.Extensions);
        Assert.Equal("text/javascript", MimeTypes.Lookup("js"));
        Assert.Equal("js", MimeTypes.Extension("text/javascript"));
        Assert.Equal("application/javascript", MimeTypes.Legacy.Lookup("js"));
        Assert.Equal("audio/wave", MimeTypes.Legacy.Lookup("wav"));
        Assert.Equal("audio/wav", MimeTypes.Lookup("wav"));
        Assert.Equal(default(MimeEntry).Extensions, Array.Empty<string>());
    }
}
