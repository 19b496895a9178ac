using System.Text;
using System.Text.Json.Nodes;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// <see cref="BodyParserOptions.Multipart"/>: koa-body's multipart behaviour over ASP.NET Core's MultipartReader —
/// fields into ctx.Request.Body, files into ctx.Request.Files as temp files deleted when the response ends, every
/// limit a 413, malformed bodies a 400, and files never forged from a JSON body (npm:koa-body:20180127).
/// </summary>
public sealed class MultipartTests : IDisposable
{
    private const string Boundary = "----KoaNetBoundary7MA4YWxkTrZu0gW";
    private readonly string _dir = Directory.CreateTempSubdirectory("koanet-multipart-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed record Seen(JsonNode? Body, List<(UploadedFile File, bool Existed, string Content)> Files);

    private Application App(List<Seen> seen, MultipartOptions? limits = null, bool multipart = true)
    {
        var app = new Application();
        app.Use(BodyParser.Create(new BodyParserOptions
        {
            Multipart = multipart,
            MultipartOptions = limits is null
                ? new MultipartOptions { UploadDirectory = _dir }
                : new MultipartOptions
                {
                    UploadDirectory = _dir, MaxFileSize = limits.MaxFileSize, MaxTotalFileSize = limits.MaxTotalFileSize,
                    MaxFiles = limits.MaxFiles, MaxFields = limits.MaxFields, MaxFieldsSize = limits.MaxFieldsSize,
                    KeepExtensions = limits.KeepExtensions,
                },
        }));
        app.Use(ctx =>
        {
            var files = ctx.Request.Files.Select(f => (f, File.Exists(f.FilePath), File.Exists(f.FilePath) ? File.ReadAllText(f.FilePath) : "")).ToList();
            seen.Add(new Seen(ctx.Request.Body as JsonNode, files));
            ctx.Body = new { fields = (ctx.Request.Body as JsonNode)?.DeepClone(), files = ctx.Request.Files.Count };
            return Task.CompletedTask;
        });
        return app;
    }

    private static string Part(string name, string value) =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

    private static string FilePart(string name, string fileName, string content, string type = "text/plain") =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: {type}\r\n\r\n{content}\r\n";

    private static string End => $"--{Boundary}--\r\n";

    private static TestRequest Post(Application app, string body, string? boundary = Boundary) => app.Request().Post("/upload")
        .Set("Content-Type", boundary is null ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary)
        .Send(Encoding.UTF8.GetBytes(body));

    private int FilesLeft => Directory.GetFiles(_dir).Length;

    [Fact(DisplayName = "fields go to ctx.Request.Body (repeated names as arrays), files to ctx.Request.Files")]
    public async Task Fields_and_files()
    {
        var seen = new List<Seen>();
        var body = Part("name", "Ada") + Part("tag", "a") + Part("tag", "b") + Part("tag", "c") + Part("é", "ü")
            + FilePart("avatar", "me.png", "PNGDATA", "image/png") + FilePart("docs", "a.txt", "first") + FilePart("docs", "b.txt", "second") + End;
        var res = await Post(App(seen), body).ExpectAsync(200);
        Assert.Equal("{\"fields\":{\"name\":\"Ada\",\"tag\":[\"a\",\"b\",\"c\"],\"é\":\"ü\"},\"files\":3}", res.Text);
        var files = seen[0].Files;
        Assert.Equal(["avatar", "docs", "docs"], files.Select(f => f.File.FieldName));
        Assert.Equal(["me.png", "a.txt", "b.txt"], files.Select(f => f.File.OriginalFileName));
        Assert.Equal(["image/png", "text/plain", "text/plain"], files.Select(f => f.File.MediaType));
        Assert.Equal([7L, 5L, 6L], files.Select(f => f.File.Size));
        Assert.All(files, f => Assert.True(f.Existed));
        Assert.Equal(["PNGDATA", "first", "second"], files.Select(f => f.Content));
        // crypto-random names in the upload directory, nothing of the client's name
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(f.File.FilePath)));
        Assert.All(files, f => Assert.Equal(_dir, Path.GetDirectoryName(f.File.FilePath)));
        Assert.Equal(0, FilesLeft); // deleted when the response ended
    }

    [Fact(DisplayName = "KeepExtensions keeps a plain extension, never a path")]
    public async Task Keep_extensions()
    {
        var seen = new List<Seen>();
        var body = FilePart("a", "photo.JPG", "x") + FilePart("b", "../../etc/passwd", "y") + FilePart("c", "x.tar.g%2fz", "z") + FilePart("d", "..\\..\\evil.exe", "w") + End;
        await Post(App(seen, new MultipartOptions { KeepExtensions = true }), body).ExpectAsync(200);
        var names = seen[0].Files.Select(f => Path.GetFileName(f.File.FilePath)).ToList();
        Assert.EndsWith(".JPG", names[0], StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{32}$", names[1]);
        Assert.Matches("^[0-9a-f]{32}$", names[2]);
        Assert.EndsWith(".exe", names[3], StringComparison.Ordinal);
        Assert.All(seen[0].Files, f => Assert.Equal(_dir, Path.GetDirectoryName(f.File.FilePath)));
        Assert.Equal("../../etc/passwd", seen[0].Files[1].File.OriginalFileName);
    }

    [Fact(DisplayName = "an empty file input (filename=\"\") is skipped")]
    public async Task Empty_file_input()
    {
        var seen = new List<Seen>();
        await Post(App(seen), Part("a", "1") + FilePart("f", "", "") + End).ExpectAsync(200, "{\"fields\":{\"a\":\"1\"},\"files\":0}");
    }

    [Fact(DisplayName = "multipart is off by default: the body is {} and nothing is read")]
    public async Task Off_by_default()
    {
        var seen = new List<Seen>();
        await Post(App(seen, multipart: false), FilePart("f", "a.txt", "x") + End).ExpectAsync(200, "{\"fields\":{},\"files\":0}");
        Assert.Equal(0, FilesLeft);
    }

    [Fact(DisplayName = "files can never be forged from a JSON body (npm:koa-body:20180127)")]
    public async Task No_forged_files()
    {
        var seen = new List<Seen>();
        await App(seen).Request().Post("/upload").Set("Content-Type", "application/json")
            .Send("{\"files\":{\"f\":{\"path\":\"/etc/passwd\",\"filepath\":\"/etc/passwd\"}},\"Files\":[{\"FilePath\":\"/etc/passwd\"}]}")
            .ExpectAsync(200);
        Assert.Empty(seen[0].Files);
    }

    [Fact(DisplayName = "a file over MaxFileSize is a 413 naming the limit; its temp file is deleted")]
    public async Task Max_file_size()
    {
        var seen = new List<Seen>();
        var res = await Post(App(seen, new MultipartOptions { MaxFileSize = 1000 }), FilePart("f", "big.bin", new string('x', 50_000)) + End).ExpectAsync(413);
        Assert.Contains("maxFileSize (1000 bytes) exceeded", res.Text, StringComparison.Ordinal);
        Assert.Empty(seen);
        Assert.Equal(0, FilesLeft);
    }

    [Fact(DisplayName = "files together over MaxTotalFileSize are a 413; every temp file is deleted")]
    public async Task Max_total_file_size()
    {
        var seen = new List<Seen>();
        var body = FilePart("a", "a", new string('x', 600)) + FilePart("b", "b", new string('x', 600)) + End;
        var res = await Post(App(seen, new MultipartOptions { MaxFileSize = 1000, MaxTotalFileSize = 1000 }), body).ExpectAsync(413);
        Assert.Contains("maxTotalFileSize (1000 bytes) exceeded", res.Text, StringComparison.Ordinal);
        Assert.Equal(0, FilesLeft);
    }

    [Fact(DisplayName = "more files than MaxFiles is a 413")]
    public async Task Max_files()
    {
        var seen = new List<Seen>();
        var body = string.Concat(Enumerable.Range(0, 5).Select(i => FilePart("f", "f" + i, "x"))) + End;
        var res = await Post(App(seen, new MultipartOptions { MaxFiles = 3 }), body).ExpectAsync(413);
        Assert.Contains("maxFiles (3) exceeded", res.Text, StringComparison.Ordinal);
        Assert.Equal(0, FilesLeft);
    }

    [Fact(DisplayName = "more fields than MaxFields is a 413 (1000 by default)")]
    public async Task Max_fields()
    {
        var seen = new List<Seen>();
        var body = string.Concat(Enumerable.Range(0, 1001).Select(i => Part("f" + i, "v"))) + End;
        var res = await Post(App(seen), body).ExpectAsync(413);
        Assert.Contains("maxFields (1000) exceeded", res.Text, StringComparison.Ordinal);
        await Post(App(seen), string.Concat(Enumerable.Range(0, 1000).Select(i => Part("f" + i, "v"))) + End).ExpectAsync(200);
    }

    [Fact(DisplayName = "field values over MaxFieldsSize are a 413")]
    public async Task Max_fields_size()
    {
        var seen = new List<Seen>();
        var res = await Post(App(seen, new MultipartOptions { MaxFieldsSize = 100 }), Part("a", new string('x', 60)) + Part("b", new string('x', 60)) + End).ExpectAsync(413);
        Assert.Contains("maxFieldsSize (100 bytes) exceeded", res.Text, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "malformed multipart bodies are a 400, never a crash")]
    [InlineData("no boundary")]
    [InlineData("long boundary")]
    [InlineData("no terminator")]
    [InlineData("garbage")]
    [InlineData("header flood")]
    [InlineData("huge header")]
    public async Task Malformed(string kind)
    {
        var seen = new List<Seen>();
        var app = App(seen);
        var res = kind switch
        {
            "no boundary" => await Post(app, Part("a", "1") + End, boundary: null).ExpectAsync(400),
            "long boundary" => await Post(app, Part("a", "1") + End, boundary: new string('b', 71)).ExpectAsync(400),
            "no terminator" => await Post(app, Part("a", "1") + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nxyz").ExpectAsync(400),
            "garbage" => await Post(app, new string('!', 100_000)).ExpectAsync(400),
            "header flood" => await Post(app, $"--{Boundary}\r\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"X-H{i}: v\r\n")) + "\r\nv\r\n" + End).ExpectAsync(400),
            _ => await Post(app, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"" + new string('n', 100_000) + "\"\r\n\r\nv\r\n" + End).ExpectAsync(400),
        };
        Assert.Empty(seen);
        Assert.Equal(0, FilesLeft);
        Assert.NotEmpty(res.Text);
    }

    [Fact(DisplayName = "a part that is not form-data, or has no name, is read and ignored")]
    public async Task Nameless_parts()
    {
        var seen = new List<Seen>();
        var body = $"--{Boundary}\r\nContent-Type: text/plain\r\n\r\nloose\r\n" + $"--{Boundary}\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\ny\r\n" + Part("a", "1") + End;
        await Post(App(seen), body).ExpectAsync(200, "{\"fields\":{\"a\":\"1\"},\"files\":0}");
    }

    [Fact(DisplayName = "100 KB of tiny parts is linear and bounded by MaxFields")]
    public async Task Many_tiny_parts()
    {
        var seen = new List<Seen>();
        var body = string.Concat(Enumerable.Repeat($"--{Boundary}\r\n\r\n\r\n", 3000)) + End;
        await Post(App(seen), body).ExpectAsync(413);
    }
}
