namespace Koa;

/// <summary>
/// A parsed Accept-Encoding header (negotiator 0.6.3 lib/encoding.js).
/// </summary>
/// <remarks>
/// <code>
/// Accept-Encoding = item *( "," item )       ; split on every comma, items trimmed, invalid items dropped
/// </code>
/// Items follow <see cref="TokenEntry"/>; matching is as for charsets. The identity rule: when no item is
/// <c>identity</c> (any case) or <c>*</c>, whatever their q, an <c>identity</c> entry is added after the last
/// item, with q = the smallest of the items' <c>q || 1</c> (so <c>q=0</c> and NaN count as 1, while
/// <c>q=-1</c> lowers it) and 1 when there are none. An absent or empty header therefore accepts only
/// <c>identity</c>.
/// </remarks>
internal ref struct AcceptEncodings : IAcceptList
{
    private const string Identity = "identity";

    private readonly string _header;
    private ValueBuffer<TokenEntry> _entries;
    private string _candidate;

    public AcceptEncodings(string header, bool quoteAware, Span<TokenEntry> buffer)
    {
        _header = header;
        _entries = new ValueBuffer<TokenEntry>(buffer);
        _candidate = "";
        var text = header.AsSpan();
        var hasIdentity = false;
        var minimumQuality = 1.0;
        var index = 0;
        for (var position = 0; ListSplitter.HasNext(text, position); index++)
        {
            var item = ListSplitter.Trim(text, ListSplitter.Next(text, ref position, ',', quoteAware));
            if (!TokenEntry.TryParse(text, item, index, out var entry))
                continue;
            _entries.Add(entry);
            var encoding = text.Slice(entry.Start, entry.Length);
            hasIdentity = hasIdentity || encoding is "*" || JsText.EqualsIgnoreCase(encoding, Identity);
            var quality = entry.Quality == 0 || double.IsNaN(entry.Quality) ? 1 : entry.Quality;
            minimumQuality = Math.Min(minimumQuality, quality);
        }
        if (!hasIdentity)
            _entries.Add(new TokenEntry(-1, Identity.Length, minimumQuality, index));
    }

    public readonly int Count => _entries.Count;

    public readonly double Quality(int entry) => _entries[entry].Quality;

    public readonly int Position(int entry) => _entries[entry].Position;

    public readonly string Name(int entry) =>
        _entries[entry].Start < 0 ? Identity : KnownNames.Get(_header.AsSpan(_entries[entry].Start, _entries[entry].Length), KnownNames.Encodings);

    public bool SetCandidate(string value)
    {
        _candidate = value;
        return true;
    }

    public readonly int Specificity(int entry)
    {
        ReadOnlySpan<char> encoding = _entries[entry].Start < 0 ? Identity : _header.AsSpan(_entries[entry].Start, _entries[entry].Length);
        if (JsText.EqualsIgnoreCase(encoding, _candidate))
            return 1;
        return encoding is "*" ? 0 : -1;
    }

    public void Dispose() => _entries.Dispose();
}
