using Koa.Tests.Shared;

namespace Koa.Tests.Url;

// Every parser of the package over 100 KB of hostile input: linear, bounded by CPU time.
public sealed class HostileInputTests
{
    private static readonly string Junk = string.Concat(Enumerable.Repeat("%[@:]\\/?#&=+\ud800 é", 100_000 / 16));

    [Fact(DisplayName = "hostile input › 100 KB URLs through new URL(input, base)")]
    public void Whatwg_url()
    {
        Measure.WithinCpuBound(() => WhatwgUrl.TryParse("http://" + Junk, null, out _), "host");
        Measure.WithinCpuBound(() => WhatwgUrl.TryParse(Junk, "http://example.com/", out _), "relative");
        Measure.WithinCpuBound(() => WhatwgUrl.TryParse("http://[" + new string(':', 100_000) + "]", null, out _), "IPv6");
    }

    [Fact(DisplayName = "hostile input › 100 KB URLs through url.parse and url.format")]
    public void Legacy_url()
    {
        Measure.WithinCpuBound(() => LegacyUrl.Parse(Junk).Format(), "absolute");
        Measure.WithinCpuBound(() => LegacyUrl.Parse("/" + Junk).Format(), "origin-form");
    }

    [Fact(DisplayName = "hostile input › 100 KB query strings and Location values")]
    public void Query_and_location()
    {
        Measure.WithinCpuBound(() => SearchParams.Parse(Junk), "SearchParams.Parse");
        Measure.WithinCpuBound(() => SearchParams.Stringify(new Dictionary<string, object?> { [Junk] = Junk }), "SearchParams.Stringify");
        Measure.WithinCpuBound(() => EncodeUrl.Encode(Junk), "EncodeUrl.Encode");
    }
}
