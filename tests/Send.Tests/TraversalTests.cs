using System.Net.Sockets;
using System.Text;
using Koa.Tests.Shared;

namespace Koa.Tests;

/// <summary>
/// Path traversal: ≥ 100 attempts to read a file outside the served folder, every one refused (400, 403 or 404 and
/// never the file), through the in-memory client and as raw bytes over real Kestrel. The folder served is
/// test/fixtures/world; the file the attempts aim at is its sibling test/fixtures/hello.txt ("world"), or
/// /etc/passwd. The table in docs/SECURITY.md is this list (written to traversal-table.md in the output folder).
/// </summary>
public sealed class TraversalTests
{
    [Fact(DisplayName = "public API matches the snapshot")]
    public void Public_api_matches_snapshot() => PublicApi.Verify(typeof(Send).Assembly);

    private static readonly string[] Dots = ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%2E.", "%c0%ae%c0%ae", "%e0%80%ae%e0%80%ae", "%u002e%u002e", "..%00"];
    private static readonly string[] Seps = ["/", "%2f", "%2F", "%5c", "%5C", "\\", "%c0%af", "%e0%80%af", "%c1%9c", "%25%32%66"];

    public static IReadOnlyList<string> Attempts()
    {
        var list = new List<string>();
        foreach (var dots in Dots)
            foreach (var sep in Seps)
                list.Add("/" + dots + sep + "hello.txt");
        foreach (var sep in new[] { "/", "%2f", "%5c", "\\" })
        {
            list.Add("/sub" + sep + ".." + sep + ".." + sep + "hello.txt");
            list.Add("/sub" + sep + "%2e%2e" + sep + "%2e%2e" + sep + "hello.txt");
            list.Add("/" + string.Concat(Enumerable.Repeat(".." + sep, 12)) + "etc" + sep + "passwd");
        }
        list.AddRange([
            "/..", "/%2e%2e", "/../", "/.%2e/", "/%252e%252e%252fhello.txt", "/%25%32%65%25%32%65/hello.txt",
            "/hello.txt%00", "/index.html%00.txt", "/%00../hello.txt", "/%00",
            "//etc/passwd", "/%2fetc%2fpasswd", "/%2Fetc/passwd", "/%5cetc%5cpasswd", "/\\etc\\passwd",
            "/C:%5cWindows%5cwin.ini", "/C:/Windows/win.ini", "/c%3a%5cwindows%5cwin.ini", "/C%3A%2Fetc%2Fpasswd",
            "/%5c%5cserver%5cshare%5cfile", "/%2f%2fserver%2fshare%2ffile", "/%5c%5c%3f%5cC:%5cwin.ini", "/\\\\server\\share",
            "/file%3a///etc/passwd", "/file:///etc/passwd", "/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/.../hello.txt", "/..;/hello.txt", "/%", "/%zz../hello.txt",
            "/%ed%a0%80../hello.txt", "/.hidden/../../hello.txt", "/%2e/%2e%2e/hello.txt", "/./../hello.txt",
        ]);
        return list;
    }

    private static Application App()
    {
        var app = new Application { Silent = true };
        app.Use(Static.Create("test/fixtures/world"));
        return app;
    }

    private static bool Refused(int status, string body) =>
        status is 400 or 403 or 404 && !body.Contains("world", StringComparison.Ordinal) && !body.Contains("root:", StringComparison.Ordinal);

