
namespace Koa.Tests;

// Linear time on adversarial input (jshttp.md §22). content-type-parser (jsdom, not jshttp) had a ReDoS on
// 'a' x 30k with /^(.*?)\/(.*?)([\t ]*;.*)?$/ (npm:content-type-parser:20170905); the port's parsers are index
// scanners, so every 100 KB input below finishes far inside the bound, throwing at most the documented ArgumentException.
public sealed class HostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    public static TheoryData<string, string> Inputs => new()
    {
        { "content-type-parser advisory: a x 30k", new string('a', 30_000) },
        { "a x 100k", new string('a', 100_000) },
        { "slashes", new string('/', 100_000) },
        { "a/ then a x 100k", "a/" + new string('a', 100_000) },
        { "spaces then a/b", new string(' ', 100_000) + "a/b" },
        { "a/b then spaces", "a/b" + new string(' ', 100_000) },
        { "a/b then tabs then ;", "a/b" + new string('\t', 100_000) + ";" },
        { "semicolons", "a/b" + new string(';', 100_000) },
        { "parameters", "a/b" + string.Concat(Enumerable.Repeat("; a=b", 20_000)) },
        { "distinct parameters", "a/b" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"; p{i}=v")) },
        { "unterminated quote", "a/b; a=\"" + new string('x', 100_000) },
        { "escapes", "a/b; a=\"" + string.Concat(Enumerable.Repeat("\\\"", 50_000)) + "\"" },
        { "escapes unterminated", "a/b; a=\"" + string.Concat(Enumerable.Repeat("\\\"", 50_000)) },
        { "spaces around =", "a/b; a" + new string(' ', 50_000) + "=" + new string(' ', 50_000) + "b" },
        { "equals", "a/b; a" + new string('=', 100_000) },
        { "quotes", new string('"', 100_000) },
        { "plus signs", "a/" + new string('+', 100_000) },
        { "Kelvin signs", "a/" + new string('\u212A', 100_000) },
        { "BOMs", new string('\uFEFF', 100_000) + "a/b" },
    };

    [Theory(DisplayName = "100 KB adversarial input is handled in linear time")]
    [MemberData(nameof(Inputs))]
    public void Linear(string name, string input)
    {
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        try
        {
            ContentType.Parse(input);
        }
        catch (ArgumentException)
        {
        }

        ContentType.TryParse(input, out _);
        MediaTyper.Test(input);
        MediaTyper.TryParse(input, out _);
        Assert.True(watch.Elapsed < Bound, $"{name}: {watch.Elapsed.TotalMilliseconds} ms");
    }

    [Fact(DisplayName = "content-type-parser advisory input: 'a' x 30k is an invalid media type, quickly")]
    public void ContentTypeParserAdvisory()
    {
        var input = new string('a', 30_000);
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        Throws.Message("invalid media type", () => ContentType.Parse(input));
        Throws.Message("invalid media type", () => MediaTyper.Parse(input));
        Assert.False(MediaTyper.Test(input));
        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed.TotalMilliseconds} ms");
    }
}
