using System.IO.Pipelines;
using System.Text;

namespace Koa.Examples.Streams;

/// <summary>
/// Stream bodies (koajs/examples "stream-*"): <c>/numbers</c> streams lines as they are produced through a
/// <see cref="Pipe"/>, <c>/file</c> streams a file as an attachment; both go out chunked, without buffering,
/// and are disposed when the response ends or the client goes away.
/// </summary>
public static class Program
{
    /// <summary>The application; <c>/file</c> serves <paramref name="file"/> (this program's assembly by default).</summary>
    public static Application Build(string? file = null)
    {
        file ??= typeof(Program).Assembly.Location;
        var app = new Application();
        app.Use(ctx =>
        {
            switch (ctx.Path)
            {
                case "/numbers":
                    var pipe = new Pipe();
                    _ = ProduceAsync(pipe.Writer, ctx.RequestAborted);
                    ctx.Type = "text";
                    ctx.Body = pipe.Reader;
                    break;
                case "/file":
                    ctx.Attachment(Path.GetFileName(file));
                    ctx.Body = File.OpenRead(file);
                    break;
            }
            return Task.CompletedTask;
        });
        return app;
    }

    private static async Task ProduceAsync(PipeWriter writer, CancellationToken aborted)
    {
        try
        {
            for (var i = 1; i <= 10; i++)
            {
                await writer.WriteAsync(Encoding.UTF8.GetBytes($"{i}\n"), aborted);
                await Task.Delay(10, aborted);
            }
            await writer.CompleteAsync();
        }
        catch (OperationCanceledException error)
        {
            await writer.CompleteAsync(error);
        }
    }

    public static async Task Main(string[] args)
    {
        var port = args.Length > 0 && int.TryParse(args[0], out var given) ? given : 3000;
        await using var server = await Build().ListenAsync(port);
        Console.WriteLine($"listening on http://localhost:{server.Port}/ (Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
    }
}
