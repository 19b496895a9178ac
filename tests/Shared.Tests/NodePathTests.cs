using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>packages/Shared/NodePath.cs against node's path.posix over generated paths.</summary>
public sealed class NodePathTests
{
    [Fact(DisplayName = "path.posix.extname, basename and extname('x.' + p) over generated paths")]
    public void Matches_node()
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var c in Fixtures.Cases("shared/paths.json"))
        {
            count++;
            var path = c.GetProperty("path").GetString()!;
            Compare(failures, path, "extname", c.GetProperty("extname").GetString()!, NodePath.Extname(path).ToString());
            Compare(failures, path, "basename", c.GetProperty("basename").GetString()!, NodePath.Basename(path).ToString());
            Compare(failures, path, "mime", c.GetProperty("mime").GetString()!, NodePath.ExtensionOfPrefixed(path).ToString());
        }
        Assert.True(count >= 3000, $"only {count} cases");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static void Compare(StringBuilder failures, string path, string name, string expected, string actual)
    {
        if (expected != actual && failures.Length < 4000)
            failures.Append(name).Append('(').Append(FixtureValues.Show(path)).Append("): expected ").Append(FixtureValues.Show(expected)).Append(", got ").Append(FixtureValues.Show(actual)).Append('\n');
    }

    [Theory]
    [InlineData("/a/b/index.html", ".html")]
    [InlineData("file.tar.gz", ".gz")]
    [InlineData(".profile", "")]
    [InlineData("..", "")]
    [InlineData("a\\b.c", ".c")]
    public void Extname(string path, string expected) => Assert.Equal(expected, NodePath.Extname(path).ToString());

    [Fact]
    public void Is_linear_over_100_KB()
    {
        var input = string.Concat(Enumerable.Repeat("a./", 34_000));
        CpuBudget.Within("a./…", "Extname", () => NodePath.Extname(input));
        CpuBudget.Within("a./…", "ExtensionOfPrefixed", () => NodePath.ExtensionOfPrefixed(input));
    }

    // Former MimeTypes PathExtensionTests.
    // Node's path.posix.extname('x.' + input).slice(1), as mime-types computes it.
    [Theory(DisplayName = "extname('x.' + path) as Node computes it")]
    [InlineData("json", "json")]
    [InlineData(".json", "json")]
    [InlineData("file.JSON", "JSON")]
    [InlineData("/a/b/file.json", "json")]
    [InlineData("C:\\a\\f.txt", "txt")]
    [InlineData("dir/file", "")]
    [InlineData("txt.", "")]
    [InlineData("folder/", "folder")]
    [InlineData("json//", "json")]
    [InlineData("/", "")]
    [InlineData("///", "")]
    [InlineData("a/.json", "")]
    [InlineData("a/.config.json", "json")]
    [InlineData("a/..", "")]
    [InlineData("a/...", "")]
    [InlineData("a/..json", "json")]
    [InlineData("..", "")]
    [InlineData("a/b.", "")]
    [InlineData("a.b/c", "")]
    [InlineData("a\\b.c\\d", "c\\d")]
    public void ExtensionOfPrefixed(string path, string expected) => Assert.Equal(expected, NodePath.ExtensionOfPrefixed(path).ToString());
}
