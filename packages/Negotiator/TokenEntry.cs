namespace Koa;

/// <summary>
/// One item of Accept-Charset or Accept-Encoding, as negotiator 0.6.3 reads it.
/// </summary>
/// <remarks>
/// <code>
/// item   = *WS token *WS [ ";" params ]      ; /^\s*([^\s;]+)\s*(?:;(.*))?$/ on the trimmed item
/// token  = 1*( any char except WS and ";" )
/// params = *( any char except line terminators )
/// WS     = JavaScript white space (\s)
/// </code>
/// The parameters are split on <c>;</c>, each trimmed and split on <c>=</c>; the first whose name is exactly
/// <c>q</c> (case-sensitive) gives the q-value, <c>parseFloat</c> of the text up to a second <c>=</c>, and
/// ends the scan. Other parameters are ignored.
/// </remarks>
/// <param name="Start">Where the token starts in the header; -1 for the <c>identity</c> entry negotiator adds.</param>
/// <param name="Length">The token's length.</param>
/// <param name="Quality">The q-value (1 without a <c>q</c> parameter; NaN when it does not parse).</param>
/// <param name="Position">The item's position in the header.</param>
internal readonly record struct TokenEntry(int Start, int Length, double Quality, int Position)
{
    /// <summary>Parses one item (already trimmed); false when it does not match the grammar.</summary>
    public static bool TryParse(ReadOnlySpan<char> header, Range item, int position, out TokenEntry entry)
    {
        var (start, length) = item.GetOffsetAndLength(header.Length);
        var text = header.Slice(start, length);
        entry = default;

        var tokenStart = JsValue.SkipWhiteSpace(text, 0);
        var tokenEnd = TokenScanner.TokenEnd(text, tokenStart, ';');
        if (tokenEnd == tokenStart)
            return false;

        var rest = JsValue.SkipWhiteSpace(text, tokenEnd);
        var quality = 1.0;
        if (rest < text.Length)
        {
            if (text[rest] != ';' || TokenScanner.HasLineTerminator(text[(rest + 1)..]))
                return false;
            quality = ReadQuality(text[(rest + 1)..], trimParameters: true, firstOnly: true);
        }
        entry = new TokenEntry(start + tokenStart, tokenEnd - tokenStart, quality, position);
        return true;
    }

    /// <summary>
    /// The q-value among <c>name=value</c> parameters split on <c>;</c> (no quoting): a parameter named
    /// exactly <c>q</c> gives <c>parseFloat</c> of its value up to any second <c>=</c> (NaN when it has no
    /// <c>=</c>). Accept-Charset and Accept-Encoding trim each parameter and stop at the first <c>q</c>;
    /// Accept-Language trims nothing (<c>en; q=0.5</c> keeps q = 1) and lets the last <c>q</c> win.
    /// </summary>
    public static double ReadQuality(ReadOnlySpan<char> parameters, bool trimParameters, bool firstOnly)
    {
        var quality = 1.0;
        for (var position = 0; ListSplitter.HasNext(parameters, position);)
        {
            var parameter = parameters[ListSplitter.Next(parameters, ref position, ';', quoteAware: false)];
            if (trimParameters)
                parameter = JsValue.Trim(parameter);
            var equals = parameter.IndexOf('=');
            var name = equals < 0 ? parameter : parameter[..equals];
            if (name is not "q")
                continue;
            if (equals < 0)
            {
                quality = double.NaN;
            }
            else
            {
                var value = parameter[(equals + 1)..];
                var secondEquals = value.IndexOf('=');
                quality = JsValue.ParseFloat(secondEquals < 0 ? value : value[..secondEquals]);
            }
            if (firstOnly)
                break;
        }
        return quality;
    }
}
