namespace Koa.Tests;

// jshttp/compressible test/test.js (compressible 2.0.18), over mime-db 1.54.0 (MimeTypes.Current). npm's non-string
// arguments (0, 1, false, true) cannot be passed to a string parameter; null and "" stand for them.
public sealed class CompressibleTests
{
    public static TheoryData<string, bool?> ExampleTypes => new()
    {
        { "text/penguins", true },
        { "text/html", true },
        { "text/plain", true },
        { "text/jade", true },
        { "something/text", null },
        { "something/frog+TEXT", true },
        { "type/json;askjkl+json", null },
        { "type/+json", true },
        { "data/beans+xml ; charset=\"utf-8\"", true },
        { "can/worms+xml;blaaaah", true },
        { "data/xml", null },
        { "asdf/nope", null },
        { "cats", null },
    };

    [Fact(DisplayName = "Testing if spec lookups are correct. › All DB `compressible` types should reflect in compressible")]
    public void Db_types()
    {
        var checkedTypes = 0;
        foreach (var (type, entry) in MimeTypes.Current.Entries)
        {
            if (entry.Compressible is not { } expected) continue;
            Assert.Equal(expected, Compressible.Check(type));
            checkedTypes++;
        }
        Assert.True(checkedTypes > 100);
    }

    [Theory(DisplayName = "Testing if the regex works as intended. › <type> should [not ]be compressible")]
    [MemberData(nameof(ExampleTypes))]
    public void Regex(string type, bool? expected) => Assert.Equal(expected, Compressible.Check(type));

    [Fact(DisplayName = "Testing if charsets are handled correctly. › Charsets should be stripped off without issue")]
    public void Charsets()
    {
        foreach (var (type, entry) in MimeTypes.Current.Entries)
        {
            if (entry.Compressible is { } expected) Assert.Equal(expected, Compressible.Check(type + "; charset=utf-8"));
        }
    }

    [Fact(DisplayName = "Ensuring invalid types do not cause errors. › No arguments should return false without error")]
    public void No_argument() => Assert.False(Compressible.Check(null));

    [Theory(DisplayName = "Ensuring invalid types do not cause errors. › <invalid> should return false without error")]
    [InlineData(null)]
    [InlineData("")]
    public void Invalid(string? type) => Assert.False(Compressible.Check(type));

    [Fact(DisplayName = "Ensuring types are always stripped correctly. › Uppercase types should work")]
    public void Uppercase()
    {
        Assert.True(Compressible.Check("TEXT/HTML"));
        Assert.True(Compressible.Check("TEXT/plain; charset=\"utf-8\""));
    }

    [Fact(DisplayName = "Ensuring types are always stripped correctly. › White-spaced types should work")]
    public void White_space() => Assert.True(Compressible.Check("application/json ; charset=\"utf-8\""));
}
