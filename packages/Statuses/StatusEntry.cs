namespace Koa;

/// <summary>A known HTTP status: its code and its message, as <see cref="Statuses.Parse(string)"/> finds them.</summary>
/// <param name="Code">The status code, e.g. <c>403</c>.</param>
/// <param name="Message">The status message exactly as upstream spells it, e.g. <c>"Forbidden"</c>.</param>
/// <example>
/// <code>
/// var (code, message) = Statuses.Parse("forbidden");   // (403, "Forbidden")
/// </code>
/// </example>
public readonly record struct StatusEntry(int Code, string Message);
