using System.Diagnostics.CodeAnalysis;

namespace Koa;

/// <summary>
/// Assertions that throw HTTP errors: a port of the npm package <c>http-assert</c> 1.5.0 as Koa 3.3.0's
/// <c>ctx.assert</c> observably behaves (http-assert creates its errors with http-errors 1.8.1, whose messages come
/// from statuses 1.5.0). Each method throws the <see cref="HttpError"/> that
/// <see cref="HttpErrors.Create(int, string?, IReadOnlyDictionary{string, object?}?)"/> makes; without a status
/// the error is a 500.
/// </summary>
/// <example>
/// <code>
/// HttpAssert.Assert(user is not null, 401, "Please login!");
/// HttpAssert.Equal(body["version"], 2, 422, "unsupported version");   // JavaScript ==: 2 == "2"
/// HttpAssert.Ok(request.Query["id"], 400);                            // JavaScript truthiness
/// </code>
/// </example>
public static class HttpAssert
{
    /// <summary><c>assert(value, status, msg, props)</c>: throws when <paramref name="value"/> is <c>false</c>.</summary>
    /// <param name="value">The guard.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error (<c>expose</c>, <c>headers</c>, anything else), as <see cref="HttpErrors.Create(int, string?, IReadOnlyDictionary{string, object?}?)"/> takes them.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is <c>false</c>.</exception>
    /// <example><code>HttpAssert.Assert(ctx.State.ContainsKey("user"), 401, "Please login!");</code></example>
    public static void Assert([DoesNotReturnIf(false)] bool value, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null)
    {
        if (!value) throw CreateError(status, message, properties);
    }

    /// <summary><c>assert(value, msg, props)</c>: throws a 500 error when <paramref name="value"/> is <c>false</c>.</summary>
    /// <param name="value">The guard.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is <c>false</c>.</exception>
    /// <example><code>HttpAssert.Assert(config.IsValid, "bad configuration");   // 500, Expose = false</code></example>
    public static void Assert([DoesNotReturnIf(false)] bool value, string? message = null, IReadOnlyDictionary<string, object?>? properties = null)
    {
        if (!value) throw CreateError(500, message, properties);
    }

    /// <summary>
    /// <c>assert(value, status, msg, props)</c> with JavaScript truthiness: throws when <paramref name="value"/> is
    /// <c>null</c>, <c>false</c>, a zero or NaN number, or an empty string.
    /// </summary>
    /// <param name="value">The guard, tested for truthiness.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is falsy.</exception>
    /// <example><code>HttpAssert.Assert(ctx.Get("Authorization"), 401);   // "" throws</code></example>
    public static void Assert([NotNull] object? value, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null)
    {
        if (!JsValue.IsTruthy(value)) throw CreateError(status, message, properties);
    }

    /// <summary><c>assert(value, msg, props)</c> with JavaScript truthiness: throws a 500 error when <paramref name="value"/> is falsy.</summary>
    /// <param name="value">The guard, tested for truthiness.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is falsy.</exception>
    /// <example><code>HttpAssert.Assert(Environment.GetEnvironmentVariable("DB"), "DB is not set");</code></example>
    public static void Assert([NotNull] object? value, string? message = null, IReadOnlyDictionary<string, object?>? properties = null)
    {
        if (!JsValue.IsTruthy(value)) throw CreateError(500, message, properties);
    }

