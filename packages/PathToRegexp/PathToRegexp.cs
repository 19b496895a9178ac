using System.Globalization;
using System.Text;

namespace Koa;

/// <summary>
/// A port of npm <c>path-to-regexp</c> 8.4.2: <see cref="Parse"/>, <see cref="Stringify"/>, <see cref="Compile(string, CompileOptions?)"/>,
/// <see cref="Match(string, MatchOptions?)"/> and <see cref="Create(string, PathToRegexpOptions?)"/> (upstream's
/// <c>pathToRegexp</c>). Matching gives the results of upstream's regular expression, computed by a linear-time
/// automaton over the parsed tokens (no backtracking on the input).
/// </summary>
public static class PathToRegexp
{
    /// <summary>JavaScript's <c>decodeURIComponent</c>, the default <see cref="MatchOptions.Decode"/>.</summary>
    /// <param name="value">A percent-encoded value.</param>
    /// <returns>The decoded value.</returns>
    /// <exception cref="UriFormatException">A malformed <c>%</c> sequence (JavaScript's <c>URIError: URI malformed</c>).</exception>
    public static string DecodeUriComponent(string value) =>
        JsUri.DecodeURIComponent(value) ?? throw new UriFormatException("URI malformed");

    /// <summary>JavaScript's <c>encodeURIComponent</c>, the default <see cref="CompileOptions.Encode"/>.</summary>
    /// <param name="value">A value.</param>
    /// <returns>The percent-encoded value.</returns>
    /// <exception cref="UriFormatException">A lone surrogate (JavaScript's <c>URIError: URI malformed</c>).</exception>
    public static string EncodeUriComponent(string value) =>
        JsUri.EncodeURIComponent(value) ?? throw new UriFormatException("URI malformed");

    // ---------------------------------------------------------------- parse

    /// <summary>Parses a pattern into tokens.</summary>
    /// <param name="path">The pattern, e.g. <c>/users/:id{.:format}</c>.</param>
    /// <param name="options">Parse options.</param>
    /// <returns>The tokens, with <paramref name="path"/> as <see cref="TokenData.OriginalPath"/>.</returns>
    /// <exception cref="PathError">The pattern is malformed (upstream's messages).</exception>
    public static TokenData Parse(string path, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ParseCore(path, options?.EncodePath);
    }

    internal static TokenData ParseCore(string str, Func<string, string>? encodePath)
    {
        var chars = CodePoints(str);
        var index = 0;
        var tokens = ConsumeUntil(null);
        return new TokenData(tokens, str);

        List<PathToken> ConsumeUntil(string? end)
        {
            var output = new List<PathToken>();
            var path = new StringBuilder();

            void WritePath()
            {
                if (path.Length == 0)
                    return;
                var text = path.ToString();
                output.Add(new PathText(encodePath is null ? text : encodePath(text)));
                path.Clear();
            }

            while (index < chars.Length)
            {
                var value = chars[index++];
                if (value == end)
                {
                    WritePath();
                    return output;
                }
                if (value == "\\")
                {
                    if (index == chars.Length)
                        throw new PathError($"Unexpected end after \\ at index {index}", str);
                    path.Append(chars[index++]);
                    continue;
                }
                if (value is ":" or "*")
                {
                    var name = new StringBuilder();
                    if (index < chars.Length && IsIdStart(chars[index]))
                    {
                        do
                            name.Append(chars[index++]);
                        while (index < chars.Length && IsIdContinue(chars[index]));
                    }
                    else if (index < chars.Length && chars[index] == "\"")
                    {
                        var quoteStart = index;
                        while (index < chars.Length)
                        {
                            if (++index < chars.Length && chars[index] == "\"")
                            {
                                index++;
                                quoteStart = 0;
                                break;
                            }
                            if (index < chars.Length && chars[index] == "\\")
                                index++;
                            if (index < chars.Length)
                                name.Append(chars[index]);
                        }
                        if (quoteStart != 0)
                            throw new PathError($"Unterminated quote at index {quoteStart}", str);
                    }
                    if (name.Length == 0)
                        throw new PathError($"Missing parameter name at index {index}", str);
                    WritePath();
                    output.Add(value == ":" ? new PathParameter(name.ToString()) : new PathWildcard(name.ToString()));
                    continue;
                }
                if (value == "{")
                {
                    WritePath();
                    output.Add(new PathGroup(ConsumeUntil("}")));
                    continue;
                }
                if (value is "}" or "(" or ")" or "[" or "]" or "+" or "?" or "!")
                    throw new PathError($"Unexpected {value} at index {index - 1}", str);
                path.Append(value);
            }
            if (end is not null)
                throw new PathError($"Unexpected end at index {index}, expected {end}", str);
            WritePath();
            return output;
        }
    }

