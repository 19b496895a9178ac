using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Koa;

/// <summary>
/// The npm <c>media-typer</c> package, version 1.1.1 (what type-is 2.1.0 uses): parse, test and format RFC 6838
/// media types (<c>type/subtype+suffix</c>, no parameters; use <see cref="ContentType"/> for those).
/// </summary>
/// <remarks>
/// <code>
/// type-name    = restricted-name                       ; RFC 6838 4.2
/// subtype-name = restricted-name
/// restricted-name       = restricted-name-first *126restricted-name-chars
/// restricted-name-first = ALPHA / DIGIT
/// restricted-name-chars = ALPHA / DIGIT / "!" / "#" / "$" / "&amp;" / "-" / "^" / "_"
/// restricted-name-chars =/ "." ; subtype only: before the first dot is a facet name
/// restricted-name-chars =/ "+" ; subtype only: after the last plus is a structured syntax suffix
/// </code>
/// Parse and test accept <c>^ *type/subtype *$</c> on the lower-cased string (JavaScript <c>toLowerCase</c>, so the
/// Kelvin sign counts as <c>k</c>).
/// </remarks>
/// <example>
/// <code>
/// MediaTyper.Test("IMAGE/SVG+XML");             // true
/// var t = MediaTyper.Parse("image/svg+xml");    // ("image", "svg", "xml")
/// MediaTyper.Format(t);                         // "image/svg+xml"
/// </code>
/// </example>
public static class MediaTyper
{
    private const int MaxNameLength = 127;

