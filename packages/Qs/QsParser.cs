using System.Runtime.CompilerServices;
using System.Text;

namespace Koa;

/// <summary>qs 6.17.1 lib/parse.js and the parts of lib/utils.js it uses, over the <see cref="JsObject"/> model.</summary>
internal static class QsParser
{
    private const string IsoSentinel = "utf8=%26%2310003%3B";
    private const string Utf8Sentinel = "utf8=%E2%9C%93";

    internal sealed class Opts
    {
        public bool AllowDots, AllowEmptyArrays, AllowPrototypes, AllowSparse, CharsetSentinel, Comma, DecodeDotInKeys,
            IgnoreQueryPrefix, InterpretNumericEntities, ParseArrays, PlainObjects, StrictDepth, StrictMerge,
            StrictNullHandling, ThrowOnLimitExceeded;
        public double ArrayLimit, Depth, ParameterLimit;
        public string Charset = "utf-8";
        public QsDecoder Decoder = Qs.DefaultDecoder;
        public QsOptions Source = QsOptions.Default;
        public QsDuplicates Duplicates;
    }

    public static Opts Normalize(QsOptions? options)
    {
        var o = options ?? QsOptions.Default;
        if (o.Charset is not "utf-8" and not "iso-8859-1")
            throw new ArgumentException("The charset option must be either utf-8, iso-8859-1, or undefined", nameof(options));
        if (o.Delimiter is null && o.DelimiterPattern is null)
            throw new ArgumentException("The delimiter option must be a string or a pattern", nameof(options));
        if (o.Duplicates is not (QsDuplicates.Combine or QsDuplicates.First or QsDuplicates.Last))
            throw new ArgumentException("The duplicates option must be either combine, first, or last", nameof(options));
        return new Opts
        {
            AllowDots = o.AllowDots ?? o.DecodeDotInKeys,
            AllowEmptyArrays = o.AllowEmptyArrays,
            AllowPrototypes = o.AllowPrototypes,
            AllowSparse = o.AllowSparse,
            ArrayLimit = Limit(o.ArrayLimit),
            Charset = o.Charset,
            CharsetSentinel = o.CharsetSentinel,
            Comma = o.Comma,
            DecodeDotInKeys = o.DecodeDotInKeys,
            Decoder = o.Decoder ?? Qs.DefaultDecoder,
            Depth = Limit(o.Depth),
            Duplicates = o.Duplicates,
            IgnoreQueryPrefix = o.IgnoreQueryPrefix,
            InterpretNumericEntities = o.InterpretNumericEntities,
            ParameterLimit = Limit(o.ParameterLimit),
            ParseArrays = o.ParseArrays,
            PlainObjects = o.PlainObjects,
            StrictDepth = o.StrictDepth,
            StrictMerge = o.StrictMerge,
            StrictNullHandling = o.StrictNullHandling,
            ThrowOnLimitExceeded = o.ThrowOnLimitExceeded,
            Source = o,
        };
    }

    private static double Limit(int value) => value == int.MaxValue ? double.PositiveInfinity : value;

    public static JsObject Parse(string? str, Opts options)
    {
        if (string.IsNullOrEmpty(str)) return new JsObject();
        try
        {
            var temp = ParseValues(str, options);
            var obj = new JsObject();
            foreach (var key in temp.Keys())
            {
                var newObj = ParseKeys(key, temp.Get(key), options);
                obj = (JsObject)Merge(obj, newObj, options)!;
            }
            if (!options.AllowSparse) Compact(obj);
            return obj;
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ArgumentException("The query string nests too deeply to parse.", nameof(str));
        }
    }

    // ---- parseValues ----

