using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Koa;

/// <summary>
/// HTTP status codes and messages: a port of the npm package <c>statuses</c> 2.0.2 (its <c>codes.json</c>,
/// which merges IANA, Node.js, nginx and Apache: 63 codes, no 306).
/// </summary>
/// <example>
/// <code>
/// Statuses.GetMessage(404);          // "Not Found"
/// Statuses.GetCode("not found");     // 404
/// Statuses.IsEmpty(204);             // true
/// </code>
/// </example>
public static class Statuses
{
    // codes.json of statuses 2.0.2, in its order (ascending).
    private static readonly (int Code, string Message)[] Table =
    [
        (100, "Continue"),
        (101, "Switching Protocols"),
        (102, "Processing"),
        (103, "Early Hints"),
        (200, "OK"),
        (201, "Created"),
        (202, "Accepted"),
        (203, "Non-Authoritative Information"),
        (204, "No Content"),
        (205, "Reset Content"),
        (206, "Partial Content"),
        (207, "Multi-Status"),
        (208, "Already Reported"),
        (226, "IM Used"),
        (300, "Multiple Choices"),
        (301, "Moved Permanently"),
        (302, "Found"),
        (303, "See Other"),
        (304, "Not Modified"),
        (305, "Use Proxy"),
        (307, "Temporary Redirect"),
        (308, "Permanent Redirect"),
        (400, "Bad Request"),
        (401, "Unauthorized"),
        (402, "Payment Required"),
        (403, "Forbidden"),
        (404, "Not Found"),
        (405, "Method Not Allowed"),
        (406, "Not Acceptable"),
        (407, "Proxy Authentication Required"),
        (408, "Request Timeout"),
        (409, "Conflict"),
        (410, "Gone"),
        (411, "Length Required"),
        (412, "Precondition Failed"),
        (413, "Payload Too Large"),
        (414, "URI Too Long"),
        (415, "Unsupported Media Type"),
        (416, "Range Not Satisfiable"),
        (417, "Expectation Failed"),
        (418, "I'm a Teapot"),
        (421, "Misdirected Request"),
        (422, "Unprocessable Entity"),
        (423, "Locked"),
        (424, "Failed Dependency"),
        (425, "Too Early"),
        (426, "Upgrade Required"),
        (428, "Precondition Required"),
        (429, "Too Many Requests"),
        (431, "Request Header Fields Too Large"),
        (451, "Unavailable For Legal Reasons"),
        (500, "Internal Server Error"),
        (501, "Not Implemented"),
        (502, "Bad Gateway"),
        (503, "Service Unavailable"),
        (504, "Gateway Timeout"),
        (505, "HTTP Version Not Supported"),
        (506, "Variant Also Negotiates"),
        (507, "Insufficient Storage"),
        (508, "Loop Detected"),
        (509, "Bandwidth Limit Exceeded"),
        (510, "Not Extended"),
        (511, "Network Authentication Required"),
    ];

    private const int FirstCode = 100;

    // Messages indexed by code - 100: the hot lookup is one bounds check and one load.
    private static readonly string?[] ByCode = BuildByCode();

    // The longest message; a longer candidate cannot match and is rejected before lowering.
    private static readonly int LongestMessage = Table.Max(static entry => entry.Message.Length);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CodeLookup;

    static Statuses()
    {
        Messages = Table.ToFrozenDictionary(static entry => entry.Code, static entry => entry.Message);
        CodesByMessage = Table.ToFrozenDictionary(static entry => entry.Message.ToLowerInvariant(), static entry => entry.Code, StringComparer.Ordinal);
        CodeLookup = CodesByMessage.GetAlternateLookup<ReadOnlySpan<char>>();
        Codes = [.. Table.Select(static entry => entry.Code)];
    }

    /// <summary>Code → message for every known status (upstream <c>status.message</c>).</summary>
    /// <example><code>Statuses.Messages[418];   // "I'm a Teapot"</code></example>
    public static FrozenDictionary<int, string> Messages { get; }

    /// <summary>
    /// Lower-case message → code (upstream <c>status.code</c>). Its keys are lower-case and compared ordinally,
    /// as upstream's object is; use <see cref="GetCode(string)"/> for a case-insensitive lookup.
    /// </summary>
    /// <example><code>Statuses.CodesByMessage["not found"];   // 404</code></example>
    public static FrozenDictionary<string, int> CodesByMessage { get; }

