namespace Koa;

/// <summary>
/// One element of an accept-style header as negotiator 1.1 reads it (<c>lib/accept.js</c>: content-type 2.1's
/// <c>parse(header, { comma: true, start })</c>), for Accept-Encoding under
/// <see cref="NegotiatorOptions.Negotiator11Encodings"/>.
/// </summary>
/// <remarks>
/// <code>
/// element = OWS value *( ";" OWS parameter )        ; up to the next "," outside a quoted parameter value
/// value   = *( any char except ";" and "," )         ; trailing OWS trimmed
/// parameter = name OWS "=" OWS ( quoted-string / *( any char except ";" and "," ) ) / name
/// OWS     = *( SP / HTAB )
/// </code>
/// Parameter names are compared lower-cased (so <c>Q</c> is <c>q</c>), the first occurrence of a name wins, a
/// quoted value ends at its closing quote (backslash escapes one character; an unterminated one runs to the end
/// of the header and sets nothing), and a parameter without <c>=</c> is skipped. The element's value is the
/// header's own text (original case) of the length of its lower-cased form (content-type lower-cases it, and
/// negotiator slices that many characters back out of the header). Elements are never invalid: an empty value
/// is skipped by the caller, and positions count every element.
/// </remarks>
internal static class AcceptElement
{
    private const char Comma = ',';
    private const char Semicolon = ';';

    /// <summary>
    /// Parses the element starting at <paramref name="index"/> and moves <paramref name="index"/> past its
    /// terminating comma (<c>parsed.index + 1</c>). Returns the value's start and length and the q-value:
    /// <c>parameters.q ? parseFloat(parameters.q) : 1</c>.
    /// </summary>
    public static (int Start, int Length, double Quality) Parse(ReadOnlySpan<char> header, ref int index)
    {
        var length = header.Length;
        var start = SkipOws(header, index);
        var i = SkipValue(header, start);
        var valueEnd = TrailingOws(header, start, i);
        // "İ".toLowerCase() is two characters: negotiator then slices one more character of the header.
        var valueLength = Math.Min(valueEnd - start + header[start..valueEnd].Count('\u0130'), length - start);

        var quality = 1.0;
        var seenQ = false;
        while (i < length)
        {
            if (header[i] == Comma)
                break;
            i = SkipOws(header, i + 1);
            var keyStart = i;
            var stop = false;
            while (i < length)
            {
                var c = header[i];
                if (c == Comma)
                {
                    stop = true;
                    break;
                }
                if (c == Semicolon)
                    break;
                if (c == '=')
                {
                    var key = header[keyStart..TrailingOws(header, keyStart, i)];
                    var isQ = !seenQ && key is "q" or "Q";
                    i = SkipOws(header, i + 1);
                    if (i < length && header[i] == '"')
                    {
                        i = ReadQuoted(header, i + 1, out var closed, out var escaped, out var contentStart);
                        if (closed)
                        {
                            var contentEnd = i - 1;
                            i = SkipValue(header, i);
                            if (isQ)
                            {
                                seenQ = true;
                                quality = Quality(escaped ? Unescape(header[contentStart..contentEnd]) : header[contentStart..contentEnd]);
                            }
                        }
                    }
                    else
                    {
                        var valueStart = i;
                        i = SkipValue(header, i);
                        if (isQ)
                        {
                            seenQ = true;
                            quality = Quality(header[valueStart..TrailingOws(header, valueStart, i)]);
                        }
                    }
                    break;
                }
                i++;
            }
            if (stop)
                break;
        }
        index = i + 1;
        return (start, valueLength, quality);
    }

    // parsed.parameters.q ? parseFloat(parsed.parameters.q) : 1 — an empty value is falsy.
    private static double Quality(ReadOnlySpan<char> value) => value.IsEmpty ? 1 : JsValue.ParseFloat(value);

    // After an opening quote: up to and past the closing one (closed), or to the end of the header.
    private static int ReadQuoted(ReadOnlySpan<char> header, int i, out bool closed, out bool escaped, out int contentStart)
    {
        contentStart = i;
        escaped = false;
        while (i < header.Length)
        {
            var c = header[i++];
            if (c == '"')
            {
                closed = true;
                return i;
            }
            if (c == '\\' && i < header.Length)
            {
                escaped = true;
                i++;
            }
        }
        closed = false;
        return i;
    }

    // The quoted-string's content with each backslash escape replaced by the character it escapes.
    private static string Unescape(ReadOnlySpan<char> content)
    {
        var result = new System.Text.StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\' && i + 1 < content.Length)
                i++;
            result.Append(content[i]);
        }
        return result.ToString();
    }

    private static int SkipValue(ReadOnlySpan<char> text, int index)
    {
        var found = text[index..].IndexOfAny(Semicolon, Comma);
        return found < 0 ? text.Length : index + found;
    }

    private static int SkipOws(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t')
            index++;
        return index;
    }

    private static int TrailingOws(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\t')
            end--;
        return end;
    }
}