    private static JsObject ParseValues(string str, Opts options)
    {
        var obj = new JsObject();
        var clean = options.IgnoreQueryPrefix && str.StartsWith('?') ? str[1..] : str;
        clean = ReplaceBracketEscapes(clean);

        var limit = options.ParameterLimit;
        var splitLimit = options.ThrowOnLimitExceeded && !double.IsInfinity(limit) ? limit + 1 : limit;
        var parts = Split(clean, options, splitLimit);
        if (options.ThrowOnLimitExceeded && !double.IsInfinity(limit) && parts.Count > limit)
            throw Range("Parameter limit exceeded. Only " + Num(limit) + " parameter" + (limit == 1 ? "" : "s") + " allowed.");

        var skipIndex = -1;
        var charset = options.Charset;
        if (options.CharsetSentinel)
        {
            for (var i = 0; i < parts.Count; ++i)
            {
                if (parts[i].StartsWith("utf8=", StringComparison.Ordinal))
                {
                    if (parts[i] == Utf8Sentinel) charset = "utf-8";
                    else if (parts[i] == IsoSentinel) charset = "iso-8859-1";
                    skipIndex = i;
                    break;
                }
            }
        }

        for (var i = 0; i < parts.Count; ++i)
        {
            if (i == skipIndex) continue;
            var part = parts[i];
            var bracketEqualsPos = part.IndexOf("]=", StringComparison.Ordinal);
            var pos = bracketEqualsPos == -1 ? part.IndexOf('=') : bracketEqualsPos + 1;
            var isEmptyBracketKey = pos > 1 && part[pos - 2] == '[' && part[pos - 1] == ']';

            string? key;
            object? val = JsUndefined.Value;
            if (pos == -1)
            {
                key = options.Decoder(part, Qs.DefaultDecoder, charset, "key");
                val = options.StrictNullHandling ? null : "";
            }
            else
            {
                key = options.Decoder(part[..pos], Qs.DefaultDecoder, charset, "key");
                if (key is not null)
                {
                    var existingValue = obj.Get(key);
                    var currentLength = existingValue is JsArray ea && (options.Duplicates == QsDuplicates.Combine || isEmptyBracketKey) ? ea.Length : 0;
                    var raw = ParseArrayValue(part[(pos + 1)..], options, currentLength);
                    if (raw is JsArray list)
                    {
                        var mapped = new JsArray();
                        foreach (var (_, item) in list.Entries()) mapped.Push(options.Decoder((string)item!, Qs.DefaultDecoder, charset, "value"));
                        val = mapped;
                    }
                    else
                    {
                        val = options.Decoder((string)raw!, Qs.DefaultDecoder, charset, "value");
                    }
                }
            }

            if (Truthy(val) && options.InterpretNumericEntities && charset == "iso-8859-1")
            {
                if (val is JsArray arr)
                {
                    var mapped = new JsArray();
                    foreach (var (_, item) in arr.Entries()) mapped.Push(item is string s && s.Length > 0 ? InterpretNumericEntities(s) : item);
                    val = mapped;
                }
                else if (val is string s)
                {
                    val = InterpretNumericEntities(s);
                }
            }

            if (isEmptyBracketKey && val is JsArray)
            {
                var wrapped = new JsArray();
                wrapped.Push(val);
                val = wrapped;
            }

            if (options.Comma && val is JsArray va && va.Length > options.ArrayLimit)
                val = Combine(new JsArray(), val, options);

            if (key is not null)
            {
                var existing = obj.Has(key);
                if (existing && (options.Duplicates == QsDuplicates.Combine || isEmptyBracketKey))
                    obj.Set(key, Combine(obj.Get(key), val, options));
                else if (!existing || options.Duplicates == QsDuplicates.Last)
                    obj.Set(key, val);
            }
        }
        return obj;
    }

    internal static string ReplaceBracketEscapes(string s)
    {
        var i = s.IndexOf('%');
        if (i < 0) return s;
        StringBuilder? sb = null;
        var last = 0;
        for (; i >= 0 && i + 2 < s.Length + 0; i = s.IndexOf('%', i + 1))
        {
            if (i + 2 >= s.Length) break;
            var a = s[i + 1];
            var b = s[i + 2];
            if (a != '5') continue;
            char repl;
            if (b is 'B' or 'b') repl = '[';
            else if (b is 'D' or 'd') repl = ']';
            else continue;
            sb ??= new StringBuilder(s.Length);
            sb.Append(s, last, i - last).Append(repl);
            last = i + 3;
            i += 2;
        }
        if (sb is null) return s;
        sb.Append(s, last, s.Length - last);
        return sb.ToString();
    }

