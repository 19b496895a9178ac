using System.Buffers;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Node's checks in <c>res.setHeader</c> and <c>res.writeHead</c>, applied when middleware sets a header or the status
/// text, so that a CR, LF, NUL or other control character coming from request data can never split the response —
/// whatever the server (Kestrel checks too, TestServer and other <c>IServer</c>s do not). Chars 0x80–0xFF (obs-text)
/// pass, as in node, and are sent as one byte each: <see cref="KoaServer"/> sets Kestrel's
/// <c>ResponseHeaderEncodingSelector</c> to Latin-1 (see <see cref="HeaderBytes"/> for the responses node sends as UTF-8).
/// <code>
/// field-name  = token                                  ; RFC 9110 §5.1
/// token       = 1*tchar
/// tchar       = "!" / "#" / "$" / "%" / "&amp;" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
/// field-value = *( HTAB / SP / VCHAR / obs-text )      ; node: /[^\t\x20-\x7e\x80-\xff]/ is invalid
/// </code>
/// </summary>
internal static class HeaderValidation
{
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> ValueChars = SearchValues.Create(ValueCharacters());

    /// <summary>
    /// Throws node's <c>ERR_INVALID_HTTP_TOKEN</c> / <c>ERR_INVALID_CHAR</c> as <see cref="ArgumentException"/>;
    /// returns whether a value holds obs-text (a char 0x80–0xFF).
    /// </summary>
    public static bool ThrowIfInvalid(string field, StringValues value)
    {
        if (field.AsSpan().IndexOfAnyExcept(TokenChars) >= 0)
        {
            throw new ArgumentException("Header name must be a valid HTTP token [\"" + field + "\"]", nameof(field));
        }
        var obsText = false;
        for (var i = 0; i < value.Count; i++)
        {
            var chars = value[i].AsSpan();
            if (chars.IndexOfAnyExcept(ValueChars) >= 0)
            {
                throw new ArgumentException("Invalid character in header content [\"" + field + "\"]", nameof(value));
            }
            obsText |= HasObsText(chars);
        }
        return obsText;
    }

    /// <summary>Whether a (valid) value holds a char 0x80–0xFF.</summary>
    public static bool HasObsText(ReadOnlySpan<char> value) => value.IndexOfAnyInRange('\x80', '\xff') >= 0;

    /// <summary>The status text check of node's <c>writeHead</c> (<c>Invalid character in statusMessage</c>); returns whether it holds obs-text.</summary>
    public static bool ThrowIfInvalidStatusMessage(string? message)
    {
        if (message.AsSpan().IndexOfAnyExcept(ValueChars) >= 0)
        {
            throw new ArgumentException("Invalid character in statusMessage", nameof(message));
        }
        return HasObsText(message);
    }

    private static string ValueCharacters()
    {
        var chars = new List<char> { '\t' };
        for (var c = '\x20'; c <= '\x7e'; c++) chars.Add(c);
        for (var c = '\x80'; c <= '\xff'; c++) chars.Add(c);
        return new string([.. chars]);
    }
}
