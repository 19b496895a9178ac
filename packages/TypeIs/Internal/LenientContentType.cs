namespace Koa;

/// <summary>
/// The part of the lenient content-type 2.1.0 parser that type-is 2.1.0 uses:
/// <c>parse(header, { parameters: false }).type</c>, which never throws and does not validate.
/// </summary>
/// <remarks>
/// <code>
/// type = OWS *( %x00-3A / %x3C-FFFF ) OWS ";"...    ; everything before the first ";", OWS trimmed
/// OWS  = *( SP / HTAB )                               ; RFC 9110 5.6.3
/// </code>
/// content-type 2.x then lower-cases it; type-is validates it with media-typer's <c>test</c>. The port lower-cases
/// only what passed that test (ASCII, plus the Kelvin sign JavaScript lower-cases to <c>k</c>), which gives the
/// same result.
/// </remarks>
internal static class LenientContentType
{
    /// <summary>The media type of <paramref name="header"/>, not yet lower-cased: before the first ";", OWS trimmed.</summary>
    public static ReadOnlySpan<char> TypeOf(ReadOnlySpan<char> header)
    {
        var semicolon = header.IndexOf(';');
        var type = semicolon < 0 ? header : header[..semicolon];
        return type.Trim(" \t");
    }
}
