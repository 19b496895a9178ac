namespace Koa;

/// <summary>
/// How a mime-types version picks the type of an extension that several mime-db types list. Both walk mime-db in
/// its own order and decide between the type already chosen (<c>current</c>) and the next claimant.
/// </summary>
internal enum ExtensionConflicts
{
    /// <summary>
    /// mime-types 3.x <c>_preferredType</c>: the claimant wins unless <c>mimeScore(current) &gt; mimeScore(claimant)</c>.
    /// </summary>
    MimeScore,

    /// <summary>
    /// mime-types 2.x <c>populateMaps</c>: with the source rank nginx &lt; apache &lt; none &lt; iana, the current type
    /// stays when it is not <c>application/octet-stream</c> and it ranks higher, or ranks the same and is an
    /// <c>application/</c> type; otherwise the claimant wins.
    /// </summary>
    SourceRank,
}

/// <summary>The rules of <see cref="ExtensionConflicts"/>.</summary>
internal static class ExtensionConflictRules
{
    /// <summary>Which of <paramref name="current"/> (null when the extension is new) and <paramref name="claimant"/> keeps the extension.</summary>
    public static string Resolve(ExtensionConflicts rule, string? current, string? currentSource, string claimant, string? claimantSource)
    {
        if (rule == ExtensionConflicts.MimeScore)
        {
            var score0 = current is null ? 0 : MimeScore.Of(current, currentSource);
            var score1 = MimeScore.Of(claimant, claimantSource);
            return score0 > score1 ? current! : claimant;
        }

        if (current is null)
        {
            return claimant;
        }

        var from = SourceRank(currentSource);
        var to = SourceRank(claimantSource);
        var keep = current != "application/octet-stream"
            && (from > to || (from == to && current.StartsWith("application/", StringComparison.Ordinal)));
        return keep ? current : claimant;
    }

    /// <summary><c>['nginx', 'apache', undefined, 'iana'].indexOf(source)</c>.</summary>
    private static int SourceRank(string? source) => source switch
    {
        "nginx" => 0,
        "apache" => 1,
        null => 2,
        "iana" => 3,
        _ => -1,
    };
}
