using System.Buffers;
using System.Text;

namespace Koa;

/// <summary>
/// Port of escape-html 1.0.3: replaces <c>"</c>, <c>&amp;</c>, <c>'</c>, <c>&lt;</c>, <c>&gt;</c> by
/// <c>&amp;quot;</c>, <c>&amp;amp;</c>, <c>&amp;#39;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>; returns the input itself when
/// nothing needs escaping. Used for the HTML body of <c>ctx.Redirect</c>.
/// </summary>
internal static class EscapeHtml
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\"&'<>");

    public static string Escape(string value)
    {
        var first = value.AsSpan().IndexOfAny(Special);
        if (first < 0) return value;
        var html = new StringBuilder(value.Length + 16);
        html.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': html.Append("&quot;"); break;
                case '&': html.Append("&amp;"); break;
                case '\'': html.Append("&#39;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                default: html.Append(c); break;
            }
        }
        return html.ToString();
    }
}
