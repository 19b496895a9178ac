using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// <c>JSON.parse</c> into <see cref="JsonNode"/>s with JavaScript's results: numbers are doubles (<c>1.0</c> is 1,
/// <c>1e3</c> is 1000) written back as JavaScript writes them, duplicate keys keep the last value at the first
/// key's place, integer keys come first in ascending order (JavaScript property order), escapes decode to any UTF-16
/// (lone surrogates included). A <c>__proto__</c> key anywhere is refused (@hapi/bourne's <c>protoAction: 'error'</c>).
/// </summary>
internal ref struct JsJson
{
    private readonly string _text;
    private int _pos;
    private bool _sawProto;
    private readonly ProtoPoisoning _proto;

    private JsJson(string text, ProtoPoisoning proto)
    {
        _proto = proto;
        _text = text;
        _pos = 0;
        _sawProto = false;
    }

    /// <summary>Parses; throws <see cref="JsonSyntaxException"/> with a message for bad JSON or a <c>__proto__</c> key.</summary>
    public static JsonNode? Parse(string text, ProtoPoisoning proto = ProtoPoisoning.Error)
    {
        var parser = new JsJson(text, proto);
        try
        {
            parser.SkipWhite();
            var value = parser.ParseValue();
            parser.SkipWhite();
            if (parser._pos < text.Length) throw parser.Unexpected();
            if (parser._sawProto) throw new JsonSyntaxException("Object contains forbidden prototype property");
            return value;
        }
        catch (InsufficientExecutionStackException)
        {
            throw new JsonSyntaxException("JSON nested too deeply");
        }
    }

    private void SkipWhite()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r') _pos++;
    }

    private JsonSyntaxException Unexpected()
    {
        if (_pos >= _text.Length) return new JsonSyntaxException("Unexpected end of JSON input");
        return new JsonSyntaxException($"Unexpected token '{_text[_pos]}', \"{Excerpt()}\" is not valid JSON");
    }

    private string Excerpt() => _text.Length <= 32 ? _text : _text[..Math.Min(_text.Length, 32)] + "...";

    private JsonNode? ParseValue()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_pos >= _text.Length) throw Unexpected();
        switch (_text[_pos])
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return JsonValue.Create(ParseString());
            case 't': Literal("true"); return JsonValue.Create(true);
            case 'f': Literal("false"); return JsonValue.Create(false);
            case 'n': Literal("null"); return null;
            default: return ParseNumber();
        }
    }

    private void Literal(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (_pos + i >= _text.Length || _text[_pos + i] != word[i])
                {
                    _pos += i;
                    throw Unexpected();
                }
            }
        }
        _pos += word.Length;
    }

    private JsonObject ParseObject()
    {
        _pos++;
        var entries = new List<KeyValuePair<string, JsonNode?>>();
        Dictionary<string, int>? index = null;
        SkipWhite();
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            return new JsonObject();
        }
        while (true)
        {
            SkipWhite();
            if (_pos >= _text.Length || _text[_pos] != '"') throw Unexpected();
            var key = ParseString();
            SkipWhite();
            if (_pos >= _text.Length || _text[_pos] != ':') throw Unexpected();
            _pos++;
            SkipWhite();
            var value = ParseValue();
            if (key == "__proto__")
            {
                if (_proto == ProtoPoisoning.Error) _sawProto = true;
                else if (_proto == ProtoPoisoning.Remove) goto next;
            }
            index ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (index.TryGetValue(key, out var at)) entries[at] = new(key, value);
            else
            {
                index[key] = entries.Count;
                entries.Add(new(key, value));
            }
        next:
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
        // JavaScript property order: array-index keys ascending first
        if (entries.Exists(e => IsArrayIndex(e.Key, out _)))
        {
            var indexed = entries.Where(e => IsArrayIndex(e.Key, out _)).OrderBy(e => { IsArrayIndex(e.Key, out var n); return n; });
            entries = [.. indexed, .. entries.Where(e => !IsArrayIndex(e.Key, out _))];
        }
        return new JsonObject(entries);
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

    private JsonArray ParseArray()
    {
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
            array.Add(ParseValue());
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
        var start = _pos;
        StringBuilder? sb = null;
        while (true)
        {
            if (_pos >= _text.Length) throw new JsonSyntaxException("Unterminated string in JSON at position " + _pos.ToString(CultureInfo.InvariantCulture));
            var c = _text[_pos];
            if (c == '"')
            {
                var result = sb is null ? _text[start.._pos] : sb.Append(_text, start, _pos - start).ToString();
                _pos++;
                return result;
            }
            if (c < ' ') throw new JsonSyntaxException("Bad control character in string literal in JSON at position " + _pos.ToString(CultureInfo.InvariantCulture));
            if (c != '\\')
            {
                _pos++;
                continue;
            }
            sb ??= new StringBuilder();
            sb.Append(_text, start, _pos - start);
            _pos++;
            if (_pos >= _text.Length) throw Unexpected();
            var e = _text[_pos++];
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
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        throw new JsonSyntaxException("Bad Unicode escape in JSON at position " + (_pos - 2).ToString(CultureInfo.InvariantCulture));
                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    _pos--;
                    throw new JsonSyntaxException("Bad escaped character in JSON at position " + (_pos - 1).ToString(CultureInfo.InvariantCulture));
            }
            start = _pos;
        }
    }

    private JsonNode ParseNumber()
    {
        var start = _pos;
        if (_pos < _text.Length && _text[_pos] == '-') _pos++;
        if (_pos >= _text.Length) throw Unexpected();
        if (_text[_pos] == '0') _pos++;
        else if (_text[_pos] is >= '1' and <= '9') while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        else throw Unexpected();
        if (_pos < _text.Length && _text[_pos] == '.')
        {
            _pos++;
            if (_pos >= _text.Length || !char.IsAsciiDigit(_text[_pos])) throw Unexpected();
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        }
        if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
        {
            _pos++;
            if (_pos < _text.Length && _text[_pos] is '+' or '-') _pos++;
            if (_pos >= _text.Length || !char.IsAsciiDigit(_text[_pos])) throw Unexpected();
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        }
        var value = double.Parse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        return Number(value);
    }

    /// <summary>A number node that System.Text.Json writes exactly as <c>JSON.stringify</c> would.</summary>
    internal static JsonNode Number(double value)
    {
        if (double.IsInfinity(value)) return JsonValue.Create(JsonDocument.Parse("null").RootElement.Clone())!; // JSON.stringify(Infinity) is null
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) return JsonValue.Create((long)value); // -0 prints 0, as JavaScript
        var js = JsValue.ToString(value);
        using var doc = JsonDocument.Parse(js);
        return JsonValue.Create(doc.RootElement.Clone())!;
    }
}

/// <summary>A body that is not valid JSON for <see cref="CoBody"/> (upstream's <c>SyntaxError</c>, answered as 400).</summary>
public sealed class JsonSyntaxException(string message) : FormatException(message);
