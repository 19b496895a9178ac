using Koa.Tests.Shared;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Koa.Tests;

/// <summary>
/// Reads the values and options of tests/conformance/qs (see its generate.js for the encoding) and compares qs
/// results with node's.
/// </summary>
internal static class QsFixtures
{
    /// <summary>The cases of a fixture file (read with a nesting limit above the default 64: qs's depth tests nest deeper).</summary>
    public static List<JsonElement> Load(string relative)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Koa.Tests.Shared.Fixtures.Path(relative)), new JsonDocumentOptions { MaxDepth = 4096 });
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>A fixture string ({ utf16: [...] } for strings that are not well-formed UTF-16).</summary>
    public static string Text(JsonElement e) => Fixtures.Text(e)!;

    /// <summary>A fixture value as the JavaScript model qs's stringify walks.</summary>
    public static object? Value(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.String: return e.GetString();
            case JsonValueKind.Number: return e.GetDouble();
            case JsonValueKind.Array:
            {
                var arr = new JsArray();
                foreach (var item in e.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("$hole", out _)) arr.Length++;
                    else arr.Push(Value(item));
                }
                return arr;
            }
        }
        if (e.TryGetProperty("utf16", out _)) return Text(e);
        if (e.TryGetProperty("$undefined", out _)) return JsUndefined.Value;
        if (e.TryGetProperty("$num", out var num)) return num.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => -0.0,
        };
        if (e.TryGetProperty("$date", out var date)) return DateTimeOffset.Parse(date.GetString()!, CultureInfo.InvariantCulture);
        if (e.TryGetProperty("$buffer", out var buffer)) return buffer.EnumerateArray().Select(b => (byte)b.GetInt32()).ToArray();
        var obj = new JsObject();
        if (e.TryGetProperty("$entries", out var entries))
        {
            foreach (var pair in entries.EnumerateArray()) obj.Set(Text(pair[0]), Value(pair[1]));
            return obj;
        }
        foreach (var p in e.EnumerateObject()) obj.Set(p.Name, Value(p.Value));
        return obj;
    }

    /// <summary>Null when node's result and ours agree, else a description of the first difference.</summary>
    public static string? Compare(JsonNode? actual, JsonElement expected, string path = "$")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null:
                return actual is null ? null : $"{path}: expected null, got {Show(actual)}";
            case JsonValueKind.True or JsonValueKind.False:
                return actual is JsonValue bv && bv.GetValueKind() == expected.ValueKind ? null : $"{path}: expected {expected}, got {Show(actual)}";
            case JsonValueKind.String:
                return actual is JsonValue sv && sv.GetValueKind() == JsonValueKind.String && sv.GetValue<string>() == expected.GetString()
                    ? null : $"{path}: expected \"{expected.GetString()}\", got {Show(actual)}";
            case JsonValueKind.Array:
            {
                if (actual is not JsonArray arr) return $"{path}: expected an array, got {Show(actual)}";
                var items = expected.EnumerateArray().ToList();
                if (items.Count != arr.Count) return $"{path}: expected {items.Count} elements, got {arr.Count}: {Show(actual)}";
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("$hole", out _))
                    {
                        if (arr[i] is not null) return $"{path}[{i}]: expected a hole (null), got {Show(arr[i])}";
                        continue;
                    }
                    var d = Compare(arr[i], item, $"{path}[{i}]");
                    if (d is not null) return d;
                }
                return null;
            }
        }
        if (expected.TryGetProperty("utf16", out _))
            return actual is JsonValue uv && uv.GetValueKind() == JsonValueKind.String && uv.GetValue<string>() == Text(expected)
                ? null : $"{path}: expected an ill-formed string, got {Show(actual)}";
        if (actual is not JsonObject obj) return $"{path}: expected an object, got {Show(actual)}";
        var pairs = expected.TryGetProperty("$entries", out var entries)
            ? entries.EnumerateArray().Select(p => (Text(p[0]), p[1])).ToList()
            : expected.EnumerateObject().Select(p => (p.Name, p.Value)).ToList();
        var actualKeys = obj.Select(p => p.Key).ToList();
        var expectedKeys = pairs.Select(p => p.Item1).ToList();
        if (!actualKeys.SequenceEqual(expectedKeys))
            return $"{path}: expected keys [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]";
        foreach (var (key, value) in pairs)
        {
            var d = Compare(obj[key], value, $"{path}.{key}");
            if (d is not null) return d;
        }
        return null;
    }

    private static string Show(JsonNode? node)
    {
        if (node is null) return "null";
        var text = node.ToJsonString();
        return text.Length > 200 ? text[..200] + "…" : text;
    }

    /// <summary>Parse options from a fixture; null when qs was given something C#'s typed options cannot say.</summary>
    public static QsOptions? ParseOptions(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Null) return null;
        var o = new QsOptions();
        foreach (var p in e.EnumerateObject())
        {
            var v = p.Value;
            bool Bool() => v.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw new NotSupportedException() };
            int Limit()
            {
                if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
                if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("$num", out var n) && n.GetString() == "Infinity") return int.MaxValue;
                throw new NotSupportedException();
            }
            try
            {
                o = p.Name switch
                {
                    "allowDots" => With(o, x => x.AllowDots = Bool()),
                    "allowEmptyArrays" => With(o, x => x.AllowEmptyArrays = Bool()),
                    "allowPrototypes" => With(o, x => x.AllowPrototypes = Bool()),
                    "allowSparse" => With(o, x => x.AllowSparse = Bool()),
                    "arrayLimit" => With(o, x => x.ArrayLimit = Limit()),
                    "charset" => With(o, x => x.Charset = v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new NotSupportedException()),
                    "charsetSentinel" => With(o, x => x.CharsetSentinel = Bool()),
                    "comma" => With(o, x => x.Comma = Bool()),
                    "decodeDotInKeys" => With(o, x => x.DecodeDotInKeys = Bool()),
                    "delimiter" when v.ValueKind == JsonValueKind.String => With(o, x => x.Delimiter = v.GetString()!),
                    "delimiter" when v.ValueKind == JsonValueKind.Object && v.TryGetProperty("$regex", out var rx) =>
                        With(o, x => x.DelimiterPattern = new Regex(rx.GetString()!, v.GetProperty("flags").GetString()!.Contains('i') ? RegexOptions.IgnoreCase : RegexOptions.None)),
                    "depth" when v.ValueKind == JsonValueKind.False => With(o, x => x.Depth = 0),
                    "depth" => With(o, x => x.Depth = Limit()),
                    "duplicates" => With(o, x => x.Duplicates = (v.ValueKind == JsonValueKind.String ? v.GetString() : throw new NotSupportedException()) switch
                    {
                        "combine" => QsDuplicates.Combine,
                        "first" => QsDuplicates.First,
                        "last" => QsDuplicates.Last,
                        _ => throw new NotSupportedException(),
                    }),
                    "ignoreQueryPrefix" => With(o, x => x.IgnoreQueryPrefix = Bool()),
                    "interpretNumericEntities" => With(o, x => x.InterpretNumericEntities = Bool()),
                    "parameterLimit" => With(o, x => x.ParameterLimit = Limit()),
                    "parseArrays" => With(o, x => x.ParseArrays = Bool()),
                    "plainObjects" => With(o, x => x.PlainObjects = Bool()),
                    "strictDepth" => With(o, x => x.StrictDepth = Bool()),
                    "strictMerge" => With(o, x => x.StrictMerge = Bool()),
                    "strictNullHandling" => With(o, x => x.StrictNullHandling = Bool()),
                    "throwOnLimitExceeded" => With(o, x => x.ThrowOnLimitExceeded = Bool()),
                    "decoder" when v.ValueKind == JsonValueKind.Null => o,
                    _ => throw new NotSupportedException(),
                };
            }
            catch (NotSupportedException)
            {
                return Unrepresentable;
            }
        }
        return o;
    }

    /// <summary>The marker for options C# cannot express (e.g. a boolean option given a string).</summary>
    public static readonly QsOptions Unrepresentable = new();

    /// <summary>Stringify options from a fixture; <see cref="UnrepresentableStringify"/> when C# cannot say them.</summary>
    public static QsStringifyOptions? StringifyOptions(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Null) return null;
        var o = new MutableStringify();
        foreach (var p in e.EnumerateObject())
        {
            var v = p.Value;
            bool Bool() => v.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw new NotSupportedException() };
            try
            {
                switch (p.Name)
                {
                    case "addQueryPrefix": o.AddQueryPrefix = Bool(); break;
                    case "allowDots": o.AllowDots = Bool(); break;
                    case "allowEmptyArrays": o.AllowEmptyArrays = Bool(); break;
                    case "arrayFormat":
                        o.ArrayFormat = v.ValueKind != JsonValueKind.String ? null : v.GetString() switch
                        {
                            "indices" => QsArrayFormat.Indices,
                            "brackets" => QsArrayFormat.Brackets,
                            "repeat" => QsArrayFormat.Repeat,
                            "comma" => QsArrayFormat.Comma,
                            _ => null, // qs ignores an unknown arrayFormat
                        };
                        break;
                    case "indices": o.Indices = v.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw new NotSupportedException() }; break;
                    case "charset":
                        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("$undefined", out _)) break;
                        o.Charset = v.GetString()!;
                        break;
                    case "charsetSentinel": o.CharsetSentinel = Bool(); break;
                    case "commaRoundTrip": o.CommaRoundTrip = Bool(); break;
                    case "delimiter": o.Delimiter = v.GetString()!; break;
                    case "depth": o.Depth = v.ValueKind == JsonValueKind.Number ? v.GetInt32() : throw new NotSupportedException(); break;
                    case "encode": o.Encode = Bool(); break;
                    case "encodeDotInKeys": o.EncodeDotInKeys = Bool(); break;
                    case "encodeValuesOnly": o.EncodeValuesOnly = Bool(); break;
                    case "filter":
                        if (v.ValueKind != JsonValueKind.Array) throw new NotSupportedException();
                        o.FilterKeys = [.. v.EnumerateArray().Select(k => k.ValueKind switch
                        {
                            JsonValueKind.Number => (object?)k.GetDouble(),
                            JsonValueKind.Null => null,
                            JsonValueKind.Object when k.TryGetProperty("$undefined", out _) => null,
                            _ => Text(k),
                        })];
                        break;
                    case "format":
                        o.Format = v.GetString() switch
                        {
                            "RFC1738" => QsFormat.RFC1738,
                            "RFC3986" => QsFormat.RFC3986,
                            "WHATWG" => QsFormat.WHATWG,
                            _ => (QsFormat)99,
                        };
                        break;
                    case "skipNulls": o.SkipNulls = Bool(); break;
                    case "strictNullHandling": o.StrictNullHandling = Bool(); break;
                    case "encoder" or "serializeDate" or "sort" when v.ValueKind == JsonValueKind.Null: break;
                    default: throw new NotSupportedException();
                }
            }
            catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException)
            {
                return UnrepresentableStringify;
            }
        }
        return o.Build();
    }

    /// <summary>The marker for stringify options C# cannot express.</summary>
    public static readonly QsStringifyOptions UnrepresentableStringify = new();

    private sealed class MutableStringify
    {
        public bool AddQueryPrefix, AllowEmptyArrays, CharsetSentinel, CommaRoundTrip, EncodeDotInKeys, EncodeValuesOnly, SkipNulls, StrictNullHandling;
        public bool Encode = true;
        public bool? AllowDots, Indices;
        public QsArrayFormat? ArrayFormat;
        public string Charset = "utf-8", Delimiter = "&";
        public int Depth = int.MaxValue;
        public IReadOnlyList<object?>? FilterKeys;
        public QsFormat Format = QsFormat.RFC3986;

        public QsStringifyOptions Build() => new()
        {
            AddQueryPrefix = AddQueryPrefix, AllowDots = AllowDots, AllowEmptyArrays = AllowEmptyArrays, ArrayFormat = ArrayFormat,
            Indices = Indices, Charset = Charset, CharsetSentinel = CharsetSentinel, CommaRoundTrip = CommaRoundTrip,
            Delimiter = Delimiter, Depth = Depth, Encode = Encode, EncodeDotInKeys = EncodeDotInKeys,
            EncodeValuesOnly = EncodeValuesOnly, FilterKeys = FilterKeys, Format = Format, SkipNulls = SkipNulls,
            StrictNullHandling = StrictNullHandling,
        };
    }

    private static QsOptions With(QsOptions o, Action<MutableParse> set)
    {
        var m = MutableParse.From(o);
        set(m);
        return m.Build();
    }

    private sealed class MutableParse
    {
        public bool? AllowDots;
        public bool AllowEmptyArrays, AllowPrototypes, AllowSparse, CharsetSentinel, Comma, DecodeDotInKeys, IgnoreQueryPrefix,
            InterpretNumericEntities, ParseArrays, PlainObjects, StrictDepth, StrictMerge, StrictNullHandling, ThrowOnLimitExceeded;
        public int ArrayLimit, Depth, ParameterLimit;
        public string Charset = "utf-8", Delimiter = "&";
        public Regex? DelimiterPattern;
        public QsDuplicates Duplicates;

        public static MutableParse From(QsOptions o) => new()
        {
            AllowDots = o.AllowDots, AllowEmptyArrays = o.AllowEmptyArrays, AllowPrototypes = o.AllowPrototypes,
            AllowSparse = o.AllowSparse, ArrayLimit = o.ArrayLimit, Charset = o.Charset, CharsetSentinel = o.CharsetSentinel,
            Comma = o.Comma, DecodeDotInKeys = o.DecodeDotInKeys, Delimiter = o.Delimiter, DelimiterPattern = o.DelimiterPattern,
            Depth = o.Depth, Duplicates = o.Duplicates, IgnoreQueryPrefix = o.IgnoreQueryPrefix,
            InterpretNumericEntities = o.InterpretNumericEntities, ParameterLimit = o.ParameterLimit, ParseArrays = o.ParseArrays,
            PlainObjects = o.PlainObjects, StrictDepth = o.StrictDepth, StrictMerge = o.StrictMerge,
            StrictNullHandling = o.StrictNullHandling, ThrowOnLimitExceeded = o.ThrowOnLimitExceeded,
        };

        public QsOptions Build() => new()
        {
            AllowDots = AllowDots, AllowEmptyArrays = AllowEmptyArrays, AllowPrototypes = AllowPrototypes, AllowSparse = AllowSparse,
            ArrayLimit = ArrayLimit, Charset = Charset, CharsetSentinel = CharsetSentinel, Comma = Comma,
            DecodeDotInKeys = DecodeDotInKeys, Delimiter = Delimiter, DelimiterPattern = DelimiterPattern, Depth = Depth,
            Duplicates = Duplicates, IgnoreQueryPrefix = IgnoreQueryPrefix, InterpretNumericEntities = InterpretNumericEntities,
            ParameterLimit = ParameterLimit, ParseArrays = ParseArrays, PlainObjects = PlainObjects, StrictDepth = StrictDepth,
            StrictMerge = StrictMerge, StrictNullHandling = StrictNullHandling, ThrowOnLimitExceeded = ThrowOnLimitExceeded,
        };
    }

    /// <summary>Runs one recorded case (parse or stringify); null when ours matches node's, else the difference.</summary>
    public static string? Replay(string fn, JsonElement c, out bool skipped)
    {
        skipped = false;
        if (fn == "parse")
        {
            var options = ParseOptions(c.GetProperty("options"));
            var input = c.GetProperty("input");
            if (ReferenceEquals(options, Unrepresentable) || input.ValueKind is not (JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Null)
                || (input.ValueKind == JsonValueKind.Object && !input.TryGetProperty("utf16", out _) && !input.TryGetProperty("$undefined", out _)))
            {
                // qs.parse of an object (qs copies it) or options C# types cannot express
                skipped = true;
                return null;
            }
            var text = input.ValueKind == JsonValueKind.Null || (input.ValueKind == JsonValueKind.Object && input.TryGetProperty("$undefined", out _)) ? null : Text(input);
            JsonObject actual;
            try
            {
                actual = Qs.Parse(text, options);
            }
            catch (ArgumentException ex)
            {
                return c.TryGetProperty("error", out var err) ? (ErrorMatches(ex, err) ? null : $"parse({Describe(text)}): expected error \"{err.GetString()}\", got \"{ex.Message}\"")
                    : $"parse({Describe(text)}): threw {ex.Message}";
            }
            if (c.TryGetProperty("error", out var expectedError))
            {
                // node ran out of stack where the upstream test asserts "does not crash": not crashing is the behaviour
                if (expectedError.GetString() == "Maximum call stack size exceeded") return null;
                return $"parse({Describe(text)}): expected error \"{expectedError.GetString()}\", got {actual.ToJsonString()}";
            }
            var diff = Compare(actual, c.GetProperty("value"));
            return diff is null ? null : $"parse({Describe(text)}, {c.GetProperty("options")}): {diff}";
        }
        else
        {
            var options = StringifyOptions(c.GetProperty("options"));
            if (ReferenceEquals(options, UnrepresentableStringify))
            {
                skipped = true;
                return null;
            }
            var input = Value(c.GetProperty("input"));
            string actual;
            try
            {
                actual = Qs.Stringify(input, options);
            }
            catch (ArgumentException ex)
            {
                return c.TryGetProperty("error", out var err) ? (ErrorMatches(ex, err) ? null : $"stringify({c.GetProperty("input")}): expected error \"{err.GetString()}\", got \"{ex.Message}\"")
                    : $"stringify({c.GetProperty("input")}, {c.GetProperty("options")}): threw {ex.Message}";
            }
            if (c.TryGetProperty("error", out var expectedError)) return $"stringify({c.GetProperty("input")}): expected error \"{expectedError.GetString()}\", got \"{actual}\"";
            var expected = c.GetProperty("value");
            if (expected.ValueKind != JsonValueKind.String && !expected.TryGetProperty("utf16", out _)) return $"stringify: non-string result {expected}";
            var e = Text(expected);
            return actual == e ? null : $"stringify({c.GetProperty("input")}, {c.GetProperty("options")}): expected \"{e}\", got \"{actual}\"";
        }
    }

    private static bool ErrorMatches(ArgumentException ex, JsonElement expected)
    {
        var message = ex is ArgumentOutOfRangeException range ? range.Message : ex.Message;
        var text = expected.GetString()!;
        return message == text || message.StartsWith(text + " (Parameter", StringComparison.Ordinal);
    }

    public static string Describe(string? s)
    {
        if (s is null) return "null";
        var sb = new StringBuilder("\"");
        foreach (var c in s.Length > 120 ? s[..120] : s) sb.Append(c is < ' ' or (>= '\ud800' and <= '\udfff') ? $"\\u{(int)c:x4}" : c.ToString());
        return sb.Append(s.Length > 120 ? "…\"" : "\"").ToString();
    }
}
