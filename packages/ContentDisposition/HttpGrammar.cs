using System.Buffers;

namespace Koa;

/// <summary>
/// Character classes of the RFC 2616 / RFC 5987 / RFC 6266 grammar that npm content-disposition 1.0.1 encodes in
/// its regular expressions, as <see cref="SearchValues{T}"/> tables and range checks (tokens are the shared
/// <see cref="HttpRuleParser"/>'s).
/// </summary>
/// <remarks>
/// <code>
/// quoted-string = ( &lt;"&gt; *(qdtext | quoted-pair ) &lt;"&gt; )
/// qdtext        = %x20 / %x21 / %x23-5B / %x5D-7E / %x80-FF     ; TEXT except &lt;"&gt; and "\"
/// quoted-pair   = "\" %x20-7E                                  ; as npm's PARAM_REGEXP accepts it
/// TEXT          = %x20-7E / %x80-FF                            ; "suitable for a quoted string" (TEXT_REGEXP)
/// Latin-1       = %x20-7E / %xA0-FF                            ; printable ISO-8859-1 (NON_LATIN1_REGEXP)
/// mime-charsetc = ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&amp;" / "+" / "-" / "^" / "_" / "`" / "{" / "}" / "~"
/// attr-char     = ALPHA / DIGIT / "!" / "#" / "$" / "&amp;" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
/// </code>
/// </remarks>
internal static class HttpGrammar
{
    private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>ASCII upper-case letters (a token needs lower-casing when it has one).</summary>
    public static readonly SearchValues<char> AsciiUpper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>RFC 5987 mime-charsetc.</summary>
    public static readonly SearchValues<char> CharsetChars = SearchValues.Create("!#$%&+-^_`{}~" + Alphanumeric);

    /// <summary>RFC 5987 attr-char.</summary>
    public static readonly SearchValues<char> AttrChars = SearchValues.Create("!#$&+-.^_`|~" + Alphanumeric);

    /// <summary>
    /// Characters <c>encodeURIComponent</c> leaves alone once npm's <c>ENCODE_URL_ATTR_CHAR_REGEXP</c> has escaped
    /// <c>' ( ) *</c> too; every other UTF-16 unit is written as <c>%XX</c> of its UTF-8 bytes.
    /// </summary>
    public static readonly SearchValues<char> Unencoded = SearchValues.Create("-_.!~" + Alphanumeric);

    /// <summary>TEXT: <c>%x20-7E / %x80-FF</c>.</summary>
    public static bool IsText(char c) => c is (>= '\x20' and <= '\x7e') or (>= '\x80' and <= '\xff');

    /// <summary>Printable ISO-8859-1: <c>%x20-7E / %xA0-FF</c>.</summary>
    public static bool IsLatin1(char c) => c is (>= '\x20' and <= '\x7e') or (>= '\xa0' and <= '\xff');

    /// <summary>qdtext: TEXT except <c>"</c> and <c>\</c>.</summary>
    public static bool IsQuotedText(char c) => IsText(c) && c is not ('"' or '\\');

    /// <summary>The character after a <c>\</c> in a quoted string: <c>%x20-7E</c>.</summary>
    public static bool IsQuotedPairChar(char c) => c is >= '\x20' and <= '\x7e';

    /// <summary>True when every character is printable ISO-8859-1 (so <c>getlatin1</c> would not change it).</summary>
    public static bool IsLatin1(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!IsLatin1(c))
                return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="value"/> is non-empty TEXT (npm's <c>TEXT_REGEXP</c>).</summary>
    public static bool IsText(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!IsText(c))
                return false;
        }
        return value.Length > 0;
    }

    /// <summary>True when <paramref name="value"/> contains <c>%</c> followed by two hex digits.</summary>
    public static bool ContainsHexEscape(ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOf('%'); i >= 0 && i + 2 < value.Length; i = NextPercent(value, i))
        {
            if (char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
                return true;
        }
        return false;
    }

    private static int NextPercent(ReadOnlySpan<char> value, int previous)
    {
        var next = value[(previous + 1)..].IndexOf('%');
        return next < 0 ? -1 : previous + 1 + next;
    }

    /// <summary>Lower-cases an ASCII token, returning shared instances for the common names.</summary>
    public static string LowerToken(ReadOnlySpan<char> token)
    {
        foreach (var known in KnownNames)
        {
            if (token.Equals(known, StringComparison.OrdinalIgnoreCase))
                return known;
        }
        Span<char> lower = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        token.ToLowerInvariant(lower);
        return new string(lower);
    }

    private static readonly string[] KnownNames = ["attachment", "inline", "form-data", "filename", "filename*", "name"];
}
