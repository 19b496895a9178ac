using System.Collections.ObjectModel;

namespace Koa;

/// <summary>
/// The strict Content-Disposition parser of npm content-disposition 1.0.1, as one left-to-right scan (npm uses
/// <c>DISPOSITION_TYPE_REGEXP</c> and a global <c>PARAM_REGEXP</c> that must match at the current index).
/// </summary>
/// <remarks>
/// <code>
/// content-disposition = disposition-type *( OWS ";" OWS disposition-parm ) OWS
/// disposition-type    = token                        ; lower-cased
/// disposition-parm    = token OWS "=" OWS ( token / quoted-string )
///                     ; a name whose only "*" is its last character holds an ext-value (RFC 5987), is stored
///                     ; without the "*" and overrides the plain parameter of the same name
/// OWS                 = *( SP / HTAB )
/// </code>
/// Errors, in the order npm finds them: the type is not a token followed by OWS and ";" or the end
/// (<c>invalid type format</c>); a parameter does not match at the current index, or text is left over
/// (<c>invalid parameter format</c>); a name repeats, compared lower-cased with its <c>*</c>
/// (<c>invalid duplicate parameter</c>); an ext-value is malformed (<c>invalid extended field value</c>) or has
/// another charset (<c>unsupported charset in extended field</c>).
/// </remarks>
internal static class DispositionParser
{
    private static readonly IReadOnlyDictionary<string, string> NoParameters = ReadOnlyDictionary<string, string>.Empty;

    public static DispositionError TryParse(string? header, out ContentDispositionHeader result)
    {
        result = default;
        if (string.IsNullOrEmpty(header))
            return DispositionError.Required;

        var text = header.AsSpan();
        var typeEnd = text.IndexOfAnyExcept(HttpRuleParser.TokenChars);
        if (typeEnd < 0)
            typeEnd = text.Length;
        if (typeEnd == 0)
            return DispositionError.TypeFormat;
        var index = SkipWhitespace(text, typeEnd);
        if (index < text.Length && text[index] != ';')
            return DispositionError.TypeFormat;
        var type = HttpGrammar.LowerToken(text[..typeEnd]);

        Dictionary<string, string>? parameters = null;
        var names = new SeenNames(stackalloc Range[SeenNames.InlineCapacity]);
        while (index < text.Length)
        {
            if (!TryMatchParameter(text, ref index, out var name, out var value))
                return DispositionError.ParameterFormat;

            var key = HttpGrammar.LowerToken(text[name]);
            if (!names.Add(text, name, key))
                return DispositionError.DuplicateParameter;
            parameters ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            if (key.IndexOf('*', StringComparison.Ordinal) == key.Length - 1)
            {
                var error = ExtendedValue.TryDecode(value, out var decoded);
                if (error != DispositionError.None)
                    return error;
                parameters[key is "filename*" ? "filename" : key[..^1]] = decoded;
                continue;
            }

            if (!parameters.ContainsKey(key))
                parameters[key] = value[0] == '"' ? Unquote(value) : value.ToString();
        }

        result = new ContentDispositionHeader(type, parameters is null ? NoParameters : parameters.AsReadOnly());
        return DispositionError.None;
    }

    // At text[index]: ";" OWS token OWS "=" OWS ( quoted-string / token ) OWS. On success index moves past it.
    private static bool TryMatchParameter(ReadOnlySpan<char> text, ref int index, out Range name, out ReadOnlySpan<char> value)
    {
        name = default;
        value = default;
        if (text[index] != ';')
            return false;
        var position = SkipWhitespace(text, index + 1);
        var nameLength = TokenLength(text[position..]);
        if (nameLength == 0)
            return false;
        name = new Range(position, position + nameLength);
        position = SkipWhitespace(text, position + nameLength);
        if (position == text.Length || text[position] != '=')
            return false;
        position = SkipWhitespace(text, position + 1);

        var valueLength = position < text.Length && text[position] == '"'
            ? QuotedStringLength(text[position..])
            : TokenLength(text[position..]);
        if (valueLength == 0)
            return false;
        value = text.Slice(position, valueLength);
        index = SkipWhitespace(text, position + valueLength);
        return true;
    }

    private static int TokenLength(ReadOnlySpan<char> text)
    {
        var length = text.IndexOfAnyExcept(HttpRuleParser.TokenChars);
        return length < 0 ? text.Length : length;
    }

    // quoted-string = <"> *( qdtext / "\" %x20-7E ) <">; returns its length with both quotes, or 0 if malformed.
    private static int QuotedStringLength(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
                return i + 1;
            if (c == '\\')
            {
                if (++i == text.Length || !HttpGrammar.IsQuotedPairChar(text[i]))
                    return 0;
            }
            else if (!HttpGrammar.IsQuotedText(c))
            {
                return 0;
            }
        }
        return 0;
    }

    // Removes the quotes and the backslash of every quoted-pair.
    private static string Unquote(ReadOnlySpan<char> quoted)
    {
        var content = quoted[1..^1];
        var escape = content.IndexOf('\\');
        if (escape < 0)
            return content.ToString();
        Span<char> buffer = content.Length <= 256 ? stackalloc char[content.Length] : new char[content.Length];
        var written = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\')
                i++;
            buffer[written++] = content[i];
        }
        return new string(buffer[..written]);
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && HttpRuleParser.IsOptionalWhiteSpace(text[index]))
            index++;
        return index;
    }

    /// <summary>
    /// The parameter names seen so far, to reject duplicates (npm compares them lower-cased, <c>*</c> included). The
    /// first few are kept as ranges of the header on the stack, compared ignoring ASCII case; then a set takes over.
    /// </summary>
    private ref struct SeenNames(Span<Range> inline)
    {
        public const int InlineCapacity = 8;

        private readonly Span<Range> _inline = inline;
        private int _count;
        private HashSet<string>? _overflow;

        public bool Add(ReadOnlySpan<char> text, Range name, string lowerName)
        {
            if (_overflow is null)
            {
                foreach (var seen in _inline[.._count])
                {
                    if (text[seen].Equals(text[name], StringComparison.OrdinalIgnoreCase))
                        return false;
                }
                if (_count < _inline.Length)
                {
                    _inline[_count++] = name;
                    return true;
                }
                _overflow = new HashSet<string>(StringComparer.Ordinal);
                foreach (var seen in _inline)
                    _overflow.Add(HttpGrammar.LowerToken(text[seen]));
            }
            return _overflow.Add(lowerName);
        }
    }
}
