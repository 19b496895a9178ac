namespace Koa;

/// <summary>A body that is not valid JSON for <see cref="CoBody"/> (upstream's <c>SyntaxError</c>, answered as 400).</summary>
public sealed class JsonSyntaxException(string message) : FormatException(message);
