namespace Koa;

/// <summary>HTTP 500 Internal Server Error: the server error upstream exports as <c>createError.InternalServerError</c> and <c>createError[500]</c>.</summary>
/// <example><code>throw new InternalServerError();   // 500 "Internal Server Error", Expose = false</code></example>
public sealed class InternalServerError : HttpError
{
    /// <summary>Creates a 500 error; the message defaults to <c>"Internal Server Error"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new InternalServerError("details");</code></example>
    public InternalServerError(string? message = null, Exception? innerException = null)
        : base(500, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 501 Not Implemented: the server error upstream exports as <c>createError.NotImplemented</c> and <c>createError[501]</c>.</summary>
/// <example><code>throw new NotImplementedError();   // 501 "Not Implemented", Expose = false</code></example>
public sealed class NotImplementedError : HttpError
{
    /// <summary>Creates a 501 error; the message defaults to <c>"Not Implemented"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new NotImplementedError("details");</code></example>
    public NotImplementedError(string? message = null, Exception? innerException = null)
        : base(501, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 502 Bad Gateway: the server error upstream exports as <c>createError.BadGateway</c> and <c>createError[502]</c>.</summary>
/// <example><code>throw new BadGatewayError();   // 502 "Bad Gateway", Expose = false</code></example>
public sealed class BadGatewayError : HttpError
{
    /// <summary>Creates a 502 error; the message defaults to <c>"Bad Gateway"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new BadGatewayError("details");</code></example>
    public BadGatewayError(string? message = null, Exception? innerException = null)
        : base(502, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 503 Service Unavailable: the server error upstream exports as <c>createError.ServiceUnavailable</c> and <c>createError[503]</c>.</summary>
/// <example><code>throw new ServiceUnavailableError();   // 503 "Service Unavailable", Expose = false</code></example>
public sealed class ServiceUnavailableError : HttpError
{
    /// <summary>Creates a 503 error; the message defaults to <c>"Service Unavailable"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new ServiceUnavailableError("details");</code></example>
    public ServiceUnavailableError(string? message = null, Exception? innerException = null)
        : base(503, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 504 Gateway Timeout: the server error upstream exports as <c>createError.GatewayTimeout</c> and <c>createError[504]</c>.</summary>
/// <example><code>throw new GatewayTimeoutError();   // 504 "Gateway Timeout", Expose = false</code></example>
public sealed class GatewayTimeoutError : HttpError
{
    /// <summary>Creates a 504 error; the message defaults to <c>"Gateway Timeout"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new GatewayTimeoutError("details");</code></example>
    public GatewayTimeoutError(string? message = null, Exception? innerException = null)
        : base(504, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 505 HTTP Version Not Supported: the server error upstream exports as <c>createError.HTTPVersionNotSupported</c> and <c>createError[505]</c>.</summary>
/// <example><code>throw new HTTPVersionNotSupportedError();   // 505 "HTTP Version Not Supported", Expose = false</code></example>
public sealed class HTTPVersionNotSupportedError : HttpError
{
    /// <summary>Creates a 505 error; the message defaults to <c>"HTTP Version Not Supported"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new HTTPVersionNotSupportedError("details");</code></example>
    public HTTPVersionNotSupportedError(string? message = null, Exception? innerException = null)
        : base(505, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 506 Variant Also Negotiates: the server error upstream exports as <c>createError.VariantAlsoNegotiates</c> and <c>createError[506]</c>.</summary>
/// <example><code>throw new VariantAlsoNegotiatesError();   // 506 "Variant Also Negotiates", Expose = false</code></example>
public sealed class VariantAlsoNegotiatesError : HttpError
{
    /// <summary>Creates a 506 error; the message defaults to <c>"Variant Also Negotiates"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new VariantAlsoNegotiatesError("details");</code></example>
    public VariantAlsoNegotiatesError(string? message = null, Exception? innerException = null)
        : base(506, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 507 Insufficient Storage: the server error upstream exports as <c>createError.InsufficientStorage</c> and <c>createError[507]</c>.</summary>
/// <example><code>throw new InsufficientStorageError();   // 507 "Insufficient Storage", Expose = false</code></example>
public sealed class InsufficientStorageError : HttpError
{
    /// <summary>Creates a 507 error; the message defaults to <c>"Insufficient Storage"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new InsufficientStorageError("details");</code></example>
    public InsufficientStorageError(string? message = null, Exception? innerException = null)
        : base(507, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 508 Loop Detected: the server error upstream exports as <c>createError.LoopDetected</c> and <c>createError[508]</c>.</summary>
/// <example><code>throw new LoopDetectedError();   // 508 "Loop Detected", Expose = false</code></example>
public sealed class LoopDetectedError : HttpError
{
    /// <summary>Creates a 508 error; the message defaults to <c>"Loop Detected"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new LoopDetectedError("details");</code></example>
    public LoopDetectedError(string? message = null, Exception? innerException = null)
        : base(508, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 509 Bandwidth Limit Exceeded: the server error upstream exports as <c>createError.BandwidthLimitExceeded</c> and <c>createError[509]</c>.</summary>
/// <example><code>throw new BandwidthLimitExceededError();   // 509 "Bandwidth Limit Exceeded", Expose = false</code></example>
public sealed class BandwidthLimitExceededError : HttpError
{
    /// <summary>Creates a 509 error; the message defaults to <c>"Bandwidth Limit Exceeded"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new BandwidthLimitExceededError("details");</code></example>
    public BandwidthLimitExceededError(string? message = null, Exception? innerException = null)
        : base(509, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 510 Not Extended: the server error upstream exports as <c>createError.NotExtended</c> and <c>createError[510]</c>.</summary>
/// <example><code>throw new NotExtendedError();   // 510 "Not Extended", Expose = false</code></example>
public sealed class NotExtendedError : HttpError
{
    /// <summary>Creates a 510 error; the message defaults to <c>"Not Extended"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new NotExtendedError("details");</code></example>
    public NotExtendedError(string? message = null, Exception? innerException = null)
        : base(510, message, innerException, builtIn: true)
    {
    }
}

/// <summary>HTTP 511 Network Authentication Required: the server error upstream exports as <c>createError.NetworkAuthenticationRequired</c> and <c>createError[511]</c>.</summary>
/// <example><code>throw new NetworkAuthenticationRequiredError();   // 511 "Network Authentication Required", Expose = false</code></example>
public sealed class NetworkAuthenticationRequiredError : HttpError
{
    /// <summary>Creates a 511 error; the message defaults to <c>"Network Authentication Required"</c>.</summary>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <example><code>var err = new NetworkAuthenticationRequiredError("details");</code></example>
    public NetworkAuthenticationRequiredError(string? message = null, Exception? innerException = null)
        : base(511, message, innerException, builtIn: true)
    {
    }
}