    // String.prototype.split(separator, limit) with a string or RegExp separator.
    private static List<string> Split(string s, Opts options, double limit)
    {
        var max = double.IsInfinity(limit) ? uint.MaxValue : ToUint32(limit);
        var parts = new List<string>();
        if (max == 0) return parts;
        if (options.Source.DelimiterPattern is { } pattern)
        {
            foreach (var piece in pattern.Split(s))
            {
                if (parts.Count >= max) break;
                parts.Add(piece);
            }
            return parts;
        }
        var sep = options.Source.Delimiter;
        if (sep.Length == 0)
        {
            foreach (var c in s)
            {
                if (parts.Count >= max) break;
                parts.Add(c.ToString());
            }
            return parts;
        }
        var start = 0;
        while (true)
        {
            var idx = s.IndexOf(sep, start, StringComparison.Ordinal);
            if (idx < 0)
            {
                parts.Add(s[start..]);
                return parts;
            }
            parts.Add(s[start..idx]);
            if (parts.Count >= max) return parts;
            start = idx + sep.Length;
        }
    }

    private static uint ToUint32(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return 0;
        var t = Math.Truncate(d) % 4294967296.0;
        if (t < 0) t += 4294967296.0;
        return (uint)t;
    }

    private static object? ParseArrayValue(string val, Opts options, double currentArrayLength)
    {
        if (val.Length > 0 && options.Comma && val.Contains(','))
        {
            if (options.ThrowOnLimitExceeded)
            {
                var commaCount = 0;
                foreach (var c in val)
                {
                    if (c != ',') continue;
                    commaCount++;
                    if (commaCount >= options.ArrayLimit) throw ArrayLimit(options);
                }
            }
            var arr = new JsArray();
            foreach (var piece in val.Split(',')) arr.Push(piece);
            return arr;
        }
        if (options.ThrowOnLimitExceeded && currentArrayLength >= options.ArrayLimit && currentArrayLength > 0)
            throw ArrayLimit(options);
        return val;
    }

    private static string InterpretNumericEntities(string str)
    {
        var i = str.IndexOf("&#", StringComparison.Ordinal);
        if (i < 0) return str;
        var sb = new StringBuilder(str.Length);
        var last = 0;
        while (i >= 0)
        {
            var j = i + 2;
            while (j < str.Length && str[j] is >= '0' and <= '9') j++;
            if (j > i + 2 && j < str.Length && str[j] == ';')
            {
                sb.Append(str, last, i - last);
                var c = JsValue.ParseInt(str.AsSpan(i + 2, j - i - 2));
                if (c > 0xFFFF && c <= 0x10FFFF)
                {
                    var cp = (int)c - 0x10000;
                    sb.Append((char)(0xD800 | (cp >> 10))).Append((char)(0xDC00 | (cp & 0x3FF)));
                }
                else
                {
                    sb.Append((char)ToUint16(c));
                }
                last = j + 1;
                i = str.IndexOf("&#", last, StringComparison.Ordinal);
            }
            else
            {
                i = str.IndexOf("&#", i + 1, StringComparison.Ordinal);
            }
        }
        sb.Append(str, last, str.Length - last);
        return sb.ToString();
    }

    private static ushort ToUint16(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return 0;
        var t = Math.Truncate(d) % 65536.0;
        if (t < 0) t += 65536.0;
        return (ushort)t;
    }

    // ---- parseKeys / parseObject ----

    private static string StripWrappingBrackets(string key) =>
        key.Length >= 1 && key[0] == '[' && key[^1] == ']' ? (key.Length >= 2 ? key[1..^1] : "") : key;

    private static object? ParseKeys(string givenKey, object? val, Opts options)
    {
        if (givenKey.Length == 0) return JsUndefined.Value;
        var keys = SplitKeyIntoSegments(givenKey, options);
        if (keys is null) return JsUndefined.Value;
        return ParseObject(keys, val, options);
    }

    private static string TopLevelDotsToBrackets(string key)
    {
        if (!key.Contains('.')) return key;
        var result = new StringBuilder(key.Length + 8);
        var depth = 0;
        for (var i = 0; i < key.Length; i++)
        {
            var cu = key[i];
            if (cu == '[')
            {
                depth++;
                result.Append('[');
            }
            else if (cu == ']')
            {
                if (depth > 0) depth--;
                result.Append(']');
            }
            else if (cu == '.' && depth == 0 && i + 1 < key.Length && key[i + 1] != '.' && key[i + 1] != '[')
            {
                var start = i + 1;
                var j = start;
                while (j < key.Length && key[j] != '.' && key[j] != '[') j++;
                result.Append('[').Append(key, start, j - start).Append(']');
                i = j - 1;
            }
            else
            {
                result.Append(cu);
            }
        }
        return result.ToString();
    }

