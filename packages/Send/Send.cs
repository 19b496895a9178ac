using System.Globalization;

namespace Koa;

/// <summary>
/// koa-send 5.0.1: sends one file as the response, safely. The file is set as the body (a <see cref="FileStream"/>),
/// which Koa hands to Kestrel's <c>SendFileAsync</c>; the handle is closed when the response ends or the client
/// goes away.
/// </summary>
/// <example>
/// <code>
/// app.Use(async ctx => await Send.FileAsync(ctx, ctx.Path, new SendOptions { Root = "public", Index = "index.html" }));
/// </code>
/// </example>
public static class Send
{
    /// <summary>
    /// <c>send(ctx, path, opts)</c>. Answers, as upstream: 400 when the path cannot be percent-decoded or is
    /// malicious (NUL, absolute), 403 when it goes above the root, nothing (null, no body) for a hidden path or a
    /// directory without an index, 404 (thrown) when the file does not exist, and any other I/O error as 500.
    /// </summary>
    /// <param name="ctx">The context.</param>
    /// <param name="path">The URL path to serve (percent-encoded, as <c>ctx.Path</c>), relative to <see cref="SendOptions.Root"/>.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The absolute path of the file sent, or null when nothing was sent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ctx"/> is null ("koa context required").</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty ("pathname required"), or an extension is null.</exception>
    /// <exception cref="HttpError">400, 403 or 404, as above.</exception>
    /// <example><c>var sent = await Send.FileAsync(ctx, "/index.html", new SendOptions { Root = "public" });</c></example>
    public static async Task<string?> FileAsync(Context ctx, string path, SendOptions? options = null)
    {
        if (ctx is null) throw new ArgumentNullException(nameof(ctx), "koa context required");
        if (string.IsNullOrEmpty(path)) throw new ArgumentException("pathname required", nameof(path));
        options ??= Defaults;

        var root = string.IsNullOrEmpty(options.Root) ? "" : ResolvePath.Resolve(options.Root);
        var trailingSlash = path[^1] == '/';
        if (path[0] == '/') path = path[1..];
        var index = options.Index;

        var decoded = JsUri.DecodeURIComponent(path);
        if (decoded is null)
        {
            ctx.Throw(400, "failed to decode");
            return null;
        }
        path = decoded;

        if (!string.IsNullOrEmpty(index) && trailingSlash) path += index;

        path = ResolvePath.Resolve(root, path);

        if (!options.Hidden && IsHidden(root, path)) return null;

        var encodingExt = "";
        if (options.Brotli && ctx.AcceptsEncodings("br", "identity") == "br" && Exists(path + ".br"))
        {
            path += ".br";
            ctx.Set("Content-Encoding", "br");
            ctx.Res.Headers.Remove("Content-Length");
            encodingExt = ".br";
        }
        else if (options.Gzip && ctx.AcceptsEncodings("gzip", "identity") == "gzip" && Exists(path + ".gz"))
        {
            path += ".gz";
            ctx.Set("Content-Encoding", "gzip");
            ctx.Res.Headers.Remove("Content-Length");
            encodingExt = ".gz";
        }

        if (options.Extensions is { } extensions && !NodePath.Basename(path).Contains('.'))
        {
            foreach (var item in extensions)
            {
                if (item is null) throw new ArgumentException("option extensions must be array of strings or false", nameof(options));
                var ext = item.StartsWith('.') ? item : "." + item;
                if (Exists(path + ext))
                {
                    path += ext;
                    break;
                }
            }
        }

        FileInfo stats;
        try
        {
            stats = Stat(path, out var isDirectory);
            if (isDirectory)
            {
                if (options.Format && !string.IsNullOrEmpty(index))
                {
                    path += "/" + index;
                    stats = Stat(path, out isDirectory);
                    if (isDirectory) throw new UnauthorizedAccessException("EISDIR: illegal operation on a directory, read");
                }
                else
                {
                    return null;
                }
            }
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
        {
            throw HttpErrors.Create(404, error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw HttpErrors.Create(500, error);
        }

        if (!options.FollowSymlinksOutsideRoot && !RealPathInside(string.IsNullOrEmpty(root) ? ResolvePath.Resolve("") : root, path))
        {
            throw HttpErrors.Create(404, new FileNotFoundException("ENOENT: no such file or directory"));
        }

        options.SetHeaders?.Invoke(ctx.Response, path, stats);

        ctx.Set("Content-Length", stats.Length.ToString(CultureInfo.InvariantCulture));
        if (Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(ctx.Response.Get("Last-Modified")))
            ctx.Set("Last-Modified", HttpDate.Format(new DateTimeOffset(stats.LastWriteTimeUtc)));
        if (Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(ctx.Response.Get("Cache-Control")))
        {
            var seconds = unchecked((int)(long)Math.Truncate(options.MaxAge.TotalMilliseconds / 1000));
            ctx.Set("Cache-Control", options.Immutable ? "max-age=" + seconds.ToString(CultureInfo.InvariantCulture) + ",immutable" : "max-age=" + seconds.ToString(CultureInfo.InvariantCulture));
        }
        if (string.IsNullOrEmpty(ctx.Type)) ctx.Type = TypeOf(path, encodingExt);

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw HttpErrors.Create(404, error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw HttpErrors.Create(500, error);
        }
        ctx.Body = stream;
        return path;
    }

    private static readonly SendOptions Defaults = new();

    // node's fs.stat: follows links; ENOENT / ENOTDIR / ENAMETOOLONG surface as FileNotFound / DirectoryNotFound / PathTooLong.
    private static FileInfo Stat(string path, out bool isDirectory)
    {
        var attributes = File.GetAttributes(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true) ?? throw new FileNotFoundException("ENOENT: no such file or directory", path);
            if (!target.Exists) throw new FileNotFoundException("ENOENT: no such file or directory", path);
            isDirectory = target is DirectoryInfo;
            return target as FileInfo ?? info;
        }
        isDirectory = (attributes & FileAttributes.Directory) != 0;
        return info;
    }

    // fs.access(path): anything there (file or folder), following links.
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static bool IsHidden(string root, string path)
    {
        foreach (var range in path.AsSpan(root.Length).Split('/'))
        {
            var segment = path.AsSpan(root.Length)[range];
            if (segment.Length > 0 && segment[0] == '.') return true;
        }
        return false;
    }

    private static string TypeOf(string file, string encodingExt) =>
        encodingExt.Length != 0 ? NodePath.Extname(file.AsSpan(0, file.Length - encodingExt.Length)).ToString() : NodePath.Extname(file).ToString();

    // The real path of every component, so that a link anywhere on the way is seen.
    private static bool RealPathInside(string root, string path)
    {
        var realRoot = RealPath(root);
        var realPath = RealPath(path);
        return realPath.StartsWith(realRoot.EndsWith('/') ? realRoot : realRoot + "/", StringComparison.Ordinal);
    }

    internal static string RealPath(string path)
    {
        var current = "/";
        var pending = new Queue<string>(path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var hops = 0;
        while (pending.Count > 0)
        {
            var segment = pending.Dequeue();
            if (segment == ".") continue;
            if (segment == "..")
            {
                current = ResolvePath.Normalize(current + "/..");
                continue;
            }
            var next = current.EndsWith('/') ? current + segment : current + "/" + segment;
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > 40) throw new IOException("ELOOP: too many symbolic links encountered");
                var rest = pending.ToArray();
                pending.Clear();
                var resolved = target.StartsWith('/') ? target : current + "/" + target;
                foreach (var part in resolved.Split('/', StringSplitOptions.RemoveEmptyEntries)) pending.Enqueue(part);
                foreach (var part in rest) pending.Enqueue(part);
                current = "/";
                continue;
            }
            current = next;
        }
        return current;
    }
}