    /// <summary>Every known status code, ascending (upstream <c>status.codes</c>; 63 codes).</summary>
    /// <example><code>Statuses.Codes.Contains(103);   // true</code></example>
    public static ImmutableArray<int> Codes { get; }

    /// <summary>Status codes of redirects: 300, 301, 302, 303, 305, 307, 308 (upstream <c>status.redirect</c>).</summary>
    /// <example><code>Statuses.Redirect.Contains(308);   // true</code></example>
    public static FrozenSet<int> Redirect { get; } = FrozenSet.Create(300, 301, 302, 303, 305, 307, 308);

    /// <summary>Status codes whose responses have no body: 204, 205, 304 (upstream <c>status.empty</c>).</summary>
    /// <example><code>Statuses.Empty.Contains(204);   // true</code></example>
    public static FrozenSet<int> Empty { get; } = FrozenSet.Create(204, 205, 304);

    /// <summary>Status codes after which a request may be retried: 502, 503, 504 (upstream <c>status.retry</c>).</summary>
    /// <example><code>Statuses.Retry.Contains(504);   // true</code></example>
    public static FrozenSet<int> Retry { get; } = FrozenSet.Create(502, 503, 504);

    /// <summary>The message of a status code, or <c>null</c> when the code is unknown (upstream <c>status.message[code]</c>).</summary>
    /// <param name="code">A status code.</param>
    /// <returns>The message exactly as upstream spells it, or <c>null</c>.</returns>
    /// <example>
    /// <code>
    /// Statuses.GetMessage(404);   // "Not Found"
    /// Statuses.GetMessage(306);   // null (306 is not in statuses 2.x)
    /// </code>
    /// </example>
    public static string? GetMessage(int code)
    {
        var index = (uint)(code - FirstCode);
        return index < (uint)ByCode.Length ? ByCode[index] : null;
    }

    /// <summary>
    /// The code of a status message, compared case-insensitively the way upstream does (JavaScript
    /// <c>toLowerCase()</c>, then an own-property lookup: <c>"constructor"</c> is not a message), or <c>null</c>.
    /// </summary>
    /// <param name="message">A status message in any case, e.g. <c>"not found"</c>.</param>
    /// <returns>The code, or <c>null</c> when no status has that message.</returns>
    /// <example>
    /// <code>
    /// Statuses.GetCode("NOT FOUND");     // 404
    /// Statuses.GetCode("constructor");   // null
    /// </code>
    /// </example>
    public static int? GetCode(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return GetCode(message.AsSpan());
    }

