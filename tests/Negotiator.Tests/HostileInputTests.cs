namespace Koa.Tests;

/// <summary>
/// Linear time on 100 KB adversarial headers (each call within a generous 1 s), and the CVE-2016-10539 input.
/// </summary>
/// <remarks>The bound is CPU time, see <see cref="CpuBudget"/>.</remarks>
[Collection(nameof(HostileInputTests))]
[CollectionDefinition(nameof(HostileInputTests), DisableParallelization = true)]
public sealed class HostileInputTests
{
    private const int Size = 100_000;

    // A server's lists: a few values, some of which match the hostile headers.
    private static readonly string[] Media = ["text/html", "a/b", "text/html;level=1", "a/b;p=1", "application/json"];
    private static readonly string[] Tokens = ["a", "en-US", "identity", "\u00e9", "x"];

    public static TheoryData<string, string> Headers => new()
    {
        { "CVE-2016-10539: 'a' + '-' x n + ' >'", "a" + new string('-', Size) + " >" },
        { "dashes only", new string('-', Size) },
        { "commas only", new string(',', Size) },
        { "quotes only", new string('"', Size) },
        { "quote then commas", "\"" + new string(',', Size) },
        { "alternating quote comma", Repeat("\",", Size) },
        { "semicolons", "a/b" + new string(';', Size) },
        { "equals", "a/b;" + new string('=', Size) },
        { "spaces", "a" + new string(' ', Size) + "b" },
        { "tabs and nbsp", Repeat("\t\u00a0", Size) },
        { "short items", Repeat("a,", Size) },
        { "media ranges", Repeat("*/*;q=0.5,", Size) },
        { "repeated parameter", "a/b" + Repeat(";p=1", Size) },
        { "distinct parameters", "*/*" + string.Concat(Enumerable.Range(0, Size / 8).Select(i => ";p" + i + "=" + i)) },
        { "long q digits", "a;q=0." + new string('0', Size) + "1" },
        { "long exponent", "a;q=1e" + new string('9', Size) },
        { "language suffix dashes", "en-" + new string('-', Size) + ";q=0.5" },
        { "slashes", "a" + new string('/', Size) },
        { "line terminators", "a;" + Repeat("\n\u2028", Size) },
        { "non-ASCII", Repeat("\u00e9\U0001F600", Size) },
        { "escaped quoted q", "gzip;q=\"" + Repeat("\\\"", Size) + "\"" },
        { "unterminated quoted values", Repeat("a;x=\"", Size) },
        { "white space around =", "gzip;q" + new string(' ', Size) + "=" + new string('\t', Size) + "0.5" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Every_parser_stays_linear(string name, string header)
    {
        Warm.Touch();
        var quoteAware = new NegotiatorOptions { QuoteAwareLists = true };
        CpuBudget.Within(name, "media types", () => _ = Negotiator.PreferredMediaTypes(header));
        CpuBudget.Within(name, "media types over a list", () => _ = Negotiator.PreferredMediaTypes(header, Media));
        CpuBudget.Within(name, "best media type", () => _ = Negotiator.PreferredMediaType(header, Media));
        CpuBudget.Within(name, "languages", () => _ = Negotiator.PreferredLanguages(header));
        CpuBudget.Within(name, "languages over a list", () => _ = Negotiator.PreferredLanguages(header, Tokens));
        CpuBudget.Within(name, "charsets over a list", () => _ = Negotiator.PreferredCharsets(header, Tokens));
        CpuBudget.Within(name, "quote-aware charsets", () => _ = Negotiator.PreferredCharsets(header, Tokens, quoteAware));
        CpuBudget.Within(name, "encodings", () => _ = Negotiator.PreferredEncodings(header));
        CpuBudget.Within(name, "encodings over a list", () => _ = Negotiator.PreferredEncodings(header, Tokens));
        CpuBudget.Within(name, "1.1 encodings", () => _ = Negotiator.PreferredEncodings(header, options: Negotiator11));
        CpuBudget.Within(name, "1.1 encodings over a list, preferred", () => _ = Negotiator.PreferredEncodings(header, Tokens, Tokens, Negotiator11));
        CpuBudget.Within(name, "1.1 best encoding, preferred", () => _ = Negotiator.PreferredEncoding(header, Tokens, Tokens, Negotiator11));
    }

    private static readonly NegotiatorOptions Negotiator11 = new() { Negotiator11Encodings = true };

    [Fact]
    public void The_cve_2016_10539_input_is_rejected_quickly_at_large_n()
    {
        foreach (var n in new[] { 20_000, 100_000, 1_000_000 })
        {
            var header = "a" + new string('-', n) + " >";
            CpuBudget.Within("CVE-2016-10539, n = " + n, "languages", () => Assert.Empty(Negotiator.PreferredLanguages(header)));
            CpuBudget.Within("CVE-2016-10539, n = " + n, "languages over a list", () => Assert.Empty(Negotiator.PreferredLanguages(header, ["a", "a-b"])));
        }
    }

    [Fact]
    public void Many_matching_parameters_are_compared_in_linear_time()
    {
        var parameters = string.Concat(Enumerable.Range(0, 10_000).Select(i => ";p" + i + "=" + i));
        var header = "text/html" + parameters;

        IReadOnlyList<string>? result = null;
        CpuBudget.Within("10,000 parameters", "media types over a list", () => result = Negotiator.PreferredMediaTypes(header, ["text/html" + parameters, "text/html"]));

        Assert.Equal(new[] { "text/html" + parameters }, result);
    }

    // The first call of each path includes its JIT compilation, which is not the parser's cost.
    private static class Warm
    {
        static Warm()
        {
            foreach (var header in new[] { "a, b;q=0.5, */*;p=1", "\"a,b\", c" })
            {
                Negotiator.PreferredMediaTypes(header);
                Negotiator.PreferredMediaTypes(header, Media);
                Negotiator.PreferredMediaType(header, Media);
                Negotiator.PreferredLanguages(header);
                Negotiator.PreferredLanguages(header, Tokens);
                Negotiator.PreferredCharsets(header, Tokens);
                Negotiator.PreferredCharsets(header, Tokens, new NegotiatorOptions { QuoteAwareLists = true });
                Negotiator.PreferredEncodings(header);
                Negotiator.PreferredEncodings(header, Tokens);
                Negotiator.PreferredEncodings(header, options: Negotiator11);
                Negotiator.PreferredEncodings(header, Tokens, Tokens, Negotiator11);
                Negotiator.PreferredEncoding(header, Tokens, Tokens, Negotiator11);
            }
        }

        public static void Touch()
        {
        }
    }

    private static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, length / unit.Length));
}
