namespace Koa;

/// <summary>
/// One media range of Accept, or a provided media type, as negotiator 0.6.3 reads it.
/// </summary>
/// <remarks>
/// <code>
/// item      = *WS type "/" subtype *WS [ ";" params ]   ; /^\s*([^\s\/;]+)\/([^;\s]+)\s*(?:;(.*))?$/
/// type      = 1*( any char except WS, "/" and ";" )
/// subtype   = 1*( any char except WS and ";" )
/// params    = *( any char except line terminators )
/// params are split on ";" outside quotes (quote counting), each trimmed:
/// parameter = name [ "=" value ]                         ; name lower-cased, value after the first "="
/// value     = DQUOTE text DQUOTE / text                 ; one pair of surrounding quotes removed
/// </code>
/// The first parameter named <c>q</c> (any case) gives the q-value, <c>parseFloat</c> of its value, and
/// ends the list: parameters after it (accept-ext) are ignored. A repeated name keeps its last value.
/// </remarks>
/// <param name="TypeStart">Where the type starts.</param>
/// <param name="TypeLength">The type's length.</param>
/// <param name="SubtypeStart">Where the subtype starts (right after the <c>/</c>).</param>
/// <param name="SubtypeLength">The subtype's length.</param>
/// <param name="FirstParameter">The index of the range's first parameter in the shared parameter buffer.</param>
/// <param name="ParameterCount">How many distinct parameter names came before <c>q</c>.</param>
/// <param name="Quality">The q-value.</param>
/// <param name="Position">The item's position in the header.</param>
internal readonly record struct MediaRange(
    int TypeStart, int TypeLength, int SubtypeStart, int SubtypeLength,
    int FirstParameter, int ParameterCount, double Quality, int Position)
{
    // Up to this many parameters, repeated names are found by comparing pairs; above, with a hash set.
    private const int PairwiseParameterLimit = 8;

    /// <summary>
    /// Parses one item; its parameters are appended to <paramref name="parameters"/>. False (and nothing
    /// appended) when it does not match the grammar.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, Range item, int position, ref ValueBuffer<MediaParameter> parameters, out MediaRange range)
    {
        var (start, length) = item.GetOffsetAndLength(text.Length);
        var value = text.Slice(start, length);
        range = default;

        var typeStart = JsValue.SkipWhiteSpace(value, 0);
        var typeEnd = TokenScanner.TokenEnd(value, typeStart, '/');
        if (typeEnd == typeStart || typeEnd == value.Length || value[typeEnd] != '/')
            return false;

        var subtypeStart = typeEnd + 1;
        var subtypeEnd = TokenScanner.TokenEnd(value, subtypeStart, ';');
        if (subtypeEnd == subtypeStart)
            return false;

        var rest = JsValue.SkipWhiteSpace(value, subtypeEnd);
        var quality = 1.0;
        var firstParameter = parameters.Count;
        if (rest < value.Length)
        {
            if (value[rest] != ';' || TokenScanner.HasLineTerminator(value[(rest + 1)..]))
                return false;
            quality = ReadParameters(text, (start + rest + 1)..(start + length), ref parameters);
        }
        range = new MediaRange(
            start + typeStart, typeEnd - typeStart, start + subtypeStart, subtypeEnd - subtypeStart,
            firstParameter, parameters.Count - firstParameter, quality, position);
        return true;
    }

    private static double ReadParameters(ReadOnlySpan<char> text, Range region, ref ValueBuffer<MediaParameter> parameters)
    {
        var (offset, length) = region.GetOffsetAndLength(text.Length);
        var list = text.Slice(offset, length);
        var first = parameters.Count;
        var quality = 1.0;
        for (var position = 0; list.Length > 0 && ListSplitter.HasNext(list, position);)
        {
            var (start, count) = ListSplitter.Trim(list, ListSplitter.Next(list, ref position, ';', quoteAware: true)).GetOffsetAndLength(list.Length);
            var parameter = list.Slice(start, count);
            var equals = parameter.IndexOf('=');
            var nameLength = equals < 0 ? parameter.Length : equals;
            int valueStart = -1, valueLength = 0;
            if (equals >= 0)
            {
                valueStart = equals + 1;
                valueLength = parameter.Length - valueStart;
                if (valueLength > 0 && parameter[valueStart] == '"' && parameter[^1] == '"')
                {
                    valueStart++;
                    valueLength = Math.Max(0, valueLength - 2);
                }
            }
            if (nameLength == 1 && (parameter[0] == 'q' || parameter[0] == 'Q'))
            {
                quality = valueStart < 0 ? double.NaN : JsValue.ParseFloat(parameter.Slice(valueStart, valueLength));
                break;
            }
            var absolute = offset + start;
            parameters.Add(new MediaParameter(absolute, nameLength, valueStart < 0 ? -1 : absolute + valueStart, valueLength));
        }
        parameters.Truncate(first + KeepLastOfEachName(text, parameters.Items[first..]));
        return quality;
    }

    // params[key] = value: a later parameter with the same (lower-cased) name replaces an earlier one. Keeps the
    // last parameter of each name at the start of the span and returns how many there are.
    private static int KeepLastOfEachName(ReadOnlySpan<char> text, Span<MediaParameter> parameters)
    {
        var kept = 0;
        if (parameters.Length <= PairwiseParameterLimit)
        {
            for (var a = 0; a < parameters.Length; a++)
            {
                var replaced = false;
                for (var b = a + 1; b < parameters.Length && !replaced; b++)
                    replaced = JsLowerCase.EqualsIgnoreCase(parameters[a].Name(text), parameters[b].Name(text));
                if (!replaced)
                    parameters[kept++] = parameters[a];
            }
            return kept;
        }

        // from the end, so the first occurrence seen of a name is its last one; kept ones pile up at the end
        var seen = new HashSet<string>(JsIgnoreCaseComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();
        var end = parameters.Length;
        for (var a = parameters.Length - 1; a >= 0; a--)
        {
            if (seen.Add(parameters[a].Name(text)))
                parameters[--end] = parameters[a];
        }
        parameters[end..].CopyTo(parameters);
        return parameters.Length - end;
    }
}

/// <summary>A media type parameter: offsets into the header (or provided value) it came from.</summary>
/// <param name="NameStart">Where the name starts.</param>
/// <param name="NameLength">The name's length.</param>
/// <param name="ValueStart">Where the (unquoted) value starts; -1 when the parameter has no <c>=</c> (undefined).</param>
/// <param name="ValueLength">The value's length.</param>
internal readonly record struct MediaParameter(int NameStart, int NameLength, int ValueStart, int ValueLength)
{
    public ReadOnlySpan<char> Name(ReadOnlySpan<char> text) => text.Slice(NameStart, NameLength);

    /// <summary><c>params[key] || ''</c>: the value, or empty when undefined.</summary>
    public ReadOnlySpan<char> ValueOrEmpty(ReadOnlySpan<char> text) => ValueStart < 0 ? [] : text.Slice(ValueStart, ValueLength);

    /// <summary><c>params[key] == '*'</c>.</summary>
    public bool IsWildcard(ReadOnlySpan<char> text) => ValueStart >= 0 && text.Slice(ValueStart, ValueLength) is "*";
}

/// <summary>Compares strings (or a span with a string) as <see cref="JsLowerCase.EqualsIgnoreCase"/> does.</summary>
internal sealed class JsIgnoreCaseComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly JsIgnoreCaseComparer Instance = new();

    private JsIgnoreCaseComparer()
    {
    }

    public bool Equals(string? x, string? y) => JsLowerCase.EqualsIgnoreCase(x, y);

    public int GetHashCode(string obj) => JsLowerCase.GetHashCodeIgnoreCase(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => JsLowerCase.EqualsIgnoreCase(alternate, other);

    public int GetHashCode(ReadOnlySpan<char> alternate) => JsLowerCase.GetHashCodeIgnoreCase(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
