namespace Koa;

/// <summary>
/// A parsed Accept-Charset header (negotiator 0.6.3 lib/charset.js).
/// </summary>
/// <remarks>
/// <code>
/// Accept-Charset = item *( "," item )        ; split on every comma, items trimmed, invalid items dropped
/// </code>
/// Items follow <see cref="TokenEntry"/>. A charset matches a provided value when equal ignoring case
/// (specificity 1) or when it is <c>*</c> (specificity 0).
/// </remarks>
internal ref struct AcceptCharsets : IAcceptList
{
    private readonly string _header;
    private ValueBuffer<TokenEntry> _entries;
    private string _candidate;

    public AcceptCharsets(string header, bool quoteAware, Span<TokenEntry> buffer)
    {
        _header = header;
        _entries = new ValueBuffer<TokenEntry>(buffer);
        _candidate = "";
        var text = header.AsSpan();
        for (int position = 0, index = 0; ListSplitter.HasNext(text, position); index++)
        {
            var item = ListSplitter.Trim(text, ListSplitter.Next(text, ref position, ',', quoteAware));
            if (TokenEntry.TryParse(text, item, index, out var entry))
                _entries.Add(entry);
        }
    }

    public readonly int Count => _entries.Count;

    public readonly double Quality(int entry) => _entries[entry].Quality;

    public readonly int Position(int entry) => _entries[entry].Position;

    public readonly string Name(int entry) => KnownNames.Get(_header.AsSpan(_entries[entry].Start, _entries[entry].Length), KnownNames.Charsets);

    public bool SetCandidate(string value)
    {
        _candidate = value;
        return true;
    }

    public readonly int Specificity(int entry)
    {
        var charset = _header.AsSpan(_entries[entry].Start, _entries[entry].Length);
        if (JsText.EqualsIgnoreCase(charset, _candidate))
            return 1;
        return charset is "*" ? 0 : -1;
    }

    public void Dispose() => _entries.Dispose();
}
