using Microsoft.Extensions.Logging;

namespace Koa;

/// <summary>Options of <see cref="Logger.Create(LoggerOptions?)"/>.</summary>
public sealed class LoggerOptions
{
    /// <summary>
    /// npm's <c>transporter</c>: receives each line (formatted, with colours when they are on) and the
    /// <c>console.log</c> arguments it was formatted from (the format string, then method, URL, status, time, length).
    /// When set, nothing is written to <see cref="Output"/>.
    /// </summary>
    /// <example><code>new LoggerOptions { Transporter = (line, args) => Debug.WriteLine(line) }</code></example>
    public Action<string, IReadOnlyList<object?>>? Transporter { get; init; }

    /// <summary>Writes through this logger (Information level, never coloured) instead of the console.</summary>
    /// <example><code>new LoggerOptions { Logger = loggerFactory.CreateLogger("http") }</code></example>
    public ILogger? Logger { get; init; }

    /// <summary>Where lines go when there is no transporter and no logger; default <see cref="Console.Out"/>.</summary>
    /// <example><code>new LoggerOptions { Output = Console.Error }</code></example>
    public TextWriter? Output { get; init; }

    /// <summary>
    /// ANSI colours (chalk's). <c>null</c> (default): on only when standard output is a terminal (and neither
    /// <c>NO_COLOR</c> nor <c>FORCE_COLOR=0</c> is set; <c>FORCE_COLOR</c> set otherwise forces them on).
    /// </summary>
    /// <example><code>new LoggerOptions { Colors = false }</code></example>
    public bool? Colors { get; init; }
}
