using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// The abstract base of every HTTP error (upstream <c>createError.HttpError</c>): an exception with a
/// <see cref="Status"/>, whether its message may be shown to the client (<see cref="Expose"/>), response
/// <see cref="Headers"/> and free-form <see cref="Properties"/>. Like upstream it cannot be constructed itself:
/// create one with <see cref="HttpErrors.Create(int, string?, IReadOnlyDictionary{string, object?}?)"/> or a
/// subclass such as <see cref="NotFoundError"/>.
/// </summary>
/// <example>
/// <code>
/// try { throw new NotFoundError("no such user"); }
/// catch (HttpError err) { Console.WriteLine($"{err.Status} {err.Message} expose={err.Expose}"); }   // 404 no such user expose=True
/// </code>
/// </example>
public abstract class HttpError : Exception
{
    private string? _message;
    private Dictionary<string, StringValues>? _headers;
    private Dictionary<string, object?>? _properties;

    /// <summary>
    /// Creates an HTTP error with a status; <see cref="Expose"/> starts as <c>status &lt; 500</c> and the message
    /// defaults to the status message (for an unknown status, <c>"Bad Request"</c> below 500, else
    /// <c>"Internal Server Error"</c>, the messages of the classes upstream falls back to).
    /// </summary>
    /// <param name="status">The HTTP status, e.g. <c>402</c>.</param>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example>
    /// <code>
    /// public sealed class QuotaExceededError(string? message = null) : HttpError(429, message);
    /// </code>
    /// </example>
    protected HttpError(int status, string? message = null, Exception? innerException = null)
        : base(message ?? Statuses.GetMessage(status) ?? Statuses.GetMessage(status is >= 400 and < 500 ? 400 : 500), innerException)
    {
        Status = status;
        Expose = status < 500;
        BuiltInStatus = -1;
    }

    // The built-in subclasses remember the status they stand for, which is how Create tells
    // "err instanceof createError[status]" apart from any other HttpError.
    private protected HttpError(int status, string? message, Exception? innerException, bool builtIn)
        : this(status, message, innerException)
    {
        BuiltInStatus = builtIn ? status : -1;
    }

    /// <summary>The HTTP status of the error, e.g. <c>404</c>. Settable, and the same value as <see cref="StatusCode"/>.</summary>
    /// <example><code>var err = new NotFoundError(); err.Status = 410;   // err.StatusCode is 410 too</code></example>
    public int Status { get; set; }

    /// <summary>The same value as <see cref="Status"/> (upstream keeps both <c>status</c> and <c>statusCode</c>).</summary>
    /// <example><code>new ForbiddenError().StatusCode;   // 403</code></example>
    public int StatusCode
    {
        get => Status;
        set => Status = value;
    }

    /// <summary>
    /// Whether the message can be sent to the client: <c>true</c> by default below 500, <c>false</c> for 5xx
    /// (Koa sends the status message instead). Settable.
    /// </summary>
    /// <example><code>var err = new BadRequestError("secret detail") { Expose = false };</code></example>
    public bool Expose { get; set; }

    /// <summary>
    /// Response headers Koa sets when it answers with this error (upstream <c>err.headers</c>), e.g.
    /// <c>WWW-Authenticate</c> on a 401. Mutable; names are case-insensitive.
    /// </summary>
    /// <example><code>var err = new UnauthorizedError(); err.Headers["WWW-Authenticate"] = "Basic realm=\"app\"";</code></example>
    public IDictionary<string, StringValues> Headers => _headers ??= new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The other properties given to <see cref="HttpErrors.Create(object?[])"/> (upstream copies them onto the
    /// error object: <c>createError(404, { id: 1 }).id</c>). Mutable; names are case-sensitive.
    /// </summary>
    /// <example><code>HttpErrors.Create(404, null, new Dictionary&lt;string, object?&gt; { ["id"] = 1 }).Properties["id"];   // 1</code></example>
    public IDictionary<string, object?> Properties => _properties ??= new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The message; a <c>message</c> property given to <see cref="HttpErrors.Create(object?[])"/> replaces it, as upstream's assignment does.</summary>
    /// <example><code>new NotFoundError().Message;   // "Not Found"</code></example>
    public override string Message => _message ?? base.Message;

    internal int BuiltInStatus { get; }

    internal Dictionary<string, StringValues>? HeadersOrNull => _headers;

    internal void ReplaceMessage(string message) => _message = message;
}
