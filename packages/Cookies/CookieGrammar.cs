using System.Buffers;

namespace Koa;

/// <summary>
/// The character rules cookies 0.9.2 checks a Set-Cookie against, written as scanners instead of regexes.
/// </summary>
internal static class CookieGrammar
{
    /// <summary>
    /// field-content in RFC 7230 sec 3.2, as upstream's <c>/^[\u0009\u0020-\u007e\u0080-\u00ff]+$/</c>
    /// minus <c>;</c> and <c>=</c> for a name (<c>RESTRICTED_NAME_CHARS_REGEXP = /[;=]/</c>).
    /// <code>
    /// field-content = field-vchar [ 1*( SP / HTAB ) field-vchar ]
    /// field-vchar   = VCHAR / obs-text
    /// obs-text      = %x80-FF
    /// </code>
    /// </summary>
    private static readonly SearchValues<char> NameChars = SearchValues.Create(FieldContent(except: ";="));

    /// <summary>field-content minus <c>;</c> for a value (<c>RESTRICTED_VALUE_CHARS_REGEXP = /[;]/</c>); <c>=</c> is allowed since 0.9.1.</summary>
    private static readonly SearchValues<char> ValueChars = SearchValues.Create(FieldContent(except: ";"));

    /// <summary>
    /// path-value in RFC 6265 sec 4.1.1, as upstream's <c>/^[ -:=-~]*$/</c> (which also leaves out <c>&lt;</c>).
    /// <code>
    /// path-value = &lt;any CHAR except CTLs or ";"&gt;
    /// CHAR       = %x01-7F
    /// </code>
    /// </summary>
    private static readonly SearchValues<char> PathChars = SearchValues.Create(Range(' ', ':') + Range('=', '~'));

    /// <summary>let-dig-hyp of RFC 1034 sec 3.5, either case.</summary>
    private static readonly SearchValues<char> LabelChars = SearchValues.Create(Range('a', 'z') + Range('A', 'Z') + Range('0', '9') + "-");

    /// <summary>Upstream: <c>fieldContentRegExp.test(name) &amp;&amp; !/[;=]/.test(name)</c>.</summary>
    public static bool IsValidName(ReadOnlySpan<char> name) => !name.IsEmpty && !name.ContainsAnyExcept(NameChars);

    /// <summary>Upstream: <c>fieldContentRegExp.test(value) &amp;&amp; !/[;]/.test(value)</c>, checked only for a non-empty value.</summary>
    public static bool IsValidValue(ReadOnlySpan<char> value) => !value.ContainsAnyExcept(ValueChars);

    /// <summary>Upstream: <c>PATH_VALUE_REGEXP.test(path)</c>, checked only for a non-empty path.</summary>
    public static bool IsValidPath(ReadOnlySpan<char> path) => !path.ContainsAnyExcept(PathChars);

    /// <summary>
    /// domain-value in RFC 6265 sec 4.1.1, as upstream's
    /// <c>/^([.]?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)([.][a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i</c>.
    /// <code>
    /// domain-value = &lt;subdomain&gt;      ; RFC 1034 sec 3.5, enhanced by RFC 1123 sec 2.1
    /// subdomain    = label / subdomain "." label
    /// label        = let-dig [ [ ldh-str ] let-dig ]   ; 63 characters or less
    /// ldh-str      = let-dig-hyp / let-dig-hyp ldh-str
    /// let-dig-hyp  = let-dig / "-"
    /// let-dig      = ALPHA / DIGIT
    /// </code>
    /// A leading dot is permitted (RFC 6265 sec 5.2.3 ignores it).
    /// </summary>
    public static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        var i = domain.Length > 0 && domain[0] == '.' ? 1 : 0;
        while (true)
        {
            var rest = domain[i..];
            var length = rest.IndexOfAnyExcept(LabelChars);
            if (length < 0)
                length = rest.Length;
            if (length is 0 or > 63 || rest[0] == '-' || rest[length - 1] == '-')
                return false;
            i += length;
            if (i == domain.Length)
                return true;
            if (domain[i] != '.')
                return false;
            i++;
        }
    }

    private static string FieldContent(string except)
    {
        var chars = "\t" + Range(' ', '~') + Range('\u0080', '\u00ff');
        foreach (var c in except)
            chars = chars.Replace(c.ToString(), "", StringComparison.Ordinal);
        return chars;
    }

    private static string Range(char first, char last) =>
        string.Create(last - first + 1, first, static (span, start) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = (char)(start + i);
        });
}
