using System.Text;
using System.Text.RegularExpressions;

namespace Koa.Docs.Tests;

/// <summary>
/// Relative links of the documentation pages, and links from the READMEs into docs/, point to files that exist and,
/// when they carry a <c>#fragment</c>, to a heading of that file (GitHub's heading ids).
/// </summary>
public sealed partial class LinkTests
{
    /// <summary>docs/**/*.md, and the READMEs that link into docs/.</summary>
    public static TheoryData<string> Files() =>
        new(MarkdownSamples.Files().Where(f => f.StartsWith("docs/", StringComparison.Ordinal) ||
                                              File.ReadAllText(Path.Combine(MarkdownSamples.Root, f)).Contains("docs/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Relative_links_resolve(string file)
    {
        var path = Path.Combine(MarkdownSamples.Root, file);
        var text = WithoutFences(File.ReadAllText(path));
        var broken = new List<string>();
        foreach (Match m in Link().Matches(text))
        {
            var target = m.Groups[1].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            // READMEs: only their links into docs/ are checked here.
            if (!file.StartsWith("docs/", StringComparison.Ordinal) && !target.Contains("docs/", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#');
            var filePart = hash >= 0 ? target[..hash] : target;
            var fragment = hash >= 0 ? target[(hash + 1)..] : null;
            var resolved = filePart.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, filePart));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target} (no such file)");
                continue;
            }

            if (fragment is not null && resolved.EndsWith(".md", StringComparison.Ordinal) &&
                !HeadingIds(File.ReadAllText(resolved)).Contains(Uri.UnescapeDataString(fragment)))
            {
                broken.Add($"{target} (no such heading)");
            }
        }

        Assert.True(broken.Count == 0, $"{file}: broken links:\n{string.Join('\n', broken)}");
    }

    [Fact]
    public void Heading_ids_are_GitHubs()
    {
        var ids = HeadingIds("# Type, Is(types)\n## ctx.Cookies.Get(name, options)\n## 异步操作与取消\n```\n# not a heading\n```\n");
        Assert.Equal(["type-istypes", "ctxcookiesgetname-options", "异步操作与取消"], ids);
    }

    // GitHub: lower case; letters, digits, '-' and '_' kept; spaces become '-'; everything else dropped.
    private static List<string> HeadingIds(string markdown)
    {
        var ids = new List<string>();
        foreach (var line in WithoutFences(markdown).Split('\n'))
        {
            var m = Heading().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var sb = new StringBuilder();
            foreach (var c in m.Groups[1].Value.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    sb.Append(c);
                }
                else if (c == ' ')
                {
                    sb.Append('-');
                }
            }

            ids.Add(sb.ToString());
        }

        return ids;
    }

    private static string WithoutFences(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                lines[i] = "";
            }
            else if (inFence)
            {
                lines[i] = "";
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(.*)$")]
    private static partial Regex Heading();
}
