using System.Text;

namespace Koa.Tests.Support;

/// <summary>Assertions shared by the ported table cases.</summary>
internal static class Cases
{
    public static void AssertMatch(PathPattern[] paths, MatchOptions? options, string input, (string Path, Dictionary<string, object?> Params)? expected)
    {
        var fn = PathToRegexp.Match(paths, options);
        var actual = fn(input);
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        Assert.Equal(expected.Value.Path, actual.Path);
        Assert.Equal(Show(expected.Value.Params.Where(p => p.Value is not null)!), Show(actual.Params)); // toEqual: an undefined property equals a missing one
    }

    public static void AssertCompile(object path, CompileOptions? options, Dictionary<string, object?>? input, string? expected)
    {
        var toPath = path is TokenData d ? PathToRegexp.Compile(d, options) : PathToRegexp.Compile((string)path, options);
        if (expected is null)
        {
            Assert.ThrowsAny<ArgumentException>(() => toPath(input));
            return;
        }
        Assert.Equal(expected, toPath(input));
    }

    /// <summary>A canonical text of a params object (keys sorted, arrays bracketed) for equality.</summary>
    public static string Show(IEnumerable<KeyValuePair<string, object>> @params)
    {
        var sb = new StringBuilder("{");
        foreach (var (k, v) in @params.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(k).Append('=');
            sb.Append(v is string s ? "'" + s + "'" : v is IEnumerable<string> list ? "[" + string.Join(",", list.Select(x => "'" + x + "'")) + "]" : v?.ToString());
            sb.Append(';');
        }
        return sb.Append('}').ToString();
    }
}

/// <summary>JavaScript functions the upstream cases pass as options.</summary>
internal static class JsTest
{
    /// <summary>JavaScript's <c>encodeURI</c> for the test inputs (well-formed strings).</summary>
    public static string EncodeUri(string value)
    {
        const string keep = ";,/?:@&=+$-_.!~*'()#";
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || (b < 128 && keep.Contains((char)b)))
                sb.Append((char)b);
            else
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}

/// <summary>A token type upstream does not know (for the "Unknown token type" cases).</summary>
internal sealed class UnknownToken(string type) : PathToken
{
    public override string Type { get; } = type;
}
