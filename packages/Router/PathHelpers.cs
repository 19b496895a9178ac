using System.Text.RegularExpressions;

namespace Koa;

/// <summary>@koa/router's src/utils/path-helpers.ts.</summary>
internal static class PathHelpers
{
    /// <summary>What <c>use()</c> registers when no path is given and the prefix has no parameters: a regular
    /// expression matching every path (upstream's <c>String.raw`(?:\/|$)`</c>).</summary>
    public const string UseAllSource = @"(?:\/|$)";

    /// <summary>What <c>use()</c> registers for "everything under the prefix" when parameters must be captured.</summary>
    public const string RestWildcard = "{/*rest}";

    /// <summary>Whether the pattern has parameters (compiled with path-to-regexp; <c>null</c> and <c>""</c> have none).</summary>
    public static bool HasPathParameters(string? path, LayerOptions? options = null) =>
        !string.IsNullOrEmpty(path) && PathToRegexpWrapper.CompilePathToRegexp(path, options).Keys.Count > 0;

    /// <summary>The path a <c>use()</c> layer is registered with: the explicit one (<c>""</c> = the rest wildcard, a
    /// <see cref="Regex"/> as a regular expression), else the rest wildcard when the prefix has parameters, else the
    /// match-everything expression.</summary>
    /// <param name="explicitPath">A string, a <see cref="Regex"/>, or <c>null</c> (none given).</param>
    /// <param name="hasPrefixParameters">Whether the router's prefix has parameters.</param>
    public static (object Path, bool PathAsRegExp) DetermineMiddlewarePath(object? explicitPath, bool hasPrefixParameters) => explicitPath switch
    {
        "" => (RestWildcard, false),
        string s => (s, false),
        Regex r => (r, true),
        not null => (explicitPath, true),
        null when hasPrefixParameters => (RestWildcard, false),
        null => (UseAllSource, true),
    };
}
