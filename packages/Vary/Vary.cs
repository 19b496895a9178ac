using System.Buffers;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// Manipulates the <c>Vary</c> response header: a port of npm <c>vary</c> 1.1.2.
/// </summary>
/// <remarks>
/// Fields are compared case-insensitively, the existing header text is kept verbatim, new fields keep their
/// case, and <c>*</c> absorbs everything. When the header already lists every field, the header instance is
/// returned and nothing is allocated (above 4,096 item comparisons a hash set keeps large inputs linear).
/// </remarks>
/// <example>
/// <code>
/// Vary.Append("Accept", "Origin, User-Agent");   // "Accept, Origin, User-Agent"
/// Vary.Append("Accept", ["accept"]);             // "Accept"
/// Vary.Add(context.Response.Headers, "Origin");  // Vary: Origin
/// </code>
/// </example>
public static class Vary
{
    private const string HeaderName = "Vary";
    private const string Star = "*";
    private const int StackItems = 64;
    private const int StackChars = 512;

    // Above this many item comparisons, duplicates are found with a hash set instead of nested scans.
    private const long ScanBudget = 4096;

    /// <summary>
    /// Appends a field, or a comma-separated list of fields, to a <c>Vary</c> header value.
    /// </summary>
    /// <param name="header">The current header value (<c>""</c> when there is none).</param>
    /// <param name="field">One field name or a comma-separated list, spaces around items allowed (<c>"Origin, User-Agent"</c>).</param>
    /// <returns>
    /// The new header value: <paramref name="header"/> itself when every field is already listed, <c>"*"</c> when
    /// a field or the header is <c>*</c>, else the header with the missing fields appended after <c>", "</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> or <paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="field"/> is empty ("field argument is required") or an item is not a token
    /// ("field argument contains an invalid header name"; <c>"a,,b"</c> and <c>"Acc ept"</c> are rejected).
    /// </exception>
    /// <example>
    /// <code>
    /// Vary.Append("", "Origin");                 // "Origin"
    /// Vary.Append("Accept", "accEPT");           // "Accept"
    /// Vary.Append("Accept", "Origin, *");        // "*"
    /// </code>
    /// </example>
    public static string Append(string header, string field)
    {
        if (header is null)
            throw new ArgumentNullException(nameof(header), "header argument is required");
        if (field is null)
            throw new ArgumentNullException(nameof(field), "field argument is required");
        if (field.Length == 0)
            throw new ArgumentException("field argument is required", nameof(field));

        var count = FieldNames.CountItems(field);
        Range[]? rented = null;
        var items = count <= StackItems
            ? stackalloc Range[count]
            : (rented = ArrayPool<Range>.Shared.Rent(count));
        try
        {
            var position = 0;
            for (var i = 0; i < count; i++)
                items[i] = FieldNames.NextItem(field, ref position);
            return AppendCore(header, new ParsedFields(field, items[..count]));
        }
        finally
        {
            if (rented is not null)
                ArrayPool<Range>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Appends a list of fields to a <c>Vary</c> header value. Each element must be one field name: a list is
    /// taken as is, elements are not split on commas.
    /// </summary>
    /// <param name="header">The current header value (<c>""</c> when there is none).</param>
    /// <param name="fields">The field names; an empty list leaves the header unchanged.</param>
    /// <returns>The new header value, as for <see cref="Append(string, string)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> or <paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null or not a token ("field argument contains an invalid header name").</exception>
    /// <example>
    /// <code>
    /// Vary.Append("", ["Origin", "User-Agent"]);            // "Origin, User-Agent"
    /// Vary.Append("Accept", ["origin", "accept"]);          // "Accept, origin"
    /// Vary.Append("Accept", []);                            // "Accept"
    /// </code>
    /// </example>
    public static string Append(string header, IEnumerable<string> fields)
    {
        if (header is null)
            throw new ArgumentNullException(nameof(header), "header argument is required");
        if (fields is null)
            throw new ArgumentNullException(nameof(fields), "field argument is required");

        // Each element must be a token, so the elements joined with ", " parse back into exactly these elements:
        // one algorithm over one kind of field list serves both overloads.
        var list = fields as IReadOnlyList<string> ?? [.. fields];
        for (var i = 0; i < list.Count; i++)
        {
            if (!HttpRuleParser.IsToken(list[i]))
                throw new ArgumentException("field argument contains an invalid header name", nameof(fields));
        }
        if (list.Count == 0)
            return header is Star || !FieldNames.ContainsStar(header) ? header : Star;
        return Append(header, list.Count == 1 ? list[0] : string.Join(", ", list));
    }

    /// <summary>
    /// Marks a response as varying on a field (npm <c>vary(res, field)</c>): reads the <c>Vary</c> header of
    /// <paramref name="headers"/>, appends <paramref name="field"/> and stores the result when it is not empty.
    /// </summary>
    /// <param name="headers">
    /// The response headers, for example ASP.NET Core's <c>HttpResponse.Headers</c>. The header is found
    /// case-insensitively, as Node's <c>getHeader</c> does; several values are joined with <c>", "</c> first.
    /// </param>
    /// <param name="field">One field name or a comma-separated list.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> ("res argument is required") or <paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="headers"/> is read-only ("res argument is required"), or <paramref name="field"/> is
    /// invalid as for <see cref="Append(string, string)"/>.
    /// </exception>
    /// <example>
    /// <code>
    /// app.Use(async (context, next) =>
    /// {
    ///     Vary.Add(context.Response.Headers, "Accept-Encoding");
    ///     await next();
    /// });
    /// </code>
    /// </example>
    public static void Add(IDictionary<string, StringValues> headers, string field)
    {
        var key = Find(headers, out var current);
        Store(headers, key, current, Append(Join(current), field));
    }

    /// <summary>
    /// Marks a response as varying on several fields (npm <c>vary(res, [fields])</c>); each element is one field name.
    /// </summary>
    /// <param name="headers">The response headers, for example ASP.NET Core's <c>HttpResponse.Headers</c>.</param>
    /// <param name="fields">The field names; an empty list sets nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> ("res argument is required") or <paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="headers"/> is read-only ("res argument is required"), or an element is invalid as for
    /// <see cref="Append(string, IEnumerable{string})"/>.
    /// </exception>
    /// <example>
    /// <code>
    /// var headers = new Dictionary&lt;string, StringValues&gt; { ["Vary"] = "Accept" };
    /// Vary.Add(headers, ["Origin", "accept"]);   // headers["Vary"] is "Accept, Origin"
    /// </code>
    /// </example>
    public static void Add(IDictionary<string, StringValues> headers, IEnumerable<string> fields)
    {
        var key = Find(headers, out var current);
        Store(headers, key, current, Append(Join(current), fields));
    }

    private static string AppendCore(string header, scoped ParsedFields fields)
    {
        var count = fields.Count;
        for (var i = 0; i < count; i++)
        {
            if (!HttpRuleParser.IsToken(fields[i]))
                throw new ArgumentException("field argument contains an invalid header name", "field");
        }

        if (header is Star)
            return header;
        for (var i = 0; i < count; i++)
        {
            if (fields[i] is Star)
                return Star;
        }
        if (FieldNames.ContainsStar(header))
            return Star;
        if (count == 0)
            return header;

        var headerItems = header.Length == 0 ? 0 : FieldNames.CountItems(header);
        var added = (long)count * (headerItems + count) <= ScanBudget
            ? stackalloc bool[count]
            : new bool[count];
        var length = (long)count * (headerItems + count) <= ScanBudget
            ? MarkAddedByScanning(header, fields, added)
            : MarkAddedByHashing(header, fields, added);
        if (length == header.Length)
            return header;
        return Concatenate(header, fields, added, length);
    }

    // Small inputs: nested scans, nothing allocated. Returns the length of the result.
    private static int MarkAddedByScanning(string header, scoped ParsedFields fields, Span<bool> added)
    {
        var length = header.Length;
        for (var i = 0; i < added.Length; i++)
        {
            var field = fields[i];
            if (FieldNames.ContainsItem(header, field) || SeenBefore(fields, i))
                continue;
            added[i] = true;
            length += length == 0 ? field.Length : field.Length + 2;
        }
        return length;
    }

    private static bool SeenBefore(scoped ParsedFields fields, int index)
    {
        var field = fields[index];
        for (var j = 0; j < index; j++)
        {
            if (field.Equals(fields[j], StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // Large inputs (a hostile header or list): a set of the lower-cased names keeps the work linear.
    private static int MarkAddedByHashing(string header, scoped ParsedFields fields, Span<bool> added)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = header.AsSpan();
        for (var position = 0; position <= text.Length;)
        {
            seen.Add(Lower(text[FieldNames.NextItem(text, ref position)]));
        }

        var length = header.Length;
        for (var i = 0; i < added.Length; i++)
        {
            var field = fields[i];
            if (!seen.Add(Lower(field)))
                continue;
            added[i] = true;
            length += length == 0 ? field.Length : field.Length + 2;
        }
        return length;
    }

    private static string Lower(ReadOnlySpan<char> value)
    {
        Span<char> buffer = value.Length <= StackChars ? stackalloc char[value.Length] : new char[value.Length];
        for (var i = 0; i < value.Length; i++)
            buffer[i] = JsLowerCase.ToAscii(value[i]);
        return new string(buffer);
    }

    private static string Concatenate(string header, scoped ParsedFields fields, ReadOnlySpan<bool> added, int length)
    {
        char[]? rented = null;
        var buffer = length <= StackChars
            ? stackalloc char[length]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            header.CopyTo(buffer);
            var written = header.Length;
            for (var i = 0; i < added.Length; i++)
            {
                if (!added[i])
                    continue;
                if (written > 0)
                {
                    buffer[written++] = ',';
                    buffer[written++] = ' ';
                }
                var field = fields[i];
                field.CopyTo(buffer[written..]);
                written += field.Length;
            }
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static string Find(IDictionary<string, StringValues> headers, out StringValues current)
    {
        if (headers is null)
            throw new ArgumentNullException(nameof(headers), "res argument is required");
        if (headers.IsReadOnly)
            throw new ArgumentException("res argument is required", nameof(headers));

        if (headers.TryGetValue(HeaderName, out current))
            return HeaderName;
        if (headers.Count > 0)
        {
            foreach (var (key, value) in headers)
            {
                if (key.Equals(HeaderName, StringComparison.OrdinalIgnoreCase))
                {
                    current = value;
                    return key;
                }
            }
        }
        current = StringValues.Empty;
        return HeaderName;
    }

    private static string Join(StringValues values) => values.Count switch
    {
        0 => "",
        1 => values[0] ?? "",
        _ => string.Join(", ", values.ToArray()),
    };

    private static void Store(IDictionary<string, StringValues> headers, string key, StringValues current, string value)
    {
        if (value.Length == 0)
            return;
        if (current.Count == 1 && ReferenceEquals(current[0], value))
            return;
        headers[key] = value;
    }

    private readonly ref struct ParsedFields(string text, ReadOnlySpan<Range> items)
    {
        private readonly ReadOnlySpan<Range> _items = items;

        public int Count => _items.Length;

        public ReadOnlySpan<char> this[int index] => text.AsSpan()[_items[index]];
    }
}
