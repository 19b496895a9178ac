namespace Koa;

/// <summary>
/// Reads the generated mime-db rows (<see cref="MimeDbData"/>), in db.json order:
/// <code>
/// row          = type "|" [ source ] "|" [ charset ] "|" [ compressible ] "|" [ extension *( " " extension ) ]
/// compressible = "true" / "false"
/// </code>
/// </summary>
internal static class MimeDbRows
{
    /// <summary>The rows as (type, entry) pairs, in order.</summary>
    public static IEnumerable<(string Type, MimeEntry Entry)> Parse(string rows)
    {
        foreach (var line in rows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split('|');
            if (fields.Length != 5)
            {
                throw new InvalidOperationException("Malformed mime-db row: " + line);
            }

            var extensions = fields[4].Length == 0 ? [] : fields[4].Split(' ');
            yield return (fields[0], new MimeEntry
            {
                Source = NullIfEmpty(fields[1]),
                Charset = NullIfEmpty(fields[2]),
                Compressible = fields[3] switch { "true" => true, "false" => false, _ => null },
                Extensions = extensions.Length == 0 ? [] : Array.AsReadOnly(extensions),
            });
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
