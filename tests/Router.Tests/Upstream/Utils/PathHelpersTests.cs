// Ported from @koa/router test/utils/path-helpers.test.ts.
using System.Text.RegularExpressions;

namespace Koa.Tests.Upstream.Utils;

public sealed class PathHelpersTests
{
    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return false for empty string")]
    public void Has_empty() => Assert.False(PathHelpers.HasPathParameters(""));

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return false for undefined")]
    public void Has_undefined() => Assert.False(PathHelpers.HasPathParameters(null));

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return false for path without parameters")]
    public void Has_none()
    {
        Assert.False(PathHelpers.HasPathParameters("/users"));
        Assert.False(PathHelpers.HasPathParameters("/api/v1"));
        Assert.False(PathHelpers.HasPathParameters("/"));
    }

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return true for path with single parameter")]
    public void Has_single()
    {
        Assert.True(PathHelpers.HasPathParameters("/users/:id"));
        Assert.True(PathHelpers.HasPathParameters("/:category"));
    }

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return true for path with multiple parameters")]
    public void Has_multiple()
    {
        Assert.True(PathHelpers.HasPathParameters("/users/:userId/posts/:postId"));
        Assert.True(PathHelpers.HasPathParameters("/:category/:title"));
    }

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return true for path with optional parameter")]
    public void Has_optional() => Assert.True(PathHelpers.HasPathParameters("/user/:id"));

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return true for path with wildcard parameter")]
    public void Has_wildcard() => Assert.True(PathHelpers.HasPathParameters("/files/{/*path}"));

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should return true for prefix with parameters")]
    public void Has_prefix()
    {
        Assert.True(PathHelpers.HasPathParameters("/api/v:version"));
        Assert.True(PathHelpers.HasPathParameters("/users/:userId"));
    }

    [Fact(DisplayName = "path-helpers utilities › hasPathParameters() › should handle options parameter")]
    public void Has_options()
    {
        var options = new LayerOptions { Sensitive = true, Strict = false };
        Assert.True(PathHelpers.HasPathParameters("/users/:id", options));
        Assert.False(PathHelpers.HasPathParameters("/users", options));
    }

    private static void Is(object expectedPath, bool expectedRegExp, (object Path, bool PathAsRegExp) result)
    {
        Assert.Equal(expectedPath, result.Path);
        Assert.Equal(expectedRegExp, result.PathAsRegExp);
    }

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › with explicit path provided › should return empty string as wildcard when explicit path is empty string")]
    public void Explicit_empty() => Is("{/*rest}", false, PathHelpers.DetermineMiddlewarePath("", false));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › with explicit path provided › should return root path as-is")]
    public void Explicit_root() => Is("/", false, PathHelpers.DetermineMiddlewarePath("/", false));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › with explicit path provided › should return string path as-is")]
    public void Explicit_string() => Is("/api", false, PathHelpers.DetermineMiddlewarePath("/api", false));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › with explicit path provided › should return RegExp path with pathAsRegExp flag")]
    public void Explicit_regex()
    {
        var regexp = new Regex(@"^\/api\/");
        var result = PathHelpers.DetermineMiddlewarePath(regexp, false);
        Assert.Same(regexp, result.Path);
        Assert.True(result.PathAsRegExp);
    }

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › with explicit path provided › should handle nested paths")]
    public void Explicit_nested() => Is("/api/v1/users", false, PathHelpers.DetermineMiddlewarePath("/api/v1/users", false));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › with explicit path provided › should handle paths with parameters")]
    public void Explicit_parameters() => Is("/users/:id", false, PathHelpers.DetermineMiddlewarePath("/users/:id", false));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › without explicit path › should return wildcard when prefix has parameters")]
    public void Implicit_prefix_parameters() => Is("{/*rest}", false, PathHelpers.DetermineMiddlewarePath(null, true));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › without explicit path › should return regex boundary when prefix has no parameters")]
    public void Implicit_boundary()
    {
        var result = PathHelpers.DetermineMiddlewarePath(null, false);
        Assert.True(result.PathAsRegExp);
        var path = Assert.IsType<string>(result.Path);
        Assert.Contains(@"\/", path, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › without explicit path › should return boundary regex pattern for default case")]
    public void Implicit_default()
    {
        var result = PathHelpers.DetermineMiddlewarePath(null, false);
        Assert.True(result.PathAsRegExp);
        Assert.Equal(@"(?:\/|$)", Assert.IsType<string>(result.Path));
    }

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › edge cases › should handle empty string with prefix parameters")]
    public void Edge_empty_with_prefix_parameters() => Is("{/*rest}", false, PathHelpers.DetermineMiddlewarePath("", true));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › edge cases › should handle root path with prefix parameters")]
    public void Edge_root_with_prefix_parameters() => Is("/", false, PathHelpers.DetermineMiddlewarePath("/", true));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › edge cases › should handle RegExp with prefix parameters")]
    public void Edge_regex_with_prefix_parameters()
    {
        var regexp = new Regex(@"^\/api\/");
        var result = PathHelpers.DetermineMiddlewarePath(regexp, true);
        Assert.Same(regexp, result.Path);
        Assert.True(result.PathAsRegExp);
    }

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › edge cases › should handle complex RegExp patterns")]
    public void Edge_complex_regex()
    {
        var regexp = new Regex(@"^\/api\/v\d+\/");
        var result = PathHelpers.DetermineMiddlewarePath(regexp, false);
        Assert.Same(regexp, result.Path);
        Assert.True(result.PathAsRegExp);
    }

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › integration scenarios › should handle middleware path for nested routers")]
    public void Integration_nested() => Is("/api", false, PathHelpers.DetermineMiddlewarePath("/api", false));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › integration scenarios › should handle middleware path for parameterized prefix")]
    public void Integration_parameterized_prefix() => Is("{/*rest}", false, PathHelpers.DetermineMiddlewarePath(null, true));

    [Fact(DisplayName = "path-helpers utilities › determineMiddlewarePath() › integration scenarios › should handle explicit path override for parameterized prefix")]
    public void Integration_explicit_override() => Is("/posts", false, PathHelpers.DetermineMiddlewarePath("/posts", true));
}
