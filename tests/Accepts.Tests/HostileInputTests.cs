using Microsoft.Extensions.Primitives;

namespace Koa.Tests;

/// <summary>
/// Linear time on 100 KB adversarial headers and arguments (each call within a generous 1 s of CPU time, in a
/// collection that runs alone, as the machine is shared).
/// </summary>
[Collection(nameof(HostileInputTests))]
[CollectionDefinition(nameof(HostileInputTests), DisableParallelization = true)]
public sealed class HostileInputTests
{
    private const int Size = 100_000;

    public static TheoryData<string, string> Values => new()
    {
        { "CVE-2016-10539 shape", "a" + new string('-', Size) + " >" },
        { "short items", string.Concat(Enumerable.Repeat("a/b,", Size / 4)) },
        { "quotes and commas", string.Concat(Enumerable.Repeat("\",", Size / 2)) },
        { "parameters", "text/html" + string.Concat(Enumerable.Repeat(";a=1", Size / 4)) },
        { "dots", new string('.', Size) },
        { "slashes", new string('/', Size) },
        { "backslashes", new string('\\', Size) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Headers_and_arguments_are_handled_in_linear_time(string name, string value)
    {
        var accepts = new Accepts(new Dictionary<string, StringValues>
        {
            ["accept"] = value,
            ["accept-encoding"] = value,
            ["accept-charset"] = value,
            ["accept-language"] = value,
        });

        CpuBudget.Within(name, "types()", () => _ = accepts.Types());
        CpuBudget.Within(name, "types(json, html)", () => _ = accepts.Types("json", "html", "text/html;a=1"));
        CpuBudget.Within(name, "types(argument)", () => _ = accepts.Types(value, "json"));
        CpuBudget.Within(name, "encodings(gzip, identity)", () => _ = accepts.Encodings("gzip", "identity"));
        CpuBudget.Within(name, "charsets(utf-8)", () => _ = accepts.Charsets("utf-8", value));
        CpuBudget.Within(name, "languages(en, a)", () => _ = accepts.Languages("en", "a", value));
    }
}
