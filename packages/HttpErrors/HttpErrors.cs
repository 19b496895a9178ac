using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Creates HTTP errors: a port of the npm package <c>http-errors</c> 2.0.1 (<c>createError</c>,
/// <c>isHttpError</c>), plus the duck-typed readers Koa applies to any thrown exception.
/// </summary>
/// <example>
/// <code>
/// throw HttpErrors.Create(404, "no such user");             // NotFoundError, Expose = true
/// var err = HttpErrors.Create(503);                         // ServiceUnavailableError, Expose = false
/// HttpErrors.Create("boom");                                // InternalServerError("boom")
/// </code>
/// </example>
public static class HttpErrors
{
    /// <summary>
    /// <c>createError(status, message, props)</c>: a new error for a status. A 4xx/5xx status gets its class
    /// (<see cref="NotFoundError"/> for 404); an unknown 4xx is a <see cref="BadRequestError"/> and an unknown 5xx an
    /// <see cref="InternalServerError"/>, both keeping the status; a known status below 400 (<c>302</c>) gives an
    /// <see cref="HttpError"/> with that status, its message and <see cref="HttpError.Expose"/> true; any other
    /// status becomes 500.
    /// </summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="message">The message; <c>null</c> for the status message.</param>
    /// <param name="properties">
    /// Properties to copy onto the error: <c>expose</c> sets <see cref="HttpError.Expose"/> (a non-bool by its JavaScript truthiness), <c>headers</c>
    /// fills <see cref="HttpError.Headers"/>, <c>message</c> (string) replaces the message, <c>status</c> and
    /// <c>statusCode</c> are ignored, every other key lands in <see cref="HttpError.Properties"/>.
    /// </param>
    /// <returns>The error (not thrown).</returns>
    /// <example>
    /// <code>
    /// throw HttpErrors.Create(401, "login first", new Dictionary&lt;string, object?&gt;
    /// {
    ///     ["headers"] = new Dictionary&lt;string, string&gt; { ["WWW-Authenticate"] = "Basic" },
    /// });
    /// </code>
    /// </example>
    public static HttpError Create(int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        (HttpError)Build(null, true, status, message, properties);

    /// <summary><c>createError(message, props)</c>: a 500 <see cref="InternalServerError"/> with this message.</summary>
    /// <param name="message">The message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties to copy onto the error (see <see cref="Create(int, string?, IReadOnlyDictionary{string, object?}?)"/>).</param>
    /// <returns>The error (not thrown).</returns>
    /// <example><code>throw HttpErrors.Create("database unreachable");   // 500, Expose = false</code></example>
    public static HttpError Create(string? message, IReadOnlyDictionary<string, object?>? properties = null) =>
        (HttpError)Build(null, true, 500, message, properties);

    /// <summary>
    /// <c>createError(err, props)</c>: gives an existing exception HTTP semantics and returns the same object. Its
    /// status is its own (<see cref="GetStatus(Exception)"/>) or 500. A matching <see cref="HttpError"/> is left as
    /// is; any other exception gets the status and <c>expose = status &lt; 500</c> — a non-<see cref="HttpError"/>
    /// in <see cref="Exception.Data"/> (<c>"status"</c>, <c>"statusCode"</c>, <c>"expose"</c>, and the properties).
    /// </summary>
    /// <typeparam name="TException">The exception's type (returned unchanged).</typeparam>
    /// <param name="error">The exception to extend.</param>
    /// <param name="properties">Properties to copy onto it.</param>
    /// <returns><paramref name="error"/> itself.</returns>
    /// <example>
    /// <code>
    /// var err = HttpErrors.Create(new IOException("disk full"));
    /// HttpErrors.GetStatus(err);   // 500 (err.Data["status"])
    /// </code>
    /// </example>
    public static TException Create<TException>(TException error, IReadOnlyDictionary<string, object?>? properties = null)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(error);
        var (isNumber, status) = ReadStatus(error, true, 500);
        Build(error, isNumber, status, null, properties);
        return error;
    }

    /// <summary>
    /// <c>createError(status, err, props)</c>: as <see cref="Create{TException}(TException, IReadOnlyDictionary{string, object?}?)"/>,
    /// with <paramref name="status"/> used when the exception has no status of its own.
    /// </summary>
    /// <typeparam name="TException">The exception's type (returned unchanged).</typeparam>
    /// <param name="status">The status to use when the exception carries none.</param>
    /// <param name="error">The exception to extend.</param>
    /// <param name="properties">Properties to copy onto it.</param>
    /// <returns><paramref name="error"/> itself.</returns>
    /// <example>
    /// <code>
    /// var err = HttpErrors.Create(404, new FileNotFoundException("gone"), new Dictionary&lt;string, object?&gt; { ["expose"] = false });
    /// (HttpErrors.GetStatus(err), HttpErrors.GetExpose(err));   // (404, false)
    /// </code>
    /// </example>
    public static TException Create<TException>(int status, TException error, IReadOnlyDictionary<string, object?>? properties = null)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(error);
        var (isNumber, number) = ReadStatus(error, true, status);
        Build(error, isNumber, number, null, properties);
        return error;
    }

    /// <summary>
    /// <c>createError([status], [error | message], [props])</c> with upstream's argument rules, each argument typed
    /// by kind: an <see cref="Exception"/> is the error (its own status wins); a number is the status, but only as the
    /// first argument; a string is the message; a dictionary (<c>IEnumerable&lt;KeyValuePair&lt;string, object?&gt;&gt;</c>
    /// or <see cref="IDictionary"/>) holds the properties; <c>null</c> is ignored.
    /// </summary>
    /// <param name="args">The arguments, in upstream's order.</param>
    /// <returns>The exception passed in (extended), or a new <see cref="HttpError"/>.</returns>
    /// <exception cref="ArgumentException">
    /// <c>argument #N unsupported type number</c> for a number after the first argument; <c>boolean</c>,
    /// <c>function</c> (a delegate) or the CLR type name for any other kind of argument.
    /// </exception>
    /// <example>
    /// <code>
    /// HttpErrors.Create(404, "missing", new Dictionary&lt;string, object?&gt; { ["id"] = 1 });   // typed overload
    /// HttpErrors.Create(new object?[] { "LOL", 404 });                                    // throws: argument #2 unsupported type number
    /// </code>
    /// </example>
    public static Exception Create(params object?[]? args)
    {
        args ??= [null];
        Exception? err = null;
        string? message = null;
        object? properties = null;
        var isNumber = true;
        double status = 500;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case Exception exception:
                    err = exception;
                    (isNumber, status) = ReadStatus(exception, isNumber, status);
                    break;
                case string text:
                    message = text;
                    break;
                case null:
                case IEnumerable<KeyValuePair<string, object?>>:
                case IDictionary:
                    properties = arg;
                    break;
                default:
                    if (JsValue.TryGetNumber(arg, out var number) && i == 0)
                    {
                        status = number;
                        isNumber = true;
                        break;
                    }
                    throw new ArgumentException("argument #" + (i + 1).ToString(CultureInfo.InvariantCulture) + " unsupported type " + TypeOf(arg));
            }
        }
        return Build(err, isNumber, status, message, properties);
    }

    /// <summary>
    /// <c>createError.isHttpError(value)</c>: an <see cref="HttpError"/>, or an exception that
    /// <see cref="Create(object?[])"/> extended — <see cref="Exception.Data"/> holds a bool <c>"expose"</c>, a numeric
    /// <c>"statusCode"</c> and an equal <c>"status"</c>.
    /// </summary>
    /// <param name="value">Any value.</param>
    /// <returns>Whether it is an HTTP error.</returns>
    /// <example>
    /// <code>
    /// HttpErrors.IsHttpError(HttpErrors.Create(500));                    // true
    /// HttpErrors.IsHttpError(HttpErrors.Create(500, new Exception()));   // true (duck-typed)
    /// HttpErrors.IsHttpError(new Exception());                           // false
    /// </code>
    /// </example>
    public static bool IsHttpError(object? value)
    {
        if (value is HttpError) return true;
        if (value is not Exception { Data: var data }) return false;
        return data["expose"] is bool
            && JsValue.TryGetNumber(data["statusCode"], out var statusCode)
            && JsValue.TryGetNumber(data["status"], out var status)
            && status == statusCode;
    }

    /// <summary>
    /// The status of any exception, as Koa reads <c>err.status || err.statusCode</c>: <see cref="HttpError.Status"/>,
    /// else <c>Data["status"]</c> when set (truthy), else <c>Data["statusCode"]</c> — provided the value is an
    /// integral number; otherwise <c>null</c>.
    /// </summary>
    /// <param name="error">Any exception.</param>
    /// <returns>The status, or <c>null</c> when the exception carries none.</returns>
    /// <example>
    /// <code>
    /// var err = new InvalidOperationException("nope");
    /// err.Data["status"] = 409;
    /// HttpErrors.GetStatus(err);   // 409
    /// </code>
    /// </example>
    public static int? GetStatus(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is HttpError http) return http.Status;
        var data = error.Data;
        var value = data["status"];
        if (!JsValue.IsTruthy(value)) value = data["statusCode"];
        return JsValue.TryGetNumber(value, out var number) && JsValue.TryGetInt32(number, out var status) ? status : null;
    }

    /// <summary>
    /// Whether Koa may send the exception's message to the client: <see cref="HttpError.Expose"/>, else a bool
    /// <c>Data["expose"]</c>, else <c>false</c>.
    /// </summary>
    /// <param name="error">Any exception.</param>
    /// <returns>Whether the message is exposed.</returns>
    /// <example><code>HttpErrors.GetExpose(HttpErrors.Create(400, new Exception("bad input")));   // true</code></example>
    public static bool GetExpose(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is HttpError http ? http.Expose : error.Data["expose"] is true;
    }

    /// <summary>
    /// The response headers an exception carries: <see cref="HttpError.Headers"/> when any were set, else
    /// <c>Data["headers"]</c> read as a header dictionary, else <c>null</c>.
    /// </summary>
    /// <param name="error">Any exception.</param>
    /// <returns>The headers, or <c>null</c>.</returns>
    /// <example>
    /// <code>
    /// var err = HttpErrors.Create(401);
    /// err.Headers["WWW-Authenticate"] = "Basic";
    /// HttpErrors.GetHeaders(err)!["www-authenticate"];   // "Basic"
    /// </code>
    /// </example>
    public static IDictionary<string, StringValues>? GetHeaders(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is HttpError http) return http.HeadersOrNull is { Count: > 0 } headers ? headers : null;
        var value = error.Data["headers"];
        if (value is IDictionary<string, StringValues> dictionary) return dictionary;
        return ErrorHeaders.TryConvert(value, out var converted) ? converted : null;
    }

    // The heart of createError once the arguments are sorted: normalise the status, construct the error when
    // none was given, give it status/expose unless it already is the right class with that status, copy props.
    private static Exception Build(Exception? err, bool isNumber, double number, string? message, object? properties)
    {
        // A non-number, or an unknown status outside 4xx/5xx, is 500. (NaN and fractions are "not a status" too; upstream keeps them.)
        var status = isNumber && JsValue.TryGetInt32(number, out var n) && (n is >= 400 and < 600 || Statuses.GetMessage(n) is not null) ? n : 500;
        var hasClass = status is >= 400 and < 600;
        var classStatus = Statuses.GetMessage(status) is not null ? status : status / 100 * 100;

        err ??= hasClass
            ? NewError(classStatus, message)
            : new PlainHttpError(status, string.IsNullOrEmpty(message) ? Statuses.GetMessage(status)! : message);

        if (!hasClass || err is not HttpError { BuiltInStatus: var builtIn } http || builtIn != classStatus || http.Status != status)
            SetStatus(err, status, status < 500);

        if (properties is not null) CopyProperties(err, properties);
        return err;
    }

    // err.status || err.statusCode || status
    private static (bool IsNumber, double Status) ReadStatus(Exception error, bool isNumber, double status)
    {
        if (error is HttpError http) return http.Status != 0 ? (true, http.Status) : (isNumber, status);
        var data = error.Data;
        var value = data["status"];
        if (!JsValue.IsTruthy(value)) value = data["statusCode"];
        if (!JsValue.IsTruthy(value)) return (isNumber, status);
        return JsValue.TryGetNumber(value, out var number) ? (true, number) : (false, 0);
    }

    private static void SetStatus(Exception err, int status, bool expose)
    {
        if (err is HttpError http)
        {
            http.Expose = expose;
            http.Status = status;
            return;
        }
        err.Data["expose"] = expose;
        err.Data["status"] = status;
        err.Data["statusCode"] = status;
    }

    // for (key in props) if (key !== 'status' && key !== 'statusCode') err[key] = props[key]
    private static void CopyProperties(Exception err, object properties)
    {
        if (properties is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs) CopyProperty(err, key, value);
        }
        else
        {
            foreach (DictionaryEntry entry in (IDictionary)properties)
                CopyProperty(err, Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, entry.Value);
        }
    }

    private static void CopyProperty(Exception err, string key, object? value)
    {
        if (key is "status" or "statusCode") return;
        if (err is not HttpError http)
        {
            // A header set is copied into a case-insensitive dictionary, as HttpError.Headers is.
            err.Data[key] = key == "headers" && ErrorHeaders.TryConvert(value, out var converted) ? converted : value;
            return;
        }
        switch (key)
        {
            case "expose":
                // Expose is a bool: any other value counts by its truthiness, as Koa's `err.expose ? … : …` reads it.
                http.Expose = JsValue.IsTruthy(value);
                break;
            case "message" when value is string message:
                http.ReplaceMessage(message);
                break;
            case "headers" when ErrorHeaders.IsHeaderSet(value):
                http.Headers.Clear();
                ErrorHeaders.CopyTo(value, http.Headers);
                break;
            default:
                http.Properties[key] = value;
                break;
        }
    }

    private static string TypeOf(object value) => value switch
    {
        bool => "boolean",
        Delegate => "function",
        _ when JsValue.TryGetNumber(value, out _) => "number",
        _ => value.GetType().ToString(),
    };

    // createError[status] || createError[codeClass(status)], for a status that has a class (400-599).
    private static HttpError NewError(int status, string? message) => status switch
    {
        400 => new BadRequestError(message),
        401 => new UnauthorizedError(message),
        402 => new PaymentRequiredError(message),
        403 => new ForbiddenError(message),
        404 => new NotFoundError(message),
        405 => new MethodNotAllowedError(message),
        406 => new NotAcceptableError(message),
        407 => new ProxyAuthenticationRequiredError(message),
        408 => new RequestTimeoutError(message),
        409 => new ConflictError(message),
        410 => new GoneError(message),
        411 => new LengthRequiredError(message),
        412 => new PreconditionFailedError(message),
        413 => new PayloadTooLargeError(message),
        414 => new URITooLongError(message),
        415 => new UnsupportedMediaTypeError(message),
        416 => new RangeNotSatisfiableError(message),
        417 => new ExpectationFailedError(message),
        418 => new ImATeapotError(message),
        421 => new MisdirectedRequestError(message),
        422 => new UnprocessableEntityError(message),
        423 => new LockedError(message),
        424 => new FailedDependencyError(message),
        425 => new TooEarlyError(message),
        426 => new UpgradeRequiredError(message),
        428 => new PreconditionRequiredError(message),
        429 => new TooManyRequestsError(message),
        431 => new RequestHeaderFieldsTooLargeError(message),
        451 => new UnavailableForLegalReasonsError(message),
        501 => new NotImplementedError(message),
        502 => new BadGatewayError(message),
        503 => new ServiceUnavailableError(message),
        504 => new GatewayTimeoutError(message),
        505 => new HTTPVersionNotSupportedError(message),
        506 => new VariantAlsoNegotiatesError(message),
        507 => new InsufficientStorageError(message),
        508 => new LoopDetectedError(message),
        509 => new BandwidthLimitExceededError(message),
        510 => new NotExtendedError(message),
        511 => new NetworkAuthenticationRequiredError(message),
        _ => new InternalServerError(message),
    };
}
