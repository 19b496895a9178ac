using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Koa.Docs.Tests;

/// <summary>
/// Compiles every sample in ONE Roslyn compilation (a complete program's top-level statements become the body of a
/// method in a namespace of its own, a snippet the body of <c>Snippet(app, ctx, next)</c>; <c>#line</c> directives map
/// errors back to the Markdown line). A sample with errors there is compiled again on its own, in its original form,
/// so that only its own, real errors are reported.
/// </summary>
public static class SampleCompiler
{
    /// <summary>The usings a snippet has in scope (the contract in HELPERS.md / tests/Docs.Tests/README.md).</summary>
    public static readonly string[] SnippetUsings =
        ["Koa", "System", "System.Collections.Generic", "System.Linq", "System.Threading.Tasks", "Microsoft.Extensions.Primitives"];

    // What `dotnet new console` (Microsoft.NET.Sdk, ImplicitUsings=enable) puts in scope of every file.
    private const string ImplicitUsings =
        "global using System;\nglobal using System.IO;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n" +
        "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Preview, DocumentationMode.None);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_references = new(LoadReferences);
    private static readonly Lazy<Result> s_all = new(() => Compile(MarkdownSamples.All));

    /// <summary>The outcome of one sample: its errors (empty when it compiles) and how to run it.</summary>
    public sealed record Outcome(IReadOnlyList<string> Errors, Func<MethodInfo?> Entry);

    /// <summary>The outcome of compiling every sample.</summary>
    public sealed record Result(IReadOnlyDictionary<string, Outcome> Samples, TimeSpan Elapsed, int CombinedCount);

    /// <summary>Every sample compiled (once per test run).</summary>
    public static Result All => s_all.Value;

    /// <summary>Compiles the given samples (one compilation for all, a separate one for each that fails there).</summary>
    public static Result Compile(IReadOnlyList<Sample> samples)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var wrapped = new Dictionary<Sample, SyntaxTree>();
        var standaloneOnly = new List<Sample>();
        for (var i = 0; i < samples.Count; i++)
        {
            var tree = Wrap(samples[i], i);
            if (tree is null)
            {
                standaloneOnly.Add(samples[i]);
            }
            else
            {
                wrapped[samples[i]] = tree;
            }
        }

        var implicitTree = CSharpSyntaxTree.ParseText(ImplicitUsings, s_parse, path: "ImplicitUsings.g.cs");
        var failing = new HashSet<Sample>();
        Assembly? combined = null;
        for (var attempt = 0; attempt < 3 && wrapped.Count > 0; attempt++)
        {
            var compilation = CreateCompilation("DocSamples", OutputKind.DynamicallyLinkedLibrary,
                wrapped.Where(kv => !failing.Contains(kv.Key)).Select(kv => kv.Value).Prepend(implicitTree));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0)
            {
                combined = Emit(compilation);
                break;
            }

            var byTree = wrapped.ToDictionary(kv => kv.Value, kv => kv.Key);
            var before = failing.Count;
            foreach (var error in errors)
            {
                if (error.Location.SourceTree is { } t && byTree.TryGetValue(t, out var sample))
                {
                    failing.Add(sample);
                }
            }

