using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Koa;

/// <summary>
/// Development-style request logging: a port of the npm package koa-logger 4.0.0. Logs <c>&lt;-- GET /path</c> when a
/// request comes in and <c>--&gt; GET /path 200 5ms 11b</c> when its response has finished (<c>-x-</c> when the
/// connection closed first, <c>xxx</c> when downstream threw).
/// </summary>
public static class Logger
{
    /// <summary>Creates the logging middleware.</summary>
    /// <param name="options">Where to write and whether to colour; <c>null</c> for the console.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Logger.Create());</code></example>
    public static Func<Context, Func<Task>, Task> Create(LoggerOptions? options = null)
    {
        options ??= new LoggerOptions();
        var print = Printer(options);
        var palette = options.Logger is not null ? Palette.Plain : (options.Colors ?? DetectColors()) ? Palette.Ansi : Palette.Plain;
        var requestFormat = "  " + palette.Gray("<--") + " " + palette.Bold("%s") + " " + palette.Gray("%s");

        return async (ctx, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            var method = ctx.Method;
            var url = ctx.OriginalUrl;
            print([requestFormat, method, url]);

            try
            {
                await next().ConfigureAwait(false);
            }
            catch (Exception error)
            {
                // log uncaught downstream errors
                Log(print, palette, method, url, StatusOf(error), start, null, error: true, closed: false);
                throw;
            }

            // The context is detached once the response is sent (a late use throws), so the line is written when the
            // middleware chain has finished, with the status and length it left.
            var status = ctx.Status;
            Log(print, palette, method, url, status == 0 ? 404 : status, start, ctx.Length, error: false, ctx.RequestAborted.IsCancellationRequested);
        };
    }

    /// <summary>npm's <c>logger(transporter)</c>: every line goes to <paramref name="transporter"/>.</summary>
    /// <param name="transporter">Receives the formatted line and the arguments it was formatted from.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Logger.Create((line, args) => lines.Add(line)));</code></example>
    public static Func<Context, Func<Task>, Task> Create(Action<string, IReadOnlyList<object?>> transporter)
    {
        ArgumentNullException.ThrowIfNull(transporter);
        return Create(new LoggerOptions { Transporter = transporter });
    }

    /// <summary>Writes each line through <paramref name="logger"/> at Information level, without colours.</summary>
    /// <param name="logger">The logger.</param>
    /// <returns>The middleware.</returns>
    /// <example><code>app.Use(Logger.Create(loggerFactory.CreateLogger("http")));</code></example>
    public static Func<Context, Func<Task>, Task> Create(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return Create(new LoggerOptions { Logger = logger });
    }

    private static readonly Action<ILogger, string, string, Exception?> RequestLine =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(1, "Request"), "<-- {Method} {Url}");

    private static readonly Action<ILogger, string, string, string, int, string, string, Exception?> ResponseLine =
        LoggerMessage.Define<string, string, string, int, string, string>(LogLevel.Information, new EventId(2, "Response"), "{Upstream} {Method} {Url} {Status} {Time} {Length}");

    private static Action<object?[]> Printer(LoggerOptions options)
    {
        if (options.Transporter is { } transporter)
            return args => transporter(Format(args), args);
        if (options.Logger is { } logger)
        {
            return args =>
            {
                if (!logger.IsEnabled(LogLevel.Information)) return;
                if (args.Length == 3)
                    RequestLine(logger, (string)args[1]!, (string)args[2]!, null);
                else
                    ResponseLine(logger, ((string)args[0]!).AsSpan().Trim().Slice(0, 3).ToString(), (string)args[1]!, (string)args[2]!, (int)args[3]!, (string)args[4]!, (string)args[5]!, null);
            };
        }

        var output = options.Output;
        return args =>
        {
            var line = Format(args);
            var writer = output ?? Console.Out;
            lock (writer)
                writer.WriteLine(line);
        };
    }

    // util.format for the %s-only format strings used here.
    internal static string Format(IReadOnlyList<object?> args)
    {
        var format = (string)args[0]!;
        var sb = new StringBuilder(format.Length + 32);
        var next = 1;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '%' && i + 1 < format.Length && format[i + 1] == 's' && next < args.Count)
            {
                sb.Append(Convert.ToString(args[next++], CultureInfo.InvariantCulture));
                i++;
            }
            else
            {
                sb.Append(format[i]);
            }
        }

        return sb.ToString();
    }

    private static int StatusOf(Exception error) =>
        error is HttpError http ? http.Status : error.Data["status"] is int status and > 0 ? status : 500;

    private static void Log(Action<object?[]> print, Palette palette, string method, string url, int status, long start, long? length, bool error, bool closed)
    {
        var s = status / 100;
        var color = (s > 7 ? 0 : s) switch
        {
            7 => Palette.MagentaCode,
            5 => Palette.RedCode,
            4 => Palette.YellowCode,
            3 => Palette.CyanCode,
            2 or 1 => Palette.GreenCode,
            _ => Palette.YellowCode,
        };
        var formattedLength = status is 204 or 205 or 304 ? string.Empty
            : length is { } n && n != 0 ? Bytes(n).ToLowerInvariant()
            : "-";
        var upstream = error ? palette.Red("xxx") : closed ? palette.Yellow("-x-") : palette.Gray("-->");
        var format = "  " + upstream + " " + palette.Bold("%s") + " " + palette.Gray("%s") + " " + palette.Paint(color, "%s") + " " +
            palette.Gray("%s") + " " + palette.Gray("%s");
        print([format, method, url, status, Time(start), formattedLength]);
    }

    /// <summary>The response time: milliseconds under ten seconds, else seconds; thousands separated (humanize-number).</summary>
    internal static string Time(long start)
    {
        var delta = (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return Humanize(delta < 10000 ? delta.ToString(CultureInfo.InvariantCulture) + "ms" : Math.Round(delta / 1000.0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "s");
    }

    // humanize-number 0.0.2: commas between groups of three digits of the integer part.
    internal static string Humanize(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits <= 3) return text;
        var sb = new StringBuilder(text.Length + digits / 3);
        for (var i = 0; i < digits; i++)
        {
            if (i > 0 && (digits - i) % 3 == 0) sb.Append(',');
            sb.Append(text[i]);
        }

        return sb.Append(text, digits, text.Length - digits).ToString();
    }

    // koa-logger: bytes(length).toLowerCase(), bytes 3.1.2's format (KoaNet.Bytes).
    internal static string Bytes(long value) => Koa.Bytes.Format(value)!;

    private static bool DetectColors()
    {
        if (Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 }) return false;
        if (Environment.GetEnvironmentVariable("FORCE_COLOR") is { } force)
            return force is not ("0" or "false");
        return !Console.IsOutputRedirected;
    }

    private sealed class Palette(bool ansi)
    {
        public const int RedCode = 31, GreenCode = 32, YellowCode = 33, MagentaCode = 35, CyanCode = 36, GrayCode = 90;
        public static readonly Palette Plain = new(false);
        public static readonly Palette Ansi = new(true);

        public string Paint(int code, string text) => ansi ? $"\u001b[{code}m{text}\u001b[39m" : text;
        public string Gray(string text) => Paint(GrayCode, text);
        public string Red(string text) => Paint(RedCode, text);
        public string Yellow(string text) => Paint(YellowCode, text);
        public string Bold(string text) => ansi ? $"\u001b[1m{text}\u001b[22m" : text;
    }
}
