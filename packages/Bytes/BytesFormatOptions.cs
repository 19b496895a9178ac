namespace Koa;

/// <summary>Options of <see cref="Bytes.Format"/> (npm <c>bytes.format(value, options)</c>); the defaults are npm's.</summary>
/// <example>
/// <code>
/// Bytes.Format(1_500_000, new BytesFormatOptions { DecimalPlaces = 1, UnitSeparator = " " });   // "1.4 MB"
/// </code>
/// </example>
public sealed class BytesFormatOptions
{
    /// <summary>Digits after the decimal point (0 to 100); 2 by default.</summary>
    /// <example><c>new BytesFormatOptions { DecimalPlaces = 0 }</c> formats 1536 as <c>"2KB"</c>.</example>
    public int DecimalPlaces { get; init; } = 2;

    /// <summary>Keep trailing zeros (<c>"1.50KB"</c>); false by default.</summary>
    /// <example><c>new BytesFormatOptions { FixedDecimals = true }</c> formats 1024 as <c>"1.00KB"</c>.</example>
    public bool FixedDecimals { get; init; }

    /// <summary>Put between groups of three digits of the integer part; none by default.</summary>
    /// <example><c>new BytesFormatOptions { ThousandsSeparator = " " }</c> formats 1000 as <c>"1 000B"</c>.</example>
    public string? ThousandsSeparator { get; init; }

    /// <summary>The unit to use (B, KB, MB, GB, TB, PB in any case); chosen from the magnitude when empty or unknown.</summary>
    /// <example><c>new BytesFormatOptions { Unit = "KB" }</c> formats 1048576 as <c>"1024KB"</c>.</example>
    public string? Unit { get; init; }

    /// <summary>Put between the number and the unit; none by default.</summary>
    /// <example><c>new BytesFormatOptions { UnitSeparator = " " }</c> formats 1024 as <c>"1 KB"</c>.</example>
    public string? UnitSeparator { get; init; }
}
