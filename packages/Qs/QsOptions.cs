using System.Text.RegularExpressions;

namespace Koa;

/// <summary>
/// A value decoder for <see cref="Qs.Parse(string, QsOptions?)"/> (qs's <c>decoder</c> option): receives the
/// percent-encoded text, the default decoder, the charset and <c>"key"</c> or <c>"value"</c>; returns the decoded
/// text, or null to drop the pair (for a key).
/// </summary>
public delegate string? QsDecoder(string value, QsDecoder defaultDecoder, string charset, string kind);

/// <summary>
/// A value encoder for <see cref="Qs.Stringify(object?, QsStringifyOptions?)"/> (qs's <c>encoder</c> option):
/// receives the key or value, the default encoder, the charset, <c>"key"</c> or <c>"value"</c>, and the format.
/// </summary>
public delegate string QsEncoder(object? value, QsEncoder defaultEncoder, string charset, string kind, QsFormat format);

/// <summary>What <see cref="Qs.Parse(string, QsOptions?)"/> does with a key seen more than once (qs's <c>duplicates</c>).</summary>
public enum QsDuplicates
{
    /// <summary>Combine the values into an array (the default).</summary>
    Combine,
    /// <summary>Keep the first value.</summary>
    First,
    /// <summary>Keep the last value.</summary>
    Last,
}

/// <summary>The percent-encoding flavour of <see cref="Qs.Stringify(object?, QsStringifyOptions?)"/> (qs's <c>format</c>).</summary>
public enum QsFormat
{
    /// <summary>RFC 3986: a space is <c>%20</c> (the default).</summary>
    RFC3986,
    /// <summary>RFC 1738: a space is <c>+</c>, <c>(</c> and <c>)</c> are kept.</summary>
    RFC1738,
    /// <summary>WHATWG URL form encoding: a space is <c>+</c>, <c>*</c> kept, <c>~</c> encoded.</summary>
    WHATWG,
}

/// <summary>How <see cref="Qs.Stringify(object?, QsStringifyOptions?)"/> writes arrays (qs's <c>arrayFormat</c>).</summary>
public enum QsArrayFormat
{
    /// <summary><c>a[0]=b&amp;a[1]=c</c> (the default).</summary>
    Indices,
    /// <summary><c>a[]=b&amp;a[]=c</c>.</summary>
    Brackets,
    /// <summary><c>a=b&amp;a=c</c>.</summary>
    Repeat,
    /// <summary><c>a=b,c</c>.</summary>
    Comma,
}

/// <summary>
/// Options of <see cref="Qs.Parse(string, QsOptions?)"/>: qs 6.17's parse options, with qs's defaults. Limits given as
/// <see cref="int.MaxValue"/> mean <c>Infinity</c>.
/// </summary>
public sealed class QsOptions
{
    /// <summary>The defaults (qs's).</summary>
    public static QsOptions Default { get; } = new();

    /// <summary><c>a.b=c</c> → <c>{ a: { b: 'c' } }</c>. Default false (true when <see cref="DecodeDotInKeys"/> is set and this is not).</summary>
    public bool? AllowDots { get; init; }

    /// <summary><c>a[]</c> with an empty value gives an empty array. Default false.</summary>
    public bool AllowEmptyArrays { get; init; }

    /// <summary>Allow keys that are <c>Object.prototype</c> properties (<c>toString</c>, <c>hasOwnProperty</c>…). Default false. <c>__proto__</c> is never set.</summary>
    public bool AllowPrototypes { get; init; }

    /// <summary>Keep holes in arrays (<c>a[1]=b</c> → <c>[ , 'b']</c>; holes come out as JSON null). Default false.</summary>
    public bool AllowSparse { get; init; }

    /// <summary>Highest index (exclusive) that makes an array; larger indices make an object. Default 20.</summary>
    public int ArrayLimit { get; init; } = 20;

    /// <summary><c>"utf-8"</c> (default) or <c>"iso-8859-1"</c>.</summary>
    public string Charset { get; init; } = "utf-8";

    /// <summary>Honour a <c>utf8=✓</c> sentinel parameter choosing the charset (and drop it). Default false.</summary>
    public bool CharsetSentinel { get; init; }

    /// <summary>Split values on commas into arrays (<c>a=b,c</c>). Default false.</summary>
    public bool Comma { get; init; }

    /// <summary>Decode <c>%2E</c> in keys to dots (implies <see cref="AllowDots"/>). Default false.</summary>
    public bool DecodeDotInKeys { get; init; }

    /// <summary>A custom decoder; null for qs's default (<see cref="Qs.Decode(string, string)"/>).</summary>
    public QsDecoder? Decoder { get; init; }

    /// <summary>The pair delimiter. Default <c>&amp;</c>.</summary>
    public string Delimiter { get; init; } = "&";

    /// <summary>A delimiter pattern (qs accepts a RegExp); used instead of <see cref="Delimiter"/> when set.</summary>
    public Regex? DelimiterPattern { get; init; }

    /// <summary>Maximum nesting depth of bracket keys; deeper parts stay one literal key. Default 5.</summary>
    public int Depth { get; init; } = 5;

    /// <summary>Duplicate keys: combine (default), first or last.</summary>
    public QsDuplicates Duplicates { get; init; } = QsDuplicates.Combine;

