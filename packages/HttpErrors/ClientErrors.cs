namespace Koa;

/// <summary>HTTP 400 Bad Request: the client error upstream exports as <c>createError.BadRequest</c> and <c>createError[400]</c>.</summary>
/// <example><code>throw new BadRequestError();   // 400 "Bad Request", Expose = true</code></example>
public sealed class BadRequestError : HttpError
{
    /// <summary>Creates a 400 error; the message defaults to <c>"Bad Request"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new BadRequestError("details");</code></example>
    public BadRequestError(string? message = null, Exception? innerException = null)
        : base(400, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 401 Unauthorized: the client error upstream exports as <c>createError.Unauthorized</c> and <c>createError[401]</c>.</summary>
/// <example><code>throw new UnauthorizedError();   // 401 "Unauthorized", Expose = true</code></example>
public sealed class UnauthorizedError : HttpError
{
    /// <summary>Creates a 401 error; the message defaults to <c>"Unauthorized"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new UnauthorizedError("details");</code></example>
    public UnauthorizedError(string? message = null, Exception? innerException = null)
        : base(401, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 402 Payment Required: the client error upstream exports as <c>createError.PaymentRequired</c> and <c>createError[402]</c>.</summary>
/// <example><code>throw new PaymentRequiredError();   // 402 "Payment Required", Expose = true</code></example>
public sealed class PaymentRequiredError : HttpError
{
    /// <summary>Creates a 402 error; the message defaults to <c>"Payment Required"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new PaymentRequiredError("details");</code></example>
    public PaymentRequiredError(string? message = null, Exception? innerException = null)
        : base(402, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 403 Forbidden: the client error upstream exports as <c>createError.Forbidden</c> and <c>createError[403]</c>.</summary>
/// <example><code>throw new ForbiddenError();   // 403 "Forbidden", Expose = true</code></example>
public sealed class ForbiddenError : HttpError
{
    /// <summary>Creates a 403 error; the message defaults to <c>"Forbidden"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new ForbiddenError("details");</code></example>
    public ForbiddenError(string? message = null, Exception? innerException = null)
        : base(403, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 404 Not Found: the client error upstream exports as <c>createError.NotFound</c> and <c>createError[404]</c>.</summary>
/// <example><code>throw new NotFoundError();   // 404 "Not Found", Expose = true</code></example>
public sealed class NotFoundError : HttpError
{
    /// <summary>Creates a 404 error; the message defaults to <c>"Not Found"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new NotFoundError("details");</code></example>
    public NotFoundError(string? message = null, Exception? innerException = null)
        : base(404, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 405 Method Not Allowed: the client error upstream exports as <c>createError.MethodNotAllowed</c> and <c>createError[405]</c>.</summary>
/// <example><code>throw new MethodNotAllowedError();   // 405 "Method Not Allowed", Expose = true</code></example>
public sealed class MethodNotAllowedError : HttpError
{
    /// <summary>Creates a 405 error; the message defaults to <c>"Method Not Allowed"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new MethodNotAllowedError("details");</code></example>
    public MethodNotAllowedError(string? message = null, Exception? innerException = null)
        : base(405, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 406 Not Acceptable: the client error upstream exports as <c>createError.NotAcceptable</c> and <c>createError[406]</c>.</summary>
/// <example><code>throw new NotAcceptableError();   // 406 "Not Acceptable", Expose = true</code></example>
public sealed class NotAcceptableError : HttpError
{
    /// <summary>Creates a 406 error; the message defaults to <c>"Not Acceptable"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new NotAcceptableError("details");</code></example>
    public NotAcceptableError(string? message = null, Exception? innerException = null)
        : base(406, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 407 Proxy Authentication Required: the client error upstream exports as <c>createError.ProxyAuthenticationRequired</c> and <c>createError[407]</c>.</summary>
/// <example><code>throw new ProxyAuthenticationRequiredError();   // 407 "Proxy Authentication Required", Expose = true</code></example>
public sealed class ProxyAuthenticationRequiredError : HttpError
{
    /// <summary>Creates a 407 error; the message defaults to <c>"Proxy Authentication Required"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new ProxyAuthenticationRequiredError("details");</code></example>
    public ProxyAuthenticationRequiredError(string? message = null, Exception? innerException = null)
        : base(407, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 408 Request Timeout: the client error upstream exports as <c>createError.RequestTimeout</c> and <c>createError[408]</c>.</summary>
/// <example><code>throw new RequestTimeoutError();   // 408 "Request Timeout", Expose = true</code></example>
public sealed class RequestTimeoutError : HttpError
{
    /// <summary>Creates a 408 error; the message defaults to <c>"Request Timeout"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new RequestTimeoutError("details");</code></example>
    public RequestTimeoutError(string? message = null, Exception? innerException = null)
        : base(408, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 409 Conflict: the client error upstream exports as <c>createError.Conflict</c> and <c>createError[409]</c>.</summary>
/// <example><code>throw new ConflictError();   // 409 "Conflict", Expose = true</code></example>
public sealed class ConflictError : HttpError
{
    /// <summary>Creates a 409 error; the message defaults to <c>"Conflict"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new ConflictError("details");</code></example>
    public ConflictError(string? message = null, Exception? innerException = null)
        : base(409, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 410 Gone: the client error upstream exports as <c>createError.Gone</c> and <c>createError[410]</c>.</summary>
/// <example><code>throw new GoneError();   // 410 "Gone", Expose = true</code></example>
public sealed class GoneError : HttpError
{
    /// <summary>Creates a 410 error; the message defaults to <c>"Gone"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new GoneError("details");</code></example>
    public GoneError(string? message = null, Exception? innerException = null)
        : base(410, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 411 Length Required: the client error upstream exports as <c>createError.LengthRequired</c> and <c>createError[411]</c>.</summary>
/// <example><code>throw new LengthRequiredError();   // 411 "Length Required", Expose = true</code></example>
public sealed class LengthRequiredError : HttpError
{
    /// <summary>Creates a 411 error; the message defaults to <c>"Length Required"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new LengthRequiredError("details");</code></example>
    public LengthRequiredError(string? message = null, Exception? innerException = null)
        : base(411, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 412 Precondition Failed: the client error upstream exports as <c>createError.PreconditionFailed</c> and <c>createError[412]</c>.</summary>
/// <example><code>throw new PreconditionFailedError();   // 412 "Precondition Failed", Expose = true</code></example>
public sealed class PreconditionFailedError : HttpError
{
    /// <summary>Creates a 412 error; the message defaults to <c>"Precondition Failed"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new PreconditionFailedError("details");</code></example>
    public PreconditionFailedError(string? message = null, Exception? innerException = null)
        : base(412, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 413 Payload Too Large: the client error upstream exports as <c>createError.PayloadTooLarge</c> and <c>createError[413]</c>.</summary>
/// <example><code>throw new PayloadTooLargeError();   // 413 "Payload Too Large", Expose = true</code></example>
public sealed class PayloadTooLargeError : HttpError
{
    /// <summary>Creates a 413 error; the message defaults to <c>"Payload Too Large"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new PayloadTooLargeError("details");</code></example>
    public PayloadTooLargeError(string? message = null, Exception? innerException = null)
        : base(413, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 414 URI Too Long: the client error upstream exports as <c>createError.URITooLong</c> and <c>createError[414]</c>.</summary>
/// <example><code>throw new URITooLongError();   // 414 "URI Too Long", Expose = true</code></example>
public sealed class URITooLongError : HttpError
{
    /// <summary>Creates a 414 error; the message defaults to <c>"URI Too Long"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new URITooLongError("details");</code></example>
    public URITooLongError(string? message = null, Exception? innerException = null)
        : base(414, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 415 Unsupported Media Type: the client error upstream exports as <c>createError.UnsupportedMediaType</c> and <c>createError[415]</c>.</summary>
/// <example><code>throw new UnsupportedMediaTypeError();   // 415 "Unsupported Media Type", Expose = true</code></example>
public sealed class UnsupportedMediaTypeError : HttpError
{
    /// <summary>Creates a 415 error; the message defaults to <c>"Unsupported Media Type"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new UnsupportedMediaTypeError("details");</code></example>
    public UnsupportedMediaTypeError(string? message = null, Exception? innerException = null)
        : base(415, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 416 Range Not Satisfiable: the client error upstream exports as <c>createError.RangeNotSatisfiable</c> and <c>createError[416]</c>.</summary>
/// <example><code>throw new RangeNotSatisfiableError();   // 416 "Range Not Satisfiable", Expose = true</code></example>
public sealed class RangeNotSatisfiableError : HttpError
{
    /// <summary>Creates a 416 error; the message defaults to <c>"Range Not Satisfiable"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new RangeNotSatisfiableError("details");</code></example>
    public RangeNotSatisfiableError(string? message = null, Exception? innerException = null)
        : base(416, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 417 Expectation Failed: the client error upstream exports as <c>createError.ExpectationFailed</c> and <c>createError[417]</c>.</summary>
/// <example><code>throw new ExpectationFailedError();   // 417 "Expectation Failed", Expose = true</code></example>
public sealed class ExpectationFailedError : HttpError
{
    /// <summary>Creates a 417 error; the message defaults to <c>"Expectation Failed"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new ExpectationFailedError("details");</code></example>
    public ExpectationFailedError(string? message = null, Exception? innerException = null)
        : base(417, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 418 I'm a Teapot: the client error upstream exports as <c>createError.ImATeapot</c> and <c>createError[418]</c>.</summary>
/// <example><code>throw new ImATeapotError();   // 418 "I'm a Teapot", Expose = true</code></example>
public sealed class ImATeapotError : HttpError
{
    /// <summary>Creates a 418 error; the message defaults to <c>"I'm a Teapot"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new ImATeapotError("details");</code></example>
    public ImATeapotError(string? message = null, Exception? innerException = null)
        : base(418, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 421 Misdirected Request: the client error upstream exports as <c>createError.MisdirectedRequest</c> and <c>createError[421]</c>.</summary>
/// <example><code>throw new MisdirectedRequestError();   // 421 "Misdirected Request", Expose = true</code></example>
public sealed class MisdirectedRequestError : HttpError
{
    /// <summary>Creates a 421 error; the message defaults to <c>"Misdirected Request"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new MisdirectedRequestError("details");</code></example>
    public MisdirectedRequestError(string? message = null, Exception? innerException = null)
        : base(421, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 422 Unprocessable Entity: the client error upstream exports as <c>createError.UnprocessableEntity</c> and <c>createError[422]</c>.</summary>
/// <example><code>throw new UnprocessableEntityError();   // 422 "Unprocessable Entity", Expose = true</code></example>
public sealed class UnprocessableEntityError : HttpError
{
    /// <summary>Creates a 422 error; the message defaults to <c>"Unprocessable Entity"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new UnprocessableEntityError("details");</code></example>
    public UnprocessableEntityError(string? message = null, Exception? innerException = null)
        : base(422, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 423 Locked: the client error upstream exports as <c>createError.Locked</c> and <c>createError[423]</c>.</summary>
/// <example><code>throw new LockedError();   // 423 "Locked", Expose = true</code></example>
public sealed class LockedError : HttpError
{
    /// <summary>Creates a 423 error; the message defaults to <c>"Locked"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new LockedError("details");</code></example>
    public LockedError(string? message = null, Exception? innerException = null)
        : base(423, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 424 Failed Dependency: the client error upstream exports as <c>createError.FailedDependency</c> and <c>createError[424]</c>.</summary>
/// <example><code>throw new FailedDependencyError();   // 424 "Failed Dependency", Expose = true</code></example>
public sealed class FailedDependencyError : HttpError
{
    /// <summary>Creates a 424 error; the message defaults to <c>"Failed Dependency"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new FailedDependencyError("details");</code></example>
    public FailedDependencyError(string? message = null, Exception? innerException = null)
        : base(424, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 425 Too Early: the client error upstream exports as <c>createError.TooEarly</c> and <c>createError[425]</c>.</summary>
/// <example><code>throw new TooEarlyError();   // 425 "Too Early", Expose = true</code></example>
public sealed class TooEarlyError : HttpError
{
    /// <summary>Creates a 425 error; the message defaults to <c>"Too Early"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new TooEarlyError("details");</code></example>
    public TooEarlyError(string? message = null, Exception? innerException = null)
        : base(425, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 426 Upgrade Required: the client error upstream exports as <c>createError.UpgradeRequired</c> and <c>createError[426]</c>.</summary>
/// <example><code>throw new UpgradeRequiredError();   // 426 "Upgrade Required", Expose = true</code></example>
public sealed class UpgradeRequiredError : HttpError
{
    /// <summary>Creates a 426 error; the message defaults to <c>"Upgrade Required"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new UpgradeRequiredError("details");</code></example>
    public UpgradeRequiredError(string? message = null, Exception? innerException = null)
        : base(426, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 428 Precondition Required: the client error upstream exports as <c>createError.PreconditionRequired</c> and <c>createError[428]</c>.</summary>
/// <example><code>throw new PreconditionRequiredError();   // 428 "Precondition Required", Expose = true</code></example>
public sealed class PreconditionRequiredError : HttpError
{
    /// <summary>Creates a 428 error; the message defaults to <c>"Precondition Required"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new PreconditionRequiredError("details");</code></example>
    public PreconditionRequiredError(string? message = null, Exception? innerException = null)
        : base(428, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 429 Too Many Requests: the client error upstream exports as <c>createError.TooManyRequests</c> and <c>createError[429]</c>.</summary>
/// <example><code>throw new TooManyRequestsError();   // 429 "Too Many Requests", Expose = true</code></example>
public sealed class TooManyRequestsError : HttpError
{
    /// <summary>Creates a 429 error; the message defaults to <c>"Too Many Requests"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new TooManyRequestsError("details");</code></example>
    public TooManyRequestsError(string? message = null, Exception? innerException = null)
        : base(429, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 431 Request Header Fields Too Large: the client error upstream exports as <c>createError.RequestHeaderFieldsTooLarge</c> and <c>createError[431]</c>.</summary>
/// <example><code>throw new RequestHeaderFieldsTooLargeError();   // 431 "Request Header Fields Too Large", Expose = true</code></example>
public sealed class RequestHeaderFieldsTooLargeError : HttpError
{
    /// <summary>Creates a 431 error; the message defaults to <c>"Request Header Fields Too Large"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new RequestHeaderFieldsTooLargeError("details");</code></example>
    public RequestHeaderFieldsTooLargeError(string? message = null, Exception? innerException = null)
        : base(431, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 451 Unavailable For Legal Reasons: the client error upstream exports as <c>createError.UnavailableForLegalReasons</c> and <c>createError[451]</c>.</summary>
/// <example><code>throw new UnavailableForLegalReasonsError();   // 451 "Unavailable For Legal Reasons", Expose = true</code></example>
public sealed class UnavailableForLegalReasonsError : HttpError
{
    /// <summary>Creates a 451 error; the message defaults to <c>"Unavailable For Legal Reasons"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new UnavailableForLegalReasonsError("details");</code></example>
    public UnavailableForLegalReasonsError(string? message = null, Exception? innerException = null)
        : base(451, message, innerException, builtIn: true)
    {
    }
}