    /// <summary>The code of a status message given as a span; same rules as <see cref="GetCode(string)"/>, and it allocates nothing.</summary>
    /// <param name="message">A status message in any case.</param>
    /// <returns>The code, or <c>null</c> when no status has that message.</returns>
    /// <example><code>Statuses.GetCode("Not Found".AsSpan());   // 404</code></example>
    public static int? GetCode(ReadOnlySpan<char> message)
    {
        if (message.Length > LongestMessage) return null;
        Span<char> lower = stackalloc char[message.Length];
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (char.IsAscii(c)) lower[i] = char.ToLowerInvariant(c);
            else if (c == '\u212A') lower[i] = 'k'; // KELVIN SIGN: the one non-ASCII char JavaScript lowers to ASCII.
            else return null;                        // any other lowers to non-ASCII, and every message is ASCII.
        }
        return CodeLookup.TryGetValue(lower, out var code) ? code : null;
    }

    /// <summary>Whether the status code is a redirect (upstream <c>status.redirect[code]</c>).</summary>
    /// <param name="code">A status code.</param>
    /// <returns><c>true</c> for 300, 301, 302, 303, 305, 307 and 308.</returns>
    /// <example><code>Statuses.IsRedirect(301);   // true</code></example>
    public static bool IsRedirect(int code) => code is 300 or 301 or 302 or 303 or 305 or 307 or 308;

    /// <summary>Whether responses with this status have no body (upstream <c>status.empty[code]</c>).</summary>
    /// <param name="code">A status code.</param>
    /// <returns><c>true</c> for 204, 205 and 304.</returns>
    /// <example><code>Statuses.IsEmpty(304);   // true</code></example>
    public static bool IsEmpty(int code) => code is 204 or 205 or 304;

    /// <summary>Whether a request may be retried after this status (upstream <c>status.retry[code]</c>).</summary>
    /// <param name="code">A status code.</param>
    /// <returns><c>true</c> for 502, 503 and 504.</returns>
    /// <example><code>Statuses.IsRetry(503);   // true</code></example>
    public static bool IsRetry(int code) => code is 502 or 503 or 504;

    /// <summary>
    /// Upstream <c>status(code)</c> for a number: the message of a known code, else an error.
    /// </summary>
    /// <param name="code">A status code.</param>
    /// <returns>The message, e.g. <c>"OK"</c> for 200.</returns>
    /// <exception cref="ArgumentException"><c>invalid status code: N</c> when the code is unknown.</exception>
    /// <example>
    /// <code>
    /// Statuses.Status(200);   // "OK"
    /// Statuses.Status(299);   // throws ArgumentException("invalid status code: 299")
    /// </code>
    /// </example>
    public static string Status(int code) => GetMessage(code) ?? throw InvalidCode(code);

    /// <summary>
    /// Upstream <c>status(code)</c> for a string: when <c>parseInt(code, 10)</c> finds a number the string is a
    /// code (<c>"403"</c>, <c>" 403abc"</c>), otherwise it is a message looked up case-insensitively.
    /// </summary>
    /// <param name="code">A status code or message, e.g. <c>"403"</c> or <c>"forbidden"</c>.</param>
    /// <returns>The status, with both its code and its message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <c>null</c> (<c>code must be a number or string</c>).</exception>
    /// <exception cref="ArgumentException">
    /// <c>invalid status code: N</c> for an unknown number, <c>invalid status message: "x"</c> for an unknown message.
    /// </exception>
    /// <example>
    /// <code>
    /// Statuses.Parse("403");         // StatusEntry(403, "Forbidden")
    /// Statuses.Parse("forbidden");   // StatusEntry(403, "Forbidden")
    /// </code>
    /// </example>
    public static StatusEntry Parse(string code)
    {
        if (code is null) throw new ArgumentNullException(nameof(code), "code must be a number or string");
        var number = JsValue.ParseInt(code);
        if (!double.IsNaN(number))
        {
            return JsValue.TryGetInt32(number, out var n) && GetMessage(n) is { } message
                ? new StatusEntry(n, message)
                : throw new ArgumentException("invalid status code: " + JsValue.ToString(number));
        }
        return GetCode(code) is { } found
            ? new StatusEntry(found, ByCode[found - FirstCode]!)
            : throw new ArgumentException("invalid status message: \"" + code + "\"");
    }

    /// <summary>The non-throwing form of <see cref="Parse(string)"/>.</summary>
    /// <param name="code">A status code or message, e.g. <c>"403"</c> or <c>"forbidden"</c>.</param>
    /// <param name="status">The status found, or <c>default</c>.</param>
    /// <returns>Whether a known status was found.</returns>
    /// <example>
    /// <code>
    /// if (Statuses.TryParse("Not Found", out var status)) Console.WriteLine(status.Code);   // 404
    /// </code>
    /// </example>
    public static bool TryParse([NotNullWhen(true)] string? code, out StatusEntry status)
    {
        status = default;
        if (code is null) return false;
        var number = JsValue.ParseInt(code);
        int found;
        if (!double.IsNaN(number))
        {
            if (!JsValue.TryGetInt32(number, out found) || GetMessage(found) is null) return false;
        }
        else if (GetCode(code) is { } byMessage)
        {
            found = byMessage;
        }
        else
        {
            return false;
        }
        status = new StatusEntry(found, ByCode[found - FirstCode]!);
        return true;
    }

    private static ArgumentException InvalidCode(int code) => new("invalid status code: " + code.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string?[] BuildByCode()
    {
        var table = new string?[Table[^1].Code - FirstCode + 1];
        foreach (var (code, message) in Table) table[code - FirstCode] = message;
        return table;
    }
}
