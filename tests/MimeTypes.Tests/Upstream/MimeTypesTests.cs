namespace Koa.Tests;

// Ported from jshttp/mime-types test/test.js at tag v3.0.2 (47 cases). Each test runs against MimeTypes.Current
// (mime-types 3.0.2 / mime-db 1.54.0) and, as the same case of tag 2.1.35, against MimeTypes.Legacy
// (mime-types 2.1.35 / mime-db 1.52.0); the two cases whose expectation differs between the tags say so.
// JavaScript's non-string arguments ({}, true, 42, undefined) have no C# counterpart: those cases check null and "".

/// <summary>The two databases a case runs against.</summary>
public static class Databases
{
    public static TheoryData<string> Both => new() { "3.0.2", "2.1.35" };

    public static MimeDatabase Get(string version) => version == "3.0.2" ? MimeTypes.Current : MimeTypes.Legacy;
}

public sealed class CharsetTests
{
    [Theory(DisplayName = "mimeTypes › .charset(type) › should return \"UTF-8\" for \"application/json\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Json(string db) => Assert.Equal("UTF-8", Databases.Get(db).Charset("application/json"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return \"UTF-8\" for \"application/json; foo=bar\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void JsonWithParameter(string db) => Assert.Equal("UTF-8", Databases.Get(db).Charset("application/json; foo=bar"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return \"UTF-8\" for \"application/javascript\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Javascript(string db) => Assert.Equal("UTF-8", Databases.Get(db).Charset("application/javascript"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return \"UTF-8\" for \"application/JavaScript\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void JavascriptMixedCase(string db) => Assert.Equal("UTF-8", Databases.Get(db).Charset("application/JavaScript"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return \"UTF-8\" for \"text/html\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Html(string db) => Assert.Equal("UTF-8", Databases.Get(db).Charset("text/html"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return \"UTF-8\" for \"TEXT/HTML\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void HtmlUpperCase(string db) => Assert.Equal("UTF-8", Databases.Get(db).Charset("TEXT/HTML"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return \"UTF-8\" for any text/*"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void AnyText(string db) => Assert.Equal("UTF-8", Databases.Get(db).Charset("text/x-bogus"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return false for unknown types"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Unknown(string db) => Assert.Null(Databases.Get(db).Charset("application/x-bogus"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return false for any application/octet-stream"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void OctetStream(string db) => Assert.Null(Databases.Get(db).Charset("application/octet-stream"));

    [Theory(DisplayName = "mimeTypes › .charset(type) › should return false for invalid arguments"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void InvalidArguments(string db)
    {
        Assert.Null(Databases.Get(db).Charset(null));
        Assert.Null(Databases.Get(db).Charset(""));
        Assert.Null(Databases.Get(db).Charset(" "));
    }
}

public sealed class ContentTypeExtensionTests
{
    [Theory(DisplayName = "mimeTypes › .contentType(extension) › should return content-type for \"html\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Html(string db) => Assert.Equal("text/html; charset=utf-8", Databases.Get(db).ContentType("html"));

    [Theory(DisplayName = "mimeTypes › .contentType(extension) › should return content-type for \".html\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void DotHtml(string db) => Assert.Equal("text/html; charset=utf-8", Databases.Get(db).ContentType(".html"));

    [Theory(DisplayName = "mimeTypes › .contentType(extension) › should return content-type for \"jade\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Jade(string db) => Assert.Equal("text/jade; charset=utf-8", Databases.Get(db).ContentType("jade"));

    [Theory(DisplayName = "mimeTypes › .contentType(extension) › should return content-type for \"json\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Json(string db) => Assert.Equal("application/json; charset=utf-8", Databases.Get(db).ContentType("json"));

    [Theory(DisplayName = "mimeTypes › .contentType(extension) › should return false for unknown extensions"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Unknown(string db) => Assert.Null(Databases.Get(db).ContentType("bogus"));

    [Theory(DisplayName = "mimeTypes › .contentType(extension) › should return false for invalid arguments"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void InvalidArguments(string db)
    {
        Assert.Null(Databases.Get(db).ContentType(null));
        Assert.Null(Databases.Get(db).ContentType(""));
    }
}

public sealed class ContentTypeTypeTests
{
    [Theory(DisplayName = "mimeTypes › .contentType(type) › should attach charset to \"application/json\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Json(string db) => Assert.Equal("application/json; charset=utf-8", Databases.Get(db).ContentType("application/json"));

    [Theory(DisplayName = "mimeTypes › .contentType(type) › should attach charset to \"application/json; foo=bar\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void JsonWithParameter(string db) =>
        Assert.Equal("application/json; foo=bar; charset=utf-8", Databases.Get(db).ContentType("application/json; foo=bar"));

    [Theory(DisplayName = "mimeTypes › .contentType(type) › should attach charset to \"TEXT/HTML\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void HtmlUpperCase(string db) => Assert.Equal("TEXT/HTML; charset=utf-8", Databases.Get(db).ContentType("TEXT/HTML"));

    [Theory(DisplayName = "mimeTypes › .contentType(type) › should attach charset to \"text/html\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Html(string db) => Assert.Equal("text/html; charset=utf-8", Databases.Get(db).ContentType("text/html"));

    [Theory(DisplayName = "mimeTypes › .contentType(type) › should not alter \"text/html; charset=iso-8859-1\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void ExistingCharset(string db) =>
        Assert.Equal("text/html; charset=iso-8859-1", Databases.Get(db).ContentType("text/html; charset=iso-8859-1"));

    [Theory(DisplayName = "mimeTypes › .contentType(type) › should return type for unknown types"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Unknown(string db) => Assert.Equal("application/x-bogus", Databases.Get(db).ContentType("application/x-bogus"));
}

public sealed class ExtensionTests
{
    [Theory(DisplayName = "mimeTypes › .extension(type) › should return extension for mime type"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void ForType(string db)
    {
        Assert.Equal("html", Databases.Get(db).Extension("text/html"));
        Assert.Equal("html", Databases.Get(db).Extension(" text/html"));
        Assert.Equal("html", Databases.Get(db).Extension("text/html "));
    }

    [Theory(DisplayName = "mimeTypes › .extension(type) › should return false for unknown type"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Unknown(string db) => Assert.Null(Databases.Get(db).Extension("application/x-bogus"));

    [Theory(DisplayName = "mimeTypes › .extension(type) › should return false for non-type string"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void NonType(string db) => Assert.Null(Databases.Get(db).Extension("bogus"));

    [Theory(DisplayName = "mimeTypes › .extension(type) › should return false for non-strings"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void NonStrings(string db)
    {
        Assert.Null(Databases.Get(db).Extension(null));
        Assert.Null(Databases.Get(db).Extension(""));
    }

    [Theory(DisplayName = "mimeTypes › .extension(type) › should return extension for mime type with parameters"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void WithParameters(string db)
    {
        var mime = Databases.Get(db);
        Assert.Equal("html", mime.Extension("text/html;charset=UTF-8"));
        Assert.Equal("html", mime.Extension("text/HTML; charset=UTF-8"));
        Assert.Equal("html", mime.Extension("text/html; charset=UTF-8"));
        Assert.Equal("html", mime.Extension("text/html; charset=UTF-8 "));
        Assert.Equal("html", mime.Extension("text/html ; charset=UTF-8"));
    }
}

public sealed class LookupExtensionTests
{
    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return mime type for \".html\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Html(string db) => Assert.Equal("text/html", Databases.Get(db).Lookup(".html"));

    // 3.0.2 expects text/javascript; 2.1.35 expected application/javascript.
    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return mime type for \".js\"")]
    [InlineData("3.0.2", "text/javascript")]
    [InlineData("2.1.35", "application/javascript")]
    public void Js(string db, string expected) => Assert.Equal(expected, Databases.Get(db).Lookup(".js"));

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return mime type for \".json\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Json(string db) => Assert.Equal("application/json", Databases.Get(db).Lookup(".json"));

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return mime type for \".rtf\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Rtf(string db) => Assert.Equal("application/rtf", Databases.Get(db).Lookup(".rtf"));

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return mime type for \".txt\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Txt(string db) => Assert.Equal("text/plain", Databases.Get(db).Lookup(".txt"));

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return mime type for \".xml\""), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Xml(string db) => Assert.Equal("application/xml", Databases.Get(db).Lookup(".xml"));

    // Added in 3.0.2 (not in the 2.1.35 suite), run here against 3.0.2 only.
    [Fact(DisplayName = "mimeTypes › .lookup(extension) › should return mime type for \".mp4\"")]
    public void Mp4() => Assert.Equal("video/mp4", MimeTypes.Lookup(".mp4"));

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should work without the leading dot"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void WithoutDot(string db)
    {
        Assert.Equal("text/html", Databases.Get(db).Lookup("html"));
        Assert.Equal("application/xml", Databases.Get(db).Lookup("xml"));
    }

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should be case insensitive"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void CaseInsensitive(string db)
    {
        Assert.Equal("text/html", Databases.Get(db).Lookup("HTML"));
        Assert.Equal("application/xml", Databases.Get(db).Lookup(".Xml"));
    }

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return false for unknown extension"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Unknown(string db)
    {
        Assert.Null(Databases.Get(db).Lookup(".bogus"));
        Assert.Null(Databases.Get(db).Lookup("bogus"));
    }

    [Theory(DisplayName = "mimeTypes › .lookup(extension) › should return false for non-strings"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void NonStrings(string db)
    {
        Assert.Null(Databases.Get(db).Lookup(null));
        Assert.Null(Databases.Get(db).Lookup(""));
    }
}

public sealed class LookupPathTests
{
    [Theory(DisplayName = "mimeTypes › .lookup(path) › should return mime type for file name"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void FileName(string db) => Assert.Equal("text/html", Databases.Get(db).Lookup("page.html"));

    [Theory(DisplayName = "mimeTypes › .lookup(path) › should return mime type for relative path"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void RelativePath(string db)
    {
        Assert.Equal("text/html", Databases.Get(db).Lookup("path/to/page.html"));
        Assert.Equal("text/html", Databases.Get(db).Lookup("path\\to\\page.html"));
    }

    [Theory(DisplayName = "mimeTypes › .lookup(path) › should return mime type for absolute path"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void AbsolutePath(string db)
    {
        Assert.Equal("text/html", Databases.Get(db).Lookup("/path/to/page.html"));
        Assert.Equal("text/html", Databases.Get(db).Lookup("C:\\path\\to\\page.html"));
    }

    [Theory(DisplayName = "mimeTypes › .lookup(path) › should be case insensitive"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void CaseInsensitive(string db)
    {
        Assert.Equal("text/html", Databases.Get(db).Lookup("/path/to/PAGE.HTML"));
        Assert.Equal("text/html", Databases.Get(db).Lookup("C:\\path\\to\\PAGE.HTML"));
    }

    [Theory(DisplayName = "mimeTypes › .lookup(path) › should return false for unknown extension"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Unknown(string db) => Assert.Null(Databases.Get(db).Lookup("/path/to/file.bogus"));

    [Theory(DisplayName = "mimeTypes › .lookup(path) › should return false for path without extension"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void NoExtension(string db) => Assert.Null(Databases.Get(db).Lookup("/path/to/json"));
}

public sealed class LookupPathWithDotfileTests
{
    [Theory(DisplayName = "mimeTypes › .lookup(path) › path with dotfile › should return false when extension-less"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void ExtensionLess(string db) => Assert.Null(Databases.Get(db).Lookup("/path/to/.json"));

    [Theory(DisplayName = "mimeTypes › .lookup(path) › path with dotfile › should return mime type when there is extension"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void WithExtension(string db) => Assert.Equal("application/json", Databases.Get(db).Lookup("/path/to/.config.json"));

    [Theory(DisplayName = "mimeTypes › .lookup(path) › path with dotfile › should return mime type when there is extension, but no path"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void WithExtensionNoPath(string db) => Assert.Equal("application/json", Databases.Get(db).Lookup(".config.json"));
}