    /// <summary>Strip one leading <c>?</c>. Default false.</summary>
    public bool IgnoreQueryPrefix { get; init; }

    /// <summary>With iso-8859-1, turn <c>&amp;#9786;</c> numeric entities into characters. Default false.</summary>
    public bool InterpretNumericEntities { get; init; }

    /// <summary>Maximum number of pairs read; the rest are ignored. Default 1000.</summary>
    public int ParameterLimit { get; init; } = 1000;

    /// <summary>Build arrays from <c>[]</c> and <c>[n]</c>. Default true.</summary>
    public bool ParseArrays { get; init; } = true;

    /// <summary>Objects without a prototype (allows prototype-named keys). Default false.</summary>
    public bool PlainObjects { get; init; }

    /// <summary>Throw instead of flattening when the input is deeper than <see cref="Depth"/>. Default false.</summary>
    public bool StrictDepth { get; init; }

    /// <summary>A key that is both a value and an object keeps both (qs 6.15's <c>strictMerge</c>). Default true.</summary>
    public bool StrictMerge { get; init; } = true;

    /// <summary>A key with no <c>=</c> gives null instead of an empty string. Default false.</summary>
    public bool StrictNullHandling { get; init; }

    /// <summary>Throw an <see cref="ArgumentOutOfRangeException"/> when a limit is exceeded instead of truncating. Default false.</summary>
    public bool ThrowOnLimitExceeded { get; init; }
}

/// <summary>Options of <see cref="Qs.Stringify(object?, QsStringifyOptions?)"/>: qs 6.17's stringify options, with its defaults.</summary>
public sealed class QsStringifyOptions
{
    /// <summary>The defaults (qs's).</summary>
    public static QsStringifyOptions Default { get; } = new();

    /// <summary>Prefix the result with <c>?</c>. Default false.</summary>
    public bool AddQueryPrefix { get; init; }

    /// <summary>Write nested keys as <c>a.b</c>. Default false (true when <see cref="EncodeDotInKeys"/> is set and this is not).</summary>
    public bool? AllowDots { get; init; }

    /// <summary>Write an empty array as <c>a[]</c>. Default false.</summary>
    public bool AllowEmptyArrays { get; init; }

    /// <summary>How arrays are written. Default <see cref="QsArrayFormat.Indices"/> (or per <see cref="Indices"/>).</summary>
    public QsArrayFormat? ArrayFormat { get; init; }

    /// <summary>The deprecated <c>indices</c> option: false means <see cref="QsArrayFormat.Repeat"/>.</summary>
    public bool? Indices { get; init; }

    /// <summary><c>"utf-8"</c> (default) or <c>"iso-8859-1"</c>.</summary>
    public string Charset { get; init; } = "utf-8";

    /// <summary>Prepend the <c>utf8=✓</c> sentinel. Default false.</summary>
    public bool CharsetSentinel { get; init; }

    /// <summary>With the comma format, write a one-element array as <c>a[]=b</c>. Default false.</summary>
    public bool CommaRoundTrip { get; init; }

    /// <summary>The pair delimiter. Default <c>&amp;</c>.</summary>
    public string Delimiter { get; init; } = "&";

    /// <summary>Maximum nesting depth before an <see cref="ArgumentOutOfRangeException"/>. Default unbounded (<see cref="int.MaxValue"/>).</summary>
    public int Depth { get; init; } = int.MaxValue;

    /// <summary>Percent-encode keys and values. Default true.</summary>
    public bool Encode { get; init; } = true;

    /// <summary>Encode dots in keys as <c>%2E</c> (implies <see cref="AllowDots"/>). Default false.</summary>
    public bool EncodeDotInKeys { get; init; }

    /// <summary>A custom encoder; null for qs's default (<see cref="Qs.Encode(object?, string, QsFormat)"/>).</summary>
    public QsEncoder? Encoder { get; init; }

    /// <summary>Encode only the values, not the keys. Default false.</summary>
    public bool EncodeValuesOnly { get; init; }

    /// <summary>A filter called with each prefix and value; what it returns is written instead (null for none).</summary>
    public Func<string, object?, object?>? Filter { get; init; }

    /// <summary>Only these keys (strings or integers), in this order, at every level (qs's array <c>filter</c>).</summary>
    public IReadOnlyList<object?>? FilterKeys { get; init; }

    /// <summary>The percent-encoding flavour. Default <see cref="QsFormat.RFC3986"/>.</summary>
    public QsFormat Format { get; init; } = QsFormat.RFC3986;

    /// <summary>How dates are written. Default: ISO 8601 UTC with milliseconds (<c>Date.prototype.toISOString</c>).</summary>
    public Func<DateTimeOffset, string>? SerializeDate { get; init; }

    /// <summary>Skip keys whose value is null. Default false.</summary>
    public bool SkipNulls { get; init; }

    /// <summary>A key order (stable sort, as <c>Array.prototype.sort</c>). Default: insertion order.</summary>
    public Comparison<string>? Sort { get; init; }

    /// <summary>Write a null value as a bare key (<c>a</c>) instead of <c>a=</c>. Default false.</summary>
    public bool StrictNullHandling { get; init; }
}
