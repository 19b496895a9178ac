using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

// Ported from jshttp/mime-db test/index.js at tag v1.54.0 (9 cases), run over the data of both databases.
public sealed class MimeDbTests
{
    // Upstream reads src/*-types.json, which the npm package does not ship. Nearest check: the generated data holds
    // exactly the types of the npm db.json (the fixture lists the union of both versions' types, from node).
    [Theory(DisplayName = "mime-db › should not contain types not in src/"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void OnlyKnownTypes(string db)
    {
        using var doc = Fixtures.Load("mime-types/types.json");
        var npmTypes = doc.RootElement.EnumerateArray().Select(c => c.GetProperty("type").GetString()!).ToHashSet(StringComparer.Ordinal);
        var entries = Databases.Get(db).Entries;
        Assert.All(entries.Keys, type => Assert.Contains(type, npmTypes));
        Assert.Equal(db == "3.0.2" ? 2522 : 2279, entries.Count);
    }

    [Theory(DisplayName = "mime-db › should contain only valid mime types"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void ValidTypes(string db) => Assert.All(Databases.Get(db).Entries.Keys, type => Assert.True(MediaTyper.Test(type), type));

    [Theory(DisplayName = "mime-db › should not have any uppercased letters in names"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void LowerCaseNames(string db) => Assert.All(Databases.Get(db).Entries.Keys, type => Assert.Equal(type.ToLowerInvariant(), type));

    [Theory(DisplayName = "mime-db › should have .json and .js as having UTF-8 charsets"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void JsonAndJsCharsets(string db)
    {
        Assert.Equal("UTF-8", Databases.Get(db).Entries["application/json"].Charset);
        Assert.Equal("UTF-8", Databases.Get(db).Entries["application/javascript"].Charset);
    }

    [Theory(DisplayName = "mime-db › should set audio/x-flac with extension=flac"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Flac(string db) => Assert.Equal("flac", Databases.Get(db).Entries["audio/x-flac"].Extensions[0]);

    [Theory(DisplayName = "mime-db › should have guessed application/mathml+xml"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void MathMl(string db) => Assert.True(Databases.Get(db).Entries.ContainsKey("application/mathml+xml"));

    // mime-db omits "extensions" rather than writing []: the port exposes an absent list as empty, and the
    // extensions map (mime-types `extensions`) only holds types that have some.
    [Theory(DisplayName = "mime-db › should not have an empty .extensions"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void NoEmptyExtensions(string db)
    {
        var mime = Databases.Get(db);
        Assert.All(mime.Extensions.Values, list => Assert.NotEmpty(list));
        Assert.Equal(mime.Entries.Count(e => e.Value.Extensions.Count > 0), mime.Extensions.Count);
    }

    [Theory(DisplayName = "mime-db › should have only lowercase .extensions"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void LowerCaseExtensions(string db) =>
        Assert.All(Databases.Get(db).Entries.Values.SelectMany(e => e.Extensions), ext => Assert.Equal(ext.ToLowerInvariant(), ext));

    [Theory(DisplayName = "mime-db › should have the default .extension as the first"), MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void DefaultExtensionFirst(string db)
    {
        Assert.Equal("txt", Databases.Get(db).Entries["text/plain"].Extensions[0]);
        Assert.Equal("mkv", Databases.Get(db).Entries["video/x-matroska"].Extensions[0]);
    }

    [Fact(DisplayName = "mime-db entries carry source, charset and compressible as db.json has them")]
    public void EntryShape()
    {
        var json = MimeTypes.Current.Entries["application/json"];
        Assert.Equal("iana", json.Source);
        Assert.Equal("UTF-8", json.Charset);
        Assert.True(json.Compressible);
        Assert.Equal(["json", "map"], json.Extensions);
        Assert.False(MimeTypes.Current.Entries["image/png"].Compressible);
        Assert.Null(MimeTypes.Current.Entries["application/1d-interleaved-parityfec"].Compressible);
        Assert.Null(MimeTypes.Current.Entries["application/dart"].Source);
        Assert.Null(MimeTypes.Current.Entries["application/mathml+xml"].Charset);
        Assert.Equal("1.54.0", MimeTypes.Current.DatabaseVersion);
        Assert.Equal("3.0.2", MimeTypes.Current.MimeTypesVersion);
        Assert.Equal("1.52.0", MimeTypes.Legacy.DatabaseVersion);
        Assert.Equal("2.1.35", MimeTypes.Legacy.MimeTypesVersion);
    }
}
