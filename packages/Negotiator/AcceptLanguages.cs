namespace Koa;

/// <summary>
/// A parsed Accept-Language header (negotiator 0.6.3 lib/language.js).
/// </summary>
/// <remarks>
/// <code>
/// Accept-Language = item *( "," item )       ; split on every comma, items trimmed, invalid items dropped
/// </code>
/// Items follow <see cref="LanguageRange"/>. Specificity of a range for a provided language (both compared
/// ignoring case): whole range equal 4; range prefix equal to the provided language 2 (<c>en-US</c> gives
/// <c>en</c>); range equal to the provided prefix 1 (<c>en</c> gives <c>en-US</c>); <c>*</c> 0. A provided
/// language that does not parse matches nothing.
/// </remarks>
internal ref struct AcceptLanguages : IAcceptList
{
    private readonly string _header;
    private ValueBuffer<LanguageRange> _entries;
    private string _candidate;
    private LanguageRange _candidateRange;

    public AcceptLanguages(string header, bool quoteAware, Span<LanguageRange> buffer)
    {
        _header = header;
        _entries = new ValueBuffer<LanguageRange>(buffer);
        _candidate = "";
        _candidateRange = default;
        var text = header.AsSpan();
        for (int position = 0, index = 0; ListSplitter.HasNext(text, position); index++)
        {
            var item = ListSplitter.Trim(text, ListSplitter.Next(text, ref position, ',', quoteAware));
            if (LanguageRange.TryParse(text, item, index, out var range))
                _entries.Add(range);
        }
    }

    public readonly int Count => _entries.Count;

    public readonly double Quality(int entry) => _entries[entry].Quality;

    public readonly int Position(int entry) => _entries[entry].Position;

    public readonly string Name(int entry) => KnownNames.Get(_header.AsSpan(_entries[entry].Start, _entries[entry].FullLength), KnownNames.Languages);

    public bool SetCandidate(string value)
    {
        _candidate = value;
        return LanguageRange.TryParse(value, .., 0, out _candidateRange);
    }

    public readonly int Specificity(int entry)
    {
        var range = _entries[entry];
        var full = _header.AsSpan(range.Start, range.FullLength);
        var candidateFull = _candidate.AsSpan(_candidateRange.Start, _candidateRange.FullLength);
        if (JsLowerCase.EqualsIgnoreCase(full, candidateFull))
            return 4;
        if (JsLowerCase.EqualsIgnoreCase(full[..range.PrefixLength], candidateFull))
            return 2;
        if (JsLowerCase.EqualsIgnoreCase(full, candidateFull[.._candidateRange.PrefixLength]))
            return 1;
        return full is "*" ? 0 : -1;
    }

    public void Dispose() => _entries.Dispose();
}
