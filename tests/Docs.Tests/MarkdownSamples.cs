using System.Text.RegularExpressions;

namespace Koa.Docs.Tests;

/// <summary>How a fenced C# block is compiled (see tests/Docs.Tests/README.md).</summary>
public enum SampleKind
{
    /// <summary><c>```csharp</c>: a complete program (top-level statements, its own using lines).</summary>
    Program,

    /// <summary><c>```csharp snippet</c>: statements with <c>app</c>, <c>ctx</c> and <c>next</c> in scope.</summary>
    Snippet,
}

/// <summary>What a sample states it prints or answers: a <c>```text</c> block introduced by "Output:".</summary>
public sealed record ExpectedOutput(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Headers, string Text);

/// <summary>One fenced block of a Markdown file.</summary>
public sealed record Fence(string Info, string Code, int Line)
{
    /// <summary>The first word of the info string (<c>csharp</c>, <c>cs</c>, <c>js</c> …).</summary>
    public string Language => Info.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : "";
}

/// <summary>A compiled C# sample.</summary>
public sealed record Sample(string File, int Line, SampleKind Kind, string Code, ExpectedOutput? Output)
{
    /// <summary>The test case name: <c>path:line</c> of the opening fence.</summary>
    public string Id => $"{File}:{Line}";

    /// <summary>The first line of the code, one past the fence.</summary>
    public int CodeLine => Line + 1;
}

/// <summary>Finds the Markdown files and the samples in them.</summary>
public static partial class MarkdownSamples
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KoaNet.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KoaNet.slnx not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<IReadOnlyList<Sample>> s_samples = new(() =>
        Files().SelectMany(f => Extract(f, File.ReadAllText(Path.Combine(Root, f)))).ToList());

    /// <summary>The repository root (the folder holding KoaNet.slnx).</summary>
    public static string Root => s_root.Value;

    /// <summary>Every sample of every documented file, read when first asked for.</summary>
    public static IReadOnlyList<Sample> All => s_samples.Value;

    /// <summary>README.md, packages/*/README.md and docs/**/*.md as they exist now (repository-relative, '/' separated).</summary>
    public static IReadOnlyList<string> Files()
    {
        var files = new List<string>();
        if (File.Exists(Path.Combine(Root, "README.md")))
        {
            files.Add("README.md");
        }

        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(Root, "packages")).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "README.md")))
            {
                files.Add(Relative(Path.Combine(dir, "README.md")));
            }
        }

        var docs = Path.Combine(Root, "docs");
        if (Directory.Exists(docs))
        {
            files.AddRange(Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal));
        }

        return files;
    }

    /// <summary>A path relative to the root with '/' separators.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Every fenced block of a Markdown text (backtick or tilde fences, indented ones included).</summary>
    public static IReadOnlyList<Fence> Fences(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var fences = new List<Fence>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = FenceOpen().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var indent = open.Groups[1].Value.Length;
            var marker = open.Groups[2].Value;
            var info = open.Groups[3].Value.Trim();
            var code = new List<string>();
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                var trimmed = lines[j].TrimStart(' ');
                if (trimmed.StartsWith(marker, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(marker[0]).Length == 0)
                {
                    break;
                }

                code.Add(StripIndent(lines[j], indent));
            }

            fences.Add(new Fence(info, string.Join('\n', code), i + 1));
            i = j;
        }

        return fences;
    }

    /// <summary>The compiled samples of one file, with their stated outputs.</summary>
    public static IReadOnlyList<Sample> Extract(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var fences = Fences(markdown);
        var samples = new List<Sample>();
        for (var k = 0; k < fences.Count; k++)
        {
            var fence = fences[k];
            var words = fence.Info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words is not ["csharp", ..])
            {
                continue;
            }

            var kind = words.Length > 1 && words[1] == "snippet" ? SampleKind.Snippet : SampleKind.Program;
            ExpectedOutput? output = null;
            if (k + 1 < fences.Count && fences[k + 1].Language == "text")
            {
                output = OutputOf(lines, fence, fences[k + 1]);
            }

            samples.Add(new Sample(file, fence.Line, kind, fence.Code, output));
        }

        return samples;
    }

    // The prose between a C# fence and the next ```text fence must be one line mentioning "Output" (or 输出) and ending
    // with ':' — e.g. "Output:", "Output of `GET /users?id=1` with `Accept: application/json`:", "输出（`GET /`）：".
    private static ExpectedOutput? OutputOf(string[] lines, Fence code, Fence text)
    {
        var closing = code.Line + code.Code.Split('\n').Length; // the closing fence's line (1-based)
        var prose = lines[(closing + 1)..(text.Line - 1)].Where(l => l.Trim().Length > 0).ToList();
        if (prose.Count != 1)
        {
            return null;
        }

        var line = prose[0].Trim();
        if (!(line.Contains("Output", StringComparison.Ordinal) || line.Contains("输出", StringComparison.Ordinal)) ||
            !(line.EndsWith(':') || line.EndsWith('：')))
        {
            return null;
        }

        var method = "GET";
        var path = "/";
        var headers = new List<KeyValuePair<string, string>>();
        foreach (Match m in Backticked().Matches(line))
        {
            var value = m.Groups[1].Value;
            var request = RequestLine().Match(value);
            if (request.Success)
            {
                method = request.Groups[1].Value;
                path = request.Groups[2].Value;
                continue;
            }

            var colon = value.IndexOf(':');
            if (colon > 0 && HeaderName().IsMatch(value[..colon]))
            {
                headers.Add(new(value[..colon], value[(colon + 1)..].Trim()));
            }
        }

        return new ExpectedOutput(method, path, headers, text.Code);
    }

    private static string StripIndent(string line, int indent)
    {
        var n = 0;
        while (n < indent && n < line.Length && line[n] == ' ')
        {
            n++;
        }

        return line[n..];
    }

    [GeneratedRegex(@"^( {0,12})(`{3,}|~{3,})(.*)$")]
    private static partial Regex FenceOpen();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^([A-Z]+) (/\S*)$")]
    private static partial Regex RequestLine();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$")]
    private static partial Regex HeaderName();
}
