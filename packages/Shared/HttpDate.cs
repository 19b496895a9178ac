using System.Globalization;

namespace Koa;

/// <summary>
/// HTTP-dates (RFC 9110 §5.6.7) read the way V8's <c>Date.parse</c> reads them, and written as
/// <c>Date.prototype.toUTCString</c> writes them — once, for every package that reads or writes a date header
/// (fresh, Koa's <c>lastModified</c>, send, …). Linked as source, tested by tests/Shared.Tests against node.
/// </summary>
/// <remarks>
/// <code>
/// HTTP-date    = OWS ( IMF-fixdate / rfc850-date / asctime-date ) OWS
/// IMF-fixdate  = day-name "," OWS day RWS month RWS year RWS time RWS "GMT"          ; Sun, 06 Nov 1994 08:49:37 GMT
/// rfc850-date  = day-name "," OWS day "-" month "-" year RWS time RWS "GMT"          ; Sunday, 06-Nov-94 08:49:37 GMT
/// asctime-date = day-name RWS month RWS day RWS time RWS year                        ; Sun Nov  6 08:49:37 1994
/// day-name     = "Mon" / "Tue" / … / "Sun" / "Monday" / "Tuesday" / … / "Sunday"      ; any case, either form
/// day          = 1*2DIGIT                 month = "Jan" / "Feb" / … / "Dec"           ; any case
/// year         = 2DIGIT / 4DIGIT          time  = 2DIGIT ":" 2DIGIT ":" 2DIGIT
/// RWS          = 1*( SP / HTAB )          OWS   = *( SP / HTAB )
/// </code>
/// Every date this grammar accepts, <c>Date.parse</c> reads as the same instant (checked over generated dates in
/// tests/Shared.Tests): the day name is not checked against the date; a year below 50 is 20xx and one from 50 to
/// 99 is 19xx, also when written with four digits (<c>0094</c> is 1994), as V8 does. Anything else is invalid —
/// also where <c>Date.parse</c> would still find a date (ISO 8601, free-form text, other white space, other zones,
/// a missing <c>GMT</c>, <c>31 Feb</c> or <c>24:00:00</c> rolled over, a leap second): an unreadable date is always
/// the safe answer for a cache validator (stale, full response). Inside the grammar nothing is lenient: a space
/// before <c>GMT</c> is required (<c>08:49:37GMT</c>), none may appear inside the time (<c>01 :44:41</c>) or around
/// the <c>-</c> of rfc850-date, the year must be apart from the time (<c>201502:21:58</c>), and no white space but
/// SP and HTAB separates (not U+0085, U+2028 or U+00A0). V8 reads an asctime-date in the process time zone; this
/// reads it as UTC, what a server in UTC (and node's fixtures, generated with TZ=UTC) sees.
/// </remarks>
internal static class HttpDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly string[] LongDayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Parses an HTTP-date into milliseconds since the Unix epoch; false when it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        var s = TrimOptionalWhiteSpace(value);
        var i = 0;
        var nameLength = 0;
        while (nameLength < s.Length && char.IsAsciiLetter(s[nameLength])) nameLength++;
        if (!IsDayName(s[..nameLength])) return false;
        i = nameLength;

        int day, month, year;
        if (i < s.Length && s[i] == ',')
        {
            i++;
            Whitespace(s, ref i);
            if (!Number(s, ref i, 1, 2, out day)) return false;
            if (i < s.Length && s[i] == '-')
            {
                // rfc850-date
                i++;
                if (!Month(s, ref i, out month) || i >= s.Length || s[i] != '-') return false;
                i++;
            }
            else if (!Whitespace(s, ref i) || !Month(s, ref i, out month) || !Whitespace(s, ref i))
            {
                return false;
            }
            if (!Year(s, ref i, out year) || !Whitespace(s, ref i) || !Time(s, ref i, out var seconds) || !Whitespace(s, ref i))
                return false;
            if (s.Length - i != 3 || !s[i..].Equals("GMT", StringComparison.OrdinalIgnoreCase)) return false;
            return Result(year, month, day, seconds, out unixMilliseconds);
        }

        // asctime-date
        if (!Whitespace(s, ref i) || !Month(s, ref i, out month) || !Whitespace(s, ref i) || !Number(s, ref i, 1, 2, out day)
            || !Whitespace(s, ref i) || !Time(s, ref i, out var time) || !Whitespace(s, ref i) || !Year(s, ref i, out year)
            || i != s.Length)
        {
            return false;
        }
        return Result(year, month, day, time, out unixMilliseconds);
    }

    /// <summary>Parses an HTTP-date; null when it is not one.</summary>
    public static DateTimeOffset? Parse(ReadOnlySpan<char> value) =>
        TryParse(value, out var milliseconds) ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;

    /// <summary><c>date.toUTCString()</c>: the IMF-fixdate of the instant, e.g. <c>Sun, 06 Nov 1994 08:49:37 GMT</c>.</summary>
    public static string Format(DateTimeOffset date) => date.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>Writes <see cref="Format(DateTimeOffset)"/> into <paramref name="destination"/> (29 characters); false when too short.</summary>
    public static bool TryFormat(DateTimeOffset date, Span<char> destination, out int written) =>
        date.UtcDateTime.TryFormat(destination, out written, "r", CultureInfo.InvariantCulture);

    private static ReadOnlySpan<char> TrimOptionalWhiteSpace(ReadOnlySpan<char> value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && value[start] is ' ' or '\t') start++;
        while (end > start && value[end - 1] is ' ' or '\t') end--;
        return value[start..end];
    }

    private static bool Whitespace(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && s[i] is ' ' or '\t') i++;
        return i > start;
    }

    private static bool Number(ReadOnlySpan<char> s, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (i - start == maxDigits) return false;
            value = (value * 10) + (s[i] - '0');
            i++;
        }
        return i - start >= minDigits;
    }

    private static bool Year(ReadOnlySpan<char> s, ref int i, out int year)
    {
        var start = i;
        if (!Number(s, ref i, 2, 4, out year) || i - start == 3) return false;
        if (year < 50) year += 2000;
        else if (year < 100) year += 1900;
        return true;
    }

    private static bool Time(ReadOnlySpan<char> s, ref int i, out int seconds)
    {
        seconds = 0;
        if (!Number(s, ref i, 2, 2, out var hour) || i >= s.Length || s[i++] != ':'
            || !Number(s, ref i, 2, 2, out var minute) || i >= s.Length || s[i++] != ':'
            || !Number(s, ref i, 2, 2, out var second))
        {
            return false;
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        seconds = (((hour * 60) + minute) * 60) + second;
        return true;
    }

    private static bool Month(ReadOnlySpan<char> s, ref int i, out int month)
    {
        month = 0;
        if (s.Length - i < 3) return false;
        var name = s.Slice(i, 3);
        for (var m = 0; m < Months.Length; m++)
        {
            if (name.Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                i += 3;
                return i == s.Length || !char.IsAsciiLetter(s[i]);
            }
        }
        return false;
    }

    private static bool IsDayName(ReadOnlySpan<char> name)
    {
        var names = name.Length == 3 ? DayNames : LongDayNames;
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool Result(int year, int month, int day, int seconds, out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds);
        unixMilliseconds = new DateTimeOffset(date).ToUnixTimeMilliseconds();
        return true;
    }
}
