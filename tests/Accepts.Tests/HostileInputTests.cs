using System.Diagnostics;
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
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

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

        Within(name, "types()", () => _ = accepts.Types());
        Within(name, "types(json, html)", () => _ = accepts.Types("json", "html", "text/html;a=1"));
        Within(name, "types(argument)", () => _ = accepts.Types(value, "json"));
        Within(name, "encodings(gzip, identity)", () => _ = accepts.Encodings("gzip", "identity"));
        Within(name, "charsets(utf-8)", () => _ = accepts.Charsets("utf-8", value));
        Within(name, "languages(en, a)", () => _ = accepts.Languages("en", "a", value));
    }

    private static void Within(string input, string call, Action check)
    {
        var cpu = CpuTime();
        check();
        cpu = CpuTime() - cpu;
        Assert.True(cpu < Bound, $"{input}, {call}: {cpu.TotalMilliseconds:F0} ms");
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
