namespace Koa;

/// <summary>
/// resolve-path 1.4.0: joins a user-supplied relative path onto a root, refusing anything that could leave it.
/// <code>
/// NUL anywhere                                        → 400 "Malicious Path"
/// absolute: starts with / or \, or a drive "C:\" "C:/" → 400 "Malicious Path"   (UNC "\\host\share" starts with \)
/// a ".." segment after normalizing "./" + path,
///   with / and \ both taken as separators               → 403
/// otherwise                                           → normalize(join(resolve(root), path))
/// </code>
/// Paths are read with node's POSIX rules (<c>/</c> separates; a <c>\</c> is refused around <c>..</c> on every OS).
/// The path is expected to be percent-decoded already (koa-send decodes once, before calling it).
/// </summary>
/// <example>
/// <code>
/// ResolvePath.Resolve("/srv/www", "css/site.css");   // "/srv/www/css/site.css"
/// ResolvePath.Resolve("/srv/www", "../etc/passwd");  // throws HttpError 403
/// </code>
/// </example>
public static class ResolvePath
{
    /// <summary><c>resolvePath(rootPath, relativePath)</c>.</summary>
    /// <param name="rootPath">The root (made absolute against the current directory).</param>
    /// <param name="relativePath">The untrusted relative path.</param>
    /// <returns>The absolute, normalized path inside the root.</returns>
    /// <exception cref="ArgumentNullException">An argument is null ("argument rootPath is required", "argument relativePath is required").</exception>
    /// <exception cref="HttpError">400 "Malicious Path" (NUL or absolute path) or 403 (the path goes above the root).</exception>
    /// <example><c>var file = ResolvePath.Resolve(root, ctx.Path[1..]);</c></example>
    public static string Resolve(string rootPath, string relativePath)
    {
        if (rootPath is null) throw new ArgumentNullException(nameof(rootPath), "argument rootPath is required");
        if (relativePath is null) throw new ArgumentNullException(nameof(relativePath), "argument relativePath is required");

        if (relativePath.Contains('\0', StringComparison.Ordinal)) throw HttpErrors.Create(400, "Malicious Path");
        if (IsAbsolutePosix(relativePath) || IsAbsoluteWin32(relativePath)) throw HttpErrors.Create(400, "Malicious Path");
        if (HasUpSegment(Normalize("./" + relativePath))) throw HttpErrors.Create(403);

        return Normalize(Join(Resolve(rootPath), relativePath));
    }

    private static bool IsAbsolutePosix(string path) => path.Length > 0 && path[0] == '/';

    // path-is-absolute's win32: /^([a-zA-Z]:|[\\\/]{2}[^\\\/]+[\\\/]+[^\\\/]+)?([\\\/])?([\s\S]*?)$/ → a separator
    // right after the optional device, or a UNC device (which itself starts with two separators).
    private static bool IsAbsoluteWin32(string path)
    {
        if (path.Length == 0) return false;
        if (IsSeparator(path[0])) return true;
        return path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && IsSeparator(path[2]);
    }

    private static bool IsSeparator(char c) => c is '/' or '\\';

    // UP_PATH_REGEXP = /(?:^|[\\/])\.\.(?:[\\/]|$)/ as a linear scan.
    internal static bool HasUpSegment(ReadOnlySpan<char> path)
    {
        for (var i = path.IndexOf(".."); i >= 0;)
        {
            var before = i == 0 || IsSeparator(path[i - 1]);
            var after = i + 2 == path.Length || IsSeparator(path[i + 2]);
            if (before && after) return true;
            var next = path[(i + 1)..].IndexOf("..");
            if (next < 0) break;
            i += 1 + next;
        }
        return false;
    }

    /// <summary>node's POSIX <c>path.resolve(p)</c> of one path: absolute against the current directory, normalized, no trailing slash.</summary>
    internal static string Resolve(string path)
    {
        var absolute = IsAbsolutePosix(path) ? path : Join(Directory.GetCurrentDirectory().Replace('\\', '/'), path);
        var normalized = Normalize(absolute);
        return normalized.Length > 1 && normalized[^1] == '/' ? normalized[..^1] : normalized;
    }

    /// <summary>node's POSIX <c>path.join(a, b)</c> before normalization (empty parts dropped).</summary>
    internal static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "/" + b;

    /// <summary>node's POSIX <c>path.normalize(p)</c>: <c>.</c> and empty segments dropped, <c>..</c> resolved, the trailing slash kept.</summary>
    internal static string Normalize(string path)
    {
        if (path.Length == 0) return ".";
        var absolute = path[0] == '/';
        var trailing = path[^1] == '/';
        var segments = new List<string>();
        foreach (var range in path.AsSpan().Split('/'))
        {
            var segment = path.AsSpan()[range];
            if (segment.IsEmpty || segment is ".") continue;
            if (segment is "..")
            {
                if (segments.Count > 0 && segments[^1] != "..") segments.RemoveAt(segments.Count - 1);
                else if (!absolute) segments.Add("..");
                continue;
            }
            segments.Add(segment.ToString());
        }
        var joined = string.Join('/', segments);
        if (joined.Length == 0 && !absolute) joined = ".";
        if (joined.Length > 0 && trailing) joined += "/";
        return absolute ? "/" + joined : joined;
    }
}