    private static List<string>? SplitKeyIntoSegments(string originalKey, Opts options)
    {
        var key = options.AllowDots ? TopLevelDotsToBrackets(originalKey) : originalKey;
        if (options.Depth <= 0)
        {
            if (!options.PlainObjects && JsModel.IsObjectPrototypeKey(StripWrappingBrackets(key)) && !options.AllowPrototypes)
                return null;
            return [key];
        }

        var segments = new List<string>();
        var first = key.IndexOf('[');
        var parent = first >= 0 ? key[..first] : key;
        if (parent.Length > 0)
        {
            if (!options.PlainObjects && JsModel.IsObjectPrototypeKey(parent) && !options.AllowPrototypes) return null;
            segments.Add(parent);
        }

        var n = key.Length;
        var open = first;
        double collected = 0;
        while (open >= 0 && collected < options.Depth)
        {
            var level = 1;
            var i = open + 1;
            var close = -1;
            while (i < n && close < 0)
            {
                var cu = key[i];
                if (cu == '[') level++;
                else if (cu == ']')
                {
                    level--;
                    if (level == 0) close = i;
                }
                i++;
            }
            if (close < 0)
            {
                segments.Add("[" + key[open..] + "]");
                return segments;
            }
            var seg = key[open..(close + 1)];
            var content = seg[1..^1];
            if (!options.PlainObjects && JsModel.IsObjectPrototypeKey(content) && !options.AllowPrototypes) return null;
            segments.Add(seg);
            collected++;
            open = key.IndexOf('[', close + 1);
        }

        if (open >= 0)
        {
            if (options.StrictDepth)
                throw Range("Input depth exceeded depth option of " + Num(options.Depth) + " and strictDepth is true");
            segments.Add("[" + key[open..] + "]");
        }
        return segments;
    }

    private static object? ParseObject(List<string> chain, object? val, Opts options)
    {
        var leaf = val;
        for (var i = chain.Count - 1; i >= 0; --i)
        {
            object? obj;
            var root = chain[i];
            if (root == "[]" && options.ParseArrays)
            {
                if (IsOverflow(leaf))
                    obj = leaf;
                else
                    obj = options.AllowEmptyArrays && ((leaf is string { Length: 0 }) || (options.StrictNullHandling && leaf is null))
                        ? new JsArray()
                        : Combine(new JsArray(), leaf, options);
            }
            else
            {
                var o = new JsObject();
                obj = o;
                var cleanRoot = StripWrappingBrackets(root);
                var decodedRoot = options.DecodeDotInKeys ? ReplaceEncodedDots(cleanRoot) : cleanRoot;
                double index = 0;
                var isValidArrayIndex = root != decodedRoot && options.ParseArrays && TryCanonicalIndex(decodedRoot, out index);
                if (!options.ParseArrays && decodedRoot.Length == 0)
                {
                    o.Set("0", leaf);
                }
                else if (isValidArrayIndex && index < options.ArrayLimit)
                {
                    var arr = new JsArray();
                    arr.Set((long)index, leaf);
                    obj = arr;
                }
                else if (isValidArrayIndex && options.ThrowOnLimitExceeded)
                {
                    throw ArrayLimit(options);
                }
                else if (isValidArrayIndex)
                {
                    o.Set(decodedRoot, leaf);
                    o.OverflowMax = index;
                }
                else if (decodedRoot != "__proto__")
                {
                    o.Set(decodedRoot, leaf);
                }
            }
            leaf = obj;
        }
        return leaf;
    }

    // parseInt(s, 10) is a non-negative number whose String() is s.
    private static bool TryCanonicalIndex(string s, out double index)
    {
        index = 0;
        if (s.Length == 0 || s.Length > 21) return false;
        if (s.Length > 1 && s[0] == '0') return false;
        foreach (var c in s) if (c is < '0' or > '9') return false;
        index = double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        return s.Length <= 15 || JsValue.ToString(index) == s;
    }