    /// <summary>media-typer <c>parse(string)</c>: splits a media type into lower-case type, subtype and suffix.</summary>
    /// <param name="value">A media type such as <c>"image/svg+xml"</c>; spaces around it are allowed.</param>
    /// <returns>The parts; the suffix is what follows the last <c>+</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null (<c>argument string is required to be a string</c>).</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a media type (<c>invalid media type</c>).</exception>
    /// <example><c>MediaTyper.Parse("IMAGE/SVG+XML")</c> is <c>new MediaType("image", "svg", "xml")</c>.</example>
    public static MediaType Parse(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), "argument string is required to be a string");
        }

        return TryParse(value, out var result) ? result : throw new ArgumentException("invalid media type", nameof(value));
    }

    /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
    /// <param name="value">A media type; null fails.</param>
    /// <param name="result">The parts when the method returns true.</param>
    /// <returns>Whether <paramref name="value"/> is a media type.</returns>
    /// <example><c>MediaTyper.TryParse("text/plain,wrong", out _)</c> is false.</example>
    public static bool TryParse([NotNullWhen(true)] string? value, out MediaType result)
    {
        result = default;
        if (value is null || !TryMatch(value, out var typeRange, out var subtypeRange))
        {
            return false;
        }

        var type = Lower(value.AsSpan()[typeRange]);
        var subtype = value.AsSpan()[subtypeRange];
        var plus = subtype.LastIndexOf('+');
        result = plus < 0
            ? new MediaType(type, Lower(subtype))
            : new MediaType(type, Lower(subtype[..plus]), Lower(subtype[(plus + 1)..]));
        return true;
    }

    /// <summary>media-typer <c>test(string)</c>: whether the string is a media type (<c>^ *type/subtype *$</c>, any case).</summary>
    /// <param name="value">The string to test.</param>
    /// <returns>True for a valid media type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null (<c>argument string is required to be a string</c>).</exception>
    /// <example><c>MediaTyper.Test("text/html")</c> is true; <c>MediaTyper.Test("text/p£ain")</c> is false.</example>
    public static bool Test(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), "argument string is required to be a string");
        }

        return TryMatch(value, out _, out _);
    }

    /// <summary>media-typer <c>test(string)</c> over a span (no allocation).</summary>
    /// <param name="value">The characters to test.</param>
    /// <returns>True for a valid media type.</returns>
    /// <example><c>MediaTyper.Test("text/html; charset=utf-8".AsSpan(0, 9))</c> is true.</example>
    public static bool Test(ReadOnlySpan<char> value) => TryMatch(value, out _, out _);

    /// <summary>
    /// media-typer <c>format(obj)</c>: <c>type/subtype</c>, plus <c>+suffix</c> when the suffix is not empty. The parts
    /// are written as given (no lower-casing).
    /// </summary>
    /// <param name="value">The parts.</param>
    /// <returns>The media type.</returns>
    /// <exception cref="ArgumentException">
    /// <c>argument obj is required</c> (<c>default</c> value), <c>invalid type</c>, <c>invalid subtype</c> or
    /// <c>invalid suffix</c> (a part that is not a restricted-name; the subtype may contain <c>.</c>).
    /// </exception>
    /// <example><c>MediaTyper.Format(new MediaType("image", "svg", "xml"))</c> is <c>"image/svg+xml"</c>.</example>
    public static string Format(MediaType value)
    {
        if (value.IsDefault)
        {
            throw new ArgumentException("argument obj is required", nameof(value));
        }

        if (!HttpTokens.IsRestrictedName(value.Type, HttpTokens.RestrictedName))
        {
            throw new ArgumentException("invalid type", nameof(value));
        }

        if (!HttpTokens.IsRestrictedName(value.Subtype, HttpTokens.RestrictedSubtypeName))
        {
            throw new ArgumentException("invalid subtype", nameof(value));
        }

        if (string.IsNullOrEmpty(value.Suffix))
        {
            return string.Concat(value.Type, "/", value.Subtype);
        }

        if (!HttpTokens.IsRestrictedName(value.Suffix, HttpTokens.RestrictedName))
        {
            throw new ArgumentException("invalid suffix", nameof(value));
        }

        return string.Concat(value.Type, "/", value.Subtype, "+", value.Suffix);
    }

    /// <summary>
    /// TYPE_REGEXP of media-typer 1.1 on the lower-cased value, by index:
    /// <c>^ *([a-z0-9][a-z0-9!#$&amp;^_-]{0,126})\/([a-z0-9][a-z0-9!#$&amp;^_.+-]{0,126}) *$</c>.
    /// </summary>
    private static bool TryMatch(ReadOnlySpan<char> value, out Range type, out Range subtype)
    {
        type = subtype = default;
        var i = 0;
        while (i < value.Length && value[i] == ' ')
        {
            i++;
        }

        var typeStart = i;
        i = ScanName(value, i, subtype: false);
        if (i < 0 || i == value.Length || value[i] != '/')
        {
            return false;
        }

        var typeEnd = i++;
        var subtypeStart = i;
        i = ScanName(value, i, subtype: true);
        if (i < 0)
        {
            return false;
        }

        var subtypeEnd = i;
        while (i < value.Length && value[i] == ' ')
        {
            i++;
        }

        if (i != value.Length)
        {
            return false;
        }

        type = typeStart..typeEnd;
        subtype = subtypeStart..subtypeEnd;
        return true;
    }

    /// <summary>
    /// One restricted-name from <paramref name="start"/> (first character alphanumeric, at most 127 characters,
    /// compared after JavaScript lower-casing); the index after it, or -1.
    /// </summary>
    private static int ScanName(ReadOnlySpan<char> value, int start, bool subtype)
    {
        if (start == value.Length || !(char.IsAsciiLetterOrDigit(value[start]) || value[start] == JsLowerCase.KelvinSign))
        {
            return -1;
        }

        var chars = subtype ? SubtypeChars : TypeChars;
        var i = start + 1;
        while (true)
        {
            var length = value[i..].IndexOfAnyExcept(chars);
            i = length < 0 ? value.Length : i + length;
            if (i == value.Length || value[i] != JsLowerCase.KelvinSign)
            {
                break;
            }

            i++;
        }

        return i - start <= MaxNameLength ? i : -1;
    }

    /// <summary>restricted-name-chars of a type (the Kelvin sign, which lower-cases to k, is handled apart).</summary>
    private static readonly SearchValues<char> TypeChars = SearchValues.Create("!#$&-^_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>restricted-name-chars of a subtype: those of a type, "." and "+".</summary>
    private static readonly SearchValues<char> SubtypeChars = SearchValues.Create("!#$&-.+^_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static string Lower(ReadOnlySpan<char> value)
    {
        Span<char> buffer = stackalloc char[value.Length];
        JsLowerCase.TryToLowerAscii(value, buffer);
        return new string(buffer);
    }
}
