using System.Text;
using Microsoft.Extensions.Primitives;

namespace Koa;

/// <summary>
/// The bytes node sends for header values with chars 0x80–0xFF (obs-text). Kestrel writes every value as Latin-1
/// (one byte per char, set by <see cref="KoaServer"/>), which is what node does when the head goes out on its own —
/// a bytes, stream or empty body, HEAD. When the head goes out with a string body (<c>res.end(string)</c>: Koa's
/// text, JSON and status-text bodies) node concatenates head and body into one string and writes it as UTF-8, so
/// such a value's chars go out as their UTF-8 bytes: this rewrites the values to the chars of those bytes.
/// Content-Disposition is left as Latin-1 (RFC 6266 §4.3): node 20 means to send it so but, for a response with a
/// known length, mangles it to U+FFFD (packages/Koa/README.md, "Differences"). The status text is left alone:
/// Kestrel writes it as ASCII whatever it holds.
/// </summary>
internal static class HeaderBytes
{
    /// <summary>Before a string body: the obs-text values (set through the response) as node's UTF-8 head sends them.</summary>
    public static void AsUtf8(Context ctx)
    {
        var response = ctx.Response;
        if (!response.HasObsText || response.HeaderSent) return;
        var res = ctx.Res;
        List<KeyValuePair<string, StringValues>>? rewritten = null;
        foreach (var (name, values) in res.Headers)
        {
            if (name.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase)) continue;
            var any = false;
            foreach (var value in values) any |= HeaderValidation.HasObsText(value);
            if (!any) continue;
            var utf8 = new string?[values.Count];
            for (var i = 0; i < utf8.Length; i++) utf8[i] = Utf8Chars(values[i]);
            (rewritten ??= []).Add(new(name, new StringValues(utf8)));
        }
        if (rewritten is not null)
        {
            foreach (var (name, values) in rewritten) res.Headers[name] = values;
        }
    }

    private static string? Utf8Chars(string? value) =>
        value is null || !HeaderValidation.HasObsText(value) ? value : Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(value));
}
