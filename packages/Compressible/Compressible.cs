using System.Text;

namespace Koa;

/// <summary>
/// Whether a media type is worth compressing: a port of the npm <c>compressible</c> package 2.0.18. mime-db's
/// <c>compressible</c> flag decides (over <see cref="MimeTypes.Current"/>, mime-db 1.54.0); a type mime-db does not
/// flag is compressible when it is <c>text/*</c> or ends in <c>+json</c>, <c>+text</c> or <c>+xml</c>.
/// </summary>
/// <example>
/// <code>
/// Compressible.Check("text/html");                        // true
/// Compressible.Check("image/png");                        // false
/// Compressible.Check("application/json; charset=utf-8");  // true
/// Compressible.Check("asdf/nope");                        // null (unknown)
/// </code>
/// </example>
public static class Compressible
{
    /// <summary>
    /// npm <c>compressible(type)</c>: the type is taken up to the first <c>;</c> or white space (leading white space
    /// skipped) and lower-cased, then looked up in mime-db; without a flag there, <c>text/*</c> and
    /// <c>*+json</c>, <c>*+text</c>, <c>*+xml</c> are compressible.
    /// </summary>
    /// <param name="type">A media type, parameters allowed (a <c>Content-Type</c> value).</param>
    /// <returns><c>true</c> or <c>false</c> as mime-db or the pattern says; <c>null</c> when nothing is known;
    /// <c>false</c> for a null or empty argument.</returns>
    /// <example>
    /// <code>
    /// Compressible.Check("TEXT/plain; charset=\"utf-8\"");   // true
    /// Compressible.Check("something/frog+TEXT");            // true
    /// Compressible.Check("");                               // false
    /// </code>
    /// </example>
    public static bool? Check(string? type)
    {
        if (string.IsNullOrEmpty(type)) return false;

        // /^\s*([^;\s]*)(?:;|\s|$)/
        var start = JsValue.SkipWhiteSpace(type, 0);
        var end = start;
        while (end < type.Length && type[end] != ';' && !JsValue.IsWhiteSpace(type[end])) end++;
        var mime = type.AsSpan(start, end - start);

        if (Lookup(type, start, mime) is { } flag) return flag;

        // /^text\/|\+(?:json|text|xml)$/i on the lower-cased type: only ASCII letters can match these.
        return mime.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || mime.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mime.EndsWith("+text", StringComparison.OrdinalIgnoreCase)
            || mime.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
            ? true
            : null;
    }

    // db[mime.toLowerCase()].compressible. mime-db's keys are ASCII: a type whose lower case is not cannot be there.
    private static bool? Lookup(string type, int start, ReadOnlySpan<char> mime)
    {
        if (mime.IsEmpty || mime.Length > 255) return null;
        Span<char> lower = stackalloc char[mime.Length];
        if (!JsLowerCase.TryToLowerAscii(mime, lower)) return null;
        var key = start == 0 && mime.Length == type.Length && lower.SequenceEqual(mime) ? type : new string(lower);
        return MimeTypes.Current.Entries.TryGetValue(key, out var entry) ? entry.Compressible : null;
    }
}
