namespace Koa;

/// <summary>
/// A parsed Accept-Charset or Accept-Encoding header (negotiator 0.6.3 lib/charset.js and lib/encoding.js, which
/// differ only in the identity rule).
/// </summary>
/// <remarks>
/// <code>
/// Accept-Charset  = item *( "," item )       ; split on every comma, items trimmed, invalid items dropped
/// Accept-Encoding = item *( "," item )
/// </code>
/// Items follow <see cref="TokenEntry"/>. A token matches a provided value when equal ignoring case
/// (specificity 1) or when it is <c>*</c> (specificity 0).
/// <para>
/// The identity rule of Accept-Encoding: when no item is <c>identity</c> (any case) or <c>*</c>, whatever their q,
/// an <c>identity</c> entry is added after the last item, with q = the smallest of the items' <c>q || 1</c> (so
/// <c>q=0</c> and NaN count as 1, while <c>q=-1</c> lowers it) and 1 when there are none. An absent or empty
/// Accept-Encoding therefore accepts only <c>identity</c>.
/// </para>
/// </remarks>
internal ref struct AcceptTokens : IAcceptList
{
    private const string Identity = "identity";

    private readonly string _header;
    private readonly string[] _knownNames;
    private ValueBuffer<TokenEntry> _entries;
    private string _candidate;

    private AcceptTokens(string header, bool quoteAware, bool impliesIdentity, string[] knownNames, Span<TokenEntry> buffer)
    {
        _header = header;
        _knownNames = knownNames;
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
            if (impliesIdentity)
            {
                var token = text.Slice(entry.Start, entry.Length);
                hasIdentity = hasIdentity || token is "*" || JsLowerCase.EqualsIgnoreCase(token, Identity);
                var quality = entry.Quality == 0 || double.IsNaN(entry.Quality) ? 1 : entry.Quality;
                minimumQuality = Math.Min(minimumQuality, quality);
            }
        }
        if (impliesIdentity && !hasIdentity)
            _entries.Add(new TokenEntry(-1, Identity.Length, minimumQuality, index));
    }

    // negotiator 1.1's parseAcceptEncoding: lib/accept.js elements (AcceptElement), empty values skipped, the same
    // identity rule (its q: the smallest `q || 1`; its position: the number of elements).
    private AcceptTokens(string header, Span<TokenEntry> buffer)
    {
        _header = header;
        _knownNames = KnownNames.Encodings;
        _entries = new ValueBuffer<TokenEntry>(buffer);
        _candidate = "";
        var text = header.AsSpan();
        var hasIdentity = false;
        var minimumQuality = 1.0;
        var position = 0;
        for (var index = 0; index < text.Length; position++)
        {
            var (start, length, quality) = AcceptElement.Parse(text, ref index);
            if (length == 0)
                continue;
            _entries.Add(new TokenEntry(start, length, quality, position));
            var token = text.Slice(start, length);
            hasIdentity = hasIdentity || token is "*" || JsLowerCase.EqualsIgnoreCase(token, Identity);
            minimumQuality = Math.Min(minimumQuality, quality == 0 || double.IsNaN(quality) ? 1 : quality);
        }
        if (!hasIdentity)
            _entries.Add(new TokenEntry(-1, Identity.Length, minimumQuality, position));
    }

    /// <summary>Parses Accept-Charset.</summary>
    public static AcceptTokens Charsets(string header, bool quoteAware, Span<TokenEntry> buffer) =>
        new(header, quoteAware, impliesIdentity: false, KnownNames.Charsets, buffer);

    /// <summary>Parses Accept-Encoding, with the identity rule.</summary>
    public static AcceptTokens Encodings(string header, bool quoteAware, Span<TokenEntry> buffer) =>
        new(header, quoteAware, impliesIdentity: true, KnownNames.Encodings, buffer);

    /// <summary>Parses Accept-Encoding as negotiator 1.1 does (<see cref="AcceptElement"/>), with the identity rule.</summary>
    public static AcceptTokens Encodings11(string header, Span<TokenEntry> buffer) => new(header, buffer);

    public readonly int Count => _entries.Count;

    public readonly double Quality(int entry) => _entries[entry].Quality;

    public readonly int Position(int entry) => _entries[entry].Position;

    public readonly string Name(int entry) => _entries[entry].Start < 0 ? Identity : KnownNames.Get(Token(entry), _knownNames);

    public bool SetCandidate(string value)
    {
        _candidate = value;
        return true;
    }

    public readonly int Specificity(int entry)
    {
        var token = Token(entry);
        if (JsLowerCase.EqualsIgnoreCase(token, _candidate))
            return 1;
        return token is "*" ? 0 : -1;
    }

    public void Dispose() => _entries.Dispose();

    private readonly ReadOnlySpan<char> Token(int entry) =>
        _entries[entry].Start < 0 ? Identity : _header.AsSpan(_entries[entry].Start, _entries[entry].Length);
}
