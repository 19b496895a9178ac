using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

// Linear time on adversarial input (jshttp.md §22): the media type is cut at the first ";", checked by an index
// scanner and matched with span comparisons; Content-Length is read by a JavaScript Number() scanner.
public sealed class HostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    public static TheoryData<string, string> Inputs => new()
    {
        { "content-type-parser advisory: a x 30k", new string('a', 30_000) },
        { "a x 100k", new string('a', 100_000) },
        { "a/ then a x 100k", "a/" + new string('a', 100_000) },
        { "slashes", new string('/', 100_000) },
        { "OWS then a/b", new string('\t', 100_000) + "a/b" },
        { "a/b then OWS", "a/b" + new string(' ', 100_000) },
        { "semicolons", "a/b" + new string(';', 100_000) },
        { "plus signs", "a/" + new string('+', 100_000) },
        { "stars", new string('*', 100_000) },
        { "parameters", "application/json" + string.Concat(Enumerable.Repeat("; a=\"b", 20_000)) },
        { "digits", new string('9', 100_000) },
        { "exponent", "1e" + new string('5', 100_000) },
        { "hex", "0x" + new string('f', 100_000) },
    };

    [Theory(DisplayName = "100 KB adversarial input is handled in linear time")]
    [MemberData(nameof(Inputs))]
    public void Linear(string name, string input)
    {
        TypeIs.Is("a/b", "json");
        var headers = new Dictionary<string, StringValues> { ["content-type"] = input, ["content-length"] = input };
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        TypeIs.Is(input);
        TypeIs.Is(input, "json", "+json", "*/*", "text/*", "urlencoded", "multipart", input);
        TypeIs.Is("application/json", input, "+" + input);
        TypeIs.IsRequest(headers, "*/*");
        TypeIs.HasBody(headers);
        TypeIs.Normalize(input);
        TypeIs.Match(input, "a/b");
        TypeIs.Match("*/*+" + input, "a/b+" + input);
        Assert.True(watch.Elapsed < Bound, $"{name}: {watch.Elapsed.TotalMilliseconds} ms");
    }
}
