using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koa;

/// <summary>
/// Text written into a pooled buffer (a stack buffer first): <c>JSON.stringify</c> output that is hashed, encoded or
/// turned into one string, never built up in a <see cref="StringBuilder"/>.
/// </summary>
internal ref struct JsonCharWriter
{
    private Span<char> _buffer;
    private char[]? _rented;
    private int _length;

    public JsonCharWriter(Span<char> initial)
    {
        _buffer = initial;
        _rented = null;
        _length = 0;
    }

    public readonly ReadOnlySpan<char> Written => _buffer[.._length];

    public void Append(char c)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length) Grow(text.Length);
        text.CopyTo(_buffer[_length..]);
        _length += text.Length;
    }

    public void Dispose()
    {
        if (_rented is not null) ArrayPool<char>.Shared.Return(_rented);
        _rented = null;
    }

    private void Grow(int more)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer[.._length].CopyTo(next);
        if (_rented is not null) ArrayPool<char>.Shared.Return(_rented);
        _rented = next;
        _buffer = next;
    }
}

/// <summary>
/// <c>JSON.stringify</c> of session data, written into a <see cref="JsonCharWriter"/>; the session's "changed?" hash
/// and the cookie encoding built on it. Same output as <see cref="SessionCodec.Stringify"/> always had
/// (JavaScript's string escaping and number format).
/// </summary>
internal static class SessionJson
{
    /// <summary>A stack buffer of this many chars holds the usual session's JSON.</summary>
    public const int StackChars = 256;

    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    public static void Write(ref JsonCharWriter w, JsonNode? node)
    {
        switch (node)
        {
            case null:
                w.Append("null");
                break;
            case JsonObject obj:
                w.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) w.Append(',');
                    first = false;
                    Quote(ref w, key);
                    w.Append(':');
                    Write(ref w, value);
                }
                w.Append('}');
                break;
            case JsonArray array:
                w.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) w.Append(',');
                    Write(ref w, array[i]);
                }
                w.Append(']');
                break;
            case JsonValue value:
                WriteValue(ref w, value);
                break;
        }
    }

    /// <summary>Writes the object's entries whose names do not start with <c>_</c> (npm's <c>toJSON()</c>), without the closing brace.</summary>
    /// <returns>How many entries were written.</returns>
    public static int WriteOpenData(ref JsonCharWriter w, JsonObject data)
    {
        w.Append('{');
        var count = 0;
        foreach (var (key, value) in data)
        {
            if (key.Length > 0 && key[0] == '_') continue;
            if (count++ > 0) w.Append(',');
            Quote(ref w, key);
            w.Append(':');
            Write(ref w, value);
        }
        return count;
    }

    /// <summary>
    /// The hash of <c>JSON.stringify(data.toJSON())</c> (upstream keeps a crc32 of it to tell whether the session
    /// changed): 64 bits from two differently started lanes of <see cref="HashCode"/> (xxHash32, seeded at random
    /// per process) over the text, so neither a chance collision nor a crafted one is a practical concern.
    /// </summary>
    public static ulong HashData(JsonObject data)
    {
        var w = new JsonCharWriter(stackalloc char[StackChars]);
        try
        {
            WriteOpenData(ref w, data);
            w.Append('}');
            return Hash(w.Written);
        }
        finally
        {
            w.Dispose();
        }
    }

    /// <summary><see cref="HashData(JsonObject)"/> of an object holding these entries (their names not starting with <c>_</c>).</summary>
    public static ulong HashData(ReadOnlySpan<KeyValuePair<string, JsonNode?>> entries)
    {
        var w = new JsonCharWriter(stackalloc char[StackChars]);
        try
        {
            w.Append('{');
            for (var i = 0; i < entries.Length; i++)
            {
                if (i > 0) w.Append(',');
                Quote(ref w, entries[i].Key);
                w.Append(':');
                Write(ref w, entries[i].Value);
            }
            w.Append('}');
            return Hash(w.Written);
        }
        finally
        {
            w.Dispose();
        }
    }

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var low = new HashCode();
        var high = new HashCode();
        low.Add(bytes.Length);
        high.Add(~bytes.Length);
        high.Add(0x5bd1e995);
        low.AddBytes(bytes);
        high.AddBytes(bytes);
        return (uint)low.ToHashCode() | ((ulong)(uint)high.ToHashCode() << 32);
    }

    /// <summary>Base64 of the UTF-8 of the written text: Node's <c>Buffer.from(text).toString('base64')</c>.</summary>
    public static string Base64(ReadOnlySpan<char> text)
    {
        byte[]? rented = null;
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var count = Encoding.UTF8.GetBytes(text, bytes);
            return Convert.ToBase64String(bytes[..count]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void WriteValue(ref JsonCharWriter w, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                Quote(ref w, value.TryGetValue<string>(out var s) ? s
                    : value.GetValue<object>() is JsonElement e ? e.GetString()! : value.GetValue<string>());
                break;
            case JsonValueKind.True:
                w.Append("true");
                break;
            case JsonValueKind.False:
                w.Append("false");
                break;
            case JsonValueKind.Number:
                WriteNumber(ref w, value.TryGetValue<double>(out var d) ? d : SessionCodec.Num(value));
                break;
            default:
                w.Append("null");
                break;
        }
    }

    /// <summary>JavaScript's Number → string as JSON.stringify writes numbers (null for NaN and ±Infinity).</summary>
    public static void WriteNumber(ref JsonCharWriter w, double d)
    {
        if (!double.IsFinite(d))
        {
            w.Append("null");
            return;
        }
        Span<char> digits = stackalloc char[32];
        int length;
        if (d == 0)
        {
            digits[0] = '0';
            length = 1;
        }
        else if (Math.Abs(d) < 1e15 && Math.Floor(d) == d)
            ((long)d).TryFormat(digits, out length, default, CultureInfo.InvariantCulture);
        else
            length = JsValue.Format(d, digits);
        w.Append(digits[..length]);
    }

    /// <summary><c>JSON.stringify</c> of a string: written as is unless it holds a character to escape (then as <see cref="JsJsonString"/> escapes it).</summary>
    private static void Quote(ref JsonCharWriter w, string s)
    {
        if (!s.AsSpan().ContainsAny(NeedsEscape) && !s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            w.Append('"');
            w.Append(s);
            w.Append('"');
            return;
        }
        var sb = new StringBuilder(s.Length + 8);
        JsJsonString.Quote(sb, s);
        foreach (var chunk in sb.GetChunks()) w.Append(chunk.Span);
    }
}
