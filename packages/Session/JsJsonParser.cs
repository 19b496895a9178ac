using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// JavaScript's <c>JSON.parse</c> into <see cref="JsonNode"/>s: strings may hold lone surrogates (<c>"\ud800"</c>,
/// which System.Text.Json cannot read into a string), numbers are doubles, duplicate keys keep the last value.
/// A single forward scan; nesting deeper than 512 is refused.
/// </summary>
internal ref struct JsJsonParser
{
    private const int MaxDepth = 512;
    private readonly ReadOnlySpan<char> _s;
    private int _i;

    private JsJsonParser(ReadOnlySpan<char> text)
    {
        _s = text;
        _i = 0;
    }

    public static JsonNode? Parse(string text)
    {
        var parser = new JsJsonParser(text);
        parser.SkipWs();
        var value = parser.ParseValue(0);
        parser.SkipWs();
        if (parser._i != parser._s.Length) throw Error("Unexpected non-whitespace character after JSON");
        return value;
    }

    private static JsonException Error(string message) => new(message);

    private void SkipWs()
    {
        while (_i < _s.Length && _s[_i] is ' ' or '\t' or '\n' or '\r') _i++;
    }

    private JsonNode? ParseValue(int depth)
    {
        if (depth > MaxDepth) throw Error("Nesting too deep");
        if (_i >= _s.Length) throw Error("Unexpected end of JSON input");
        switch (_s[_i])
        {
            case '{':
            {
                _i++;
                var obj = new JsonObject();
                SkipWs();
                if (_i < _s.Length && _s[_i] == '}') { _i++; return obj; }
                while (true)
                {
                    SkipWs();
                    if (_i >= _s.Length || _s[_i] != '"') throw Error("Expected property name");
                    var key = ParseString();
                    SkipWs();
                    if (_i >= _s.Length || _s[_i] != ':') throw Error("Expected ':'");
                    _i++;
                    SkipWs();
                    var value = ParseValue(depth + 1);
                    obj.Remove(key);
                    obj[key] = value;
                    SkipWs();
                    if (_i >= _s.Length) throw Error("Unexpected end of JSON input");
                    if (_s[_i] == ',') { _i++; continue; }
                    if (_s[_i] == '}') { _i++; return obj; }
                    throw Error("Expected ',' or '}'");
                }
            }

            case '[':
            {
                _i++;
                var array = new JsonArray();
                SkipWs();
                if (_i < _s.Length && _s[_i] == ']') { _i++; return array; }
                while (true)
                {
                    SkipWs();
                    array.Add(ParseValue(depth + 1));
                    SkipWs();
                    if (_i >= _s.Length) throw Error("Unexpected end of JSON input");
                    if (_s[_i] == ',') { _i++; continue; }
                    if (_s[_i] == ']') { _i++; return array; }
                    throw Error("Expected ',' or ']'");
                }
            }

            case '"':
                return JsonValue.Create(ParseString());
            case 't':
                Literal("true");
                return JsonValue.Create(true);
            case 'f':
                Literal("false");
                return JsonValue.Create(false);
            case 'n':
                Literal("null");
                return null;
            default:
                return JsonValue.Create(ParseNumber());
        }
    }

    private void Literal(string word)
    {
        if (!_s[_i..].StartsWith(word, StringComparison.Ordinal)) throw Error("Unexpected token");
        _i += word.Length;
    }

    private double ParseNumber()
    {
        var start = _i;
        if (_i < _s.Length && _s[_i] == '-') _i++;
        if (_i < _s.Length && _s[_i] == '0') _i++;
        else if (_i < _s.Length && _s[_i] is >= '1' and <= '9') { while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++; }
        else throw Error("Unexpected token");
        if (_i < _s.Length && _s[_i] == '.')
        {
            _i++;
            if (_i >= _s.Length || !char.IsAsciiDigit(_s[_i])) throw Error("Unterminated fractional number");
            while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++;
        }

        if (_i < _s.Length && _s[_i] is 'e' or 'E')
        {
            _i++;
            if (_i < _s.Length && _s[_i] is '+' or '-') _i++;
            if (_i >= _s.Length || !char.IsAsciiDigit(_s[_i])) throw Error("Exponent part is missing a number");
            while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++;
        }

        return double.Parse(_s[start.._i], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private string ParseString()
    {
        _i++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (_i >= _s.Length) throw Error("Unterminated string in JSON");
            var c = _s[_i++];
            if (c == '"') return sb.ToString();
            if (c < ' ') throw Error("Bad control character in string literal");
            if (c != '\\') { sb.Append(c); continue; }
            if (_i >= _s.Length) throw Error("Unterminated string in JSON");
            var e = _s[_i++];
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
                    if (_i + 4 > _s.Length || !int.TryParse(_s.Slice(_i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        throw Error("Bad Unicode escape");
                    sb.Append((char)code);
                    _i += 4;
                    break;
                default:
                    throw Error("Bad escaped character");
            }
        }
    }
}
