namespace Koa;

/// <summary>
/// The extension mime-types 2.x/3.x looks up: <c>path.extname('x.' + path).toLowerCase().slice(1)</c> with Node's
/// POSIX <c>path.extname</c>. The <c>'x.'</c> prefix makes a bare <c>json</c> or <c>.json</c> an extension too.
/// </summary>
/// <remarks>
/// Written with <c>LastIndexOf</c> scans over the path (linear, no regex, no concatenation):
/// <code>
/// extname(p): drop trailing '/'; take the last segment (after the last '/');
///             its last '.' starts the extension, unless that '.' is the segment's first character
///             or the segment is ".."; no '.' means no extension.
/// </code>
/// </remarks>
internal static class PathExtension
{
    /// <summary>The extension of <paramref name="path"/> without its dot (not lower-cased); empty when none.</summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> path)
    {
        var last = path.LastIndexOfAnyExcept('/');
        if (last < 0)
        {
            // Only slashes: the last segment of 'x.///' is 'x.', whose extension is '.', i.e. empty.
            return [];
        }

        var body = path[..(last + 1)];
        var slash = body.LastIndexOf('/');
        var segment = body[(slash + 1)..];
        var dot = segment.LastIndexOf('.');
        if (slash < 0)
        {
            // The segment follows the virtual 'x.': without a dot of its own, the prefix dot starts the extension.
            return dot < 0 ? segment : segment[(dot + 1)..];
        }

        if (dot <= 0 || segment is "..")
        {
            return [];
        }

        return segment[(dot + 1)..];
    }
}
