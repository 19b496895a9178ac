namespace Koa;

/// <summary>
/// Splits a header value into items at a separator (<c>,</c> between list items, <c>;</c> between media
/// type parameters), as negotiator 0.6.3 does.
/// </summary>
/// <remarks>
/// A plain split is <c>text.split(separator)</c>: every separator counts and <c>""</c> is one empty item.
/// A quote-aware split follows 0.6.3's <c>splitMediaTypes</c> / <c>splitParameters</c>: a separator ends an
/// item only when the item so far holds an even number of <c>"</c>, so <c>a;x="1,2", b</c> is two items and
/// an unbalanced quote runs to the end. Item positions (negotiator's <c>i</c>) count every item, empty and
/// invalid ones included.
/// </remarks>
internal static class ListSplitter
{
    /// <summary>
    /// The item starting at <paramref name="position"/>; moves <paramref name="position"/> past the separator,
    /// or to <c>text.Length + 1</c> after the last item (see <see cref="HasNext"/>).
    /// </summary>
    public static Range Next(ReadOnlySpan<char> text, ref int position, char separator, bool quoteAware)
    {
        var start = position;
        if (!quoteAware)
        {
            var found = text[start..].IndexOf(separator);
            if (found < 0)
            {
                position = text.Length + 1;
                return start..text.Length;
            }
            position = start + found + 1;
            return start..(start + found);
        }

        var insideQuotes = false;
        for (var i = start; ;)
        {
            var next = text[i..].IndexOfAny('"', separator);
            if (next < 0)
            {
                position = text.Length + 1;
                return start..text.Length;
            }
            i += next;
            if (text[i] == '"')
            {
                insideQuotes = !insideQuotes;
            }
            else if (!insideQuotes)
            {
                position = i + 1;
                return start..i;
            }
            i++;
        }
    }

    /// <summary>True while <see cref="Next"/> has an item left at <paramref name="position"/>.</summary>
    public static bool HasNext(ReadOnlySpan<char> text, int position) => position <= text.Length;

    /// <summary>The item trimmed of JavaScript white space, as an absolute range into the text.</summary>
    public static Range Trim(ReadOnlySpan<char> text, Range item)
    {
        var (offset, length) = item.GetOffsetAndLength(text.Length);
        var start = offset;
        var end = offset + length;
        while (start < end && JsValue.IsWhiteSpace(text[start]))
            start++;
        while (end > start && JsValue.IsWhiteSpace(text[end - 1]))
            end--;
        return start..end;
    }
}
