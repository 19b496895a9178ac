namespace Koa;

/// <summary>
/// mime-types 3.0.2 <c>mimeScore.js</c> (a CommonJS back-port of the <c>mime-score</c> package): how "official" a
/// media type is. When two types claim one extension, the new type wins unless the existing one scores strictly higher.
/// </summary>
/// <remarks>
/// <code>
/// score = facet + source + type + (1 - length / 100)            ; application/octet-stream scores 0
/// facet  : subtype up to and including its first "." or "x-":  "prs." 100, "x-" 200, "x." 300, "vnd." 400, other 900
/// source : nginx 10, apache 20, iana 40, none (mime-db's own) 30
/// type   : application 1, font 2, audio 2, video 3, other 0
/// </code>
/// </remarks>
internal static class MimeScore
{
    /// <summary>mimeScore(mimeType, source).</summary>
    public static double Of(string mimeType, string? source)
    {
        if (mimeType == "application/octet-stream")
        {
            return 0;
        }

        var span = mimeType.AsSpan();
        var slash = span.IndexOf('/');
        var type = slash < 0 ? span : span[..slash];
        var subtype = slash < 0 ? [] : span[(slash + 1)..];
        var second = subtype.IndexOf('/');
        if (second >= 0) subtype = subtype[..second];

        double facetScore = Facet(subtype) switch
        {
            "prs." => 100,
            "x-" => 200,
            "x." => 300,
            "vnd." => 400,
            _ => 900,
        };
        double sourceScore = source switch
        {
            "nginx" => 10,
            "apache" => 20,
            "iana" => 40,
            _ => 30,
        };
        double typeScore = type switch
        {
            "application" => 1,
            "font" or "audio" => 2,
            "video" => 3,
            _ => 0,
        };
        var lengthScore = 1 - (mimeType.Length / 100.0);
        return facetScore + sourceScore + typeScore + lengthScore;
    }

    /// <summary><c>subtype.replace(/(\.|x-).*/, '$1')</c>: the subtype cut after its first "." or "x-".</summary>
    private static ReadOnlySpan<char> Facet(ReadOnlySpan<char> subtype)
    {
        for (var i = 0; i < subtype.Length; i++)
        {
            if (subtype[i] == '.') return subtype[..(i + 1)];
            if (subtype[i] == 'x' && i + 1 < subtype.Length && subtype[i + 1] == '-') return subtype[..(i + 2)];
        }
        return subtype;
    }
}
