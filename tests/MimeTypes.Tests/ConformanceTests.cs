using System.Text.Json;
using Koa.Tests.Shared;

namespace Koa.Tests;

// Replays tests/conformance/mime-types (node over mime-types 3.0.2 + mime-db 1.54.0 and 2.1.35 + 1.52.0).
public sealed class ConformanceTests
{
    [Theory(DisplayName = "conformance › types and extensions tables equal npm's")]
    [InlineData("3.0.2")]
    [InlineData("2.1.35")]
    public void Tables(string version)
    {
        using var doc = Fixtures.Load("mime-types/tables.json");
        var expected = doc.RootElement.GetProperty(version);
        var mime = Databases.Get(version);

        var types = FixtureValues.Map(expected.GetProperty("types"));
        Assert.Equal(types.Count, mime.Types.Count);
        foreach (var (extension, type) in types)
        {
            Assert.True(mime.Types.TryGetValue(extension, out var actual), $"{version}: missing extension {extension}");
            Assert.True(type == actual, $"{version}: types[{extension}] is {actual}, npm has {type}");
        }

        var extensions = expected.GetProperty("extensions").EnumerateObject().ToList();
        Assert.Equal(extensions.Count, mime.Extensions.Count);
        foreach (var property in extensions)
        {
            Assert.Equal<string?>(FixtureValues.List(property.Value), mime.Extensions[property.Name]);
        }
    }

    [Fact(DisplayName = "conformance › lookup of every extension of both databases")]
    public void EveryExtension()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("mime-types/extensions.json"))
        {
            var input = FixtureValues.Text(c, "input");
            Check("lookup", input, FixtureValues.Text(c, "current"), MimeTypes.Current.Lookup(input));
            Check("lookup (2.1.35)", input, FixtureValues.Text(c, "legacy"), MimeTypes.Legacy.Lookup(input));
            count++;
        }

        Assert.True(count > 3600, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › extension, charset and contentType of every type of both databases")]
    public void EveryType()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("mime-types/types.json"))
        {
            var type = FixtureValues.Text(c, "type");
            foreach (var (name, fn) in new (string, Func<MimeDatabase, string?, string?>)[]
                     {
                         ("extension", (m, t) => m.Extension(t)),
                         ("charset", (m, t) => m.Charset(t)),
                         ("contentType", (m, t) => m.ContentType(t)),
                     })
            {
                var expected = c.GetProperty(name);
                Check(name, type, FixtureValues.Text(expected[0]), fn(MimeTypes.Current, type));
                Check(name + " (2.1.35)", type, FixtureValues.Text(expected[1]), fn(MimeTypes.Legacy, type));
            }

            count++;
        }

        Assert.True(count > 2500, $"only {count} cases");
    }

    [Fact(DisplayName = "conformance › generated paths and types, hostile ones included")]
    public void Generated()
    {
        var count = 0;
        foreach (var c in Fixtures.Cases("mime-types/generated.json"))
        {
            var fn = c.GetProperty("fn").GetString()!;
            var input = FixtureValues.Text(c, "input");
            foreach (var (db, property) in new[] { (MimeTypes.Current, "current"), (MimeTypes.Legacy, "legacy") })
            {
                var actual = fn switch
                {
                    "lookup" => db.Lookup(input),
                    "contentType" => db.ContentType(input),
                    "extension" => db.Extension(input),
                    "charset" => db.Charset(input),
                    _ => throw new InvalidOperationException(fn),
                };
                Check($"{fn} ({db.MimeTypesVersion})", input, FixtureValues.Text(c, property), actual);
            }

            count++;
        }

        Assert.True(count > 5000, $"only {count} cases");
    }

    private static void Check(string fn, string? input, string? expected, string? actual)
    {
        if (expected != actual)
        {
            Assert.Fail($"{fn}({FixtureValues.Show(input)}): expected {FixtureValues.Show(expected)}, got {FixtureValues.Show(actual)}");
        }
    }
}
