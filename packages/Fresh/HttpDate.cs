using System.Globalization;

namespace Koa;

/// <summary>
/// Reads an HTTP date as fresh's <c>Date.parse</c> does for the formats of RFC 7231 §7.1.1.1, with the BCL's
/// date parser.
/// </summary>
/// <remarks>
/// <code>
/// HTTP-date    = IMF-fixdate / rfc850-date / asctime-date
/// IMF-fixdate  = day-name "," SP day SP month SP year SP hour ":" minute ":" second SP "GMT"
///                                                          ; Sun, 06 Nov 1994 08:49:37 GMT
/// rfc850-date  = day-name-l "," SP day "-" month "-" 2DIGIT SP hour ":" minute ":" second SP "GMT"
///                                                          ; Sunday, 06-Nov-94 08:49:37 GMT
/// asctime-date = day-name SP month SP ( 2DIGIT / ( SP 1DIGIT ) ) SP hour ":" minute ":" second SP year
///                                                          ; Sun Nov  6 08:49:37 1994
/// </code>
/// Like V8's <c>Date.parse</c>: surrounding white space is ignored, extra inner white space is allowed,
/// names are case-insensitive, a one-digit day is accepted, the day name is not checked against the date,
/// a two-digit year is 20xx below 50 and 19xx from 50, and so is a four-digit year below 100 (<c>0099</c> is
/// 1999). Unlike <c>Date.parse</c>, which also accepts ISO 8601 and free-form text, anything outside these
/// shapes is invalid, as are impossible dates (<c>31 Feb</c>, <c>24:00:00</c>, leap second 60) that V8 rolls
/// over; an asctime date is read as UTC, where V8 uses the process time zone. An invalid date makes fresh
/// answer "stale", the safe answer.
/// </remarks>
internal static class HttpDate
{
    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    private static readonly string[] GmtFormats = ["d MMM yyyy HH':'mm':'ss", "d'-'MMM'-'yy HH':'mm':'ss"];
    private static readonly string[] AsctimeFormats = ["MMM d HH':'mm':'ss yyyy"];
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] LongDayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Parses an HTTP date into milliseconds since the Unix epoch; false when it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        var text = JsWhiteSpace.Trim(value);

        // Fast path: an exact IMF-fixdate with the right day name, what HTTP servers and clients send.
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Result(date, out unixMilliseconds);

        var nameLength = 0;
        while (nameLength < text.Length && char.IsAsciiLetter(text[nameLength]))
            nameLength++;
        if (!IsDayName(text[..nameLength]))
            return false;

        var rest = text[nameLength..];
        string[] formats;
        if (rest.StartsWith(','))
        {
            if (!rest.EndsWith("GMT", StringComparison.OrdinalIgnoreCase))
                return false;
            rest = rest[1..^3];
            formats = GmtFormats;
        }
        else
        {
            formats = AsctimeFormats;
        }

        return DateTimeOffset.TryParseExact(rest, formats, CultureInfo.InvariantCulture, Styles, out date)
            && Result(date, out unixMilliseconds);
    }

    private static bool Result(DateTimeOffset date, out long unixMilliseconds)
    {
        if (date.Year < 100)
            date = date.AddYears(date.Year < 50 ? 2000 : 1900);
        unixMilliseconds = date.ToUnixTimeMilliseconds();
        return true;
    }

    private static bool IsDayName(ReadOnlySpan<char> name)
    {
        var names = name.Length == 3 ? DayNames : LongDayNames;
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
