namespace Koa;

/// <summary>
/// One language range of Accept-Language, or a provided language, as negotiator 0.6.3 reads it.
/// </summary>
/// <remarks>
/// <code>
/// item   = *WS prefix [ "-" suffix ] *WS [ ";" params ]   ; /^\s*([^\s\-;]+)(?:-([^\s;]+))?\s*(?:;(.*))?$/
/// prefix = 1*( any char except WS, "-" and ";" )
/// suffix = 1*( any char except WS and ";" )               ; may hold more dashes: "zh-Hant-TW"
/// params = *( any char except line terminators )
/// </code>
/// Parameters are split on <c>;</c> and <c>=</c> without trimming, and the last one named exactly <c>q</c>
/// wins (see <see cref="TokenEntry.ReadQuality"/>). The range is written <c>prefix</c> or
/// <c>prefix-suffix</c>, which is the item's own text. Both disjoint classes make the scan linear (the
/// CVE-2016-10539 pattern <c>(\S+?)(?:-(\S+?))?</c> was quadratic).
/// </remarks>
/// <param name="Start">Where the range starts.</param>
/// <param name="PrefixLength">The length of the prefix (<c>en</c> in <c>en-US</c>).</param>
/// <param name="FullLength">The length of the whole range (<c>en-US</c>).</param>
/// <param name="Quality">The q-value.</param>
/// <param name="Position">The item's position in the header.</param>
internal readonly record struct LanguageRange(int Start, int PrefixLength, int FullLength, double Quality, int Position)
{
    /// <summary>Parses one item; false when it does not match the grammar.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, Range item, int position, out LanguageRange range)
    {
        var (start, length) = item.GetOffsetAndLength(text.Length);
        var value = text.Slice(start, length);
        range = default;

        var prefixStart = JsValue.SkipWhiteSpace(value, 0);
        var prefixEnd = TokenScanner.TokenEnd(value, prefixStart, '-');
        if (prefixEnd == prefixStart)
            return false;

        var fullEnd = prefixEnd;
        if (prefixEnd < value.Length && value[prefixEnd] == '-')
        {
            var suffixStart = prefixEnd + 1;
            fullEnd = TokenScanner.TokenEnd(value, suffixStart, ';');
            if (fullEnd == suffixStart)
                return false;
        }

        var rest = JsValue.SkipWhiteSpace(value, fullEnd);
        var quality = 1.0;
        if (rest < value.Length)
        {
            if (value[rest] != ';' || TokenScanner.HasLineTerminator(value[(rest + 1)..]))
                return false;
            quality = TokenEntry.ReadQuality(value[(rest + 1)..], trimParameters: false, firstOnly: false);
        }
        range = new LanguageRange(start + prefixStart, prefixEnd - prefixStart, fullEnd - prefixStart, quality, position);
        return true;
    }
}