            if (failing.Count == before)
            {
                // Errors outside any sample (a missing reference …): every sample goes alone.
                failing.UnionWith(wrapped.Keys);
            }
        }

        var outcomes = new ConcurrentDictionary<string, Outcome>();
        foreach (var (sample, _) in wrapped)
        {
            if (combined is not null && !failing.Contains(sample))
            {
                var ns = Namespace(sample, samples);
                var asm = combined;
                outcomes[sample.Id] = new Outcome([], () => EntryOf(asm, ns, sample.Kind));
            }
        }

        foreach (var sample in failing.Concat(standaloneOnly).Concat(combined is null ? wrapped.Keys : []).Distinct())
        {
            outcomes[sample.Id] = CompileAlone(sample, implicitTree);
        }

        return new Result(outcomes, System.Diagnostics.Stopwatch.GetElapsedTime(started), wrapped.Count - failing.Count);
    }

    private static string Namespace(Sample sample, IReadOnlyList<Sample> samples)
    {
        for (var i = 0; i < samples.Count; i++)
        {
            if (ReferenceEquals(samples[i], sample))
            {
                return "__DocSample" + i;
            }
        }

        throw new InvalidOperationException(sample.Id);
    }

    private static MethodInfo? EntryOf(Assembly assembly, string ns, SampleKind kind)
    {
        if (kind == SampleKind.Snippet)
        {
            return assembly.GetType(ns + ".__Snippet")!.GetMethod("SnippetAsync");
        }

        return assembly.GetType(ns + ".__Program")?.GetMethod("RunAsync") ??
               assembly.GetTypes().Where(t => t.Namespace == ns)
                   .Select(t => t.GetMethod("Main", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                   .FirstOrDefault(m => m is not null);
    }

    private static Outcome CompileAlone(Sample sample, SyntaxTree implicitTree)
    {
        SyntaxTree tree;
        OutputKind kind;
        if (sample.Kind == SampleKind.Program)
        {
            tree = CSharpSyntaxTree.ParseText(Lined(sample.Code, sample), s_parse, path: sample.File);
            kind = OutputKind.ConsoleApplication;
        }
        else
        {
            tree = Wrap(sample, 0)!;
            kind = OutputKind.DynamicallyLinkedLibrary;
        }

        var compilation = CreateCompilation("DocSample", kind, [implicitTree, tree]);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).ToList();
        if (errors.Count > 0)
        {
            return new Outcome(errors, () => null);
        }

        var assembly = new Lazy<Assembly>(() => Emit(compilation));
        return new Outcome([], () => sample.Kind == SampleKind.Snippet
            ? EntryOf(assembly.Value, "__DocSample0", SampleKind.Snippet)
            : assembly.Value.EntryPoint);
    }

    private static string Format(Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: {d.Id}: {d.GetMessage()}";
    }

    private static string Lined(string code, Sample sample) =>
        $"#line {sample.CodeLine} \"{sample.File}\"\n{code}\n";

    // A program: usings stay on top; its statements become __Program.RunAsync(args); its types follow, all inside a
    // namespace of its own. Null when the program cannot be wrapped (namespaces, assembly attributes …).
    private static SyntaxTree? Wrap(Sample sample, int index)
    {
        var ns = "__DocSample" + index;
        var sb = new StringBuilder();
        if (sample.Kind == SampleKind.Snippet)
        {
            var (usings, body, bodyLine) = SplitSnippetUsings(sample);
            foreach (var u in SnippetUsings)
            {
                sb.Append("using ").Append(u).Append(";\n");
            }

            foreach (var (usingText, line) in usings)
            {
                sb.Append($"#line {line} \"{sample.File}\"\n").Append(usingText).Append('\n');
            }

            sb.Append("#line default\n");
            sb.Append($"namespace {ns} {{ public static class __Snippet {{\n");
            sb.Append("#pragma warning disable CS1998\n");
            sb.Append("public static async Task SnippetAsync(Application app, Context ctx, Func<Task> next) {\n");
            sb.Append($"#line {bodyLine} \"{sample.File}\"\n").Append(body).Append('\n');
            sb.Append("#line default\n}}}\n");
            return CSharpSyntaxTree.ParseText(sb.ToString(), s_parse, path: sample.File + ".g.cs");
        }

        var unit = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(sample.Code, s_parse).GetRoot();
        if (unit.AttributeLists.Count > 0 || unit.Externs.Count > 0 ||
            unit.Members.Any(m => m is BaseNamespaceDeclarationSyntax) ||
            unit.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
        {
            return null;
        }

        var text = unit.SyntaxTree.GetText();
        string Segment(SyntaxNode first, SyntaxNode last, out int line)
        {
            var start = text.Lines.GetLineFromPosition(first.SpanStart);
            line = sample.CodeLine + start.LineNumber;
            return text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start.Start, last.FullSpan.End));
        }

        if (unit.Usings.Count > 0)
        {
            sb.Append($"#line {sample.CodeLine + text.Lines.GetLineFromPosition(unit.Usings[0].SpanStart).LineNumber} \"{sample.File}\"\n");
            sb.Append(Segment(unit.Usings[0], unit.Usings[^1], out _)).Append('\n');
        }

        var statements = unit.Members.OfType<GlobalStatementSyntax>().ToList();
        var types = unit.Members.Where(m => m is not GlobalStatementSyntax).ToList();
        if (statements.Count > 0 && types.Count > 0 && types[0].SpanStart < statements[^1].SpanStart)
        {
            return null; // statements after types: let the compiler say so in the standalone compilation
        }

        sb.Append("#line default\n");
        sb.Append($"namespace {ns} {{\n");
        if (statements.Count > 0)
        {
            sb.Append("public static class __Program {\n#pragma warning disable CS1998\n");
            sb.Append("public static async Task RunAsync(string[] args) {\n");
            sb.Append($"#line {0} \"{sample.File}\"\n");
            var body = Segment(statements[0], statements[^1], out var line);
            sb.Replace("#line 0 ", $"#line {line} ");
            sb.Append(body).Append("\n#line default\n}}\n");
        }

        if (types.Count > 0)
        {
            var body = Segment(types[0], types[^1], out var line);
            sb.Append($"#line {line} \"{sample.File}\"\n").Append(body).Append("\n#line default\n");
        }

        sb.Append("}\n");
        return CSharpSyntaxTree.ParseText(sb.ToString(), s_parse, path: sample.File + ".g.cs");
    }

    // `using X;`, `using static X;` and `using A = B;` lines on top of a snippet are hoisted out of the method.
    private static (List<(string Text, int Line)> Usings, string Body, int BodyLine) SplitSnippetUsings(Sample sample)
    {
        var lines = sample.Code.Split('\n');
        var usings = new List<(string, int)>();
        var n = 0;
        for (; n < lines.Length; n++)
        {
            var l = lines[n].Trim();
            if (l.Length == 0 || l.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';') && !l.Contains('(') &&
                !l.StartsWith("using var ", StringComparison.Ordinal) &&
                (l.Split(' ').Length == 2 || l.StartsWith("using static ", StringComparison.Ordinal) || l.Contains(" = ")))
            {
                usings.Add((l, sample.CodeLine + n));
                lines[n] = "";
                continue;
            }

            break;
        }

        return (usings, string.Join('\n', lines), sample.CodeLine);
    }

    private static int s_assemblies;

    // Every emitted assembly is loaded into the default context, so each gets a name of its own.
    private static CSharpCompilation CreateCompilation(string name, OutputKind kind, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create($"{name}{Interlocked.Increment(ref s_assemblies)}", trees, s_references.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true, concurrentBuild: true, optimizationLevel: OptimizationLevel.Debug));

    private static Assembly Emit(CSharpCompilation compilation)
    {
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Select(Format)));
        }

        pe.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(pe);
    }

    // The ASP.NET Core shared framework, the base library and every KoaNet assembly this test was built with.
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        // xunit too: the KoaNet.Testing README shows tests.
        var koa = Directory.EnumerateFiles(AppContext.BaseDirectory, "KoaNet*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("KoaNet.Docs.Tests", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "xunit.*.dll")
                .Where(f => Path.GetFileName(f) is "xunit.assert.dll" or "xunit.core.dll" or "xunit.abstractions.dll"));
        return tpa.Where(IsFramework).Concat(koa)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();

        static bool IsFramework(string path)
        {
            var file = Path.GetFileName(path);
            var dir = Path.GetDirectoryName(path)!.Replace('\\', '/');
            return dir.Contains("/shared/Microsoft.NETCore.App/", StringComparison.Ordinal) ||
                   dir.Contains("/shared/Microsoft.AspNetCore.App/", StringComparison.Ordinal) ||
                   file.StartsWith("Microsoft.AspNetCore.TestHost", StringComparison.Ordinal);
        }
    }
}
