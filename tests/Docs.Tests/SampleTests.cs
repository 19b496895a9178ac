using Xunit.Abstractions;

namespace Koa.Docs.Tests;

/// <summary>Every C# sample of README.md, packages/*/README.md and docs/**/*.md compiles; those with an output run.</summary>
public sealed class SampleTests(ITestOutputHelper output)
{
    /// <summary>One row per sample: its <c>file:line</c>.</summary>
    public static TheoryData<string> Samples() => new(MarkdownSamples.All.Select(s => s.Id));

    /// <summary>One row per sample stating an output.</summary>
    public static TheoryData<string> Runnable() => new(MarkdownSamples.All.Where(s => s.Output is not null).Select(s => s.Id));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Compiles(string sample)
    {
        var outcome = SampleCompiler.All.Samples[sample];
        Assert.True(outcome.Errors.Count == 0, $"{sample} does not compile:\n{string.Join('\n', outcome.Errors)}");
    }

    [Theory]
    [MemberData(nameof(Runnable))]
    public async Task Prints_its_output(string sample)
    {
        var s = MarkdownSamples.All.Single(x => x.Id == sample);
        var outcome = SampleCompiler.All.Samples[sample];
        Assert.True(outcome.Errors.Count == 0, $"{sample} does not compile:\n{string.Join('\n', outcome.Errors)}");
        Assert.False(s.Code.Contains("ListenAsync", StringComparison.Ordinal), $"{sample}: a sample that listens is compiled, not run");
        var entry = outcome.Entry() ?? throw new InvalidOperationException($"{sample}: no entry point");
        var (expected, actual) = await SampleRunner.RunAsync(s, entry);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void All_samples_compile_together_quickly()
    {
        var result = SampleCompiler.All;
        output.WriteLine($"{result.Samples.Count} samples, {result.CombinedCount} in one compilation, compiled in {result.Elapsed.TotalSeconds:0.0} s");
        Assert.NotEmpty(result.Samples);
        Assert.True(result.Elapsed < TimeSpan.FromMinutes(1), $"compiling the samples took {result.Elapsed}");
    }

    [Fact]
    public void Finds_the_fences_of_the_contract()
    {
        const string md = "# t\n\n```csharp\nConsole.WriteLine(1);\n```\n\nOutput of `GET /x` with `Accept: text/html`:\n\n" +
                          "```text\n1\n```\n\n```csharp snippet\nctx.Body = 1;\n```\n\n```cs\nnot compiled\n```\n\n" +
                          "  ```js\n  ctx.body = 1\n  ```\n";
        var samples = MarkdownSamples.Extract("t.md", md);
        Assert.Equal(2, samples.Count);
        Assert.Equal(("t.md:3", SampleKind.Program, "Console.WriteLine(1);"), (samples[0].Id, samples[0].Kind, samples[0].Code));
        Assert.Equal(("GET", "/x", "1"), (samples[0].Output!.Method, samples[0].Output!.Path, samples[0].Output!.Text));
        Assert.Equal(new KeyValuePair<string, string>("Accept", "text/html"), Assert.Single(samples[0].Output!.Headers));
        Assert.Equal((SampleKind.Snippet, (ExpectedOutput?)null), (samples[1].Kind, samples[1].Output));
        Assert.Equal(["csharp", "text", "csharp snippet", "cs", "js"], MarkdownSamples.Fences(md).Select(f => f.Info));
        Assert.Equal("ctx.body = 1", MarkdownSamples.Fences(md)[^1].Code);
    }

    [Fact]
    public void Reports_errors_at_the_markdown_line()
    {
        var bad = new Sample("x.md", 10, SampleKind.Snippet, "var n = 1;\nctx.Bodyy = n;", null);
        var good = new Sample("x.md", 20, SampleKind.Program, "using Koa;\nvar app = new Application();\nConsole.WriteLine(app.Env);\nrecord R(int A);", null);
        var extension = new Sample("x.md", 30, SampleKind.Program,
            "using Koa;\nvar app = new Application();\napp.Use(ctx => { ctx.Body = ctx.Twice(\"a\"); return Task.CompletedTask; });\n" +
            "static class ContextExtensions\n{\n    extension(Context ctx)\n    {\n        public string Twice(string s) => s + s;\n    }\n}", null);
        var result = SampleCompiler.Compile([bad, good, extension]);
        Assert.Empty(result.Samples["x.md:20"].Errors);
        Assert.Empty(result.Samples["x.md:30"].Errors);   // C# 14 extension members, as the middleware packages use
        var error = Assert.Single(result.Samples["x.md:10"].Errors);
        Assert.StartsWith("x.md:12:", error, StringComparison.Ordinal);
    }
}
