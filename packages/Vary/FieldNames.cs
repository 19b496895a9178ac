namespace Koa;

/// <summary>
/// Character scanners over field-name lists, shared by <see cref="Vary"/> (npm vary's <c>parse</c> and
/// <c>FIELD_NAME_REGEXP</c>, without regular expressions).
/// </summary>
/// <remarks>
/// RFC 7230 section 3.2:
/// <code>
/// field-name = token                   ; HttpRuleParser.IsToken
/// </code>
/// A list is split as npm vary does: items are separated by <c>","</c> and trimmed of spaces (SP only; an HTAB
/// stays part of the item), so empty items survive as empty strings.
/// </remarks>
internal static class FieldNames
{
    /// <summary>The number of items npm vary's <c>parse</c> yields for <paramref name="list"/>.</summary>
    public static int CountItems(ReadOnlySpan<char> list) => list.Count(',') + 1;

    /// <summary>
    /// Returns the item that starts at <paramref name="position"/> (trimmed of SP) and moves
    /// <paramref name="position"/> past the following comma; after the last item it is
    /// <c>list.Length + 1</c>.
    /// </summary>
    public static Range NextItem(ReadOnlySpan<char> list, ref int position)
    {
        var start = position;
        var comma = list[start..].IndexOf(',');
        var end = comma < 0 ? list.Length : start + comma;
        position = end + 1;
        while (start < end && list[start] == ' ')
            start++;
        while (end > start && list[end - 1] == ' ')
            end--;
        return new Range(start, end);
    }

    /// <summary>True when one item of <paramref name="list"/> is exactly <c>*</c>.</summary>
    public static bool ContainsStar(ReadOnlySpan<char> list)
    {
        if (!list.Contains('*'))
            return false;
        for (var position = 0; position <= list.Length;)
        {
            if (list[NextItem(list, ref position)] is "*")
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="list"/> has an item equal to the token <paramref name="field"/> once both are
    /// lower-cased the way JavaScript's <c>toLowerCase</c> does.
    /// </summary>
    public static bool ContainsItem(ReadOnlySpan<char> list, ReadOnlySpan<char> field)
    {
        for (var position = 0; position <= list.Length;)
        {
            if (EqualsLowered(list[NextItem(list, ref position)], field))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Compares an item of an existing header with a token (ASCII) the way npm vary compares
    /// <c>header.toLowerCase()</c> items with <c>field.toLowerCase()</c>.
    /// </summary>
    /// <remarks>
    /// A token is ASCII, so a header character can only match if its JavaScript lower case is one ASCII
    /// character: an ASCII letter, or U+212A KELVIN SIGN, which lower-cases to <c>k</c>. Every other non-ASCII
    /// character (U+0130 lower-cases to two characters, U+0131 and U+017F only upper-case to ASCII) never matches,
    /// which is why <see cref="StringComparison.OrdinalIgnoreCase"/> cannot be used here.
    /// </remarks>
    public static bool EqualsLowered(ReadOnlySpan<char> item, ReadOnlySpan<char> field)
    {
        if (item.Length != field.Length)
            return false;
        for (var i = 0; i < item.Length; i++)
        {
            if (JsLowerCase.ToAscii(item[i]) != JsLowerCase.ToAscii(field[i]))
                return false;
        }
        return true;
    }
}