    private static string ReplaceEncodedDots(string s)
    {
        if (!s.Contains('%')) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && s[i + 1] == '2' && (s[i + 2] is 'E' or 'e'))
            {
                sb.Append('.');
                i += 2;
            }
            else
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }

    // ---- utils ----

    private static bool Truthy(object? v) => v switch
    {
        null or JsUndefined => false,
        string s => s.Length > 0,
        bool b => b,
        _ => true,
    };

    private static bool IsOverflow(object? v) => v is JsObject { OverflowMax: not null };

    private static JsObject ArrayToObject(JsArray source)
    {
        var obj = new JsObject();
        foreach (var (i, item) in source.Entries())
            if (item is not JsUndefined) obj.Set(Num(i), item);
        return obj;
    }

    // [].concat(a, b): arrays are spread (holes kept), anything else appended.
    private static JsArray Concat(object? a, object? b)
    {
        var result = new JsArray();
        Append(result, a);
        Append(result, b);
        return result;

        static void Append(JsArray target, object? value)
        {
            if (value is JsArray arr)
            {
                var offset = target.Length;
                foreach (var (i, item) in arr.Entries()) target.Set(offset + i, item);
                target.Length = offset + arr.Length;
            }
            else
            {
                target.Push(value);
            }
        }
    }

    private static object Combine(object? a, object? b, Opts options)
    {
        if (a is JsObject { OverflowMax: { } max } overflow)
        {
            if (options.ThrowOnLimitExceeded) throw ArrayLimit(options);
            var newIndex = max;
            if (b is JsArray bArr)
            {
                for (long i = 0; i < bArr.Length; i++)
                {
                    newIndex += 1;
                    overflow.Set(Num(newIndex), bArr.Has(i) ? bArr.Get(i) : JsUndefined.Value);
                }
            }
            else
            {
                newIndex += 1;
                overflow.Set(Num(newIndex), b);
            }
            overflow.OverflowMax = newIndex;
            return overflow;
        }
        var result = Concat(a, b);
        if (result.Length > options.ArrayLimit)
        {
            if (options.ThrowOnLimitExceeded) throw ArrayLimit(options);
            var obj = ArrayToObject(result);
            obj.OverflowMax = result.Length - 1;
            return obj;
        }
        return result;
    }

    private static object LimitedPair(object? first, object? second, Opts options)
    {
        var pair = new JsArray();
        pair.Push(first);
        pair.Push(second);
        if (2 > options.ArrayLimit)
        {
            if (options.ThrowOnLimitExceeded) throw ArrayLimit(options);
            var obj = ArrayToObject(pair);
            obj.OverflowMax = 1;
            return obj;
        }
        return pair;
    }

    private static double MaxNumericIndex(JsObject obj, double min)
    {
        var max = min;
        foreach (var key in obj.Keys())
        {
            var num = JsValue.ParseInt(key);
            if (!double.IsNaN(num) && JsValue.ToString(num) == key && num > max) max = num;
        }
        return max;
    }

    private static bool IsCanonicalInt(string key, out double num)
    {
        num = JsValue.ParseInt(key);
        return !double.IsNaN(num) && JsValue.ToString(num) == key;
    }

    internal static object? Merge(object? target, object? source, Opts options)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (!Truthy(source)) return target;

        if (source is not JsObject and not JsArray)
        {
            if (target is JsArray tArr)
            {
                var nextIndex = tArr.Length;
                if (tArr.ElementCount >= options.ArrayLimit)
                {
                    if (options.ThrowOnLimitExceeded) throw ArrayLimit(options);
                    var obj = ArrayToObject(Concat(tArr, source));
                    obj.OverflowMax = nextIndex;
                    return obj;
                }
                tArr.Set(nextIndex, source);
            }
            else if (target is JsObject tObj)
            {
                if (tObj.OverflowMax is { } max)
                {
                    var newIndex = max + 1;
                    tObj.Set(Num(newIndex), source);
                    tObj.OverflowMax = newIndex;
                }
                else if (options.StrictMerge && tObj.ConflictMax is { } conflictMax)
                {
                    var next = conflictMax + 1;
                    if (options.ThrowOnLimitExceeded && next >= options.ArrayLimit) throw ArrayLimit(options);
                    tObj.Set(Num(next), source);
                    tObj.ConflictMax = next;
                }
                else if (options.StrictMerge)
                {
                    var conflict = LimitedPair(target, source, options);
                    if (conflict is JsArray ca) ca.ConflictMax = 1;
                    return conflict;
                }
                else if (options.PlainObjects || options.AllowPrototypes || !JsModel.IsObjectPrototypeKey(ToKey(source)))
                {
                    var key = ToKey(source);
                    if (key != "__proto__" || options.PlainObjects) tObj.Set(key, true);
                }
            }
            else
            {
                return LimitedPair(target, source, options);
            }
            return target;
        }

        if (target is not JsObject and not JsArray || !Truthy(target))
        {
            if (source is JsObject { OverflowMax: { } sourceMax } sObj)
            {
                var result = new JsObject();
                result.Set("0", target);
                foreach (var key in sObj.Keys()) result.Set(Num(JsValue.ParseInt(key) + 1), sObj.Get(key));
                result.OverflowMax = sourceMax + 1;
                return result;
            }
            var combined = Concat(target, source);
            if (combined.Length > options.ArrayLimit)
            {
                if (options.ThrowOnLimitExceeded) throw ArrayLimit(options);
                var obj = ArrayToObject(combined);
                obj.OverflowMax = combined.Length - 1;
                return obj;
            }
            return combined;
        }

        if (target is JsArray ta && source is JsArray sa)
        {
            foreach (var (i, item) in sa.Entries())
            {
                if (ta.Has(i))
                {
                    var targetItem = ta.Get(i);
                    if (JsModel.IsObjectLike(targetItem) && JsModel.IsObjectLike(item))
                        ta.Set(i, Merge(targetItem, item, options));
                    else
                        ta.Push(item);
                }
                else
                {
                    ta.Set(i, item);
                }
            }
            if (ta.ElementCount > options.ArrayLimit)
            {
                if (options.ThrowOnLimitExceeded) throw ArrayLimit(options);
                var obj = ArrayToObject(ta);
                obj.OverflowMax = ta.Length - 1;
                return obj;
            }
            return ta;
        }

        JsObject acc;
        if (target is JsArray targetArray)
        {
            acc = ArrayToObject(targetArray);
            if (targetArray.ConflictMax is not null) acc.ConflictMax = targetArray.Length - 1;
        }
        else
        {
            acc = (JsObject)target!;
        }

        var sourceObject = source as JsObject;
        var sourceKeys = sourceObject is not null ? sourceObject.Keys() : ((JsArray)source!).Entries().Select(e => Num(e.Key)).ToList();
        foreach (var key in sourceKeys)
        {
            var value = sourceObject is not null ? sourceObject.Get(key) : ((JsArray)source!).Get(long.Parse(key, System.Globalization.CultureInfo.InvariantCulture));
            if (acc.Has(key)) acc.Set(key, Merge(acc.Get(key), value, options));
            else acc.Set(key, value);

            if (sourceObject is { OverflowMax: { } sMax } && acc.OverflowMax is null)
                acc.OverflowMax = MaxNumericIndex(acc, sMax);
            if (acc.OverflowMax is { } accMax && IsCanonicalInt(key, out var keyNum) && keyNum >= 0 && keyNum > accMax)
                acc.OverflowMax = keyNum;
            if (acc.ConflictMax is { } cMax && IsCanonicalInt(key, out var conflictKey) && conflictKey > cMax)
                acc.ConflictMax = conflictKey;
        }
        return acc;
    }

    private static string ToKey(object? v) => v switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        null => "null",
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    // utils.compact: every array below the root loses its holes and undefined elements.
    private static void Compact(JsObject root)
    {
        var stack = new Stack<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance) { root };
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is JsObject obj)
            {
                foreach (var key in obj.Keys())
                {
                    var v = obj.Get(key);
                    if (v is JsArray arr && !arr.IsDenseWithoutUndefined())
                    {
                        var dense = arr.Dense();
                        obj.Set(key, dense);
                        v = dense;
                    }
                    if (JsModel.IsObjectLike(v) && seen.Add(v!)) stack.Push(v!);
                }
            }
            else if (current is JsArray arr)
            {
                foreach (var (i, item) in arr.Entries())
                {
                    var v = item;
                    if (v is JsArray inner && !inner.IsDenseWithoutUndefined())
                    {
                        var dense = inner.Dense();
                        arr.Set(i, dense);
                        v = dense;
                    }
                    if (JsModel.IsObjectLike(v) && seen.Add(v!)) stack.Push(v!);
                }
            }
        }
    }

    internal static string Num(double d) => JsValue.ToString(d);

    private static ArgumentOutOfRangeException Range(string message) => new(null, message);

    private static ArgumentOutOfRangeException ArrayLimit(Opts options) =>
        Range("Array limit exceeded. Only " + Num(options.ArrayLimit) + " element" + (options.ArrayLimit == 1 ? "" : "s") + " allowed in an array.");
}
