namespace Koa.Docs.Tests;

/// <summary>
/// docs/ (English) and docs/zh-CN/ (简体中文) are kept in step: every page has its twin and both carry the same C#
/// samples (the ```csharp, ```csharp snippet and ```cs fences, in order, byte for byte). Project reports with
/// upper-case names (docs/PERFORMANCE.md, docs/SECURITY.md) are English only.
/// </summary>
public sealed class BilingualTests
{
    private static string Docs => Path.Combine(MarkdownSamples.Root, "docs");

    private static string ZhCn => Path.Combine(Docs, "zh-CN");

    /// <summary>The pages of both languages, as paths relative to their language folder.</summary>
    public static TheoryData<string> Pages()
    {
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        pages.UnionWith(English());
        pages.UnionWith(Chinese());
        return new TheoryData<string>(pages);
    }

    [Fact]
    public void There_are_pages_in_both_languages()
    {
        Assert.NotEmpty(English());
        Assert.NotEmpty(Chinese());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_a_twin_with_the_same_samples(string page)
    {
        var en = Path.Combine(Docs, page);
        var zh = Path.Combine(ZhCn, page);
        Assert.True(File.Exists(en), $"docs/zh-CN/{page} has no English page docs/{page}");
        Assert.True(File.Exists(zh), $"docs/{page} has no 简体中文 page docs/zh-CN/{page}");
        var enSamples = CSharp(en);
        var zhSamples = CSharp(zh);
        for (var i = 0; i < Math.Min(enSamples.Count, zhSamples.Count); i++)
        {
            Assert.True(enSamples[i].Info == zhSamples[i].Info && enSamples[i].Code == zhSamples[i].Code,
                $"sample {i + 1} differs: docs/{page}:{enSamples[i].Line} vs docs/zh-CN/{page}:{zhSamples[i].Line}");
        }

        Assert.True(enSamples.Count == zhSamples.Count,
            $"docs/{page} has {enSamples.Count} C# samples, docs/zh-CN/{page} {zhSamples.Count}");
    }

    private static List<Fence> CSharp(string path) =>
        MarkdownSamples.Fences(File.ReadAllText(path)).Where(f => f.Language is "csharp" or "cs").ToList();

    private static IEnumerable<string> English() =>
        !Directory.Exists(Docs)
            ? []
            : Directory.EnumerateFiles(Docs, "*.md", SearchOption.AllDirectories)
                .Where(f => !f.StartsWith(ZhCn + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(Docs, f).Replace('\\', '/'))
                .Where(IsPage);

    private static IEnumerable<string> Chinese() =>
        !Directory.Exists(ZhCn)
            ? []
            : Directory.EnumerateFiles(ZhCn, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(ZhCn, f).Replace('\\', '/'))
                .Where(IsPage);

    // Upper-case file names (PERFORMANCE.md, SECURITY.md) are project reports, not documentation pages.
    private static bool IsPage(string relative)
    {
        var name = Path.GetFileNameWithoutExtension(relative);
        return name.Any(char.IsLower);
    }
}
