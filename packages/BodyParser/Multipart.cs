using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Koa;

/// <summary>
/// Limits and storage of <c>multipart/form-data</c> parsing (<see cref="BodyParserOptions.Multipart"/>), with
/// formidable 3's defaults (what koa-body passes on). Every limit crossed is a 413 with a message naming it, raised as
/// soon as it is crossed (the rest of the body is not read); a malformed body is a 400.
/// </summary>
public sealed class MultipartOptions
{
    /// <summary>The largest file, in bytes. Default 200 MB (formidable's <c>maxFileSize</c>).</summary>
    public long MaxFileSize { get; init; } = 200L * 1024 * 1024;

    /// <summary>All files together, in bytes. Default: <see cref="MaxFileSize"/> (formidable's <c>maxTotalFileSize</c>).</summary>
    public long? MaxTotalFileSize { get; init; }

    /// <summary>The most files. Default unlimited (formidable's <c>maxFiles</c>: Infinity).</summary>
    public int? MaxFiles { get; init; }

    /// <summary>The most fields (non-file parts). Default 1000 (formidable's <c>maxFields</c>).</summary>
    public int MaxFields { get; init; } = 1000;

    /// <summary>All field values together, in bytes. Default 20 MB (formidable's <c>maxFieldsSize</c>).</summary>
    public long MaxFieldsSize { get; init; } = 20L * 1024 * 1024;

    /// <summary>Where uploaded files are written. Default <see cref="Path.GetTempPath"/> (formidable's <c>uploadDir</c>: os.tmpdir()).</summary>
    public string? UploadDirectory { get; init; }

    /// <summary>Keep the original file's extension on the temp file's random name. Default false (formidable's <c>keepExtensions</c>).</summary>
    public bool KeepExtensions { get; init; }
}

/// <summary>A file received in a <c>multipart/form-data</c> body (koa-body's <c>ctx.request.files</c> entry).</summary>
public sealed class UploadedFile
{
    /// <summary>The form field's name.</summary>
    public required string FieldName { get; init; }

    /// <summary>The file name the client sent (untrusted: never use it as a path).</summary>
    public required string OriginalFileName { get; init; }

    /// <summary>The part's <c>Content-Type</c> as sent (untrusted), or <c>application/octet-stream</c>.</summary>
    public required string MediaType { get; init; }

    /// <summary>The size in bytes.</summary>
    public required long Size { get; init; }

    /// <summary>The temp file holding the content: a crypto-random name in <see cref="MultipartOptions.UploadDirectory"/>, deleted when the response ends.</summary>
    public required string FilePath { get; init; }
}

internal static class MultipartBody
{
    private const int MaxBoundaryLength = 70; // RFC 2046

