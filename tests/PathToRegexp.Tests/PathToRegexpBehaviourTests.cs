using System.Diagnostics;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>Our own tests: the public API snapshot, linear time on 100 KB paths, allocation of the matcher.</summary>
public sealed class PathToRegexpBehaviourTests
{
    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(PathToRegexp).Assembly);

    public static TheoryData<string, string> Hostile => new()
    {
        { "/:a-:b-:c", "-" },
        { "/:a-:b-:c", "a-" },
        { "/*a/x/*b", "/x" },
        { "/*a/x/*b", "x/" },
        { "/:a.:b.:c", "." },
        { "/*a-:b", "-" },
        { "/*a.:b", "a." },
        { "/:a{/:b{/:c}}", "/" },
        { "/api/v1/:resource{/:id}{.:format}", "." },
        { "/users/:id", "a" },
        { "/files/*path", "a/" },
        { "/:x{-:y}", "-" },
        { "/*path/edit", "/edit" },
    };

    [Theory(DisplayName = "100 KB hostile paths match in linear time (CPU time bounded)")]
    [MemberData(nameof(Hostile))]
    public void Hostile_paths_are_linear(string pattern, string unit)
    {
        var small = "/" + string.Concat(Enumerable.Repeat(unit, 10_000 / unit.Length)) + "!";
        var large = "/" + string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length)) + "!";
        string[] smalls = [small, small + "/"], larges = [large, large + "/"];

        // The user-facing function on the large input: bounded outright. Its parameters are 100 KB substrings on
        // the large-object heap, so it also serves as the warm-up of the code measured below.
        var fn = PathToRegexp.Match(pattern, new MatchOptions { Decode = null });
        Measure.WithinCpuBound(() => { fn(large); fn(large + "/"); }, pattern, TimeSpan.FromSeconds(20));

        // Linearity is measured on the matcher itself (Match into slots allocates nothing): with the decoding and
        // the substrings inside the timed region, a gen-2 collection of the whole test process (other classes
        // run in parallel, under coverage) once landed on this thread and made 100 KB look 45x dearer than 10 KB.
        var regexp = PathToRegexp.Create(pattern);
        var slots = new int[2 * regexp.Keys.Count + 2];
        foreach (var input in larges) regexp.Match(input, slots);
        // CPU time of this thread only. Linear means ten times the input costs about ten times the time; the bound
        // allows 3x for noise, a quadratic matcher would take 100x. Each size: the best of three runs.
        var smallSpent = Best(smalls);
        var spent = Best(larges);
        var bound = TimeSpan.FromMilliseconds(30 * smallSpent.TotalMilliseconds + 100);
        Assert.True(spent < bound,
            $"{pattern} over 100 KB of '{unit}' took {spent.TotalMilliseconds} ms of CPU, 10 KB took {smallSpent.TotalMilliseconds} ms");

        TimeSpan Best(string[] inputs)
        {
            var best = TimeSpan.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var t = Measure.CpuTime(() =>
                {
                    foreach (var input in inputs) regexp.Match(input, slots);
                });
                if (t < best) best = t;
            }
            return best;
        }
    }

    [Fact(DisplayName = "a static pattern's IsMatch allocates nothing")]
    public void Static_match_allocates_nothing()
    {
        var regexp = PathToRegexp.Create("/users/list");
        for (var i = 0; i < 100; i++)
            regexp.IsMatch("/USERS/list/");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            regexp.IsMatch("/users/list");
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact(DisplayName = "a parameterised pattern's Match(input, slots) allocates nothing")]
    public void Param_match_allocates_nothing()
    {
        var regexp = PathToRegexp.Create("/users/:id/posts/:post");
        Span<int> slots = stackalloc int[4];
        for (var i = 0; i < 100; i++)
            regexp.Match("/users/1/posts/2", slots);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            regexp.Match("/users/42/posts/7", slots);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal([7, 9, 16, 17], slots.ToArray());
    }

    [Fact(DisplayName = "a v7-style regular expression parameter is a PathError")]
    public void Regex_params_are_refused()
    {
        var e = Assert.Throws<PathError>(() => PathToRegexp.Match("/:id(\\d+)"));
        Assert.Equal("Unexpected ( at index 4: /:id(\\d+); visit https://git.new/pathToRegexpError for info", e.Message);
    }
}
