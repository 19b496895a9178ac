namespace Koa;

/// <summary>
/// A parsed Accept header (negotiator 0.6.3 lib/mediaType.js).
/// </summary>
/// <remarks>
/// <code>
/// Accept = item *( "," item )   ; split on commas outside quotes (quote counting), trimmed, invalid dropped
/// </code>
/// Items follow <see cref="MediaRange"/>. Specificity of a range for a provided media type: type equal
/// (ignoring case) 4, subtype equal 2, parameters matched 1; a <c>*</c> type or subtype matches at 0. The
/// range's parameters match when each of them is <c>*</c> or equals, ignoring case, the provided type's
/// parameter of that name (a missing or undefined value counts as <c>""</c>); parameters of the provided
/// type that the range does not name are ignored. A provided type that does not parse matches nothing.
/// </remarks>
internal ref struct AcceptMediaTypes : IAcceptList
{
    // Up to this many parameters, a provided type's parameter is found by a backward scan; above, by name.
    private const int PairwiseLookupLimit = 8;

    private readonly string _header;
    private ValueBuffer<MediaRange> _entries;
    private ValueBuffer<MediaParameter> _parameters;
    private ValueBuffer<MediaParameter> _candidateParameters;
    private string _candidate;
    private MediaRange _candidateRange;
    private Dictionary<string, MediaParameter>? _candidateIndex;

    public AcceptMediaTypes(string header, Span<MediaRange> entries, Span<MediaParameter> parameters, Span<MediaParameter> candidateParameters)
    {
        _header = header;
        _entries = new ValueBuffer<MediaRange>(entries);
        _parameters = new ValueBuffer<MediaParameter>(parameters);
        _candidateParameters = new ValueBuffer<MediaParameter>(candidateParameters);
        _candidate = "";
        _candidateRange = default;
        _candidateIndex = null;
        var text = header.AsSpan();
        for (int position = 0, index = 0; ListSplitter.HasNext(text, position); index++)
        {
            var item = ListSplitter.Trim(text, ListSplitter.Next(text, ref position, ',', quoteAware: true));
            if (MediaRange.TryParse(text, item, index, ref _parameters, out var range))
                _entries.Add(range);
        }
    }

    public readonly int Count => _entries.Count;

    public readonly double Quality(int entry) => _entries[entry].Quality;

    public readonly int Position(int entry) => _entries[entry].Position;

    public readonly string Name(int entry) =>
        KnownNames.Get(_header.AsSpan()[_entries[entry].TypeStart..(_entries[entry].SubtypeStart + _entries[entry].SubtypeLength)], KnownNames.MediaTypes);

    public bool SetCandidate(string value)
    {
        _candidate = value;
        _candidateParameters.Clear();
        _candidateIndex = null;
        if (!MediaRange.TryParse(value, .., 0, ref _candidateParameters, out _candidateRange))
            return false;
        if (_candidateParameters.Count > PairwiseLookupLimit)
        {
            // a long parameter list: index it by name so each range parameter is found in constant time
            _candidateIndex = new Dictionary<string, MediaParameter>(JsIgnoreCaseComparer.Instance);
            foreach (var parameter in _candidateParameters.Items)
                _candidateIndex[parameter.Name(value).ToString()] = parameter;
        }
        return true;
    }

    public readonly int Specificity(int entry)
    {
        var range = _entries[entry];
        var header = _header.AsSpan();
        var candidate = _candidate.AsSpan();
        var specificity = 0;

        var type = header.Slice(range.TypeStart, range.TypeLength);
        if (JsLowerCase.EqualsIgnoreCase(type, candidate.Slice(_candidateRange.TypeStart, _candidateRange.TypeLength)))
            specificity |= 4;
        else if (type is not "*")
            return -1;

        var subtype = header.Slice(range.SubtypeStart, range.SubtypeLength);
        if (JsLowerCase.EqualsIgnoreCase(subtype, candidate.Slice(_candidateRange.SubtypeStart, _candidateRange.SubtypeLength)))
            specificity |= 2;
        else if (subtype is not "*")
            return -1;

        if (range.ParameterCount > 0)
        {
            foreach (var parameter in _parameters.Items.Slice(range.FirstParameter, range.ParameterCount))
            {
                if (parameter.IsWildcard(header))
                    continue;
                if (!JsLowerCase.EqualsIgnoreCase(parameter.ValueOrEmpty(header), CandidateValue(parameter.Name(header))))
                    return -1;
            }
            specificity |= 1;
        }
        return specificity;
    }

    public void Dispose()
    {
        _entries.Dispose();
        _parameters.Dispose();
        _candidateParameters.Dispose();
    }

    // p.params[k] || '': the candidate parameter of that name (repeats were reduced to the last one).
    private readonly ReadOnlySpan<char> CandidateValue(ReadOnlySpan<char> name)
    {
        var candidate = _candidate.AsSpan();
        if (_candidateIndex is not null)
        {
            return _candidateIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var indexed)
                ? indexed.ValueOrEmpty(candidate)
                : [];
        }
        var parameters = _candidateParameters.Items;
        for (var k = parameters.Length - 1; k >= 0; k--)
        {
            if (JsLowerCase.EqualsIgnoreCase(parameters[k].Name(candidate), name))
                return parameters[k].ValueOrEmpty(candidate);
        }
        return [];
    }
}
