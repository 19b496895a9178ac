
namespace Koa.Tests;

// Linear time on adversarial input (jshttp.md §22): mime-types must not repeat the quadratic regex of the `mime`
// package (CVE-2017-16138, `/.*[\.\/\\]/` on 'a' x 50k); every call is a few LastIndexOf/IndexOf scans.
public sealed class HostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    public static TheoryData<string, string> Inputs => new()
    {
        { "a x 50k (CVE-2017-16138)", new string('a', 50_000) },
        { "a x 100k", new string('a', 100_000) },
        { "dots", new string('.', 100_000) },
        { "slashes", new string('/', 100_000) },
        { "backslashes", new string('\\', 100_000) },
        { "a. repeated", string.Concat(Enumerable.Repeat("a.", 50_000)) },
        { "./ repeated", string.Concat(Enumerable.Repeat("./", 50_000)) },
        { "a/ repeated then .json", string.Concat(Enumerable.Repeat("a/", 50_000)) + ".json" },
        { "spaces then text/html", new string(' ', 100_000) + "text/html" },
        { "text/ repeated", string.Concat(Enumerable.Repeat("text/", 20_000)) },
        { "semicolons", new string(';', 100_000) },
        { "Kelvin signs", new string('\u212A', 100_000) },
        { "BOMs then html", new string('\uFEFF', 100_000) + "html" },
    };

    [Theory(DisplayName = "100 KB adversarial input is handled in linear time")]
    [MemberData(nameof(Inputs))]
    public void Linear(string name, string input)
    {
        MimeTypes.Current.Lookup("warm.up");
        MimeTypes.Legacy.Lookup("warm.up");
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        foreach (var db in new[] { MimeTypes.Current, MimeTypes.Legacy })
        {
            db.Lookup(input);
            db.ContentType(input);
            db.Extension(input);
            db.Charset(input);
        }

        Assert.True(watch.Elapsed < Bound, $"{name}: {watch.Elapsed.TotalMilliseconds} ms");
    }

    [Fact(DisplayName = "mime CVE-2017-16138: lookup('a' x 50k) returns null quickly")]
    public void MimeAdvisory()
    {
        var input = new string('a', 50_000);
        MimeTypes.Lookup("warm.up");
        var watch = Koa.Tests.Shared.Measure.StartCpuClock();
        Assert.Null(MimeTypes.Lookup(input));
        Assert.Null(MimeTypes.Lookup("x." + input));
        Assert.Equal("text/html", MimeTypes.Lookup(input + ".html"));
        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed.TotalMilliseconds} ms");
    }
}
