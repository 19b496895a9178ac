// Ported from path-to-regexp 8.4.2 src/index.spec.ts (the `it` cases outside the tables).
using Koa.Tests.Support;

namespace Koa.Tests.Upstream;

public sealed class PathToRegexpTests
{
    private static void Throws(Action action, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(action);
        Assert.Equal(message, e.Message);
    }

    private static string Err(string message, string? path) => new PathError(message, path).Message;

    // PathError
    [Fact(DisplayName = "path-to-regexp › PathError › should contain original path and debug url")]
    public void PathError_contains_path()
    {
        var error = new PathError("Unexpected end at index 7, expected }", "/{:foo,");
        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal("Unexpected end at index 7, expected }: /{:foo,; visit https://git.new/pathToRegexpError for info", error.Message);
        Assert.Equal("/{:foo,", error.OriginalPath);
    }

    [Fact(DisplayName = "path-to-regexp › PathError › should omit original url when undefined")]
    public void PathError_without_path()
    {
        var error = new PathError("Unexpected end at index 7, expected }", null);
        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal("Unexpected end at index 7, expected }; visit https://git.new/pathToRegexpError for info", error.Message);
        Assert.Null(error.OriginalPath);
    }

    // parse errors
    [Theory(DisplayName = "path-to-regexp › parse errors › should throw on unbalanced group: %s")]
    [InlineData("/{")]
    [InlineData("/{:foo,")]
    [InlineData("/{:foo/{x,y}")]
    public void Unbalanced_group(string path) =>
        Throws(() => PathToRegexp.Parse(path), Err($"Unexpected end at index {path.Length}, expected }}", path));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on missing param name")]
    public void Missing_param_name() => Throws(() => PathToRegexp.Parse("/:/"), Err("Missing parameter name at index 2", "/:/"));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on missing wildcard name")]
    public void Missing_wildcard_name() => Throws(() => PathToRegexp.Parse("/*/"), Err("Missing parameter name at index 2", "/*/"));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on unterminated quote")]
    public void Unterminated_quote() => Throws(() => PathToRegexp.Parse("/:\"foo"), Err("Unterminated quote at index 2", "/:\"foo"));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on eol backslash")]
    public void Eol_backslash() => Throws(() => PathToRegexp.Parse("/foo\\"), Err("Unexpected end after \\ at index 5", "/foo\\"));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on eol backslash in group")]
    public void Eol_backslash_group() => Throws(() => PathToRegexp.Parse("/foo/{bar\\"), Err("Unexpected end after \\ at index 10", "/foo/{bar\\"));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on eol backslash after param")]
    public void Eol_backslash_param() => Throws(() => PathToRegexp.Parse("/foo/:bar\\"), Err("Unexpected end after \\ at index 10", "/foo/:bar\\"));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on eol backslash after wildcard")]
    public void Eol_backslash_wildcard() => Throws(() => PathToRegexp.Parse("/foo/*bar\\"), Err("Unexpected end after \\ at index 10", "/foo/*bar\\"));

    [Fact(DisplayName = "path-to-regexp › parse errors › should throw on eol backslash in quoted param")]
    public void Eol_backslash_quoted() => Throws(() => PathToRegexp.Parse("/foo/:\"bar\\"), Err("Unterminated quote at index 6", "/foo/:\"bar\\"));

    [Theory(DisplayName = "path-to-regexp › parse errors › should throw on unexpected character %s")]
    [InlineData("}")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("[")]
    [InlineData("]")]
    [InlineData("+")]
    [InlineData("?")]
    [InlineData("!")]
    public void Unexpected_character(string c) =>
        Throws(() => PathToRegexp.Parse($"/foo/{c}"), Err($"Unexpected {c} at index 5", $"/foo/{c}"));

    // compile errors
    [Fact(DisplayName = "path-to-regexp › compile errors › should throw when a param is missing")]
    public void Compile_missing() => Throws(() => PathToRegexp.Compile("/a/:b/c")(null), "Missing parameters: b");

    [Fact(DisplayName = "path-to-regexp › compile errors › should throw when expecting a repeated value")]
    public void Compile_empty_array() =>
        Throws(() => PathToRegexp.Compile("/*foo")(new Dictionary<string, object?> { ["foo"] = Array.Empty<string>() }), "Expected \"foo\" to be a non-empty array");

    [Fact(DisplayName = "path-to-regexp › compile errors › should throw when param gets an array")]
    public void Compile_param_array() =>
        Throws(() => PathToRegexp.Compile("/:foo")(new Dictionary<string, object?> { ["foo"] = Array.Empty<string>() }), "Expected \"foo\" to be a string");

    [Fact(DisplayName = "path-to-regexp › compile errors › should throw when a wildcard is not an array")]
    public void Compile_wildcard_string() =>
        Throws(() => PathToRegexp.Compile("/*foo")(new Dictionary<string, object?> { ["foo"] = "a" }), "Expected \"foo\" to be a non-empty array");

    [Fact(DisplayName = "path-to-regexp › compile errors › should throw when a wildcard array value is not a string")]
    public void Compile_wildcard_item() =>
        Throws(() => PathToRegexp.Compile("/*foo")(new Dictionary<string, object?> { ["foo"] = new object?[] { 1, "a" } }), "Expected \"foo/0\" to be a string");

    // pathToRegexp errors
    [Fact(DisplayName = "path-to-regexp › pathToRegexp errors › should throw when missing text between params")]
    public void Missing_text() => Throws(() => PathToRegexp.Create("/:foo:bar"), Err("Missing text before \"bar\" param", "/:foo:bar"));

    [Fact(DisplayName = "path-to-regexp › pathToRegexp errors › should throw when missing text between params using TokenData")]
    public void Missing_text_tokens() =>
        Throws(() => PathToRegexp.Create(new TokenData([new PathParameter("a"), new PathParameter("b")])), Err("Missing text before \"b\" param", null));

    [Fact(DisplayName = "path-to-regexp › pathToRegexp errors › should throw with `originalPath` when missing text between params using TokenData")]
    public void Missing_text_tokens_path() =>
        Throws(() => PathToRegexp.Create(new TokenData([new PathParameter("a"), new PathParameter("b")], "/[a][b]")), Err("Missing text before \"b\" param", "/[a][b]"));

    [Fact(DisplayName = "path-to-regexp › pathToRegexp errors › should contain the error line")]
    public void Error_line()
    {
        var e = Assert.Throws<PathError>(() => PathToRegexp.Create("/:"));
        Assert.Contains(nameof(PathToRegexp), e.StackTrace, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "path-to-regexp › pathToRegexp errors › should throw when too many alternative routes are generated")]
    public void Too_many_combinations()
    {
        var segments = string.Concat(Enumerable.Repeat("{/x}", 10));
        Throws(() => PathToRegexp.Create(segments), Err("Too many path combinations", segments));
    }

    // stringify errors
    [Fact(DisplayName = "path-to-regexp › stringify errors › should error on unknown token")]
    public void Unknown_token() =>
        Throws(() => PathToRegexp.Stringify(new TokenData([new UnknownToken("unknown")])), "Unknown token type: unknown");
}
