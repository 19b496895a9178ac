using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>What <see cref="JsJsonParser"/> does with a <c>__proto__</c> key (@hapi/bourne's <c>protoAction</c>).</summary>
internal enum JsJsonProtoAction
{
    /// <summary>Kept as an ordinary key (<c>JSON.parse</c>).</summary>
    Keep,

    /// <summary>Dropped from its object.</summary>
    Remove,

    /// <summary>The whole text is refused ("Object contains forbidden prototype property").</summary>
    Error,
}

/// <summary>
/// JavaScript's <c>JSON.parse</c> into <see cref="JsonNode"/>s, one forward scan over the text:
/// <list type="bullet">
/// <item>numbers are doubles (<c>1.0</c> is 1, <c>1e3</c> is 1000, <c>-0</c> is 0, <c>1e400</c> writes as <c>null</c>),
/// every one readable with <c>GetValue&lt;double&gt;()</c> and written back by System.Text.Json as
/// <c>JSON.stringify</c> writes it (<c>1e+21</c>, <c>1e-7</c>);</item>
/// <item>escapes decode to any UTF-16, lone surrogates included;</item>
/// <item>a duplicate key keeps the last value at the first key's place, and array-index keys come first in
/// ascending order (JavaScript's property order);</item>
/// <item>a <c>__proto__</c> key is kept, removed or refused (<see cref="JsJsonProtoAction"/>);</item>
/// <item>nesting deeper than <see cref="MaxDepth"/> is refused (V8 has no fixed bound; a stack does).</item>
/// </list>
/// Errors are <see cref="JsonException"/>s with V8's messages.
/// </summary>
internal ref struct JsJsonParser
{
    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 1000;

    // TryParseDocument: up to this size a body is parsed in one pass (see there)
    private const int OnePassLimit = 128 * 1024;

    private readonly string _text;
    private readonly JsJsonProtoAction _proto;
    private int _pos;
    private bool _sawProto;
    private StringBuilder? _builder;
    private string?[]? _keys; // recent property names: records repeat theirs, one string each

    private JsJsonParser(string text, JsJsonProtoAction proto)
    {
        _text = text;
        _proto = proto;
        _pos = 0;
        _sawProto = false;
        _builder = null;
        _keys = null;
    }

    /// <summary>Parses <paramref name="text"/> as <c>JSON.parse</c> does (<c>null</c> for JSON null).</summary>
    /// <exception cref="JsonException">Not JSON, nested too deeply, or a refused <c>__proto__</c> key.</exception>
    public static JsonNode? Parse(string text, JsJsonProtoAction proto = JsJsonProtoAction.Keep)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new JsJsonParser(text, proto);
        parser.SkipWhite();
        var value = parser.ParseValue(0);
        parser.SkipWhite();
        if (parser._pos < text.Length) throw parser.Unexpected();
        if (parser._sawProto) throw new JsonException("Object contains forbidden prototype property");
        return value;
    }

    /// <summary>
    /// Parses UTF-8 <paramref name="utf8"/> as <c>JSON.parse</c> does: an object or array that System.Text.Json reads
    /// exactly as <c>JSON.parse</c> does (see <see cref="TryParseDocument"/>) becomes a compact, lazily materialised
    /// <see cref="JsonNode"/> over a <see cref="JsonDocument"/>; anything else is decoded (a BOM dropped, bad UTF-8 as
    /// U+FFFD) and read by <see cref="Parse(string, JsJsonProtoAction)"/>.
    /// </summary>
    /// <exception cref="JsonException">As <see cref="Parse(string, JsJsonProtoAction)"/>.</exception>
    public static JsonNode? ParseUtf8(ReadOnlySpan<byte> utf8, JsJsonProtoAction proto = JsJsonProtoAction.Keep) =>
        TryParseDocument(utf8, out var root) ? Wrap(root) : Parse(DecodeUtf8(utf8), proto);

    /// <summary>The node over a <see cref="TryParseDocument"/> result (an object or an array).</summary>
    public static JsonNode Wrap(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object ? JsonObject.Create(root)! : JsonArray.Create(root)!;

    /// <summary>UTF-8 decoding as raw-body/iconv-lite does it: invalid sequences as U+FFFD, a leading BOM dropped.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        return Encoding.UTF8.GetString(utf8);
    }

    /// <summary>
    /// Parses <paramref name="utf8"/> into a <see cref="JsonDocument"/> over its own copy of the bytes (never disposed:
    /// it lives as long as the elements handed out) when that document means what
    /// <c>JSON.parse</c> gives and System.Text.Json writes it back as <c>JSON.stringify</c> would: an object or array at
    /// the top, valid UTF-8 without a BOM, no duplicate key, no array-index key (JavaScript reorders them), no
    /// <c>__proto__</c> key, no escaped key, no escaped surrogate, every number written the way JavaScript prints its
    /// double (no exponent, no <c>-0</c>, no trailing fraction zero, no digits past a double's precision), nesting
    /// within <see cref="MaxDepth"/>. False otherwise, and for text that is not JSON (<see cref="Parse(string, JsJsonProtoAction)"/>
    /// then gives the error).
    /// </summary>
    public static bool TryParseDocument(ReadOnlySpan<byte> utf8, out JsonElement root)
    {
        root = default;
        if (!IsPlain(utf8)) return false;
        try
        {
            if (utf8.Length <= OnePassLimit)
            {
                // one reader pass over a copy the document keeps (ParseValue makes two: a skip to find the end, then the
                // parse); its rows sit in an array from the pool that is never returned (a power of two under twice the
                // larger of the text and its rows, where ParseValue copies them to an exact array: a fair price below
                // this limit for a pass less)
                var owned = GC.AllocateUninitializedArray<byte>(utf8.Length);
                utf8.CopyTo(owned);
                root = JsonDocument.Parse(owned, new JsonDocumentOptions { MaxDepth = MaxDepth + 1 }).RootElement;
                return root.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
            }
            // larger: the rows copied into an exact array (a megabyte of records is two of rows)
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
            root = JsonElement.ParseValue(ref reader);
            if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) return false;
            var rest = utf8[(int)reader.BytesConsumed..];
            return rest.IndexOfAnyExcept(" \t\r\n"u8) < 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // one pass over the bytes: whether System.Text.Json's reading of a valid text equals JSON.parse's
    private static bool IsPlain(ReadOnlySpan<byte> s)
    {
        if (!Utf8.IsValid(s)) return false;
        var i = s.IndexOfAnyExcept(" \t\r\n"u8);
        if (i < 0 || s[i] is not ((byte)'{' or (byte)'[')) return false;
        // the open containers; per object the start of its keys in `keys` (offset, length pairs)
        var frames = ArrayPool<int>.Shared.Rent(64);
        var keys = ArrayPool<int>.Shared.Rent(64);
        var depth = 0;
        var keyCount = 0;
        try
        {
            while (i < s.Length)
            {
                var b = s[i];
                switch (b)
                {
                    case (byte)'{':
                    case (byte)'[':
                        if (depth >= MaxDepth) return false;
                        if (depth == frames.Length) Grow(ref frames);
                        frames[depth++] = b == (byte)'{' ? keyCount : -1;
                        i++;
                        break;
                    case (byte)'}':
                        if (depth == 0 || frames[depth - 1] < 0) return false;
                        var first = frames[--depth];
                        if (keyCount - first > 1 && HasDuplicate(s, keys.AsSpan(2 * first, 2 * (keyCount - first)))) return false;
                        keyCount = first;
                        i++;
                        break;
                    case (byte)']':
                        if (depth == 0 || frames[depth - 1] >= 0) return false;
                        depth--;
                        i++;
                        break;
                    case (byte)'"':
                    {
                        var start = ++i;
                        var escaped = false;
                        while (true)
                        {
                            var k = s[i..].IndexOfAny((byte)'"', (byte)'\\');
                            if (k < 0) return false;
                            i += k;
                            if (s[i] == (byte)'"') break;
                            escaped = true;
                            if (i + 1 >= s.Length) return false;
                            if (s[i + 1] == (byte)'u')
                            {
                                // \uD800-\uDFFF: a surrogate, paired or not, goes the careful way
                                if (i + 5 >= s.Length) return false;
                                if (s[i + 2] is (byte)'d' or (byte)'D' && s[i + 3] is >= (byte)'8' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F') return false;
                                i += 6;
                            }
                            else i += 2;
                        }
                        var length = i - start;
                        i++;
                        var j = i;
                        while (j < s.Length && s[j] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') j++;
                        if (j < s.Length && s[j] == (byte)':')
                        {
                            if (escaped || depth == 0 || frames[depth - 1] < 0) return false;
                            var key = s.Slice(start, length);
                            if (key.SequenceEqual("__proto__"u8) || (length is > 0 and <= 10 && key.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)) return false;
                            if (2 * keyCount + 2 > keys.Length) Grow(ref keys);
                            keys[2 * keyCount] = start;
                            keys[2 * keyCount + 1] = length;
                            keyCount++;
                            i = j + 1;
                        }
                        break;
                    }
                    case (byte)'-':
                    case >= (byte)'0' and <= (byte)'9':
                    {
                        var start = i;
                        var plain = PlainNumber(s, ref i);
                        if (plain > 0) break;
                        if (plain == 0) return false;
                        i = start;
                        while (i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'+' or (byte)'.' or (byte)'e' or (byte)'E') i++;
                        if (!IsJsNumberText(s[start..i])) return false;
                        break;
                    }
                    case (byte)'t':
                    case (byte)'n':
                        i += s[i..].StartsWith(s[i] == (byte)'t' ? "true"u8 : "null"u8) ? 4 : 1;
                        break;
                    case (byte)'f':
                        i += s[i..].StartsWith("false"u8) ? 5 : 1;
                        break;
                    default:
                        i++;
                        break;
                }
            }
            return depth == 0;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(frames);
            ArrayPool<int>.Shared.Return(keys);
        }
    }

    private static void Grow(ref int[] array)
    {
        var bigger = ArrayPool<int>.Shared.Rent(array.Length * 2);
        array.CopyTo(bigger, 0);
        ArrayPool<int>.Shared.Return(array);
        array = bigger;
    }

    // keys: (offset, length) pairs of one object's unescaped keys
    private static bool HasDuplicate(ReadOnlySpan<byte> s, ReadOnlySpan<int> keys)
    {
        var n = keys.Length / 2;
        if (n <= 16)
        {
            for (var a = 0; a < n; a++)
            {
                var ka = s.Slice(keys[2 * a], keys[2 * a + 1]);
                for (var b = a + 1; b < n; b++)
                {
                    if (keys[2 * b + 1] == ka.Length && s.Slice(keys[2 * b], ka.Length).SequenceEqual(ka)) return true;
                }
            }
            return false;
        }
        // an open-addressing table of key numbers + 1
        var size = 32;
        while (size < 2 * n) size *= 2;
        var table = ArrayPool<int>.Shared.Rent(size);
        try
        {
            Array.Clear(table, 0, size);
            for (var a = 0; a < n; a++)
            {
                var ka = s.Slice(keys[2 * a], keys[2 * a + 1]);
                var slot = (int)((uint)Hash(ka) & (uint)(size - 1));
                while (table[slot] != 0)
                {
                    var b = table[slot] - 1;
                    if (keys[2 * b + 1] == ka.Length && s.Slice(keys[2 * b], ka.Length).SequenceEqual(ka)) return true;
                    slot = (slot + 1) & (size - 1);
                }
                table[slot] = a + 1;
            }
            return false;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
        }
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var h = new HashCode();
        h.AddBytes(key);
        return h.ToHashCode();
    }

    // The common number forms without a call per number: [-]digits[.digits] with at most 15 significant digits.
    // 1 = a plain number, read up to its end; 0 = not plain; -1 = undecided (an exponent, a sign or a dot follows, more
    // digits, or 0.x): the caller scans it again and asks IsJsNumberText.
    private static int PlainNumber(ReadOnlySpan<byte> s, ref int i)
    {
        var j = i;
        if (s[j] == (byte)'-') j++;
        var whole = j;
        while (j < s.Length && (uint)(s[j] - '0') <= 9) j++;
        var wholeLength = j - whole;
        var fractionLength = 0;
        if (j < s.Length && s[j] == (byte)'.')
        {
            j++;
            var fraction = j;
            while (j < s.Length && (uint)(s[j] - '0') <= 9) j++;
            fractionLength = j - fraction;
            if (fractionLength == 0 || s[j - 1] == (byte)'0') return 0; // 1. or 1.50: not how JavaScript prints it
        }
        if (j < s.Length && s[j] is (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-' or (byte)'.') return -1;
        if (wholeLength == 0 || (wholeLength > 1 && s[whole] == (byte)'0')) return 0;
        if (s[whole] == (byte)'0') return -1; // 0, -0, 0.x: the careful way
        if (wholeLength + fractionLength > 15) return -1;
        i = j;
        return 1;
    }

    // a JSON number whose text is what JavaScript prints for its double
    private static bool IsJsNumberText(ReadOnlySpan<byte> n)
    {
        var digits = n[0] == (byte)'-' ? n[1..] : n;
        if (digits.Length == 0 || digits.IndexOfAny((byte)'e', (byte)'E') >= 0 || digits.IndexOfAny((byte)'-', (byte)'+') >= 0) return false;
        var dot = digits.IndexOf((byte)'.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? [] : digits[(dot + 1)..];
        if (whole.Length == 0 || (whole.Length > 1 && whole[0] == (byte)'0') || fraction.IndexOf((byte)'.') >= 0) return false;
        if (dot >= 0 && (fraction.Length == 0 || fraction[^1] == (byte)'0')) return false;
        if (whole.SequenceEqual("0"u8))
        {
            if (fraction.Length == 0) return n[0] != (byte)'-'; // -0 prints 0
            var zeros = fraction.IndexOfAnyExcept((byte)'0');
            if (zeros > 5) return false; // 1e-7
            if (fraction.Length - zeros <= 15) return true;
        }
        else if (whole.Length + fraction.Length <= 15)
        {
            return true; // at most 15 significant digits: exact in a double, printed back the same
        }
        // more digits: compare with the shortest round-trip form
        if (!double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value)) return false;
        Span<byte> shortest = stackalloc byte[32];
        return value.TryFormat(shortest, out var written, default, CultureInfo.InvariantCulture) && shortest[..written].SequenceEqual(n);
    }

    private void SkipWhite()
    {
        var text = _text;
        var pos = _pos;
        while (pos < text.Length && text[pos] is ' ' or '\t' or '\n' or '\r') pos++;
        _pos = pos;
    }

    private readonly JsonException Unexpected()
    {
        if (_pos >= _text.Length) return new JsonException("Unexpected end of JSON input");
        var c = _text[_pos];
        var token = char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();
        return new JsonException($"Unexpected token '{token}', \"{Excerpt()}\" is not valid JSON");
    }

    private readonly string Excerpt() => _text.Length <= 32 ? _text : string.Concat(_text.AsSpan(0, 32), "...");

    private JsonNode? ParseValue(int depth)
    {
        if (_pos >= _text.Length) throw Unexpected();
        switch (_text[_pos])
        {
            case '{': return ParseObject(depth + 1);
            case '[': return ParseArray(depth + 1);
            case '"': return JsonValue.Create(ParseString());
            case 't': Literal("true"); return JsonValue.Create(true);
            case 'f': Literal("false"); return JsonValue.Create(false);
            case 'n': Literal("null"); return null;
            default: return ParseNumber();
        }
    }

    private void Literal(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (_pos + i >= _text.Length || _text[_pos + i] != word[i])
            {
                _pos += i;
                throw Unexpected();
            }
        }
        _pos += word.Length;
    }

    private readonly void Enter(int depth)
    {
        if (depth > MaxDepth) throw new JsonException("JSON nested too deeply (more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels)");
        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private JsonObject ParseObject(int depth)
    {
        Enter(depth);
        _pos++;
        var obj = new JsonObject();
        SkipWhite();
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            return obj;
        }
        var indexKeys = false; // an array-index key follows another key: JavaScript moves it to the front
        while (true)
        {
            SkipWhite();
            if (_pos >= _text.Length || _text[_pos] != '"') throw Unexpected();
            var key = ParseKey();
            SkipWhite();
            if (_pos >= _text.Length || _text[_pos] != ':') throw Unexpected();
            _pos++;
            SkipWhite();
            var value = ParseValue(depth);
            var keep = true;
            if (key == "__proto__")
            {
                if (_proto == JsJsonProtoAction.Error) _sawProto = true;
                else if (_proto == JsJsonProtoAction.Remove) keep = false;
            }
            if (keep)
            {
                var at = obj.Count == 0 ? -1 : obj.IndexOf(key);
                if (at >= 0) obj.SetAt(at, value);
                else
                {
                    if (obj.Count > 0 && IsArrayIndex(key, out _)) indexKeys = true;
                    obj.Add(key, value);
                }
            }
            SkipWhite();
            if (_pos >= _text.Length) throw Unexpected();
            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }
            if (_text[_pos] == '}')
            {
                _pos++;
                break;
            }
            throw Unexpected();
        }
        return indexKeys ? JavaScriptOrder(obj) : obj;
    }

    // array-index keys ascending, then the others in insertion order
    private static JsonObject JavaScriptOrder(JsonObject obj)
    {
        var entries = new List<KeyValuePair<string, JsonNode?>>(obj.Count);
        foreach (var entry in obj) entries.Add(entry);
        var indexed = new List<(uint Index, KeyValuePair<string, JsonNode?> Entry)>();
        var named = new List<KeyValuePair<string, JsonNode?>>();
        foreach (var entry in entries)
        {
            if (IsArrayIndex(entry.Key, out var n)) indexed.Add((n, entry));
            else named.Add(entry);
        }
        indexed.Sort((a, b) => a.Index.CompareTo(b.Index));
        obj.Clear();
        foreach (var (_, entry) in indexed) obj.Add(entry.Key, entry.Value);
        foreach (var entry in named) obj.Add(entry.Key, entry.Value);
        return obj;
    }

    private static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0')) return false;
        ulong v = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9') return false;
            v = v * 10 + (uint)(c - '0');
        }
        if (v >= uint.MaxValue) return false;
        index = (uint)v;
        return true;
    }

    private JsonArray ParseArray(int depth)
    {
        Enter(depth);
        _pos++;
        var array = new JsonArray();
        SkipWhite();
        if (_pos < _text.Length && _text[_pos] == ']')
        {
            _pos++;
            return array;
        }
        while (true)
        {
            SkipWhite();
            array.Add(ParseValue(depth));
            SkipWhite();
            if (_pos >= _text.Length) throw Unexpected();
            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }
            if (_text[_pos] == ']')
            {
                _pos++;
                return array;
            }
            throw Unexpected();
        }
    }

    private string ParseString()
    {
        _pos++;
        var text = _text;
        var start = _pos;
        // fast path: no escape
        var span = text.AsSpan(start);
        var stop = span.IndexOfAny('"', '\\');
        if (stop >= 0 && span[stop] == '"' && !HasControl(span[..stop]))
        {
            _pos = start + stop + 1;
            return text.Substring(start, stop);
        }
        var sb = _builder ??= new StringBuilder();
        sb.Clear();
        while (true)
        {
            if (_pos >= text.Length) throw new JsonException("Unterminated string in JSON at position " + _pos.ToString(CultureInfo.InvariantCulture));
            var c = text[_pos];
            if (c == '"')
            {
                sb.Append(text, start, _pos - start);
                _pos++;
                return sb.ToString();
            }
            if (c < ' ') throw new JsonException("Bad control character in string literal in JSON at position " + _pos.ToString(CultureInfo.InvariantCulture));
            if (c != '\\')
            {
                _pos++;
                continue;
            }
            sb.Append(text, start, _pos - start);
            _pos++;
            if (_pos >= text.Length) throw Unexpected();
            var e = text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > text.Length || !IsHex4(text.AsSpan(_pos, 4), out var code))
                        throw new JsonException("Bad Unicode escape in JSON at position " + (_pos - 2).ToString(CultureInfo.InvariantCulture));
                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw new JsonException("Bad escaped character in JSON at position " + (_pos - 2).ToString(CultureInfo.InvariantCulture));
            }
            start = _pos;
        }
    }

    // a property name without escapes is looked up among the recent ones before a new string is made
    private string ParseKey()
    {
        var start = _pos + 1;
        var span = _text.AsSpan(start);
        var stop = span.IndexOfAny('"', '\\');
        if (stop is < 0 or > 64 || span[stop] != '"' || HasControl(span[..stop])) return ParseString();
        var name = span[..stop];
        var slot = stop == 0 ? 0 : (name[0] * 31 + name[stop >> 1] * 7 + name[^1] + stop) & 63;
        var keys = _keys ??= new string?[64];
        var cached = keys[slot];
        _pos = start + stop + 1;
        if (cached is not null && name.SequenceEqual(cached)) return cached;
        return keys[slot] = name.ToString();
    }

    private static bool HasControl(ReadOnlySpan<char> span) => span.IndexOfAnyInRange('\0', '\u001F') >= 0;

    private static bool IsHex4(ReadOnlySpan<char> s, out int code)
    {
        code = 0;
        foreach (var c in s)
        {
            int v;
            if (c is >= '0' and <= '9') v = c - '0';
            else if (c is >= 'a' and <= 'f') v = c - 'a' + 10;
            else if (c is >= 'A' and <= 'F') v = c - 'A' + 10;
            else return false;
            code = code * 16 + v;
        }
        return true;
    }

    private JsonNode? ParseNumber()
    {
        var text = _text;
        var start = _pos;
        if (_pos < text.Length && text[_pos] == '-') _pos++;
        if (_pos >= text.Length) throw Unexpected();
        if (text[_pos] == '0') _pos++;
        else if (text[_pos] is >= '1' and <= '9') while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        else throw Unexpected();
        var integer = _pos - start <= 15;
        if (_pos < text.Length && text[_pos] == '.')
        {
            integer = false;
            _pos++;
            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos])) throw Unexpected();
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }
        if (_pos < text.Length && text[_pos] is 'e' or 'E')
        {
            integer = false;
            _pos++;
            if (_pos < text.Length && text[_pos] is '+' or '-') _pos++;
            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos])) throw Unexpected();
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }
        var digits = text.AsSpan(start, _pos - start);
        if (integer)
        {
            // at most 15 characters, sign included: exact as a double, printed the same by .NET and JavaScript
            long n = 0;
            var negative = digits[0] == '-';
            foreach (var c in negative ? digits[1..] : digits) n = n * 10 + (c - '0');
            return JsonValue.Create((double)(negative ? -n : n));
        }
        return Number(double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>A number node that System.Text.Json writes as <c>JSON.stringify</c> would, readable as a double (<c>null</c> for the infinities, as <c>JSON.stringify</c> writes them).</summary>
    public static JsonNode? Number(double value)
    {
        if (!double.IsFinite(value)) return null;
        if (value == 0) return JsonValue.Create(0.0); // -0 prints 0, as JavaScript
        // .NET's shortest round-trip form has the digits JavaScript prints; without an exponent it is the same text
        Span<char> shortest = stackalloc char[32];
        if (value.TryFormat(shortest, out var length, default, CultureInfo.InvariantCulture) && shortest[..length].IndexOf('E') < 0)
            return JsonValue.Create(value);
        // exponent forms (1e+21, 1e-7, 1000000000000000): the text JSON.stringify writes
        using var doc = JsonDocument.Parse(JsValue.ToString(value));
        return JsonValue.Create(doc.RootElement.Clone())!;
    }
}
