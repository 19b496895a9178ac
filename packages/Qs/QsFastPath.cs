using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// The common forms built straight into <see cref="JsonNode"/>s, without qs's intermediate JavaScript model: every
/// key is <c>name</c>, <c>name[]</c> (pushed, below <c>arrayLimit</c>) or <c>name[sub]</c>, names and subkeys are not
/// array indices nor <c>Object.prototype</c> names, a plain name appears once, a subkey once per name, a name is used
/// one way only. For such input qs's parse is exactly this (keys in order of first appearance, no holes, no merges);
/// anything else — and any option that changes those rules — returns null and goes through <see cref="QsParser"/>.
/// </summary>
internal static class QsFastPath
{
    private enum Kind : byte { Plain, Push, Object }

    public static JsonObject? TryParse(string str, QsParser.Opts o)
    {
        var source = o.Source;
        if (source.Decoder is not null || o.CharsetSentinel || o.InterpretNumericEntities || o.ThrowOnLimitExceeded || o.AllowEmptyArrays
            || o.DecodeDotInKeys || source.DelimiterPattern is not null || source.Delimiter != "&" || o.Depth < 1 || str.Length == 0)
            return null;
        var clean = o.IgnoreQueryPrefix && str.StartsWith('?') ? str[1..] : str;
        clean = QsParser.ReplaceBracketEscapes(clean);
        if (clean.AsSpan().Count('&') + 1 > o.ParameterLimit) return null;

        var result = new JsonObject();
        Dictionary<string, Kind>? kinds = null;
        var charset = o.Charset;
        var start = 0;
        while (start <= clean.Length)
        {
            var end = clean.IndexOf('&', start);
            if (end < 0) end = clean.Length;
            var part = clean.AsSpan(start, end - start);
            var partStart = start;
            start = end + 1;

            var bracketEquals = part.IndexOf("]=");
            var pos = bracketEquals == -1 ? part.IndexOf('=') : bracketEquals + 1;
            var isEmptyBracketKey = pos > 1 && part[pos - 2] == '[' && part[pos - 1] == ']';
            string key;
            JsonNode? value;
            if (pos == -1)
            {
                key = Qs.DefaultDecoder(clean.Substring(partStart, part.Length), Qs.DefaultDecoder, charset, "key")!;
                value = o.StrictNullHandling ? null : JsonValue.Create("");
            }
            else
            {
                key = Qs.DefaultDecoder(clean.Substring(partStart, pos), Qs.DefaultDecoder, charset, "key")!;
                var raw = part[(pos + 1)..];
                if (o.Comma && raw.Contains(',')) return null;
                value = JsonValue.Create(Qs.DefaultDecoder(raw.ToString(), Qs.DefaultDecoder, charset, "value"));
            }
            if (key is null || key.Length == 0 || (o.AllowDots && key.Contains('.'))) return null;

            var open = key.IndexOf('[');
            if (open < 0)
            {
                if (!IsOrdinaryKey(key) || result.ContainsKey(key)) return null;
                result.Add(key, value);
                (kinds ??= new(StringComparer.Ordinal))[key] = Kind.Plain;
                continue;
            }
            if (pos == -1 || open == 0 || key[^1] != ']' || key.IndexOf('[', open + 1) >= 0 || key.IndexOf(']') != key.Length - 1) return null;
            var name = key[..open];
            if (!IsOrdinaryKey(name)) return null;
            kinds ??= new(StringComparer.Ordinal);
            if (key.Length == open + 2)
            {
                // name[]: pushed onto the name's array
                if (!isEmptyBracketKey || !o.ParseArrays) return null;
                if (kinds.TryGetValue(name, out var kind))
                {
                    if (kind != Kind.Push) return null;
                    var array = (JsonArray)result[name]!;
                    if (array.Count + 1 >= o.ArrayLimit) return null;
                    array.Add(value);
                }
                else
                {
                    if (o.ArrayLimit <= 1) return null;
                    result.Add(name, new JsonArray(value));
                    kinds[name] = Kind.Push;
                }
            }
            else
            {
                var sub = key[(open + 1)..^1];
                if (!IsOrdinaryKey(sub)) return null;
                if (kinds.TryGetValue(name, out var kind))
                {
                    if (kind != Kind.Object) return null;
                    var obj = (JsonObject)result[name]!;
                    if (obj.ContainsKey(sub)) return null;
                    obj.Add(sub, value);
                }
                else
                {
                    result.Add(name, new JsonObject { [sub] = value });
                    kinds[name] = Kind.Object;
                }
            }
        }
        return result;
    }

    // not empty, not an array index (JavaScript orders those first), not a name qs treats specially
    private static bool IsOrdinaryKey(string key) =>
        key.Length > 0 && key.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0 && !JsModel.IsObjectPrototypeKey(key) && key.IndexOf(']') < 0;
}
