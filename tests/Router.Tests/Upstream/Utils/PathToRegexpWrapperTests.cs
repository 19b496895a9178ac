// Ported from @koa/router test/utils/path-to-regexp-wrapper.test.ts.
namespace Koa.Tests.Upstream.Utils;

public sealed class PathToRegexpWrapperTests
{
    private static Dictionary<string, object?> P(params (string Key, object? Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    private static List<string> Names(TokenData data)
    {
        var names = new List<string>();
        Walk(data.Tokens);
        return names;

        void Walk(IEnumerable<PathToken> tokens)
        {
            foreach (var token in tokens)
            {
                if (token is PathKey k)
                    names.Add(k.Name);
                else if (token is PathGroup g)
                    Walk(g.Tokens);
            }
        }
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should compile a simple path without parameters")]
    public void Compile_simple()
    {
        var result = PathToRegexpWrapper.CompilePathToRegexp("/users");
        Assert.Empty(result.Keys);
        Assert.True(result.IsMatch("/users"));
        Assert.False(result.IsMatch("/users/123"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should compile a path with single parameter")]
    public void Compile_single_parameter()
    {
        var result = PathToRegexpWrapper.CompilePathToRegexp("/users/:id");
        Assert.Single(result.Keys);
        Assert.Equal("id", result.Keys[0].Name);
        Assert.True(result.IsMatch("/users/123"));
        Assert.False(result.IsMatch("/users"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should compile a path with multiple parameters")]
    public void Compile_multiple_parameters()
    {
        var result = PathToRegexpWrapper.CompilePathToRegexp("/users/:userId/posts/:postId");
        Assert.Equal(2, result.Keys.Count);
        Assert.Equal("userId", result.Keys[0].Name);
        Assert.Equal("postId", result.Keys[1].Name);
        Assert.True(result.IsMatch("/users/123/posts/456"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should handle case-sensitive option")]
    public void Compile_sensitive()
    {
        var result1 = PathToRegexpWrapper.CompilePathToRegexp("/Users", new LayerOptions { Sensitive = false });
        var result2 = PathToRegexpWrapper.CompilePathToRegexp("/Users", new LayerOptions { Sensitive = true });
        Assert.True(result1.IsMatch("/users"));
        Assert.False(result2.IsMatch("/users"));
        Assert.True(result2.IsMatch("/Users"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should handle strict/trailing option conversion")]
    public void Compile_strict()
    {
        Assert.True(PathToRegexpWrapper.CompilePathToRegexp("/users/", new LayerOptions { Strict = true }).IsMatch("/users/"));
        Assert.True(PathToRegexpWrapper.CompilePathToRegexp("/users/", new LayerOptions { Strict = false }).IsMatch("/users/"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should handle trailing option directly")]
    public void Compile_trailing()
    {
        Assert.True(PathToRegexpWrapper.CompilePathToRegexp("/users/", new LayerOptions { Trailing = false }).IsMatch("/users/"));
        Assert.True(PathToRegexpWrapper.CompilePathToRegexp("/users/", new LayerOptions { Trailing = true }).IsMatch("/users/"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should handle end option")]
    public void Compile_end()
    {
        var result1 = PathToRegexpWrapper.CompilePathToRegexp("/users", new LayerOptions { End = true });
        Assert.True(result1.IsMatch("/users"));
        Assert.False(result1.IsMatch("/users/123"));
        var result2 = PathToRegexpWrapper.CompilePathToRegexp("/users", new LayerOptions { End = false });
        Assert.True(result2.IsMatch("/users"));
        Assert.True(result2.IsMatch("/users/123"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should remove LayerOptions-specific properties")]
    public void Compile_ignores_layer_options()
    {
        var options = new LayerOptions { PathAsRegExp = true, IgnoreCaptures = true, Prefix = "/api", Sensitive = true, End = true };
        var result = PathToRegexpWrapper.CompilePathToRegexp("/users/:id", options);
        Assert.Single(result.Keys);
        Assert.Equal("id", result.Keys[0].Name);
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should handle wildcard paths")]
    public void Compile_wildcard() => Assert.True(PathToRegexpWrapper.CompilePathToRegexp("/files/{/*path}").IsMatch("/files/"));

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should handle root path")]
    public void Compile_root()
    {
        var result = PathToRegexpWrapper.CompilePathToRegexp("/");
        Assert.Empty(result.Keys);
        Assert.True(result.IsMatch("/"));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePathToRegexp() › should handle empty options object")]
    public void Compile_empty_options() => Assert.Single(PathToRegexpWrapper.CompilePathToRegexp("/users/:id", new LayerOptions()).Keys);

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePath() › should compile a path to a URL generator function")]
    public void CompilePath_generator() =>
        Assert.Equal("/users/123", PathToRegexpWrapper.CompilePath("/users/:id")(P(("id", "123"))));

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePath() › should handle multiple parameters")]
    public void CompilePath_multiple() =>
        Assert.Equal("/users/123/posts/456", PathToRegexpWrapper.CompilePath("/users/:userId/posts/:postId")(P(("userId", "123"), ("postId", "456"))));

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePath() › should handle encode option")]
    public void CompilePath_encode()
    {
        var urlGenerator = PathToRegexpWrapper.CompilePath("/users/:id", new CompileOptions { Encode = PathToRegexp.EncodeUriComponent });
        Assert.Equal("/users/user%20name", urlGenerator(P(("id", "user name"))));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePath() › should handle custom encode function")]
    public void CompilePath_custom_encode()
    {
        var urlGenerator = PathToRegexpWrapper.CompilePath("/users/:id", new CompileOptions { Encode = v => v.ToUpperInvariant() });
        Assert.Equal("/users/TEST", urlGenerator(P(("id", "test"))));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePath() › should handle paths without parameters")]
    public void CompilePath_no_parameters() => Assert.Equal("/users", PathToRegexpWrapper.CompilePath("/users")(null));

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › compilePath() › should handle optional parameters")]
    public void CompilePath_optional()
    {
        var urlGenerator = PathToRegexpWrapper.CompilePath("/users{/:id}");
        Assert.Equal("/users/123", urlGenerator(P(("id", "123"))));
        Assert.Equal("/users", urlGenerator(P()));
        Assert.Equal("/users", urlGenerator(null));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › parsePath() › should parse a simple path")]
    public void Parse_simple() => Assert.NotEmpty(PathToRegexpWrapper.ParsePath("/users").Tokens);

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › parsePath() › should parse a path with parameters")]
    public void Parse_parameters()
    {
        var result = PathToRegexpWrapper.ParsePath("/users/:id");
        Assert.NotEmpty(result.Tokens);
        Assert.Contains("id", Names(result));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › parsePath() › should parse a path with multiple parameters")]
    public void Parse_multiple()
    {
        var names = Names(PathToRegexpWrapper.ParsePath("/users/:userId/posts/:postId"));
        Assert.Contains("userId", names);
        Assert.Contains("postId", names);
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › parsePath() › should parse wildcard paths")]
    public void Parse_wildcard() => Assert.NotEmpty(PathToRegexpWrapper.ParsePath("/files/{/*path}").Tokens);

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › parsePath() › should parse root path")]
    public void Parse_root() => Assert.NotEmpty(PathToRegexpWrapper.ParsePath("/").Tokens);

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › parsePath() › should handle options parameter")]
    public void Parse_options() => Assert.NotEmpty(PathToRegexpWrapper.ParsePath("/users/:id", new ParseOptions()).Tokens);

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › normalizeLayerOptionsToPathToRegexp() › should normalize basic LayerOptions")]
    public void Normalize_basic()
    {
        var normalized = PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(new LayerOptions { Sensitive = true, End = false, Strict = true });
        Assert.Equal(true, normalized.Sensitive);
        Assert.Equal(false, normalized.End);
        Assert.Equal(true, normalized.Strict);
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › normalizeLayerOptionsToPathToRegexp() › should convert strict to trailing when trailing is not provided")]
    public void Normalize_strict()
    {
        var normalized1 = PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(new LayerOptions { Strict = true });
        Assert.Equal(true, normalized1.Strict);
        Assert.False(normalized1.ToPathToRegexpOptions().Trailing);
        var normalized2 = PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(new LayerOptions { Strict = false });
        Assert.Equal(false, normalized2.Strict);
        Assert.True(normalized2.ToPathToRegexpOptions().Trailing);
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › normalizeLayerOptionsToPathToRegexp() › should preserve trailing when both strict and trailing are provided")]
    public void Normalize_trailing_wins()
    {
        var normalized = PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(new LayerOptions { Strict = true, Trailing = true });
        Assert.Equal(true, normalized.Trailing);
        Assert.True(normalized.ToPathToRegexpOptions().Trailing);
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › normalizeLayerOptionsToPathToRegexp() › should remove undefined values")]
    public void Normalize_removes_undefined()
    {
        var normalized = PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(new LayerOptions { Sensitive = null, End = true, Strict = null });
        Assert.Null(normalized.Sensitive);
        Assert.Equal(true, normalized.End);
        Assert.Null(normalized.Strict);
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › normalizeLayerOptionsToPathToRegexp() › should handle empty options object")]
    public void Normalize_empty() =>
        Assert.Equal(default, PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(new LayerOptions()));

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › normalizeLayerOptionsToPathToRegexp() › should handle all LayerOptions properties")]
    public void Normalize_all()
    {
        var normalized = PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(new LayerOptions
        {
            Sensitive = true, Strict = false, Trailing = true, End = true, Name = "test-route", Prefix = "/api", IgnoreCaptures = true, PathAsRegExp = false,
        });
        // name, prefix, ignoreCaptures and pathAsRegExp have no place in the normalized options
        Assert.Equal(new NormalizedPathOptions(true, true, false, true), normalized);
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › normalizeLayerOptionsToPathToRegexp() › should handle undefined options")]
    public void Normalize_undefined() => Assert.Equal(default, PathToRegexpWrapper.NormalizeLayerOptionsToPathToRegexp(null));

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › integration tests › should work together: compilePathToRegexp + compilePath")]
    public void Integration_regexp_and_compile()
    {
        const string path = "/users/:id";
        var regexp = PathToRegexpWrapper.CompilePathToRegexp(path);
        Assert.Single(regexp.Keys);
        var url = PathToRegexpWrapper.CompilePath(path)(P(("id", "123")));
        Assert.True(regexp.IsMatch(url));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › integration tests › should work together: parsePath + compilePath")]
    public void Integration_parse_and_compile()
    {
        const string path = "/users/:userId/posts/:postId";
        var names = Names(PathToRegexpWrapper.ParsePath(path));
        Assert.Contains("userId", names);
        Assert.Contains("postId", names);
        Assert.Equal("/users/123/posts/456", PathToRegexpWrapper.CompilePath(path)(P(("userId", "123"), ("postId", "456"))));
    }

    [Fact(DisplayName = "path-to-regexp-wrapper utilities › integration tests › should handle complex path with all options")]
    public void Integration_all_options()
    {
        var regexp = PathToRegexpWrapper.CompilePathToRegexp("/Users/:Id", new LayerOptions { Sensitive = true, Strict = false, End = true });
        Assert.Single(regexp.Keys);
        Assert.True(regexp.IsMatch("/Users/123"));
        Assert.False(regexp.IsMatch("/users/123"));
    }
}
