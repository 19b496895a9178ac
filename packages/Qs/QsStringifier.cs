using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>qs 6.17.1 lib/stringify.js over .NET values (see <see cref="Qs.Stringify(object?, QsStringifyOptions?)"/>).</summary>
internal static class QsStringifier
{
    private enum Kind { Undefined, Null, String, Number, Boolean, Date, Buffer, Array, Object }

    private sealed class Opts
    {
        public bool AddQueryPrefix, AllowDots, AllowEmptyArrays, CharsetSentinel, CommaRoundTrip, EncodeDotInKeys,
            EncodeValuesOnly, SkipNulls, StrictNullHandling;
        public QsArrayFormat ArrayFormat;
        public string Charset = "utf-8", Delimiter = "&";
        public double Depth;
        public QsEncoder? Encoder;
        public Func<string, object?, object?>? Filter;
        public List<object?>? FilterKeys;
        public QsFormat Format;
        public Func<DateTimeOffset, string> SerializeDate = DefaultSerializeDate;
        public Comparison<string>? Sort;
    }

    private static string DefaultSerializeDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static Opts Normalize(QsStringifyOptions? options)
    {
        var o = options ?? QsStringifyOptions.Default;
        if (o.Charset is not "utf-8" and not "iso-8859-1")
            throw new ArgumentException("The charset option must be either utf-8, iso-8859-1, or undefined", nameof(options));
        if (!Enum.IsDefined(o.Format))
            throw new ArgumentException("Unknown format option provided.", nameof(options));
        return new Opts
        {
            AddQueryPrefix = o.AddQueryPrefix,
            AllowDots = o.AllowDots ?? o.EncodeDotInKeys,
            AllowEmptyArrays = o.AllowEmptyArrays,
            ArrayFormat = o.ArrayFormat ?? (o.Indices is { } indices ? (indices ? QsArrayFormat.Indices : QsArrayFormat.Repeat) : QsArrayFormat.Indices),
            Charset = o.Charset,
            CharsetSentinel = o.CharsetSentinel,
            CommaRoundTrip = o.CommaRoundTrip,
            Delimiter = o.Delimiter ?? "&",
            Depth = o.Depth == int.MaxValue ? double.PositiveInfinity : o.Depth,
            EncodeDotInKeys = o.EncodeDotInKeys,
            Encoder = o.Encode ? o.Encoder ?? Qs.DefaultEncoder : null,
            EncodeValuesOnly = o.EncodeValuesOnly,
            Filter = o.Filter,
            FilterKeys = o.FilterKeys?.ToList(),
            Format = o.Format,
            SerializeDate = o.SerializeDate ?? DefaultSerializeDate,
            SkipNulls = o.SkipNulls,
            Sort = o.Sort,
            StrictNullHandling = o.StrictNullHandling,
        };
    }