    /// <summary>The string split as JavaScript's <c>[...str]</c>: code points, a lone surrogate on its own.</summary>
    private static string[] CodePoints(string s)
    {
        var list = new List<string>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(s.Substring(i, 2));
                i++;
            }
            else
            {
                list.Add(s[i].ToString());
            }
        }
        return [.. list];
    }

    private static bool IsIdStart(string cp)
    {
        if (cp is "$" or "_")
            return true;
        return Rune.TryGetRuneAt(cp, 0, out var r) && r.Utf16SequenceLength == cp.Length && IsIdStart(r);
    }

    private static bool IsIdContinue(string cp)
    {
        if (cp is "$" or "\u200c" or "\u200d")
            return true;
        return Rune.TryGetRuneAt(cp, 0, out var r) && r.Utf16SequenceLength == cp.Length && IsIdContinue(r);
    }

    // Unicode ID_Start / ID_Continue (DerivedCoreProperties) from the general categories and the Other_ID_* lists.
    private static bool IsIdStart(Rune r)
    {
        var v = r.Value;
        if (v is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C)
            return true;
        if (v is 0x2E2F)
            return false; // VERTICAL TILDE: Lm but Pattern_Syntax
        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => false,
        };
    }

    private static bool IsIdContinue(Rune r)
    {
        if (IsIdStart(r))
            return true;
        var v = r.Value;
        if (v is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D or 0x30FB or 0xFF65)
            return true;
        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    private static bool IsIdName(string name)
    {
        var cps = CodePoints(name);
        if (cps.Length == 0 || !IsIdStart(cps[0]))
            return false;
        for (var i = 1; i < cps.Length; i++)
        {
            if (!IsIdContinue(cps[i]))
                return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- stringify

    /// <summary>Turns tokens back into a pattern string (the inverse of <see cref="Parse"/>).</summary>
    /// <param name="data">The tokens.</param>
    /// <returns>The pattern.</returns>
    public static string Stringify(TokenData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sb = new StringBuilder();
        StringifyTokens(data.Tokens, sb);
        return sb.ToString();
    }

    private static void StringifyTokens(IReadOnlyList<PathToken> tokens, StringBuilder sb)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            switch (token)
            {
                case PathText t:
                    foreach (var c in t.Value)
                    {
                        if (c is '{' or '}' or '(' or ')' or '[' or ']' or '+' or '?' or '!' or ':' or '*' or '\\')
                            sb.Append('\\');
                        sb.Append(c);
                    }
                    break;
                case PathGroup g:
                    sb.Append('{');
                    StringifyTokens(g.Tokens, sb);
                    sb.Append('}');
                    break;
                case PathParameter p:
                    sb.Append(':').Append(StringifyName(p.Name, next));
                    break;
                case PathWildcard w:
                    sb.Append('*').Append(StringifyName(w.Name, next));
                    break;
                default:
                    throw new ArgumentException($"Unknown token type: {token?.Type ?? "undefined"}");
            }
        }
    }

    private static string StringifyName(string name, PathToken? next)
    {
        if (!IsIdName(name))
            return JsJsonString.Quote(name);
        if (next is PathText t && t.Value.Length > 0 && IsIdContinue(FirstUnit(t.Value)))
            return JsJsonString.Quote(name);
        return name;
    }

    // JavaScript's `value[0]`: the first UTF-16 code unit (the regexp test then sees a lone surrogate for a pair).
    private static string FirstUnit(string value) => value[0].ToString();

    // ---------------------------------------------------------------- compile

    /// <summary>Builds a function that turns parameters into a path.</summary>
    /// <param name="path">The pattern.</param>
    /// <param name="options">Compile options.</param>
    /// <returns>A function taking the parameters (<c>:name</c> → a string; <c>*name</c> → a non-empty list of strings)
    /// and returning the path. It throws <see cref="ArgumentException"/> with upstream's messages ("Missing parameters: b",
    /// "Expected "foo" to be a string", …).</returns>
    public static Func<IReadOnlyDictionary<string, object?>?, string> Compile(string path, CompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Compile(ParseCore(path, options?.EncodePath), options);
    }

    /// <summary>Builds a function that turns parameters into a path, from parsed tokens.</summary>
    /// <param name="data">The tokens.</param>
    /// <param name="options">Compile options.</param>
    /// <returns>The path builder.</returns>
    public static Func<IReadOnlyDictionary<string, object?>?, string> Compile(TokenData data, CompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= DefaultCompile;
        var encode = options.Encode;
        var delimiter = options.Delimiter;
        var tokens = data.Tokens;
        return parameters =>
        {
            var missing = new List<string>();
            var sb = new StringBuilder();
            Write(tokens, parameters, missing, sb, encode, delimiter);
            if (missing.Count > 0)
                throw new ArgumentException("Missing parameters: " + string.Join(", ", missing));
            return sb.ToString();
        };
    }

    private static readonly CompileOptions DefaultCompile = new();

    private static void Write(IReadOnlyList<PathToken> tokens, IReadOnlyDictionary<string, object?>? data, List<string> missing,
        StringBuilder sb, Func<string, string>? encode, string delimiter)
    {
        foreach (var token in tokens)
        {
            switch (token)
            {
                case PathText t:
                    sb.Append(t.Value);
                    break;
                case PathGroup g:
                    {
                        var len = missing.Count;
                        var start = sb.Length;
                        Write(g.Tokens, data, missing, sb, encode, delimiter);
                        if (missing.Count != len)
                        {
                            missing.RemoveRange(len, missing.Count - len);
                            sb.Length = start;
                        }
                        break;
                    }
                case PathWildcard w when encode is not null:
                    {
                        object? value = null;
                        if (data is null || !data.TryGetValue(w.Name, out value) || value is null)
                        {
                            missing.Add(w.Name);
                            break;
                        }
                        if (value is string || value is not System.Collections.IEnumerable list)
                            throw new ArgumentException($"Expected \"{w.Name}\" to be a non-empty array");
                        var items = list.Cast<object?>().ToList();
                        if (items.Count == 0)
                            throw new ArgumentException($"Expected \"{w.Name}\" to be a non-empty array");
                        for (var i = 0; i < items.Count; i++)
                        {
                            if (items[i] is not string s)
                                throw new ArgumentException($"Expected \"{w.Name}/{i}\" to be a string");
                            if (i > 0)
                                sb.Append(delimiter);
                            sb.Append(encode(s));
                        }
                        break;
                    }
                case PathKey k:
                    {
                        object? value = null;
                        if (data is null || !data.TryGetValue(k.Name, out value) || value is null)
                        {
                            missing.Add(k.Name);
                            break;
                        }
                        if (value is not string s)
                            throw new ArgumentException($"Expected \"{k.Name}\" to be a string");
                        sb.Append(encode is null ? s : encode(s));
                        break;
                    }
                default:
                    throw new ArgumentException($"Unknown token type: {token?.Type ?? "undefined"}");
            }
        }
    }

    // ---------------------------------------------------------------- match

    /// <summary>Builds a matcher: a function returning the match (path and decoded params) or <c>null</c>.</summary>
    /// <param name="path">The pattern.</param>
    /// <param name="options">Match options.</param>
    /// <returns>The matcher.</returns>
    /// <exception cref="PathError">The pattern is malformed.</exception>
    public static Func<string, PathMatch?> Match(string path, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Match([new PathPattern(path)], options);
    }

    /// <summary>Builds a matcher from parsed tokens.</summary>
    /// <param name="data">The tokens.</param>
    /// <param name="options">Match options.</param>
    /// <returns>The matcher.</returns>
    public static Func<string, PathMatch?> Match(TokenData data, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Match([new PathPattern(data)], options);
    }

    /// <summary>Builds a matcher for several patterns (upstream's array form): the first that matches wins.</summary>
    /// <param name="paths">The patterns (strings or tokens).</param>
    /// <param name="options">Match options.</param>
    /// <returns>The matcher.</returns>
    public static Func<string, PathMatch?> Match(IEnumerable<PathPattern> paths, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= DefaultMatch;
        var regexp = Create(paths, options.ToRegexpOptions());
        var decode = options.Decode;
        var delimiter = options.Delimiter;
        var keys = regexp.Keys;
        return input =>
        {
            ArgumentNullException.ThrowIfNull(input);
            var captures = regexp.Exec(input);
            if (captures is null)
                return null;
            var @params = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 1; i < captures.Length; i++)
            {
                var value = captures[i];
                if (value is null)
                    continue;
                var key = keys[i - 1];
                if (decode is null)
                    @params[key.Name] = value;
                else if (key is PathParameter)
                    @params[key.Name] = decode(value);
                else
                    @params[key.Name] = value.Split(delimiter).Select(decode).ToArray();
            }
            return new PathMatch(captures[0]!, @params);
        };
    }

    private static readonly MatchOptions DefaultMatch = new();
    private static readonly PathToRegexpOptions DefaultRegexp = new();

    /// <summary>Upstream's <c>pathToRegexp(path, options)</c>: the matcher with its keys.</summary>
    /// <param name="path">The pattern.</param>
    /// <param name="options">Options.</param>
    /// <returns>The matcher.</returns>
    /// <exception cref="PathError">The pattern is malformed.</exception>
    public static PathRegexp Create(string path, PathToRegexpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Create([new PathPattern(path)], options);
    }

    /// <summary>Upstream's <c>pathToRegexp(tokens, options)</c>.</summary>
    /// <param name="data">The tokens.</param>
    /// <param name="options">Options.</param>
    /// <returns>The matcher.</returns>
    public static PathRegexp Create(TokenData data, PathToRegexpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Create([new PathPattern(data)], options);
    }

    /// <summary>Upstream's <c>pathToRegexp([...paths], options)</c>: the alternatives in order.</summary>
    /// <param name="paths">The patterns.</param>
    /// <param name="options">Options.</param>
    /// <returns>The matcher.</returns>
    public static PathRegexp Create(IEnumerable<PathPattern> paths, PathToRegexpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= DefaultRegexp;
        return PathRegexp.Build(paths, options);
    }
}

/// <summary>A pattern given as a string or as parsed tokens (for the array forms of <see cref="PathToRegexp.Match(IEnumerable{PathPattern}, MatchOptions?)"/>).</summary>
public readonly struct PathPattern
{
    /// <summary>A pattern string.</summary>
    /// <param name="path">The pattern.</param>
    public PathPattern(string path) => Path = path ?? throw new ArgumentNullException(nameof(path));

    /// <summary>Parsed tokens.</summary>
    /// <param name="data">The tokens.</param>
    public PathPattern(TokenData data) => Data = data ?? throw new ArgumentNullException(nameof(data));

    /// <summary>The pattern string, or <c>null</c>.</summary>
    public string? Path { get; }

    /// <summary>The tokens, or <c>null</c>.</summary>
    public TokenData? Data { get; }

    /// <summary>A pattern string.</summary>
    /// <param name="path">The pattern.</param>
    public static implicit operator PathPattern(string path) => new(path);

    /// <summary>Parsed tokens.</summary>
    /// <param name="data">The tokens.</param>
    public static implicit operator PathPattern(TokenData data) => new(data);
}
