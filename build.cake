// Koa for .NET build script. Usage: dotnet tool restore && dotnet cake --target=<Target>
//   Build  – compile everything (warnings are errors)
//   Test   – run every test project with coverage; prints a per-package line-coverage table and "N passed, N failed"
//   Pack   – one .nupkg (+ .snupkg) per package into artifacts/packages
//   Bench  – BenchmarkDotNet package benchmarks and the HTTP suite against Node Koa (see benchmarks/README.md)
//   Conformance – regenerate the conformance fixtures with node (npm ci in tests/conformance)
#nullable enable
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var filter = Argument("filter", "");
var root = MakeAbsolute(Directory("."));
var artifacts = root.Combine("artifacts");
var solution = root.CombineWithFilePath("KoaNet.slnx");

Task("Clean").Does(() =>
{
    CleanDirectory(artifacts);
});

Task("Restore").Does(() =>
{
    DotNetRestore(solution.FullPath);
});

Task("Build").IsDependentOn("Restore").Does(() =>
{
    DotNetBuild(solution.FullPath, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
        MSBuildSettings = new DotNetMSBuildSettings().SetContinuousIntegrationBuild(true),
    });
});

// The browser tests (tests/Todo.Tests) drive Debian's chromium through chromedriver: install them when missing and
// we may (root, apt-get present). Otherwise those tests are skipped and say why.
Task("Browser").Does(() =>
{
    if (System.IO.File.Exists("/usr/bin/chromium") && System.IO.File.Exists("/usr/bin/chromedriver")) return;
    if (!IsRunningOnLinux() || Environment.UserName != "root" || !System.IO.File.Exists("/usr/bin/apt-get"))
    {
        Warning("chromium/chromedriver missing and not root: the browser tests will be skipped (apt-get install -y chromium chromium-driver)");
        return;
    }
    var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
    var install = new ProcessSettings { Arguments = "install -y --no-install-recommends chromium chromium-driver", EnvironmentVariables = env };
    if (StartProcess("apt-get", install) != 0)
    {
        StartProcess("apt-get", new ProcessSettings { Arguments = "update", EnvironmentVariables = env });
        if (StartProcess("apt-get", install) != 0)
            Warning("apt-get could not install chromium: the browser tests will be skipped");
    }
});

Task("Test").IsDependentOn("Build").IsDependentOn("Browser").Does(() =>
{
    var results = artifacts.Combine("test-results");
    EnsureDirectoryExists(results);
    CleanDirectory(results);
    var failedProjects = new List<string>();
    foreach (var project in GetFiles("./tests/**/*.Tests.csproj").OrderBy(p => p.FullPath))
    {
        var name = project.GetFilenameWithoutExtension().ToString().Replace(".Tests", "");
        var settings = new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            Collectors = new[] { "XPlat Code Coverage" },
            ResultsDirectory = results.Combine(name),
            Loggers = new[] { $"trx;LogFileName={name}.trx", "console;verbosity=minimal" },
        };
        if (!string.IsNullOrEmpty(filter)) settings.Filter = filter;
        try
        {
            DotNetTest(project.FullPath, settings);
        }
        catch (Exception e)
        {
            Error($"{name}: {e.Message}");
            failedProjects.Add(name);
        }
    }

    int passed = 0, failed = 0, skipped = 0;
    var rows = new List<(string Name, int Passed, int Failed, string Coverage)>();
    foreach (var dir in GetDirectories(results.FullPath + "/*").OrderBy(d => d.FullPath))
    {
        var name = dir.GetDirectoryName();
        int p = 0, f = 0;
        foreach (var trx in GetFiles(dir.FullPath + "/*.trx"))
        {
            var counters = XDocument.Load(trx.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
            p += (int)counters.Attribute("passed")!;
            f += (int)counters.Attribute("failed")! + (int)counters.Attribute("error")! + (int)counters.Attribute("timeout")! + (int)counters.Attribute("aborted")!;
            skipped += (int)counters.Attribute("notExecuted")!;
        }
        passed += p; failed += f;
        var assembly = name == "Koa" ? "KoaNet" : "KoaNet." + name;
        var coverage = "-";
        var cobertura = GetFiles(dir.FullPath + "/**/coverage.cobertura.xml").FirstOrDefault();
        if (cobertura != null)
        {
            var package = XDocument.Load(cobertura.FullPath).Descendants("package").FirstOrDefault(e => (string?)e.Attribute("name") == assembly);
            if (package != null)
            {
                var lines = package.Descendants("line").Select(l => ((string)l.Parent!.Parent!.Attribute("filename")!, (int)l.Attribute("number")!, (int)l.Attribute("hits")! > 0))
                    .GroupBy(l => (l.Item1, l.Item2)).Select(g => g.Any(x => x.Item3)).ToList();
                coverage = lines.Count == 0 ? "-" : $"{100.0 * lines.Count(c => c) / lines.Count:0.0}% ({lines.Count(c => c)}/{lines.Count} lines)";
            }
        }
        rows.Add((name, p, f, coverage));
    }

    Console.WriteLine();
    Console.WriteLine($"{"project",-20} {"passed",7} {"failed",7}  line coverage of the package");
    foreach (var row in rows)
        Console.WriteLine($"{row.Name,-20} {row.Passed,7} {row.Failed,7}  {row.Coverage}");
    // One counting rule (.ci/run echoes this line): failed = failed + error + timeout + aborted results of every TRX,
    // plus one for each project whose test run failed without a failing result (a test host that crashed, a run
    // that wrote no TRX).
    foreach (var name in failedProjects.Where(n => !rows.Any(r => r.Name == n && r.Failed > 0)))
    {
        Error($"{name}: the test run failed without a failing test result (test host crashed?): counted as 1 failed");
        failed++;
    }

    Console.WriteLine();
    if (skipped > 0) Console.WriteLine($"{skipped} skipped");
    Console.WriteLine($"{passed} passed, {failed} failed");
    if (failed > 0 || failedProjects.Count > 0)
        throw new Exception($"Tests failed in: {string.Join(", ", failedProjects)}");
});

Task("Pack").IsDependentOn("Build").Does(() =>
{
    var output = artifacts.Combine("packages");
    EnsureDirectoryExists(output);
    CleanDirectory(output);
    foreach (var project in GetFiles("./packages/*/*.csproj").OrderBy(p => p.FullPath))
    {
        DotNetPack(project.FullPath, new DotNetPackSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            OutputDirectory = output,
            MSBuildSettings = new DotNetMSBuildSettings().SetContinuousIntegrationBuild(true),
        });
    }
    foreach (var package in GetFiles(output.FullPath + "/*.nupkg"))
        Information(package.GetFilename().ToString());
});

Task("Conformance").Does(() =>
{
    var dir = root.Combine("tests/conformance");
    StartProcessOrFail("npm", new ProcessSettings { Arguments = "ci --no-audit --no-fund", WorkingDirectory = dir });
    StartProcessOrFail("node", new ProcessSettings { Arguments = "generate.js", WorkingDirectory = dir });
});

Task("Bench").IsDependentOn("Build").Does(() =>
{
    var script = root.CombineWithFilePath("benchmarks/run.sh");
    StartProcessOrFail("bash", new ProcessSettings { Arguments = $"{script.FullPath} {filter}", WorkingDirectory = root });
});

void StartProcessOrFail(string tool, ProcessSettings settings)
{
    var exit = StartProcess(tool, settings);
    if (exit != 0) throw new Exception($"{tool} {settings.Arguments?.Render()} exited with {exit}");
}

RunTarget(target);
