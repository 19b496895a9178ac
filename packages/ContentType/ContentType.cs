using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// The npm <c>content-type</c> package, version 1.0.5 (what Koa 3.3.0's <c>request.charset</c> uses): a strict RFC 7231
/// Content-Type parser and formatter. Invalid input throws <see cref="ArgumentException"/> with the npm message
/// (<c>invalid media type</c>, <c>invalid parameter format</c>, …); the <c>TryParse</c> forms never throw.
/// </summary>
/// <remarks>
/// <code>
/// media-type = type "/" subtype *( OWS ";" OWS parameter )      ; RFC 7231 3.1.1.1
/// type       = token
/// subtype    = token
/// parameter  = token "=" ( token / quoted-string )
/// </code>
/// As in 1.0.5: the type is everything before the first <c>;</c>, trimmed with JavaScript's <c>trim()</c>; each
/// parameter must match <c>; *token *= *(token|quoted-string) *</c> exactly where the previous one ended (spaces, not
/// tabs); anything left over is <c>invalid parameter format</c>.
/// </remarks>
/// <example>
/// <code>
/// var ct = ContentType.Parse("text/html; charset=utf-8; foo=bar");  // Type "text/html", 2 parameters
/// ContentType.TryParse("text/html;;", out _);                      // false
/// ContentType.Format(ct);                                          // "text/html; charset=utf-8; foo=bar"
/// </code>
/// </example>
public static class ContentType
{
    /// <summary>
    /// content-type 1.0.5 <c>parse(string)</c>.
    /// </summary>
    /// <param name="value">A Content-Type header value.</param>
    /// <returns>The lower-case media type and the parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null (<c>argument string is required</c>).</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> is empty (<c>argument string is required</c>), its type is not <c>token/token</c>
    /// (<c>invalid media type</c>), or its parameters do not parse (<c>invalid parameter format</c>).
    /// </exception>
    /// <example><c>ContentType.Parse("text/html; charset = \"UT\\F-8\"").Parameters["charset"]</c> is <c>"UTF-8"</c>.</example>
    public static ContentTypeValue Parse(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), "argument string is required");
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("argument string is required", nameof(value));
        }

        return ParseOrThrow(value, nameof(value));
    }

    /// <summary>
    /// content-type 1.0.5 <c>parse(req)</c> / <c>parse(res)</c>: parses the <c>Content-Type</c> of a header dictionary
    /// (an ASP.NET Core <c>IHeaderDictionary</c>, or a dictionary with Node-style lower-case names).
    /// </summary>
    /// <param name="headers">Request or response headers.</param>
    /// <returns>The lower-case media type and the parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The header is absent (<c>content-type header is missing from object</c>) or invalid (as <see cref="Parse(string)"/>).
    /// </exception>
    /// <example><c>ContentType.Parse(httpContext.Request.Headers).Parameters.GetValueOrDefault("charset")</c></example>
    public static ContentTypeValue Parse(IDictionary<string, StringValues> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var header = HeaderList.First(headers, "content-type")
            ?? throw new ArgumentException("content-type header is missing from object", nameof(headers));
        return ParseOrThrow(header, nameof(headers));
    }

    /// <summary>Parses like <see cref="Parse(string)"/> without throwing.</summary>
    /// <param name="value">A Content-Type header value; null or empty fails.</param>
    /// <param name="result">The parsed value when the method returns true.</param>
    /// <returns>Whether <paramref name="value"/> is a valid Content-Type.</returns>
    /// <example>
    /// <code>
    /// var charset = ContentType.TryParse(header, out var ct) &amp;&amp; ct.Parameters.TryGetValue("charset", out var c) ? c : "";
    /// </code>
    /// </example>
    public static bool TryParse([NotNullWhen(true)] string? value, out ContentTypeValue result)
    {
        result = default;
        return !string.IsNullOrEmpty(value) && TryParseCore(value, out result) == ParseError.None;
    }

    /// <summary>
    /// Parses the <c>Content-Type</c> of a header dictionary like <see cref="Parse(IDictionary{string, StringValues})"/>
    /// without throwing: false when the header is absent or invalid. This is Koa's <c>request.charset</c> guard.
    /// </summary>
    /// <param name="headers">Request or response headers.</param>
    /// <param name="result">The parsed value when the method returns true.</param>
    /// <returns>Whether a valid Content-Type is present.</returns>
    /// <example><c>ContentType.TryParse(httpContext.Request.Headers, out var ct)</c></example>
    public static bool TryParse(IDictionary<string, StringValues> headers, out ContentTypeValue result)
    {
        ArgumentNullException.ThrowIfNull(headers);
        result = default;
        var header = HeaderList.First(headers, "content-type");
        return header is not null && TryParseCore(header, out result) == ParseError.None;
    }

    /// <summary>
    /// content-type 1.0.5 <c>format(obj)</c>: <c>type; name=value</c> with the parameter names sorted (ordinal);
    /// token values are written bare, others quoted with <c>\</c> before <c>"</c> and <c>\</c>, <c>""</c> for empty.
    /// </summary>
    /// <param name="value">The media type and parameters.</param>
    /// <returns>The header value.</returns>
    /// <exception cref="ArgumentException">
    /// <c>argument obj is required</c> (<c>default</c> value), <c>invalid type</c>, <c>invalid parameter name</c>
    /// (not a token) or <c>invalid parameter value</c> (null, or a character outside VT, %x20-7E, %x80-FF).
    /// </exception>
    /// <example>
    /// <c>ContentType.Format(new ContentTypeValue("text/html", new Dictionary&lt;string, string&gt; { ["foo"] = "bar or \"baz\"" }))</c>
    /// is <c>text/html; foo="bar or \"baz\""</c>.
    /// </example>
    public static string Format(ContentTypeValue value)
    {
        if (value.IsDefault)
        {
            throw new ArgumentException("argument obj is required", nameof(value));
        }

        var type = value.Type;
        if (!HttpTokens.IsMediaType(type))
        {
            throw new ArgumentException("invalid type", nameof(value));
        }

        var parameters = value.Parameters;
        if (parameters.Count == 0)
        {
            return type;
        }

        var names = new string[parameters.Count];
        var n = 0;
        foreach (var name in parameters.Keys)
        {
            names[n++] = name;
        }

        Array.Sort(names, StringComparer.Ordinal);
        var builder = new StringBuilder(type);
        foreach (var name in names)
        {
            if (!HttpRuleParser.IsToken(name))
            {
                throw new ArgumentException("invalid parameter name", nameof(value));
            }

            builder.Append("; ").Append(name).Append('=');
            AppendQuoted(builder, parameters[name]);
        }

        return builder.ToString();
    }

    /// <summary>qstring(val): a token as is, otherwise a quoted-string.</summary>
    private static void AppendQuoted(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            throw new ArgumentException("invalid parameter value", nameof(value));
        }

        if (HttpRuleParser.IsToken(value))
        {
            builder.Append(value);
            return;
        }

        foreach (var c in value)
        {
            if (!HttpTokens.IsText(c))
            {
                throw new ArgumentException("invalid parameter value", nameof(value));
            }
        }

        builder.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }

    private static ContentTypeValue ParseOrThrow(string header, string paramName) =>
        TryParseCore(header, out var result) switch
        {
            ParseError.None => result,
            ParseError.InvalidMediaType => throw new ArgumentException("invalid media type", paramName),
            _ => throw new ArgumentException("invalid parameter format", paramName),
        };

    private enum ParseError
    {
        None,
        InvalidMediaType,
        InvalidParameterFormat,
    }

    /// <summary>The 1.0.5 parse, by index over the header: type, then each <c>; *token *= *value *</c> in turn.</summary>
    private static ParseError TryParseCore(string header, out ContentTypeValue result)
    {
        result = default;
        var span = header.AsSpan();
        var index = span.IndexOf(';');
        var type = JsValue.Trim(index < 0 ? span : span[..index]);
        if (!HttpTokens.IsMediaType(type))
        {
            return ParseError.InvalidMediaType;
        }

        var lowerType = HttpTokens.ToLower(type, header);
        if (index < 0)
        {
            result = new ContentTypeValue(lowerType);
            return ParseError.None;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (index < span.Length)
        {
            if (!TryParseParameter(span, ref index, header, out var name, out var value))
            {
                return ParseError.InvalidParameterFormat;
            }

            parameters[name] = value;
        }

        result = new ContentTypeValue(lowerType, parameters);
        return ParseError.None;
    }

    /// <summary>
    /// PARAM_REGEXP of 1.0.5 matched at <paramref name="index"/>:
    /// <c>; *(token) *= *("(qdtext|quoted-pair)*"|token) *</c>.
    /// </summary>
    private static bool TryParseParameter(ReadOnlySpan<char> span, ref int index, string header, out string name, out string value)
    {
        name = value = "";
        var i = index;
        if (span[i] != ';')
        {
            return false;
        }

        i = SkipSpaces(span, i + 1);
        var nameStart = i;
        i = SkipToken(span, i);
        if (i == nameStart)
        {
            return false;
        }

        var nameEnd = i;
        i = SkipSpaces(span, i);
        if (i == span.Length || span[i] != '=')
        {
            return false;
        }

        i = SkipSpaces(span, i + 1);
        if (i < span.Length && span[i] == '"')
        {
            var contentStart = ++i;
            var escapes = false;
            while (true)
            {
                if (i == span.Length)
                {
                    return false;
                }

                var c = span[i];
                if (c == '"')
                {
                    break;
                }

                if (c == '\\')
                {
                    if (i + 1 == span.Length || !HttpTokens.IsQuotedPairChar(span[i + 1]))
                    {
                        return false;
                    }

                    escapes = true;
                    i += 2;
                }
                else if (HttpTokens.IsQuotedText(c))
                {
                    i++;
                }
                else
                {
                    return false;
                }
            }

            value = escapes ? Unescape(span[contentStart..i]) : span[contentStart..i].ToString();
            i++;
        }
        else
        {
            var valueStart = i;
            i = SkipToken(span, i);
            if (i == valueStart)
            {
                return false;
            }

            value = span[valueStart..i].ToString();
        }

        name = span[nameStart..nameEnd] switch
        {
            "charset" => "charset",
            "boundary" => "boundary",
            var other => HttpTokens.ToLower(other, header),
        };
        index = SkipSpaces(span, i);
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> span, int i)
    {
        while (i < span.Length && span[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static int SkipToken(ReadOnlySpan<char> span, int i)
    {
        var length = span[i..].IndexOfAnyExcept(HttpRuleParser.TokenChars);
        return length < 0 ? span.Length : i + length;
    }

    /// <summary>QESC_REGEXP replace: each validated quoted-pair <c>\x</c> becomes <c>x</c>.</summary>
    private static string Unescape(ReadOnlySpan<char> content)
    {
        var builder = new StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\')
            {
                c = content[++i];
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
