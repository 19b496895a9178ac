using System.Text;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// The session cookie's usual shape, parsed straight from its UTF-8 bytes: one object whose values are strings
/// without escapes, short integers, <c>true</c>, <c>false</c> or <c>null</c> (what <c>{"user":"jon","_expire":…,
/// "_maxAge":…}</c> is). Anything else — nesting, escapes, fractions, exponents, long numbers, array-index or
/// repeated or <c>__proto__</c> keys, malformed text — is declined, and the caller parses the text with
/// <see cref="JsJsonParser"/> as before; what is accepted gives the very nodes <see cref="JsJsonParser"/> makes.
/// UTF-8 is cut only at ASCII quote bytes, so each string decodes as it would inside the whole text.
/// </summary>
internal static class SessionFlatJson
{
    /// <summary>Recent ASCII property names (racy slots of immutable strings): the same names come with every request.</summary>
    private static readonly string?[] Names = new string?[64];

    public static bool TryParse(ReadOnlySpan<byte> json, out JsonObject? result)
    {
        result = null;
        var pos = SkipWhite(json, 0);
        if (pos >= json.Length || json[pos] != '{') return false;
        pos = SkipWhite(json, pos + 1);
        var obj = new JsonObject();
        if (pos < json.Length && json[pos] == '}')
            return Finish(json, pos + 1, obj, out result);

        while (true)
        {
            if (pos >= json.Length || json[pos] != '"') return false;
            var keyLength = PlainString(json[(pos + 1)..]);
            if (keyLength < 0) return false;
            var keyBytes = json.Slice(pos + 1, keyLength);
            if (IsDigits(keyBytes) || keyBytes.SequenceEqual("__proto__"u8)) return false;
            var key = Name(keyBytes);
            pos = SkipWhite(json, pos + 1 + keyLength + 1);
            if (pos >= json.Length || json[pos] != ':') return false;
            pos = SkipWhite(json, pos + 1);
            if (!TryValue(json, ref pos, out var value) || !obj.TryAdd(key, value)) return false;
            pos = SkipWhite(json, pos);
            if (pos >= json.Length) return false;
            if (json[pos] == '}') return Finish(json, pos + 1, obj, out result);
            if (json[pos] != ',') return false;
            pos = SkipWhite(json, pos + 1);
        }
    }

    private static bool Finish(ReadOnlySpan<byte> json, int pos, JsonObject obj, out JsonObject? result)
    {
        result = SkipWhite(json, pos) == json.Length ? obj : null;
        return result is not null;
    }

    private static bool TryValue(ReadOnlySpan<byte> json, ref int pos, out JsonNode? value)
    {
        value = null;
        var rest = json[pos..];
        if (rest.IsEmpty) return false;
        switch (rest[0])
        {
            case (byte)'"':
                var length = PlainString(rest[1..]);
                if (length < 0) return false;
                value = JsonValue.Create(Encoding.UTF8.GetString(rest.Slice(1, length)));
                pos += length + 2;
                return true;
            case (byte)'t' when rest.StartsWith("true"u8):
                value = JsonValue.Create(true);
                pos += 4;
                return true;
            case (byte)'f' when rest.StartsWith("false"u8):
                value = JsonValue.Create(false);
                pos += 5;
                return true;
            case (byte)'n' when rest.StartsWith("null"u8):
                pos += 4;
                return true;
        }

        // -?(0|[1-9][0-9]*), at most 15 characters and no fraction or exponent: JsJsonParser's exact integers
        var at = 0;
        var negative = rest[0] == '-';
        if (negative) at++;
        if (at >= rest.Length || !char.IsAsciiDigit((char)rest[at])) return false;
        long n = 0;
        if (rest[at] == '0') at++;
        else
        {
            while (at < rest.Length && char.IsAsciiDigit((char)rest[at]))
            {
                if (at >= 15) return false;
                n = n * 10 + (rest[at++] - '0');
            }
        }
        if (at < rest.Length && rest[at] is (byte)'.' or (byte)'e' or (byte)'E' || at < rest.Length && char.IsAsciiDigit((char)rest[at])) return false;
        value = JsonValue.Create((double)(negative ? -n : n));
        pos += at;
        return true;
    }

    /// <summary>The length of a string body up to its closing quote, or -1 when it has an escape or a control character (or no end).</summary>
    private static int PlainString(ReadOnlySpan<byte> text)
    {
        var stop = text.IndexOfAny((byte)'"', (byte)'\\');
        if (stop < 0 || text[stop] != '"' || text[..stop].IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0) return -1;
        return stop;
    }

    private static bool IsDigits(ReadOnlySpan<byte> key) => !key.IsEmpty && key.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    private static int SkipWhite(ReadOnlySpan<byte> json, int pos)
    {
        while (pos < json.Length && json[pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') pos++;
        return pos;
    }

    private static string Name(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return string.Empty;
        if (bytes.Length > 64 || !Ascii.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
        var slot = (bytes[0] * 31 + bytes[bytes.Length >> 1] * 7 + bytes[^1] + bytes.Length) & 63;
        var cached = Names[slot];
        if (cached is not null && Ascii.Equals(bytes, cached)) return cached;
        var name = Encoding.ASCII.GetString(bytes);
        Names[slot] = name;
        return name;
    }
}
