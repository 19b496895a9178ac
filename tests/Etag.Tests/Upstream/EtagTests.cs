using System.Text.Json;
using System.Text.RegularExpressions;
using Koa.Tests.Shared;

namespace Koa.Tests;

// jshttp/etag test/test.js (etag 1.8.1)
public sealed class EtagTests
{
    private static readonly byte[] Buf5kb = Convert.FromBase64String(Fixtures.Cases("etag/etag.json").Single(c => c.TryGetProperty("name", out var n) && n.GetString() == "5kb").GetProperty("base64").GetString()!);
    private static readonly string Str5kb = System.Text.Encoding.UTF8.GetString(Buf5kb);
    // node's value for the 5 KB body (upstream's is "1400-CH0o…" for its seedrandom bytes; ours come from the fixture generator).
    private static readonly string Tag5kb = Fixtures.Cases("etag/etag.json").Single(c => c.TryGetProperty("name", out var n) && n.GetString() == "5kb").GetProperty("etag").GetString()!;

    // A file that exists wherever the tests run (the source path is mapped away in deterministic CI builds).
    private static string ThisFile() => typeof(EtagTests).Assembly.Location;

    private static bool IsWeak(string etag)
    {
        var match = Regex.Match(etag, "^(W/|)\"([^\"]+)\"");
        Assert.True(match.Success, "invalid ETag: " + etag);
        return match.Groups[1].Value == "W/";
    }

    [Fact(DisplayName = "etag(entity) › should require an entity")]
    public void Requires_entity()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Etag.Generate((object)null!));
        Assert.Contains("argument entity is required", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "etag(entity) › should reject number entities")]
    public void Rejects_numbers()
    {
        var error = Assert.Throws<ArgumentException>(() => Etag.Generate((object)4));
        Assert.StartsWith("argument entity must be", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "etag(entity) › when \"entity\" is a string › should generate a strong ETag")]
    public void String_strong() => Assert.Equal("\"9-fINXV39R1PCo05OqGqr7KIY9lCE\"", Etag.Generate("beep boop"));

    [Fact(DisplayName = "etag(entity) › when \"entity\" is a string › should work containing Unicode")]
    public void String_unicode()
    {
        Assert.Equal("\"3-QkSKq8sXBjHL2tFAZknA2n6LYzM\"", Etag.Generate("论"));
        Assert.Equal("W/\"3-QkSKq8sXBjHL2tFAZknA2n6LYzM\"", Etag.Generate("论", weak: true));
    }

    [Fact(DisplayName = "etag(entity) › when \"entity\" is a string › should work for empty string")]
    public void String_empty() => Assert.Equal("\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"", Etag.Generate(""));

    [Fact(DisplayName = "etag(entity) › when \"entity\" is a Buffer › should generate a strong ETag")]
    public void Buffer_strong() => Assert.Equal("\"3-cDeAcZjCKn0rCAc3HXY3eahP388\"", Etag.Generate(new byte[] { 1, 2, 3 }));

    [Fact(DisplayName = "etag(entity) › when \"entity\" is a Buffer › should work for empty Buffer")]
    public void Buffer_empty() => Assert.Equal("\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"", Etag.Generate(Array.Empty<byte>()));

    [Fact(DisplayName = "etag(entity) › when \"entity\" is a fs.Stats › should generate a weak ETag")]
    public void Stats_weak() => Assert.True(IsWeak(Etag.Generate(new FileInfo(ThisFile()))));

    [Fact(DisplayName = "etag(entity) › when \"entity\" is a fs.Stats › should generate consistently")]
    public void Stats_consistent() => Assert.Equal(Etag.Generate(new FileInfo(ThisFile())), Etag.Generate(new FileInfo(ThisFile())));

    [Fact(DisplayName = "etag(entity) › when \"entity\" looks like a stats object › should generate a weak ETag")]
    public void Stats_like() => Assert.Equal("W/\"bd3-14831b399d8\"", Etag.Generate(3027, DateTimeOffset.Parse("2014-09-01T14:52:07Z", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact(DisplayName = "etag(entity) › with \"weak\" option › when \"false\" › should generate a strong ETag for a string")]
    public void Weak_false_string()
    {
        Assert.Equal("\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"", Etag.Generate("", weak: false));
        Assert.Equal("\"9-fINXV39R1PCo05OqGqr7KIY9lCE\"", Etag.Generate("beep boop", weak: false));
        Assert.Equal(Tag5kb, Etag.Generate(Str5kb, weak: false));
    }

    [Fact(DisplayName = "etag(entity) › with \"weak\" option › when \"false\" › should generate a strong ETag for a Buffer")]
    public void Weak_false_buffer()
    {
        Assert.Equal("\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"", Etag.Generate(Array.Empty<byte>(), weak: false));
        Assert.Equal("\"3-cDeAcZjCKn0rCAc3HXY3eahP388\"", Etag.Generate(new byte[] { 1, 2, 3 }, weak: false));
        Assert.Equal(Tag5kb, Etag.Generate(Buf5kb, weak: false));
        Assert.StartsWith("\"1400-", Tag5kb, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "etag(entity) › with \"weak\" option › when \"false\" › should generate a strong ETag for fs.Stats")]
    public void Weak_false_stats() => Assert.False(IsWeak(Etag.Generate(new FileInfo(ThisFile()), weak: false)));

    [Fact(DisplayName = "etag(entity) › with \"weak\" option › when \"true\" › should generate a weak ETag for a string")]
    public void Weak_true_string()
    {
        Assert.Equal("W/\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"", Etag.Generate("", weak: true));
        Assert.Equal("W/\"9-fINXV39R1PCo05OqGqr7KIY9lCE\"", Etag.Generate("beep boop", weak: true));
        Assert.Equal("W/" + Tag5kb, Etag.Generate(Str5kb, weak: true));
    }

    [Fact(DisplayName = "etag(entity) › with \"weak\" option › when \"true\" › should generate a weak ETag for a Buffer")]
    public void Weak_true_buffer()
    {
        Assert.Equal("W/\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"", Etag.Generate(Array.Empty<byte>(), weak: true));
        Assert.Equal("W/\"3-cDeAcZjCKn0rCAc3HXY3eahP388\"", Etag.Generate(new byte[] { 1, 2, 3 }, weak: true));
        Assert.Equal("W/" + Tag5kb, Etag.Generate(Buf5kb, weak: true));
    }

    [Fact(DisplayName = "etag(entity) › with \"weak\" option › when \"true\" › should generate a weak ETag for fs.Stats")]
    public void Weak_true_stats() => Assert.True(IsWeak(Etag.Generate(new FileInfo(ThisFile()), weak: true)));

    [Fact(DisplayName = "etag(entity) › with \"weak\" option › when \"true\" › should generate different ETags for different strings")]
    public void Different_strings() => Assert.NotEqual(Etag.Generate("plumless", weak: true), Etag.Generate("buckeroo", weak: true));
}
