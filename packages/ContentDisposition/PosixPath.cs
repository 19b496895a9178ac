namespace Koa;

/// <summary>
/// Node's POSIX <c>path.basename(path)</c>, which npm content-disposition 1.0.1 applies to file names: only
/// <c>/</c> separates, trailing slashes are ignored, and <c>"/"</c> gives <c>""</c>. A <c>\</c> is an ordinary
/// character (npm 1.1.0+ also splits on it; 1.0.1, which Koa 3 uses, does not).
/// </summary>
internal static class PosixPath
{
    /// <summary>The last path segment of <paramref name="path"/>.</summary>
    public static ReadOnlySpan<char> Basename(ReadOnlySpan<char> path)
    {
        var end = path.Length;
        while (end > 0 && path[end - 1] == '/')
            end--;
        var start = path[..end].LastIndexOf('/') + 1;
        return path[start..end];
    }
}
