using Koa;

namespace Koa.Benchmarks.Http;

/// <summary>
/// The serving scenarios of the HTTP benchmark (issue 14), mirrored by benchmarks/http/server.js: koa-static over a
/// folder of a 1 KB, a 100 KB and a 10 MB file (static-1k, static-100k, static-10m), and koa-compress over a JSON
/// body of 200 items (compress-json, requested with <c>Accept-Encoding: gzip, deflate, br</c>: both answer br).
/// </summary>
internal static class ServingScenarios
{
    public static readonly string[] Names = ["static-1k", "static-100k", "static-10m", "compress-json"];

    private static readonly object[] Items = Enumerable.Range(0, 200).Select(i => new { id = i, name = "item " + i, done = i % 2 == 0 }).ToArray<object>();

    /// <summary>The folder both servers serve: os.tmpdir()/koanet-bench-static, files of byte i % 251.</summary>
    public static string Root { get; } = CreateRoot();

    public static (string Target, (string Name, string Value)[] Headers) RequestOf(string scenario) => scenario switch
    {
        "compress-json" => ("/", [("Accept-Encoding", "gzip, deflate, br")]),
        _ => ("/" + scenario["static-".Length..] + ".bin", []),
    };

    public static bool TryUse(Application app, string scenario)
    {
        if (scenario.StartsWith("static-", StringComparison.Ordinal))
        {
            app.Use(Static.Create(Root));
            return true;
        }
        if (scenario == "compress-json")
        {
            app.Use(Compress.Create());
            app.Use(ctx =>
            {
                ctx.Body = Items;
                return Task.CompletedTask;
            });
            return true;
        }
        return false;
    }

    private static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "koanet-bench-static");
        Directory.CreateDirectory(root);
        foreach (var (name, size) in new[] { ("1k", 1024), ("100k", 100 * 1024), ("10m", 10 * 1024 * 1024) })
        {
            var file = Path.Combine(root, name + ".bin");
            if (File.Exists(file) && new FileInfo(file).Length == size) continue;
            var bytes = new byte[size];
            for (var i = 0; i < size; i++) bytes[i] = (byte)(i % 251);
            File.WriteAllBytes(file, bytes);
        }
        return root;
    }
}
