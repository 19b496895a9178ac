using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Koa;

/// <summary>
/// JSON output byte-identical to JavaScript's <c>JSON.stringify(value, null, spaces)</c> for the same data,
/// built on System.Text.Json: an encoder that escapes exactly what QuoteJSONString escapes (ECMA-262
/// §25.5.2.3: <c>"</c>, <c>\</c>, U+0000–U+001F as <c>\b \f \n \r \t</c> or lower-case <c>\u00xx</c>,
/// lone surrogates as lower-case <c>\udxxx</c>; nothing else — no escaping of non-ASCII, <c>&lt;</c>,
/// <c>&gt;</c>, <c>&amp;</c>, <c>'</c>), numbers in JavaScript's format, dates as <c>toISOString()</c>,
/// and the indentation of <c>JSON.stringify</c> (n spaces, at most 10, <c>\n</c> line breaks).
/// </summary>
internal static class JsJson
{
    /// <summary>Options used when the application has no custom serializer options and no indentation.</summary>
    public static readonly JsonSerializerOptions Compact = CreateOptions(null);

    /// <summary>
    /// Builds compact serializer options from the user's base options (may be null). Indentation is not left to
    /// System.Text.Json (its raw values skip it): <see cref="Indent"/> lays out the compact text afterwards.
    /// </summary>
    public static JsonSerializerOptions CreateOptions(JsonSerializerOptions? baseOptions)
    {
        var options = baseOptions is null ? new JsonSerializerOptions() : new JsonSerializerOptions(baseOptions);
        options.Encoder = JsEncoder.Instance;
        options.WriteIndented = false;
        options.MaxDepth = Math.Max(options.MaxDepth, 256);
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Insert(0, JsStringConverter.Instance);
        options.Converters.Insert(0, JsDoubleConverter.Instance);
        options.Converters.Insert(0, JsSingleConverter.Instance);
        options.Converters.Insert(0, JsDecimalConverter.Instance);
        options.Converters.Insert(0, JsDateTimeConverter.Instance);
        options.Converters.Insert(0, JsDateTimeOffsetConverter.Instance);
        options.Converters.Insert(0, KoaObjectConverter.Instance);
        options.TypeInfoResolver = options.TypeInfoResolver is { } given ? JsonTypeInfoResolver.Combine(given, KoaJsonContext.Default) : DefaultResolver();
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// The reflection-based resolver (what <c>MakeReadOnly(populateMissingResolver: true)</c> adds): any object, as
    /// JSON.stringify takes any object. Trimmed and native AOT applications turn reflection-based serialization off
    /// (<c>JsonSerializerIsReflectionEnabledByDefault</c>) and bring a source-generated context instead, through
    /// <see cref="ApplicationOptions.JsonSerializerOptions"/>; without one they still serialize Koa's own objects.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reached only when reflection-based serialization is enabled, the feature switch that trimming turns off.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reached only when reflection-based serialization is enabled, the feature switch that native AOT turns off.")]
    private static IJsonTypeInfoResolver DefaultResolver() =>
        JsonSerializer.IsReflectionEnabledByDefault ? new DefaultJsonTypeInfoResolver() : KoaJsonContext.Default;

    /// <summary>Writer options matching serializer options built by <see cref="CreateOptions(JsonSerializerOptions?)"/>.</summary>
    public static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = false,
        MaxDepth = options.MaxDepth,
        SkipValidation = true,
    };

    /// <summary><c>JSON.stringify(value)</c> as a string (compact).</summary>
    public static string Stringify(object? value, JsonSerializerOptions options) => Stringify(value, options, 0);

