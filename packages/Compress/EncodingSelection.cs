namespace Koa;

/// <summary>
/// The encoding koa-compress 5.2.2 picks: negotiator 1.1's <c>encoding(available, { preferred })</c> over
/// Accept-Encoding. Ties in q go to the preference order br &gt; gzip &gt; deflate &gt; identity; identity is
/// acceptable unless excluded (<c>identity;q=0</c>, or <c>*;q=0</c> without an identity entry).
/// </summary>
/// <remarks>
/// <code>
/// Accept-Encoding  = #( codings [ OWS ";" OWS "q=" qvalue ] )      ; RFC 9110 12.5.3
/// </code>
/// Elements are split on commas outside double quotes; an element is a coding up to <c>;</c> or white space,
/// then <c>name=value</c> parameters (names case-insensitive, values possibly quoted); the first <c>q</c> counts and
/// is read with <c>parseFloat</c>.
/// </remarks>
internal static class EncodingSelection
{
    /// <summary>The candidates in preference order: br, gzip, deflate, identity.</summary>
    public static readonly string[] Preferred = ["br", "gzip", "deflate", "identity"];

    private const int Identity = 3;

    private struct Priority
    {
        public double Q;
        public int S;
        public int O;
    }

    /// <summary>The index in <see cref="Preferred"/> of the encoding to answer, or -1 when none is acceptable.</summary>
    /// <param name="header">The Accept-Encoding header.</param>
    /// <param name="enabled">Which of <see cref="Preferred"/> the options allow (identity always).</param>
    public static int Select(string header, ReadOnlySpan<bool> enabled)
    {
        Span<Priority> best = stackalloc Priority[4];
        for (var c = 0; c < 4; c++) best[c] = new Priority { Q = 0, S = 0, O = -1 };
        var hasIdentity = false;
        var minQuality = 1.0;
        var index = 0;
        var text = header.AsSpan();
        var position = 0;
        while (position <= text.Length)
        {
            var end = ElementEnd(text, position);
            if (ParseElement(text[position..end], out var coding, out var q))
            {
                var wildcard = coding is "*";
                hasIdentity |= wildcard || coding.Equals("identity", StringComparison.OrdinalIgnoreCase);
                var quality = double.IsNaN(q) || q == 0 ? 1 : q;
                minQuality = Math.Min(minQuality, quality);
                for (var c = 0; c < 4; c++)
                {
                    int s;
                    if (coding.Equals(Preferred[c], StringComparison.OrdinalIgnoreCase)) s = 1;
                    else if (wildcard) s = 0;
                    else continue;
                    Consider(ref best[c], q, s, index);
                }
                index++;
            }
            position = end + 1;
        }
        if (!hasIdentity) Consider(ref best[Identity], minQuality, 1, index);

        var chosen = -1;
        for (var c = 0; c < 4; c++)
        {
            if (!enabled[c] || !(best[c].Q > 0)) continue;
            if (chosen < 0 || best[c].Q > best[chosen].Q) chosen = c;
        }
        return chosen;
    }

    // getEncodingPriority: (priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) < 0, with JavaScript's
    // falsy NaN and 0.
    private static void Consider(ref Priority priority, double q, int s, int o)
    {
        double difference = priority.S - s;
        if (difference == 0 || double.IsNaN(difference)) difference = priority.Q - q;
        if (difference == 0 || double.IsNaN(difference)) difference = priority.O - o;
        if (difference < 0) priority = new Priority { Q = q, S = s, O = o };
    }

    // The next comma outside a quoted string.
    private static int ElementEnd(ReadOnlySpan<char> text, int start)
    {
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') return i;
        }
        return text.Length;
    }

    private static bool ParseElement(ReadOnlySpan<char> element, out ReadOnlySpan<char> coding, out double q)
    {
        q = 1;
        var i = 0;
        while (i < element.Length && HttpRuleParser.IsOptionalWhiteSpace(element[i])) i++;
        var start = i;
        while (i < element.Length && element[i] != ';' && !HttpRuleParser.IsOptionalWhiteSpace(element[i])) i++;
        coding = element[start..i];
        if (coding.IsEmpty) return false;
        var seenQ = false;
        while (i < element.Length)
        {
            var semicolon = element[i..].IndexOf(';');
            if (semicolon < 0) break;
            i += semicolon + 1;
            var nameStart = i;
            while (i < element.Length && element[i] is not ('=' or ';')) i++;
            var name = element[nameStart..i].Trim(" \t");
            if (i >= element.Length || element[i] == ';') continue;
            i++;
            while (i < element.Length && HttpRuleParser.IsOptionalWhiteSpace(element[i])) i++;
            ReadOnlySpan<char> value;
            if (i < element.Length && element[i] == '"')
            {
                var length = HttpRuleParser.QuotedStringLength(element[i..]);
                if (length <= 0) length = element.Length - i;
                value = element.Slice(i + 1, Math.Max(0, length - 2));
                i += length;
            }
            else
            {
                var valueStart = i;
                while (i < element.Length && element[i] != ';') i++;
                value = element[valueStart..i].Trim(" \t");
            }
            if (!seenQ && name.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                seenQ = true;
                q = value.IsEmpty ? 1 : JsValue.ParseFloat(value);
            }
        }
        return true;
    }
}
