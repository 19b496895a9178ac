using System.Buffers;

namespace Koa;

/// <summary>
/// The character classes of RFC 7230/7231 (content-type) and RFC 6838 (media-typer) beyond the shared token rule
/// (<see cref="HttpRuleParser"/>): content-type 1.0.5's own quoted-string classes and media-typer's restricted names.
/// </summary>
/// <remarks>
/// <code>
/// qdtext         = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text      ; content-type 1.0.5 writes HTAB as \u000b (VT)
/// quoted-pair    = "\" ( HTAB / SP / VCHAR / obs-text )                ; likewise \u000b, then %x20-FF
/// obs-text       = %x80-FF
/// restricted-name-first = ALPHA / DIGIT                                ; RFC 6838 type, subtype, suffix
/// restricted-name-chars = ALPHA / DIGIT / "!" / "#" / "$" / "&amp;" / "-" / "^" / "_"   ; subtype also "." and "+"
/// </code>
/// content-type 1.0.5 spells HTAB as <c>\u000b</c> (vertical tab) in its regexes; the port keeps that: a tab inside a
/// quoted parameter value is rejected and a vertical tab accepted, exactly as the npm package does.
/// </remarks>
internal static class HttpTokens
{
    /// <summary><c>/^token\/token$/</c>, content-type's TYPE_REGEXP.</summary>
    public static bool IsMediaType(ReadOnlySpan<char> value)
    {
        var slash = value.IndexOf('/');
        return slash > 0 && HttpRuleParser.IsToken(value[..slash]) && HttpRuleParser.IsToken(value[(slash + 1)..]);
    }

    /// <summary>qdtext of content-type 1.0.5: VT, SP, %x21, %x23-5B, %x5D-7E, %x80-FF.</summary>
    public static bool IsQuotedText(char c) =>
        c == '\v' || (c >= ' ' && c <= '~' && c != '"' && c != '\\') || (c >= '\u0080' && c <= '\u00FF');

    /// <summary>The character after "\" in a quoted-pair of content-type 1.0.5: VT, %x20-FF.</summary>
    public static bool IsQuotedPairChar(char c) => c == '\v' || (c >= ' ' && c <= '\u00FF');

    /// <summary>TEXT_REGEXP of content-type 1.0.5 format: VT, %x20-7E, %x80-FF.</summary>
    public static bool IsText(char c) => c == '\v' || (c >= ' ' && c <= '~') || (c >= '\u0080' && c <= '\u00FF');

    /// <summary>restricted-name-chars of a type or suffix (no "." or "+").</summary>
    public static readonly SearchValues<char> RestrictedName = SearchValues.Create("!#$&-^_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>restricted-name-chars of a subtype as media-typer's format accepts it ("." allowed, "+" not).</summary>
    public static readonly SearchValues<char> RestrictedSubtypeName = SearchValues.Create("!#$&-.^_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary><c>/^[A-Za-z0-9][A-Za-z0-9!#$&amp;^_-]{0,126}$/</c> (or with "." for a subtype).</summary>
    public static bool IsRestrictedName(ReadOnlySpan<char> value, SearchValues<char> chars) =>
        value.Length is > 0 and <= 127 && char.IsAsciiLetterOrDigit(value[0]) && !value.ContainsAnyExcept(chars);

    /// <summary>The ASCII lower-case of a token (tokens are ASCII), reusing <paramref name="whole"/> when it is the same text.</summary>
    public static string ToLower(ReadOnlySpan<char> token, string whole)
    {
        if (!token.ContainsAnyInRange('A', 'Z'))
        {
            return token.Length == whole.Length ? whole : token.ToString();
        }

        return string.Create(token.Length, token, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
        });
    }
}