    /// <summary><c>JSON.stringify(value, null, spaces)</c> as a string.</summary>
    public static string Stringify(object? value, JsonSerializerOptions options, int spaces)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            Serialize(writer, value, options);
        }
        if (Math.Clamp(spaces, 0, 10) == 0) return Encoding.UTF8.GetString(buffer.WrittenSpan);
        var indented = new ArrayBufferWriter<byte>(buffer.WrittenCount * 2);
        Indent(buffer.WrittenSpan, spaces, indented);
        return Encoding.UTF8.GetString(indented.WrittenSpan);
    }

    /// <summary>Serializes <paramref name="value"/> with its runtime type into <paramref name="writer"/> and flushes it.</summary>
    public static void Serialize(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            // Koa's own objects go through their toJSON() here, so that a resolver without metadata for them
            // (an application's source-generated context) is never asked about them.
            var target = KoaObjectConverter.ToJson(value) ?? value;
            JsonSerializer.Serialize(writer, target, options.GetTypeInfo(target.GetType()));
        }
        writer.Flush();
    }

    /// <summary>
    /// Lays out compact JSON the way <c>JSON.stringify(value, null, spaces)</c> does (ECMA-262 SerializeJSONObject /
    /// SerializeJSONArray with a gap of min(spaces, 10) spaces): every member or element on its own line, indented
    /// by depth × gap; <c>": "</c> after keys; <c>[]</c> and <c>{}</c> stay empty. The input is what
    /// <see cref="Serialize"/> writes: no white space outside strings.
    /// </summary>
    public static void Indent(ReadOnlySpan<byte> compact, int spaces, IBufferWriter<byte> output)
    {
        var gap = Math.Clamp(spaces, 0, 10);
        var depth = 0;
        var start = 0;
        for (var i = 0; i < compact.Length; i++)
        {
            var b = compact[i];
            switch (b)
            {
                case (byte)'"':
                    // Skip the string: up to the next quote that is not escaped.
                    i++;
                    while (i < compact.Length && compact[i] != (byte)'"')
                    {
                        if (compact[i] == (byte)'\\') i++;
                        i++;
                    }
                    break;
                case (byte)'[' or (byte)'{':
                    if (i + 1 < compact.Length && compact[i + 1] is (byte)']' or (byte)'}')
                    {
                        i++;
                        break;
                    }
                    output.Write(compact[start..(i + 1)]);
                    depth++;
                    NewLine(output, depth * gap);
                    start = i + 1;
                    break;
                case (byte)']' or (byte)'}':
                    output.Write(compact[start..i]);
                    depth--;
                    NewLine(output, depth * gap);
                    start = i;
                    break;
                case (byte)',':
                    output.Write(compact[start..(i + 1)]);
                    NewLine(output, depth * gap);
                    start = i + 1;
                    break;
                case (byte)':':
                    output.Write(compact[start..(i + 1)]);
                    output.Write(" "u8);
                    start = i + 1;
                    break;
            }
        }
        output.Write(compact[start..]);
    }

    private static void NewLine(IBufferWriter<byte> output, int indent)
    {
        var span = output.GetSpan(indent + 1);
        span[0] = (byte)'\n';
        span.Slice(1, indent).Fill((byte)' ');
        output.Advance(indent + 1);
    }

    /// <summary>The escaping of JSON.stringify for every scalar value System.Text.Json asks about.</summary>
    private sealed class JsEncoder : JavaScriptEncoder
    {
        public static readonly JsEncoder Instance = new();

        public override int MaxOutputCharactersPerInputCharacter => 6;

        public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        {
            var span = new ReadOnlySpan<char>(text, textLength);
            for (var i = 0; i < span.Length; i++)
            {
                var c = span[i];
                if (c < 0x20 || c == '"' || c == '\\') return i;
                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                    {
                        i++;
                        continue;
                    }
                    return i;
                }
            }
            return -1;
        }

        public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
        {
            var output = new Span<char>(buffer, bufferLength);
            ReadOnlySpan<char> escaped = unicodeScalar switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => default,
            };
            if (escaped.IsEmpty && unicodeScalar < 0x20)
            {
                if (output.Length < 6)
                {
                    numberOfCharactersWritten = 0;
                    return false;
                }
                "\\u00".CopyTo(output);
                output[4] = HexLower(unicodeScalar >> 4);
                output[5] = HexLower(unicodeScalar & 0xF);
                numberOfCharactersWritten = 6;
                return true;
            }
            if (escaped.IsEmpty)
            {
                // Anything else is written as itself (U+FFFD included: System.Text.Json only hands over valid scalars).
                var rune = new Rune(unicodeScalar);
                return rune.TryEncodeToUtf16(output, out numberOfCharactersWritten);
            }
            if (!escaped.TryCopyTo(output))
            {
                numberOfCharactersWritten = 0;
                return false;
            }
            numberOfCharactersWritten = escaped.Length;
            return true;
        }

        public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

        private static char HexLower(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
    }

    /// <summary>Strings: System.Text.Json would replace a lone surrogate by U+FFFD; JSON.stringify escapes it.</summary>
    private sealed class JsStringConverter : JsonConverter<string>
    {
        public static readonly JsStringConverter Instance = new();

        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (!JsJsonString.HasLoneSurrogate(value))
            {
                writer.WriteStringValue(value);
                return;
            }
            var quoted = new StringBuilder(value.Length + 16);
            JsJsonString.Quote(quoted, value);
            writer.WriteRawValue(quoted.ToString(), skipInputValidation: true);
        }

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
    }

    /// <summary>Doubles as JavaScript prints numbers; NaN and ±Infinity become <c>null</c> as in JSON.stringify.</summary>
    private sealed class JsDoubleConverter : JsonConverter<double>
    {
        public static readonly JsDoubleConverter Instance = new();

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (!double.IsFinite(value))
            {
                writer.WriteNullValue();
                return;
            }
            Span<char> buffer = stackalloc char[40];
            var length = JsValue.Format(value, buffer);
            writer.WriteRawValue(buffer[..length], skipInputValidation: true);
        }
    }

    /// <summary>Singles from their own shortest digits (1.1f → 1.1), laid out like JavaScript numbers.</summary>
    private sealed class JsSingleConverter : JsonConverter<float>
    {
        public static readonly JsSingleConverter Instance = new();

        public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetSingle();

        public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options)
        {
            if (!float.IsFinite(value)) writer.WriteNullValue();
            else writer.WriteRawValue(JsValue.ToString(value), skipInputValidation: true);
        }
    }

    /// <summary>Decimals keep every digit but drop trailing zeros (1.50m → 1.5), as a JavaScript number would print.</summary>
    private sealed class JsDecimalConverter : JsonConverter<decimal>
    {
        public static readonly JsDecimalConverter Instance = new();

        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
        {
            var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
            writer.WriteRawValue(text, skipInputValidation: true);
        }
    }

    /// <summary>Koa's objects serialize through their <c>toJSON()</c>, as JSON.stringify calls it.</summary>
    private sealed class KoaObjectConverter : JsonConverter<object>
    {
        public static readonly KoaObjectConverter Instance = new();

        public override bool CanConvert(Type typeToConvert) =>
            typeof(Context).IsAssignableFrom(typeToConvert) || typeof(Request).IsAssignableFrom(typeToConvert)
            || typeof(Response).IsAssignableFrom(typeToConvert) || typeof(ApplicationBase).IsAssignableFrom(typeToConvert);

        public override object Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Koa objects are written, not read.");

        public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
        {
            var json = ToJson(value)!;
            JsonSerializer.Serialize(writer, json, options.GetTypeInfo(json.GetType()));
        }

        /// <summary>The <c>toJSON()</c> of a context, request, response or application; null for anything else.</summary>
        public static IReadOnlyDictionary<string, object?>? ToJson(object value) => value switch
        {
            Context context => context.ToJSON(),
            Request request => request.ToJSON(),
            Response response => response.ToJSON(),
            ApplicationBase app => app.ToJSON(),
            _ => null,
        };
    }

    /// <summary>Dates as <c>Date.prototype.toISOString()</c>: UTC, milliseconds, <c>Z</c>.</summary>
    private sealed class JsDateTimeConverter : JsonConverter<DateTime>
    {
        public static readonly JsDateTimeConverter Instance = new();

        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(IsoString(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime()));
    }

    /// <summary>Offsets converted to UTC, then <c>toISOString()</c>.</summary>
    private sealed class JsDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public static readonly JsDateTimeOffsetConverter Instance = new();

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(IsoString(value.UtcDateTime));
    }

    /// <summary>JavaScript's <c>toISOString()</c> layout for a UTC instant.</summary>
    public static string IsoString(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>
/// Metadata for what Koa itself serializes (<c>ctx.toJSON()</c> and its parts: dictionaries of strings, numbers,
/// booleans, string arrays and nested dictionaries), added behind an application's own resolver so that a trimmed
/// or native AOT application, which brings a source-generated context for its own types, can serialize them too.
/// </summary>
[ExcludeFromCodeCoverage(Justification = "The generated metadata is System.Text.Json's code; its use is tested through JSON bodies and ctx.toJSON().")]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class KoaJsonContext : JsonSerializerContext;