    [Fact(DisplayName = "traversal › every attempt is refused (in memory and over Kestrel) and the table is written")]
    public async Task Every_attempt_refused()
    {
        var attempts = Attempts();
        Assert.True(attempts.Count >= 100, $"{attempts.Count} attempts");
        var app = App();
        await using var server = await app.ListenAsync(0, "127.0.0.1");
        var table = new StringBuilder("| # | request target | in memory | Kestrel |\n|---|---|---|---|\n");
        var failures = new StringBuilder();
        for (var i = 0; i < attempts.Count; i++)
        {
            var target = attempts[i];
            // TestServer's PathString refuses a %00 in the path before the app sees it (InvalidOperationException).
            string memoryStatus;
            try
            {
                var memory = await app.Request().Get(target).EndAsync();
                memoryStatus = memory.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!Refused(memory.Status, memory.Text)) failures.AppendLine($"in memory {target}: {memory.Status} {memory.Text}");
            }
            catch (InvalidOperationException)
            {
                memoryStatus = "test host refuses";
            }
            var (wireStatus, wireBody) = await RawGetAsync(server.Port, target);
            if (!Refused(wireStatus, wireBody)) failures.AppendLine($"Kestrel {target}: {wireStatus} {wireBody}");
            table.Append("| ").Append(i + 1).Append(" | `").Append(target.Replace("|", "\\|", StringComparison.Ordinal)).Append("` | ")
                .Append(memoryStatus).Append(" | ").Append(wireStatus).Append(" |\n");
        }
        await File.WriteAllTextAsync("traversal-table.md", table.ToString());
        Assert.True(failures.Length == 0, failures.ToString());
        // The control: the same server does serve its own files.
        Assert.Equal(200, (await RawGetAsync(server.Port, "/index.html")).Status);
    }

    private static async Task<(int Status, string Body)> RawGetAsync(int port, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var request = Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var space = response.IndexOf(' ', StringComparison.Ordinal);
        var status = space > 0 && response.Length >= space + 4 ? int.Parse(response.AsSpan(space + 1, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, split < 0 ? "" : response[(split + 4)..]);
    }

    [Fact(DisplayName = "traversal › ResolvePath refuses NUL, absolute paths, drive letters and UNC with 400, .. with 403")]
    public void ResolvePath_rules()
    {
        foreach (var path in new[] { "a\0b", "/etc/passwd", "\\etc", "C:\\x", "c:/x", "\\\\host\\share", "//host/share" })
            Assert.Equal(400, HttpErrors.GetStatus(Assert.ThrowsAny<Exception>(() => ResolvePath.Resolve("/srv", path))));
        foreach (var path in new[] { "..", "../x", "a/../../x", "a\\..\\..\\x", "..\\x", "a/..\\..", "x/../.." })
            Assert.Equal(403, HttpErrors.GetStatus(Assert.ThrowsAny<Exception>(() => ResolvePath.Resolve("/srv", path))));
        Assert.Equal("/srv/a/b", ResolvePath.Resolve("/srv", "a/./c/../b"));
        Assert.Equal("/srv/C:x", ResolvePath.Resolve("/srv", "C:x"));
    }

    [Fact(DisplayName = "traversal › a symbolic link leaving the root is refused when FollowSymlinksOutsideRoot is false")]
    public async Task Symlink_outside_root()
    {
        if (OperatingSystem.IsWindows()) return;
        var root = Directory.CreateTempSubdirectory("koanet-send-").FullName;
        var outside = Directory.CreateTempSubdirectory("koanet-secret-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), "secret");
            await File.WriteAllTextAsync(Path.Combine(root, "inside.txt"), "inside");
            File.CreateSymbolicLink(Path.Combine(root, "link.txt"), Path.Combine(outside, "secret.txt"));
            Directory.CreateSymbolicLink(Path.Combine(root, "dir"), outside);
            File.CreateSymbolicLink(Path.Combine(root, "ok.txt"), "inside.txt");

            var strict = new Application();
            strict.Use(Static.Create(root, new StaticOptions { FollowSymlinksOutsideRoot = false }));
            await strict.Request().Get("/link.txt").ExpectAsync(404);
            await strict.Request().Get("/dir/secret.txt").ExpectAsync(404);
            await strict.Request().Get("/ok.txt").ExpectAsync(200, "inside");

            var upstream = new Application();
            upstream.Use(Static.Create(root));
            await upstream.Request().Get("/link.txt").ExpectAsync(200, "secret");
        }
        finally
        {
            Directory.Delete(root, true);
            Directory.Delete(outside, true);
        }
    }
}
