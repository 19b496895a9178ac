namespace Koa;

/// <summary>
/// What upstream returns as a plain <c>Error</c> for a known status outside 4xx/5xx (<c>createError(302)</c>:
/// message <c>"Found"</c>, status 302, expose true). Internal: it is seen as an <see cref="HttpError"/>.
/// </summary>
internal sealed class PlainHttpError(int status, string message) : HttpError(status, message);
