using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Reads and writes the HTTP facets of any exception the way Koa reads <c>err.status</c>, <c>err.statusCode</c>,
/// <c>err.expose</c> and <c>err.headers</c>: an <see cref="HttpError"/> carries them as properties, any other
/// exception in <see cref="Exception.Data"/>; Kestrel's <see cref="BadHttpRequestException"/> (a malformed body,
/// a body too large) brings its own status code.
/// </summary>
internal static class ErrorStatus
{
    /// <summary><c>err.status || err.statusCode</c>, as a number, or null.</summary>
    public static int? Of(Exception error) =>
        error is BadHttpRequestException bad ? bad.StatusCode : HttpErrors.GetStatus(error);

    /// <summary><c>err.expose</c>.</summary>
    public static bool Expose(Exception error) => HttpErrors.GetExpose(error);

    /// <summary><c>err.headers</c>.</summary>
    public static IDictionary<string, StringValues>? Headers(Exception error) => HttpErrors.GetHeaders(error);

    /// <summary><c>err.status = status</c>.</summary>
    public static void Set(Exception error, int status)
    {
        if (error is HttpError http) http.Status = status;
        else error.Data["status"] = status;
    }
}