    public static async Task ReadAsync(Context ctx, string contentType, MultipartOptions o)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 } boundary)
            throw Error(400, "bad content-type header, no multipart boundary", "multipart.boundary");
        if (boundary.Length > MaxBoundaryLength)
            throw Error(400, $"multipart boundary longer than {MaxBoundaryLength} characters", "multipart.boundary");

        var maxTotal = o.MaxTotalFileSize ?? o.MaxFileSize;
        var dir = o.UploadDirectory ?? Path.GetTempPath();
        var fields = new JsonObject();
        var files = new List<UploadedFile>();
        var written = new List<string>();
        // the temp files go when the response ends (the callback holds the paths, never the context)
        ctx.Res.OnCompleted(static state =>
        {
            DeleteAll((List<string>)state);
            return Task.CompletedTask;
        }, written);

        var reader = new MultipartReader(boundary, ctx.Req.Body) { BodyLengthLimit = null };
        var fieldCount = 0;
        long fieldsSize = 0;
        long totalFileSize = 0;
        var buffer = new byte[16 * 1024];
        var ct = ctx.RequestAborted;
        try
        {
            while (await reader.ReadNextSectionAsync(ct).ConfigureAwait(false) is { } section)
            {
                ContentDispositionHeaderValue? disposition = null;
                if (section.ContentDisposition is { } cd) ContentDispositionHeaderValue.TryParse(cd, out disposition);
                var name = disposition is not null && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
                    : null;
                var fileName = disposition is null ? null : (disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null);

                if (fileName is not null && name is not null)
                {
                    if (fileName.Length == 0)
                    {
                        // an empty file input: browsers send filename="" and no content
                        await DrainAsync(section.Body, buffer, o.MaxFileSize, ct).ConfigureAwait(false);
                        continue;
                    }
                    if (o.MaxFiles is { } maxFiles && files.Count >= maxFiles)
                        throw Error(413, $"options.maxFiles ({maxFiles}) exceeded", "multipart.maxFiles");
                    var ext = o.KeepExtensions ? SafeExtension(fileName) : "";
                    var path = Path.Combine(dir, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + ext);
                    written.Add(path);
                    long size = 0;
                    await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
                    {
                        int read;
                        while ((read = await section.Body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                        {
                            size += read;
                            totalFileSize += read;
                            if (size > o.MaxFileSize)
                                throw Error(413, $"options.maxFileSize ({o.MaxFileSize} bytes) exceeded, received {size} bytes of file data", "multipart.maxFileSize");
                            if (totalFileSize > maxTotal)
                                throw Error(413, $"options.maxTotalFileSize ({maxTotal} bytes) exceeded, received {totalFileSize} bytes of file data", "multipart.maxTotalFileSize");
                            await file.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                        }
                    }
                    files.Add(new UploadedFile
                    {
                        FieldName = name,
                        OriginalFileName = fileName,
                        MediaType = section.ContentType is { Length: > 0 } type ? type : "application/octet-stream",
                        Size = size,
                        FilePath = path,
                    });
                    continue;
                }

                // a field (or a part that is not form-data: read within the same limits, then ignored)
                if (++fieldCount > o.MaxFields)
                    throw Error(413, $"options.maxFields ({o.MaxFields}) exceeded", "multipart.maxFields");
                using var value = new MemoryStream();
                int n;
                while ((n = await section.Body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                {
                    fieldsSize += n;
                    if (fieldsSize > o.MaxFieldsSize)
                        throw Error(413, $"options.maxFieldsSize ({o.MaxFieldsSize} bytes) exceeded, received {fieldsSize} bytes of field data", "multipart.maxFieldsSize");
                    value.Write(buffer, 0, n);
                }
                if (name is null) continue;
                var text = Encoding.UTF8.GetString(value.GetBuffer(), 0, (int)value.Length);
                if (fields.TryGetPropertyValue(name, out var existing))
                {
                    if (existing is JsonArray array) array.Add((JsonNode)JsonValue.Create(text));
                    else fields[name] = new JsonArray(existing!.DeepClone(), JsonValue.Create(text));
                }
                else fields[name] = text;
            }
        }
        catch (HttpError)
        {
            DeleteAll(written);
            throw;
        }
        catch (InvalidDataException ex)
        {
            DeleteAll(written);
            throw Error(400, "malformed multipart body: " + ex.Message, "multipart.invalid");
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            DeleteAll(written);
            if (ct.IsCancellationRequested || ex is not IOException { Message: var m } || !m.StartsWith("Unexpected end of Stream", StringComparison.Ordinal))
            {
                var aborted = Error(400, "request aborted", "request.aborted");
                aborted.Properties["code"] = "ECONNABORTED";
                throw aborted;
            }
            throw Error(400, "malformed multipart body: unexpected end of the body", "multipart.invalid");
        }
        ctx.Request.Body = fields;
        ctx.Features.Get<BodyParserFeature>()!.Files = files;
    }

    private static async Task DrainAsync(Stream body, byte[] buffer, long max, CancellationToken ct)
    {
        long size = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            size += read;
            if (size > max) throw Error(413, $"options.maxFileSize ({max} bytes) exceeded, received {size} bytes of file data", "multipart.maxFileSize");
        }
    }

    // the client's extension, kept only when it is short and plain (never a path)
    private static string SafeExtension(string fileName)
    {
        var ext = Path.GetExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        if (ext.Length is < 2 or > 16) return "";
        foreach (var c in ext.AsSpan(1)) if (!char.IsAsciiLetterOrDigit(c)) return "";
        return ext;
    }

    private static void DeleteAll(List<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        paths.Clear();
    }

    private static HttpError Error(int status, string message, string type) =>
        HttpErrors.Create(status, message, new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = type });
}
