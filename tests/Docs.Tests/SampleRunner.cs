using System.Reflection;
using System.Text;

namespace Koa.Docs.Tests;

/// <summary>
/// Runs a sample that states its output. A complete program is run (its <c>args</c> empty) and what it writes to the
/// console is compared with the text block. A snippet is run as the only middleware of a fresh
/// <see cref="Application"/>, a request (<c>GET /</c> unless the "Output" line names one in backticks, with any
/// backticked <c>Header: value</c>) is sent through the in-memory client, and the text block is compared with the
/// response when it starts with <c>HTTP/</c> (status line, the headers listed, and after a blank line the body),
/// with the console output otherwise.
/// </summary>
public static class SampleRunner
{
    private static readonly SemaphoreSlim s_console = new(1, 1);

    /// <summary>Runs the sample and returns what it printed (or answered) next to what it should have.</summary>
    public static async Task<(string Expected, string Actual)> RunAsync(Sample sample, MethodInfo entry)
    {
        var expected = Normalize(sample.Output!.Text);
        await s_console.WaitAsync();
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(TextWriter.Synchronized(captured));
        try
        {
            if (sample.Kind == SampleKind.Program)
            {
                var args = entry.GetParameters().Length == 1 ? new object?[] { Array.Empty<string>() } : [];
                var result = entry.Invoke(null, args);
                if (result is Task task)
                {
                    await task.WaitAsync(TimeSpan.FromSeconds(20));
                }

                return (expected, Normalize(captured.ToString()));
            }

            var snippet = entry.CreateDelegate<Func<Application, Context, Func<Task>, Task>>();
            var app = new Application();
            app.Use((ctx, next) => snippet(app, ctx, next));
            var request = app.Request().Method(sample.Output.Method, sample.Output.Path);
            foreach (var (name, value) in sample.Output.Headers)
            {
                request = request.Set(name, value);
            }

            var response = await request.Timeout(TimeSpan.FromSeconds(20)).EndAsync();
            if (!expected.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                return (expected, Normalize(captured.ToString()));
            }

            return (expected, Describe(response, expected));
        }
        finally
        {
            Console.SetOut(original);
            s_console.Release();
        }
    }

    // The response in the shape of the expected text: its status line, the headers the text lists (in its order),
    // and the body when the text has one.
    private static string Describe(TestResponse response, string expected)
    {
        var lines = expected.Split('\n');
        var sb = new StringBuilder();
        sb.Append("HTTP/1.1 ").Append(response.Status);
        var reason = string.IsNullOrEmpty(response.StatusMessage)
            ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(response.Status)
            : response.StatusMessage;
        if (reason.Length > 0)
        {
            sb.Append(' ').Append(reason);
        }

        var i = 1;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':');
            var name = colon > 0 ? lines[i][..colon] : lines[i];
            sb.Append('\n').Append(name).Append(": ").Append(response.Header(name) ?? "(absent)");
        }

        if (i < lines.Length)
        {
            sb.Append("\n\n").Append(Normalize(response.Text));
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n', ' ');
}
