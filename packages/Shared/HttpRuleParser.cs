using System.Buffers;

namespace Koa;

/// <summary>
/// The RFC 9110 §5.6 grammar every header parser of the ports builds on, written once (linked as source, tested
/// by tests/Shared.Tests): tokens, and quoted strings read and written.
/// </summary>
/// <remarks>
/// <code>
/// token          = 1*tchar
/// tchar          = "!" / "#" / "$" / "%" / "&amp;" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
/// quoted-string  = DQUOTE *( qdtext / quoted-pair ) DQUOTE
/// qdtext         = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
/// quoted-pair    = "\" ( HTAB / SP / VCHAR / obs-text )
/// obs-text       = %x80-FF
/// OWS            = *( SP / HTAB )
/// </code>
/// A package whose npm original deviates from this grammar (content-type 1.0.5 writes HTAB as VT in its regexes)
/// keeps only that deviation, in its own character class, and uses <see cref="TokenChars"/> for the rest.
/// </remarks>
internal static class HttpRuleParser
{
    /// <summary>The characters of tchar.</summary>
    public const string TokenCharacters = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>tchar as a search table.</summary>
    public static readonly SearchValues<char> TokenChars = SearchValues.Create(TokenCharacters);

    /// <summary>Whether <paramref name="c"/> is a tchar.</summary>
    public static bool IsTokenChar(char c) => TokenChars.Contains(c);

    /// <summary>Whether <paramref name="value"/> is a token (non-empty, every character a tchar).</summary>
    public static bool IsToken(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExcept(TokenChars);

    /// <summary>The length of the token run at the start of <paramref name="text"/> (0 when it does not start with a tchar).</summary>
    public static int TokenLength(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAnyExcept(TokenChars);
        return end < 0 ? text.Length : end;
    }

    /// <summary>SP or HTAB (OWS, RWS, BWS).</summary>
    public static bool IsOptionalWhiteSpace(char c) => c is ' ' or '\t';

    /// <summary>qdtext: HTAB, SP, %x21, %x23-5B, %x5D-7E, %x80-FF.</summary>
    public static bool IsQuotedText(char c) => c == '\t' || (c >= ' ' && c <= '\u00FF' && c != '"' && c != '\\' && c != '\u007F');

    /// <summary>The character after <c>\</c> in a quoted-pair: HTAB, SP, VCHAR, obs-text.</summary>
    public static bool IsQuotedPairChar(char c) => c == '\t' || (c >= ' ' && c <= '\u00FF' && c != '\u007F');

    /// <summary>
    /// Reads the quoted-string that starts at <paramref name="text"/>[0] (a <c>"</c>): returns its length including
    /// both quotes, or -1 when it is not closed or holds a character outside the grammar.
    /// </summary>
    public static int QuotedStringLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '"') return -1;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') return i + 1;
            if (c == '\\')
            {
                if (++i == text.Length || !IsQuotedPairChar(text[i])) return -1;
            }
            else if (!IsQuotedText(c))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// The content of a quoted-string (<paramref name="quoted"/> with its quotes, as measured by
    /// <see cref="QuotedStringLength"/>): quotes removed and every quoted-pair <c>\x</c> replaced by <c>x</c>.
    /// </summary>
    public static string Unquote(ReadOnlySpan<char> quoted)
    {
        var inner = quoted[1..^1];
        var backslash = inner.IndexOf('\\');
        if (backslash < 0) return inner.ToString();
        Span<char> buffer = inner.Length <= 256 ? stackalloc char[inner.Length] : new char[inner.Length];
        var length = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == '\\' && i + 1 < inner.Length) c = inner[++i];
            buffer[length++] = c;
        }
        return new string(buffer[..length]);
    }

    /// <summary>
    /// <c>'"' + value.replace(/([\\"])/g, '\\$1') + '"'</c>: the quoted-string form of a value (the caller checks
    /// that every character is qdtext or may be escaped).
    /// </summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        var length = value.Length + value.Count('"') + value.Count('\\') + 2;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var pos = 0;
        buffer[pos++] = '"';
        foreach (var c in value)
        {
            if (c is '"' or '\\') buffer[pos++] = '\\';
            buffer[pos++] = c;
        }
        buffer[pos] = '"';
        return new string(buffer);
    }
}
