namespace Koa;

/// <summary>
/// Builds a Content-Disposition header as npm content-disposition 1.0.1's <c>contentDisposition</c> does
/// (<c>createparams</c> then <c>format</c>), computing the length first and writing the string once.
/// </summary>
/// <remarks>
/// <code>
/// header   = type [ "; filename=" quoted-string ] [ "; filename*=UTF-8''" pct-encoded-utf8 ]   ; sorted names
/// name     = basename(filename)                                   ; POSIX: only "/" separates
/// quoted   = name is non-empty TEXT (%x20-7E / %x80-FF)
/// fallback = true: name with non-Latin-1 (not %x20-7E / %xA0-FF) units as "?" | false: none | string: basename(string)
/// filename*  when fallback differs from name, or not quoted, or name contains "%" HEXDIG HEXDIG
/// filename   when quoted or fallback differs from name: the fallback if it differs, else the name
/// </code>
/// Errors, in npm's order: a string fallback that is not printable ISO-8859-1, a type that is not a token,
/// an unpaired surrogate in the name (<c>encodeURIComponent</c>'s "URI malformed").
/// </remarks>
internal static class DispositionWriter
{
    private const string Attachment = "attachment";
    private const string FileNameParameter = "; filename=";
    private const string ExtendedParameter = "; filename*=";

    public static string Write(string? filename, ContentDispositionOptions? options)
    {
        var type = options?.Type;
        if (string.IsNullOrEmpty(type))
            type = Attachment;
        var fallback = options?.Fallback ?? ContentDispositionFallback.Automatic;

        if (filename is null)
            return LowerType(type);

        if (fallback.Name is { } fallbackText && !HttpGrammar.IsLatin1(fallbackText))
            throw new ArgumentException("fallback must be ISO-8859-1 string", nameof(options));

        var name = NodePath.Basename(filename);
        var quoted = HttpGrammar.IsText(name);
        var replace = false;
        var fallbackName = name;
        var hasFallback = false;
        if (fallback.Name is { } explicitName)
        {
            fallbackName = NodePath.Basename(explicitName);
            hasFallback = !fallbackName.SequenceEqual(name);
        }
        else if (fallback.IsEnabled)
        {
            hasFallback = replace = !HttpGrammar.IsLatin1(name);
        }
        var extended = hasFallback || !quoted || HttpGrammar.ContainsHexEscape(name);
        var plain = quoted || hasFallback;

        var lowerType = LowerType(type);
        var length = lowerType.Length;
        if (plain)
            length += FileNameParameter.Length + QuotedLength(fallbackName);
        if (extended)
            length += ExtendedParameter.Length + ExtendedValue.EncodedLength(name);

        var plan = new Plan(lowerType, filename, fallback.Name, plain, replace, extended);
        return string.Create(length, plan, static (destination, plan) => plan.WriteTo(destination));
    }

    private static string LowerType(string type)
    {
        if (!HttpRuleParser.IsToken(type))
            throw new ArgumentException("invalid type", "options");
        return type.AsSpan().ContainsAny(HttpGrammar.AsciiUpper) ? HttpGrammar.LowerToken(type) : type;
    }

    // <"> + value with "\" and <"> escaped + <">
    private static int QuotedLength(ReadOnlySpan<char> value) => value.Length + 2 + value.Count('"') + value.Count('\\');

    private readonly record struct Plan(string Type, string FileName, string? FallbackText, bool Plain, bool Replace, bool Extended)
    {
        public void WriteTo(Span<char> destination)
        {
            Type.CopyTo(destination);
            var written = Type.Length;
            var name = NodePath.Basename(FileName);
            if (Plain)
            {
                FileNameParameter.CopyTo(destination[written..]);
                written += FileNameParameter.Length;
                written += WriteQuoted(FallbackText is null ? name : NodePath.Basename(FallbackText), Replace, destination[written..]);
            }
            if (Extended)
            {
                ExtendedParameter.CopyTo(destination[written..]);
                written += ExtendedParameter.Length;
                ExtendedValue.Encode(name, destination[written..]);
            }
        }

        private static int WriteQuoted(ReadOnlySpan<char> value, bool replace, Span<char> destination)
        {
            var written = 0;
            destination[written++] = '"';
            foreach (var c in value)
            {
                if (c is '"' or '\\')
                    destination[written++] = '\\';
                destination[written++] = replace && !HttpGrammar.IsLatin1(c) ? '?' : c;
            }
            destination[written++] = '"';
            return written;
        }
    }
}