    /// <summary><c>assert.ok(value, status, msg, props)</c>: the same as <see cref="Assert(bool, int, string?, IReadOnlyDictionary{string, object?}?)"/>.</summary>
    /// <param name="value">The guard.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is <c>false</c>.</exception>
    /// <example><code>HttpAssert.Ok(items.Count &lt; 100, 413);</code></example>
    public static void Ok([DoesNotReturnIf(false)] bool value, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(value, status, message, properties);

    /// <summary><c>assert.ok(value, msg, props)</c>: the same as <see cref="Assert(bool, string?, IReadOnlyDictionary{string, object?}?)"/>.</summary>
    /// <param name="value">The guard.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is <c>false</c>.</exception>
    /// <example><code>HttpAssert.Ok(cache.IsReady, "cache not ready");</code></example>
    public static void Ok([DoesNotReturnIf(false)] bool value, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(value, message, properties);

    /// <summary><c>assert.ok(value, status, msg, props)</c> with JavaScript truthiness, as <see cref="Assert(object?, int, string?, IReadOnlyDictionary{string, object?}?)"/>.</summary>
    /// <param name="value">The guard, tested for truthiness.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is falsy.</exception>
    /// <example><code>HttpAssert.Ok(ctx.Query["page"].ToString(), 400, "page is required");</code></example>
    public static void Ok([NotNull] object? value, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(value, status, message, properties);

    /// <summary><c>assert.ok(value, msg, props)</c> with JavaScript truthiness, as <see cref="Assert(object?, string?, IReadOnlyDictionary{string, object?}?)"/>.</summary>
    /// <param name="value">The guard, tested for truthiness.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When <paramref name="value"/> is falsy.</exception>
    /// <example><code>HttpAssert.Ok(0);   // throws a 500 error</code></example>
    public static void Ok([NotNull] object? value, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(value, message, properties);

    /// <summary><c>assert.fail(status, msg, props)</c>: always throws.</summary>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">Always.</exception>
    /// <example><code>if (!allowed) HttpAssert.Fail(403, "not yours");</code></example>
    [DoesNotReturn]
    public static void Fail(int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        throw CreateError(status, message, properties);

    /// <summary><c>assert.fail(msg, props)</c>: always throws a 500 error.</summary>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">Always.</exception>
    /// <example><code>HttpAssert.Fail("unreachable");</code></example>
    [DoesNotReturn]
    public static void Fail(string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        throw CreateError(500, message, properties);

    /// <summary>
    /// <c>assert.equal(a, b, status, msg, props)</c>: throws unless <c>a == b</c> in JavaScript's loose sense — numbers
    /// of any CLR type compare by value, a string and a number compare as numbers (<c>1 == "1"</c>), a bool counts as
    /// 1 or 0, <c>null == null</c>, a collection meets a primitive as its comma-joined text; other objects use
    /// <see cref="object.Equals(object?, object?)"/>.
    /// </summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are not loosely equal.</exception>
    /// <example><code>HttpAssert.Equal(ctx.Query["page"].ToString(), 1, 400);   // "1" == 1: passes</code></example>
    public static void Equal(object? actual, object? expected, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(JsEquality.LooseEquals(actual, expected), status, message, properties);

    /// <summary><c>assert.equal(a, b, msg, props)</c>: as <see cref="Equal(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/> with a 500 error.</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are not loosely equal.</exception>
    /// <example><code>HttpAssert.Equal(1L, 1.0);   // passes: one number</code></example>
    public static void Equal(object? actual, object? expected, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(JsEquality.LooseEquals(actual, expected), message, properties);

    /// <summary><c>assert.notEqual(a, b, status, msg, props)</c>: throws when <c>a == b</c> (see <see cref="Equal(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/>).</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are loosely equal.</exception>
    /// <example><code>HttpAssert.NotEqual(newName, oldName, 409, "name unchanged");</code></example>
    public static void NotEqual(object? actual, object? expected, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(!JsEquality.LooseEquals(actual, expected), status, message, properties);

    /// <summary><c>assert.notEqual(a, b, msg, props)</c>: as <see cref="NotEqual(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/> with a 500 error.</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are loosely equal.</exception>
    /// <example><code>HttpAssert.NotEqual(1, "1");   // throws: 1 == "1"</code></example>
    public static void NotEqual(object? actual, object? expected, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(!JsEquality.LooseEquals(actual, expected), message, properties);

    /// <summary>
    /// <c>assert.strictEqual(a, b, status, msg, props)</c>: throws unless <c>a === b</c> — the same JavaScript type
    /// (all CLR numeric types are one number type; <c>char</c> is a string) and the same value; NaN equals nothing;
    /// collections and other objects compare with <see cref="object.Equals(object?, object?)"/> (reference identity
    /// unless the type defines value equality).
    /// </summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are not strictly equal.</exception>
    /// <example><code>HttpAssert.StrictEqual(1, "1", 400);   // throws</code></example>
    public static void StrictEqual(object? actual, object? expected, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(JsEquality.StrictEquals(actual, expected), status, message, properties);

    /// <summary><c>assert.strictEqual(a, b, msg, props)</c>: as <see cref="StrictEqual(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/> with a 500 error.</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are not strictly equal.</exception>
    /// <example><code>HttpAssert.StrictEqual(2, 2.0);   // passes: one number type</code></example>
    public static void StrictEqual(object? actual, object? expected, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(JsEquality.StrictEquals(actual, expected), message, properties);

    /// <summary><c>assert.notStrictEqual(a, b, status, msg, props)</c>: throws when <c>a === b</c> (see <see cref="StrictEqual(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/>).</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are strictly equal.</exception>
    /// <example><code>HttpAssert.NotStrictEqual(1, "1", 400);   // passes</code></example>
    public static void NotStrictEqual(object? actual, object? expected, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(!JsEquality.StrictEquals(actual, expected), status, message, properties);

    /// <summary><c>assert.notStrictEqual(a, b, msg, props)</c>: as <see cref="NotStrictEqual(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/> with a 500 error.</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are strictly equal.</exception>
    /// <example><code>HttpAssert.NotStrictEqual(token, previousToken, "token reused");</code></example>
    public static void NotStrictEqual(object? actual, object? expected, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(!JsEquality.StrictEquals(actual, expected), message, properties);

    /// <summary>
    /// <c>assert.deepEqual(a, b, status, msg, props)</c>: throws unless the values are deep-equal by deep-equal 1.0.1's
    /// non-strict rules — dictionaries (objects) and other collections (arrays, compared by index) need the same
    /// keys with deep-equal values, leaves compare with <c>==</c> (<c>{ a: [1] }</c> deep-equals <c>{ a: ["1"] }</c>),
    /// and an array deep-equals a dictionary with the keys <c>"0"</c>, <c>"1"</c>, …; other CLR objects must be <see cref="object.Equals(object?, object?)"/>.
    /// </summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are not deep-equal.</exception>
    /// <exception cref="InsufficientExecutionStackException">For a structure that contains itself (upstream overflows its stack).</exception>
    /// <example><code>HttpAssert.DeepEqual(new[] { 1, 2 }, new List&lt;object&gt; { "1", 2L }, 400);   // passes</code></example>
    public static void DeepEqual(object? actual, object? expected, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(JsEquality.DeepEquals(actual, expected), status, message, properties);

    /// <summary><c>assert.deepEqual(a, b, msg, props)</c>: as <see cref="DeepEqual(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/> with a 500 error.</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are not deep-equal.</exception>
    /// <exception cref="InsufficientExecutionStackException">For a structure that contains itself.</exception>
    /// <example><code>HttpAssert.DeepEqual(new Dictionary&lt;string, object?&gt; { ["a"] = "a" }, new Dictionary&lt;string, object?&gt; { ["a"] = "a" });</code></example>
    public static void DeepEqual(object? actual, object? expected, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(JsEquality.DeepEquals(actual, expected), message, properties);

    /// <summary><c>assert.notDeepEqual(a, b, status, msg, props)</c>: throws when the values are deep-equal (see <see cref="DeepEqual(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/>).</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="status">The status of the error thrown.</param>
    /// <param name="message">The error message; <c>null</c> for the status message.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are deep-equal.</exception>
    /// <exception cref="InsufficientExecutionStackException">For a structure that contains itself.</exception>
    /// <example><code>HttpAssert.NotDeepEqual(update, current, 304);</code></example>
    public static void NotDeepEqual(object? actual, object? expected, int status, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(!JsEquality.DeepEquals(actual, expected), status, message, properties);

    /// <summary><c>assert.notDeepEqual(a, b, msg, props)</c>: as <see cref="NotDeepEqual(object?, object?, int, string?, IReadOnlyDictionary{string, object?}?)"/> with a 500 error.</summary>
    /// <param name="actual">The first value.</param>
    /// <param name="expected">The second value.</param>
    /// <param name="message">The error message; <c>null</c> for <c>"Internal Server Error"</c>.</param>
    /// <param name="properties">Properties for the error.</param>
    /// <exception cref="HttpError">When the values are deep-equal.</exception>
    /// <exception cref="InsufficientExecutionStackException">For a structure that contains itself.</exception>
    /// <example><code>HttpAssert.NotDeepEqual(new[] { 1 }, new[] { 2 });   // passes</code></example>
    public static void NotDeepEqual(object? actual, object? expected, string? message = null, IReadOnlyDictionary<string, object?>? properties = null) =>
        Assert(!JsEquality.DeepEquals(actual, expected), message, properties);

    // createError(status, msg, props) as http-errors 1.8.1 does it: the same rules as 2.0.1 for a number, but the
    // messages of statuses 1.5.0, which still knows 306 "(Unused)" (so it is kept like any known 3xx) and spells
    // 418 "I'm a teapot" and 425 "Unordered Collection".
    private static HttpError CreateError(int status, string? message, IReadOnlyDictionary<string, object?>? properties)
    {
        switch (status)
        {
            case 306:
                var unused = HttpErrors.Create(300, string.IsNullOrEmpty(message) ? "(Unused)" : message, properties);
                unused.Status = 306;
                return unused;
            case 418:
                return HttpErrors.Create(418, message ?? "I'm a teapot", properties);
            case 425:
                return HttpErrors.Create(425, message ?? "Unordered Collection", properties);
            default:
                return HttpErrors.Create(status, message, properties);
        }
    }
}
