namespace Koa.Tests;

// visionmedia/bytes.js test/byte-format.js (bytes 3.1.2). npm's non-number inputs (undefined, true, '', {}) cannot be
// passed to a double in C#; NaN and Infinity stand for them.
public sealed class ByteFormatTests
{
    private const double Kb = 1 << 10;
    private const double Mb = 1 << 20;
    private const double Gb = 1 << 30;
    private static readonly double Tb = (1 << 30) * 1024d;
    private static readonly double Pb = Math.Pow(1024, 5);

    private static string Lower(double value, BytesFormatOptions? options = null) => Bytes.Format(value, options)!.ToLowerInvariant();

    [Fact(DisplayName = "Test byte format function › Should return null if input is invalid")]
    public void Invalid()
    {
        Assert.Null(Bytes.Format(double.NaN));
        Assert.Null(Bytes.Format(double.PositiveInfinity));
        Assert.Null(Bytes.Format(double.NegativeInfinity));
    }

    [Fact(DisplayName = "Test byte format function › Should convert numbers < 1024 to `bytes` string")]
    public void Bytes_unit()
    {
        Assert.Equal("0b", Lower(0));
        Assert.Equal("100b", Lower(100));
        Assert.Equal("-100b", Lower(-100));
    }

    [Fact(DisplayName = "Test byte format function › Should convert numbers >= 1 024 to kb string")]
    public void Kb_unit()
    {
        Assert.Equal("1kb", Lower(Kb));
        Assert.Equal("-1kb", Lower(-Kb));
        Assert.Equal("2kb", Lower(2 * Kb));
    }

    [Fact(DisplayName = "Test byte format function › Should convert numbers >= 1 048 576 to mb string")]
    public void Mb_unit()
    {
        Assert.Equal("1mb", Lower(Mb));
        Assert.Equal("-1mb", Lower(-Mb));
        Assert.Equal("2mb", Lower(2 * Mb));
    }

    [Fact(DisplayName = "Test byte format function › Should convert numbers >= (1 << 30) to gb string")]
    public void Gb_unit()
    {
        Assert.Equal("1gb", Lower(Gb));
        Assert.Equal("-1gb", Lower(-Gb));
        Assert.Equal("2gb", Lower(2 * Gb));
    }

    [Fact(DisplayName = "Test byte format function › Should convert numbers >= ((1 << 30) * 1024) to tb string")]
    public void Tb_unit()
    {
        Assert.Equal("1tb", Lower(Tb));
        Assert.Equal("-1tb", Lower(-Tb));
        Assert.Equal("2tb", Lower(2 * Tb));
    }

    [Fact(DisplayName = "Test byte format function › Should convert numbers >= 1 125 899 906 842 624 to pb string")]
    public void Pb_unit()
    {
        Assert.Equal("1pb", Lower(Pb));
        Assert.Equal("-1pb", Lower(-Pb));
        Assert.Equal("2pb", Lower(2 * Pb));
    }

    [Fact(DisplayName = "Test byte format function › Should return standard case")]
    public void Standard_case()
    {
        Assert.Equal("10B", Bytes.Format(10));
        Assert.Equal("1KB", Bytes.Format(Kb));
        Assert.Equal("1MB", Bytes.Format(Mb));
        Assert.Equal("1GB", Bytes.Format(Gb));
        Assert.Equal("1TB", Bytes.Format(Tb));
        Assert.Equal("1PB", Bytes.Format(Pb));
    }

    [Fact(DisplayName = "Test byte format function › Should support custom thousands separator")]
    public void Thousands_separator()
    {
        Assert.Equal("1000b", Lower(1000));
        Assert.Equal("1000b", Lower(1000, new() { ThousandsSeparator = "" }));
        Assert.Equal("1000b", Lower(1000, new() { ThousandsSeparator = null }));
        Assert.Equal("1.000b", Lower(1000, new() { ThousandsSeparator = "." }));
        Assert.Equal("1,000b", Lower(1000, new() { ThousandsSeparator = "," }));
        Assert.Equal("1 000b", Lower(1000, new() { ThousandsSeparator = " " }));
        Assert.Equal("1_005.1005kb", Lower(1005.1005 * Kb, new() { DecimalPlaces = 4, ThousandsSeparator = "_" }));
    }

    [Fact(DisplayName = "Test byte format function › Should support custom unit separator")]
    public void Unit_separator()
    {
        Assert.Equal("1KB", Bytes.Format(1024));
        Assert.Equal("1KB", Bytes.Format(1024, new() { UnitSeparator = "" }));
        Assert.Equal("1KB", Bytes.Format(1024, new() { UnitSeparator = null }));
        Assert.Equal("1 KB", Bytes.Format(1024, new() { UnitSeparator = " " }));
        Assert.Equal("1\tKB", Bytes.Format(1024, new() { UnitSeparator = "\t" }));
    }

    [Fact(DisplayName = "Test byte format function › Should support custom number of decimal places")]
    public void Decimal_places()
    {
        Assert.Equal("1023b", Lower(Kb - 1, new() { DecimalPlaces = 0 }));
        Assert.Equal("1kb", Lower(Kb, new() { DecimalPlaces = 0 }));
        Assert.Equal("1kb", Lower(1.4 * Kb, new() { DecimalPlaces = 0 }));
        Assert.Equal("2kb", Lower(1.5 * Kb, new() { DecimalPlaces = 0 }));
        Assert.Equal("1023b", Lower(Kb - 1, new() { DecimalPlaces = 1 }));
        Assert.Equal("1kb", Lower(Kb, new() { DecimalPlaces = 1 }));
        Assert.Equal("1kb", Lower(1.04 * Kb, new() { DecimalPlaces = 1 }));
        Assert.Equal("1.1kb", Lower(1.05 * Kb, new() { DecimalPlaces = 1 }));
        Assert.Equal("1.1005kb", Lower(1.1005 * Kb, new() { DecimalPlaces = 4 }));
    }

    [Fact(DisplayName = "Test byte format function › Should support fixed decimal places")]
    public void Fixed_decimals() => Assert.Equal("1.000kb", Lower(Kb, new() { DecimalPlaces = 3, FixedDecimals = true }));

    [Fact(DisplayName = "Test byte format function › Should support floats")]
    public void Floats()
    {
        Assert.Equal("1.2mb", Lower(1.2 * Mb));
        Assert.Equal("-1.2mb", Lower(-1.2 * Mb));
        Assert.Equal("1.2kb", Lower(1.2 * Kb));
    }

    [Fact(DisplayName = "Test byte format function › Should support custom unit")]
    public void Custom_unit()
    {
        Assert.Equal("12582912b", Lower(12 * Mb, new() { Unit = "b" }));
        Assert.Equal("12288kb", Lower(12 * Mb, new() { Unit = "kb" }));
        Assert.Equal("12288mb", Lower(12 * Gb, new() { Unit = "mb" }));
        Assert.Equal("12288gb", Lower(12 * Tb, new() { Unit = "gb" }));
        Assert.Equal("12mb", Lower(12 * Mb, new() { Unit = "" }));
        Assert.Equal("12mb", Lower(12 * Mb, new() { Unit = "bb" }));
    }
}