    public static string Stringify(object? value, QsStringifyOptions? options)
    {
        if ((options is null || ReferenceEquals(options, QsStringifyOptions.Default)) && value is JsonObject root && TryStringifyFast(root) is { } fast)
            return fast;
        var o = Normalize(options);
        var obj = value;
        List<object?>? objKeys = null;
        if (o.Filter is not null) obj = o.Filter("", obj);
        else if (o.FilterKeys is not null) objKeys = [.. o.FilterKeys];

        var kind = KindOf(obj);
        if (kind == Kind.Buffer)
        {
            // a Buffer at the top is an object whose keys are its byte indices
            obj = ToBytes(obj!).Select(b => (object?)(double)b).ToList();
            kind = Kind.Array;
        }
        if (kind is not (Kind.Array or Kind.Object or Kind.Date)) return "";
        objKeys ??= [.. Keys(obj, kind)];
        if (o.Sort is { } sort) objKeys = StableSort(objKeys, sort);

        var parts = new List<string>();
        var ancestors = new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (obj is not null) ancestors.Add(obj);
        try
        {
            foreach (var k in objKeys)
            {
                if (k is null) continue;
                var key = KeyString(k);
                var v = Get(obj, kind, key);
                if (o.SkipNulls && v is null) continue;
                var encodedKey = o.EncodeDotInKeys ? key.Replace(".", "%2E", StringComparison.Ordinal) : key;
                Walk(v, encodedKey, o, o.Encoder, ancestors, 0, parts);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ArgumentException("The object nests too deeply to stringify.", nameof(value));
        }

        var joined = string.Join(o.Delimiter, parts);
        var prefix = o.AddQueryPrefix ? "?" : "";
        if (o.CharsetSentinel)
            prefix += (o.Charset == "iso-8859-1" ? "utf8=%26%2310003%3B" : "utf8=%E2%9C%93") + o.Delimiter;
        return joined.Length > 0 ? prefix + joined : "";
    }

    // The default options over a JsonNode tree (no cycles, no dates, no filters): what Walk writes, appended in place.
    // Null when the tree has what the fast path leaves to Walk: an array-index key (JavaScript reorders those), a
    // JsonValue that is not a string, number or boolean, deep nesting.
    private static string? TryStringifyFast(JsonObject root)
    {
        var sb = new StringBuilder(128);
        var prefix = new StringBuilder(32);
        foreach (var (key, node) in root)
        {
            prefix.Clear();
            Qs.AppendUtf8(prefix, key, QsFormat.RFC3986);
            if (JsObject.TryArrayIndex(key, out _) || !AppendFast(sb, prefix, node, 0)) return null;
        }
        return sb.ToString();
    }

    private static bool AppendFast(StringBuilder sb, StringBuilder prefix, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                Pair(sb, prefix, "");
                return true;
            case JsonValue value:
                if (value.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)) return false;
                Pair(sb, prefix, ToJsString(value));
                return true;
            case JsonObject obj:
            {
                if (depth >= 32) return false;
                var length = prefix.Length;
                foreach (var (key, child) in obj)
                {
                    if (JsObject.TryArrayIndex(key, out _)) return false;
                    prefix.Length = length;
                    prefix.Append("%5B");
                    Qs.AppendUtf8(prefix, key, QsFormat.RFC3986);
                    prefix.Append("%5D");
                    if (!AppendFast(sb, prefix, child, depth + 1)) return false;
                }
                prefix.Length = length;
                return true;
            }
            case JsonArray array:
            {
                if (depth >= 32) return false;
                var length = prefix.Length;
                for (var i = 0; i < array.Count; i++)
                {
                    prefix.Length = length;
                    prefix.Append("%5B").Append(i).Append("%5D");
                    if (!AppendFast(sb, prefix, array[i], depth + 1)) return false;
                }
                prefix.Length = length;
                return true;
            }
        }
        return false;
    }

    private static void Pair(StringBuilder sb, StringBuilder prefix, string value)
    {
        if (sb.Length > 0) sb.Append('&');
        sb.Append(prefix).Append('=');
        Qs.AppendUtf8(sb, value, QsFormat.RFC3986);
    }

    private static string Format(string value, QsFormat format) =>
        format == QsFormat.RFC3986 ? value : value.Replace("%20", "+", StringComparison.Ordinal);

    private static string EncodeKey(QsEncoder encoder, string key, Opts o) => encoder(key, Qs.DefaultEncoder, o.Charset, "key", o.Format);

    private static void Walk(object? value, string prefix, Opts o, QsEncoder? encoder, HashSet<object> ancestors, int depth, List<string> output)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (depth > o.Depth) throw new ArgumentOutOfRangeException(null, "Input depth exceeded depth option of " + JsValue.ToString(o.Depth));

        var obj = value;
        if (o.Filter is not null) obj = o.Filter(prefix, obj);
        var kind = KindOf(obj);
        if (kind == Kind.Date)
        {
            obj = o.SerializeDate(ToDate(obj!));
            kind = Kind.String;
        }
        else if (o.ArrayFormat == QsArrayFormat.Comma && kind == Kind.Array)
        {
            obj = Elements(obj!).Select(e => KindOf(e) == Kind.Date ? o.SerializeDate(ToDate(e!)) : e).ToList();
        }

        if (kind == Kind.Null)
        {
            if (o.StrictNullHandling)
            {
                output.Add(Format(encoder is not null && !o.EncodeValuesOnly ? EncodeKey(encoder, prefix, o) : prefix, o.Format));
                return;
            }
            obj = "";
            kind = Kind.String;
        }

        if (kind is Kind.String or Kind.Number or Kind.Boolean or Kind.Buffer)
        {
            if (encoder is not null)
            {
                var keyValue = o.EncodeValuesOnly ? prefix : EncodeKey(encoder, prefix, o);
                output.Add(Format(keyValue, o.Format) + "=" + Format(encoder(obj, Qs.DefaultEncoder, o.Charset, "value", o.Format), o.Format));
            }
            else
            {
                output.Add(Format(prefix, o.Format) + "=" + Format(ToJsString(obj), o.Format));
            }
            return;
        }

        if (kind == Kind.Undefined) return;

        if (obj is not null && !ancestors.Add(obj)) throw new ArgumentException("Cyclic object value", nameof(value));
        try
        {
            var isArray = kind == Kind.Array;
            List<object?> objKeys;
            object? commaValue = null;
            var comma = o.ArrayFormat == QsArrayFormat.Comma && isArray;
            IList<object?>? elements = isArray ? Elements(obj!) : null;
            if (comma)
            {
                var items = elements!;
                if (o.EncodeValuesOnly && encoder is not null)
                    items = items.Select(v => v is null || v is JsUndefined ? v : (object?)encoder(v, Qs.DefaultEncoder, o.Charset, "value", o.Format)).ToList();
                if (items.Count > 0)
                {
                    var joined = JoinArray(items, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    commaValue = joined.Length > 0 ? joined : null;
                }
                else
                {
                    commaValue = JsUndefined.Value;
                }
                objKeys = [CommaKey.Instance];
            }
            else if (o.FilterKeys is not null)
            {
                objKeys = [.. o.FilterKeys];
            }
            else
            {
                objKeys = [.. Keys(obj, kind)];
                if (o.Sort is { } sort) objKeys = StableSort(objKeys, sort);
            }

            var adjustedPrefix = o.CommaRoundTrip && comma && elements!.Count == 1 ? prefix + "[]" : prefix;

            if (o.AllowEmptyArrays && isArray && elements!.Count == 0)
            {
                output.Add(Format(encoder is not null && !o.EncodeValuesOnly ? EncodeKey(encoder, adjustedPrefix, o) : adjustedPrefix, o.Format) + "[]");
                return;
            }

            foreach (var k in objKeys)
            {
                object? v;
                string key;
                if (k is CommaKey)
                {
                    v = commaValue is JsUndefined ? JsUndefined.Value : commaValue;
                    key = "[object Object]";
                }
                else
                {
                    key = KeyString(k);
                    v = Get(obj, kind, key);
                }
                if (o.SkipNulls && v is null) continue;
                var encodedKey = o.AllowDots && o.EncodeDotInKeys ? key.Replace(".", "%2E", StringComparison.Ordinal) : key;
                var keyPrefix = isArray
                    ? o.ArrayFormat switch
                    {
                        QsArrayFormat.Brackets => adjustedPrefix + "[]",
                        QsArrayFormat.Indices => adjustedPrefix + "[" + encodedKey + "]",
                        _ => adjustedPrefix,
                    }
                    : adjustedPrefix + (o.AllowDots ? "." + encodedKey : "[" + encodedKey + "]");
                Walk(v, keyPrefix, o, comma && o.EncodeValuesOnly ? null : encoder, ancestors, depth + 1, output);
            }
        }
        finally
        {
            if (obj is not null) ancestors.Remove(obj);
        }
    }

    private sealed class CommaKey
    {
        public static readonly CommaKey Instance = new();
    }

    // Array.prototype.join(','): null and undefined are empty, nested arrays joined, a cycle empty, objects "[object Object]".
    private static string JoinArray(IList<object?> items, HashSet<object> joining)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var item = items[i];
            var kind = KindOf(item);
            switch (kind)
            {
                case Kind.Null or Kind.Undefined:
                    break;
                case Kind.Array:
                    if (joining.Add(item!))
                    {
                        sb.Append(JoinArray(Elements(item!), joining));
                        joining.Remove(item!);
                    }
                    break;
                case Kind.Object:
                    sb.Append("[object Object]");
                    break;
                case Kind.Date:
                    sb.Append(ToDate(item!).ToString("ddd MMM dd yyyy HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(ToJsString(item));
                    break;
            }
        }
        return sb.ToString();
    }

    private static List<object?> StableSort(List<object?> keys, Comparison<string> sort) =>
        [.. keys.Select((k, i) => (k, i)).OrderBy(p => p, Comparer<(object? k, int i)>.Create((a, b) =>
        {
            var c = sort(KeyString(a.k), KeyString(b.k));
            return c != 0 ? c : a.i.CompareTo(b.i);
        })).Select(p => p.k)];

    private static string KeyString(object? key) => key switch
    {
        string s => s,
        null => "null",
        _ => ToJsString(key),
    };

    /// <summary>JavaScript's <c>String(value)</c> for the values qs writes.</summary>
    internal static string ToJsString(object? value)
    {
        switch (value)
        {
            case null: return "null";
            case JsUndefined: return "undefined";
            case string s: return s;
            case bool b: return b ? "true" : "false";
            case byte[] bytes: return Encoding.UTF8.GetString(bytes);
            case ReadOnlyMemory<byte> memory: return Encoding.UTF8.GetString(memory.Span);
            case JsonValue jv:
                return jv.GetValueKind() switch
                {
                    JsonValueKind.String => jv.GetValue<string>(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Number => JsValue.ToString(double.Parse(jv.ToJsonString(), CultureInfo.InvariantCulture)),
                    _ => "null",
                };
        }
        if (JsValue.TryGetNumber(value, out var n)) return JsValue.ToString(n);
        var kind = KindOf(value);
        if (kind == Kind.Array) return JoinArray(Elements(value), new HashSet<object>(ReferenceEqualityComparer.Instance));
        if (kind == Kind.Object) return "[object Object]";
        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
    }

    private static Kind KindOf(object? value)
    {
        switch (value)
        {
            case null: return Kind.Null;
            case JsUndefined: return Kind.Undefined;
            case string: return Kind.String;
            case bool: return Kind.Boolean;
            case DateTime or DateTimeOffset: return Kind.Date;
            case byte[] or ReadOnlyMemory<byte>: return Kind.Buffer;
            case JsObject or JsonObject or IDictionary or IDictionary<string, object?> or IReadOnlyDictionary<string, object?>: return Kind.Object;
            case JsArray or JsonArray: return Kind.Array;
            case JsonValue jv:
                return jv.GetValueKind() switch
                {
                    JsonValueKind.String => Kind.String,
                    JsonValueKind.Number => Kind.Number,
                    JsonValueKind.True or JsonValueKind.False => Kind.Boolean,
                    _ => Kind.Null,
                };
            case IEnumerable: return Kind.Array;
        }
        return JsValue.TryGetNumber(value, out _) ? Kind.Number : Kind.String;
    }

    private static byte[] ToBytes(object value) => value is ReadOnlyMemory<byte> m ? m.ToArray() : (byte[])value;

    private static DateTimeOffset ToDate(object value) => value switch
    {
        DateTimeOffset d => d,
        DateTime d => d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : new DateTimeOffset(d),
        _ => throw new ArgumentException("Not a date.", nameof(value)),
    };

    private static IList<object?> Elements(object value)
    {
        switch (value)
        {
            case JsArray arr:
            {
                var list = new List<object?>((int)Math.Min(arr.Length, 1 << 20));
                for (long i = 0; i < arr.Length; i++) list.Add(arr.Has(i) ? arr.Get(i) : JsUndefined.Value);
                return list;
            }
            case JsonArray ja: return [.. ja.Select(n => (object?)n)];
            case IList<object?> l: return l;
            case IEnumerable e:
            {
                var list = new List<object?>();
                foreach (var item in e) list.Add(item);
                return list;
            }
        }
        return [];
    }

    // Object.keys in JavaScript's order: array-index keys ascending, then the others in insertion order.
    private static IEnumerable<object?> Keys(object? value, Kind kind)
    {
        switch (value)
        {
            case JsObject o: return o.Keys();
            case JsArray a: return a.Entries().Select(e => (object?)QsParser.Num(e.Key));
        }
        if (kind == Kind.Array) return Enumerable.Range(0, value is ICollection c ? c.Count : Elements(value!).Count).Select(i => (object?)i.ToString(CultureInfo.InvariantCulture));
        if (kind != Kind.Object) return [];
        IEnumerable<string> names = value switch
        {
            JsonObject jo => jo.Select(p => p.Key),
            IDictionary<string, object?> d => d.Keys,
            IReadOnlyDictionary<string, object?> d => d.Keys,
            IDictionary d => d.Keys.Cast<object?>().Select(k => KeyString(k)),
            _ => [],
        };
        var list = names.ToList();
        var indices = list.Where(k => JsObject.TryArrayIndex(k, out _)).OrderBy(k => uint.Parse(k, CultureInfo.InvariantCulture));
        return [.. indices.Concat(list.Where(k => !JsObject.TryArrayIndex(k, out _))).Select(k => (object?)k)];
    }

    private static object? Get(object? value, Kind kind, string key)
    {
        switch (value)
        {
            case JsObject o: return o.Get(key);
            case JsArray a: return JsObject.TryArrayIndex(key, out var i) ? a.Get(i) : JsUndefined.Value;
            case JsonObject jo: return jo.TryGetPropertyValue(key, out var node) ? node : JsUndefined.Value;
            case IDictionary<string, object?> d: return d.TryGetValue(key, out var v) ? v : JsUndefined.Value;
            case IReadOnlyDictionary<string, object?> d: return d.TryGetValue(key, out var rv) ? rv : JsUndefined.Value;
            case IDictionary d: return d.Contains(key) ? d[key] : JsUndefined.Value;
        }
        if (value is JsonArray ja) return JsObject.TryArrayIndex(key, out var ji) && ji < ja.Count ? ja[(int)ji] : JsUndefined.Value;
        if (value is IList list) return JsObject.TryArrayIndex(key, out var li) && li < list.Count ? list[(int)li] : JsUndefined.Value;
        if (kind == Kind.Array)
        {
            var elements = Elements(value!);
            return JsObject.TryArrayIndex(key, out var index) && index < elements.Count ? elements[(int)index] : JsUndefined.Value;
        }
        return JsUndefined.Value;
    }
}
