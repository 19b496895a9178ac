namespace Koa;

/// <summary>
/// Node's POSIX <c>path.extname</c> and <c>path.basename</c> (lib/path.js), written once (linked as source, tested
/// by tests/Shared.Tests against node): only <c>/</c> separates; a <c>\</c> is an ordinary character.
/// </summary>
/// <remarks>
/// <code>
/// basename(p) = the last segment of p once trailing "/" are dropped ("" for "/" or "")
/// extname(p)  = from the last "." of basename(p) to its end, unless there is no ".", the "." is the first
///               character of the segment, or the segment is ".."            ; "" then
/// </code>
/// </remarks>
internal static class NodePath
{
    /// <summary><c>path.basename(path)</c>: the last path segment.</summary>
    public static ReadOnlySpan<char> Basename(ReadOnlySpan<char> path)
    {
        var end = path.LastIndexOfAnyExcept('/') + 1;
        var start = path[..end].LastIndexOf('/') + 1;
        return path[start..end];
    }

    /// <summary><c>path.extname(path)</c>: the extension of the last segment with its dot (<c>".gz"</c>), or empty.</summary>
    public static ReadOnlySpan<char> Extname(ReadOnlySpan<char> path)
    {
        var segment = Basename(path);
        var dot = segment.LastIndexOf('.');
        if (dot <= 0 || segment is "..") return [];
        return segment[dot..];
    }

    /// <summary>
    /// <c>path.extname('x.' + path)</c> without its dot, as mime-types looks an extension up: a bare <c>json</c> or
    /// <c>.json</c> is an extension too (no concatenation).
    /// </summary>
    public static ReadOnlySpan<char> ExtensionOfPrefixed(ReadOnlySpan<char> path)
    {
        var end = path.LastIndexOfAnyExcept('/') + 1;
        if (end == 0) return []; // 'x.' + slashes: the segment 'x.' ends with its dot, the extension is "."
        if (path[..end].LastIndexOf('/') < 0)
        {
            // One segment after the virtual 'x.': without a dot of its own, the prefix dot starts the extension.
            var segment = path[..end];
            var dot = segment.LastIndexOf('.');
            return dot < 0 ? segment : segment[(dot + 1)..];
        }
        var extension = Extname(path);
        return extension.IsEmpty ? [] : extension[1..];
    }
}
