using System.Buffers;
using System.Text;

namespace Koa;

/// <summary>
/// What Koa's <c>ctx.path</c> / <c>ctx.querystring</c> accessors get from <c>parseurl(req)</c> (node's legacy
/// <c>url.parse</c> behind a fast path) and give back through <c>url.format</c>. Only the components Koa
/// reads or writes are modelled: protocol, slashes, auth, host, pathname, search and hash.
/// <code>
/// fast path:  "/" *( any char except "?" # SP HTAB LF FF CR U+00A0 U+FEFF ) [ "?" query ]   (no escaping)
/// otherwise:  trim (≤ U+0020, U+00A0, U+FEFF) · "\" → "/" before the first "?" or "#" ·
///             [ scheme ":" ] [ "//" [ auth "@" ] host ] path [ "?" query ] [ "#" hash ]
///             with node's auto-escaping of  TAB LF CR SP " ' &lt; &gt; \ ^ ` { | }  in path, query and hash
/// </code>
/// </summary>
public sealed class LegacyUrl
{
    private static readonly SearchValues<char> AutoEscape = SearchValues.Create("\t\n\r \"'<>\\^`{|}");
    private static readonly SearchValues<char> FastPathStop = SearchValues.Create("\t\n\f\r #\u00a0\ufeff");
    private static readonly SearchValues<char> NonHost = SearchValues.Create("\t\n\r \"%';<>\\^`{|}");

    private LegacyUrl()
    {
    }

    /// <summary>The scheme, lower-cased, with its <c>:</c> (<c>url.protocol</c>); null when none.</summary>
    /// <example><c>LegacyUrl.Parse("HTTP://a.com/x").Protocol</c> is <c>"http:"</c>.</example>
    public string? Protocol { get; private set; }

    /// <summary>Whether <c>//</c> followed the scheme (<c>url.slashes</c>).</summary>
    /// <example><c>LegacyUrl.Parse("http://a.com/").Slashes</c> is <see langword="true"/>.</example>
    public bool Slashes { get; private set; }

    /// <summary>The user information before <c>@</c> (<c>url.auth</c>); null when none.</summary>
    /// <example><c>LegacyUrl.Parse("http://u:p@a.com/").Auth</c> is <c>"u:p"</c>.</example>
    public string? Auth { get; private set; }

    /// <summary>Host and port (<c>url.host</c>); null when none.</summary>
    /// <example><c>LegacyUrl.Parse("http://A.com:81/x").Host</c> is <c>"a.com:81"</c>.</example>
    public string? Host { get; private set; }

    /// <summary>The path (<c>url.pathname</c>), auto-escaped; settable before <see cref="Format"/>.</summary>
    /// <example><c>LegacyUrl.Parse("/a b?x").Pathname</c> is <c>"/a%20b"</c>.</example>
    public string? Pathname { get; set; }

    /// <summary><c>"?"</c> and the query (<c>url.search</c>); null when none; settable before <see cref="Format"/>.</summary>
    /// <example><c>LegacyUrl.Parse("/p?x=1").Search</c> is <c>"?x=1"</c>.</example>
    public string? Search { get; set; }

    /// <summary><c>"#"</c> and the fragment (<c>url.hash</c>); null when none.</summary>
    /// <example><c>LegacyUrl.Parse("/p#top").Hash</c> is <c>"#top"</c>.</example>
    public string? Hash { get; private set; }

    /// <summary>The query without "?" (null when there is no search).</summary>
    /// <example><c>LegacyUrl.Parse("/p?x=1").Query</c> is <c>"x=1"</c>.</example>
    public string? Query => Search is null ? null : Search.Length > 0 && Search[0] == '?' ? Search[1..] : Search;

    /// <summary>parseurl's fastparse, falling back to the legacy parser.</summary>
    /// <param name="url">A request target or URL.</param>
    /// <returns>The parsed components.</returns>
    /// <example><c>LegacyUrl.Parse("/shoes?page=2").Pathname</c> is <c>"/shoes"</c>.</example>
    public static LegacyUrl Parse(string url)
    {
        if (url.Length > 0 && url[0] == '/')
        {
            var question = url.IndexOf('?');
            var stopScan = question < 0 ? url.AsSpan(1) : url.AsSpan(1, question - 1);
            var queryScan = question < 0 ? ReadOnlySpan<char>.Empty : url.AsSpan(question);
            if (stopScan.IndexOfAny(FastPathStop) < 0 && queryScan.IndexOfAny(FastPathStop) < 0)
            {
                return question < 0
                    ? new LegacyUrl { Pathname = url }
                    : new LegacyUrl { Pathname = url[..question], Search = url[question..] };
            }
        }
        return ParseLegacy(url);
    }

    /// <summary>Cheap accessors for the common origin-form target, without allocating a <see cref="LegacyUrl"/>:
    /// whether <paramref name="url"/> takes parseurl's fast path, and where its <c>?</c> is.</summary>
    /// <param name="url">A request target.</param>
    /// <param name="questionIndex">The index of the first <c>?</c>, or -1; -1 too when the method returns false.</param>
    /// <returns>Whether the path is <c>url[..questionIndex]</c> (or all of it) and the search the rest, unescaped.</returns>
    /// <example><c>LegacyUrl.TrySplitFast("/a?b", out var q)</c> is <see langword="true"/> with <c>q == 2</c>.</example>
    public static bool TrySplitFast(string url, out int questionIndex)
    {
        questionIndex = -1;
        if (url.Length == 0 || url[0] != '/') return false;
        if (url.AsSpan(1).IndexOfAny(FastPathStop) >= 0) return false;
        questionIndex = url.IndexOf('?');
        return true;
    }

    private static LegacyUrl ParseLegacy(string url)
    {
        var result = new LegacyUrl();

        // Trim and turn backslashes into slashes until the first "?" or "#".
        var start = 0;
        var end = url.Length;
        while (start < end && IsTrimmed(url[start])) start++;
        while (end > start && IsTrimmed(url[end - 1])) end--;
        var rest = new StringBuilder(end - start);
        var split = false;
        var hasHash = false;
        for (var i = start; i < end; i++)
        {
            var c = url[i];
            if (!split)
            {
                if (c == '#') hasHash = split = true;
                else if (c == '?') split = true;
                else if (c == '\\') c = '/';
            }
            else if (c == '#')
            {
                hasHash = true;
            }
            rest.Append(c);
        }
        var text = rest.ToString();

        // Simple path: /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/
        if (!hasHash && IsSimplePath(text, out var simpleQuestion))
        {
            result.Pathname = simpleQuestion < 0 ? text : text[..simpleQuestion];
            if (simpleQuestion >= 0) result.Search = text[simpleQuestion..];
            return result;
        }

        var protocolEnd = ProtocolLength(text);
        string? lowerProtocol = null;
        if (protocolEnd > 0)
        {
            lowerProtocol = text[..protocolEnd].ToLowerInvariant();
            result.Protocol = lowerProtocol;
            text = text[protocolEnd..];
        }

        var hostless = lowerProtocol is "javascript:" or "javascript";
        var slashed = lowerProtocol is "http:" or "https:" or "ftp:" or "gopher:" or "file:" or "ws:" or "wss:";
        if ((lowerProtocol is not null || HasAuthWithoutProtocol(text)) && text.StartsWith("//", StringComparison.Ordinal) && !hostless)
        {
            text = text[2..];
            result.Slashes = true;
        }

        if (!hostless && (result.Slashes || (lowerProtocol is not null && !slashed)))
        {
            // The last "@" before the first host-ending character ("#", "/", "?") splits off the auth;
            // the host stops at the first character never allowed in a hostname (RFC 2396).
            int hostEnd = -1, atSign = -1, nonHost = -1;
            for (var i = 0; i < text.Length && hostEnd < 0; i++)
            {
                var c = text[i];
                if (c is '#' or '/' or '?')
                {
                    if (nonHost < 0) nonHost = i;
                    hostEnd = i;
                }
                else if (c == '@')
                {
                    atSign = i;
                    nonHost = -1;
                }
                else if (NonHost.Contains(c) && nonHost < 0)
                {
                    nonHost = i;
                }
            }
            var hostStart = 0;
            if (atSign >= 0)
            {
                result.Auth = Uri.UnescapeDataString(text[..atSign]);
                hostStart = atSign + 1;
            }
            string host;
            if (nonHost < 0)
            {
                host = text[hostStart..];
                text = string.Empty;
            }
            else
            {
                host = text[hostStart..nonHost];
                text = text[nonHost..];
            }

            // parseHost: a trailing /:[0-9]*$/ is the port.
            string? port = null;
            var colon = host.LastIndexOf(':');
            if (colon >= 0 && !host.AsSpan(colon + 1).ContainsAnyExceptInRange('0', '9'))
            {
                if (colon + 1 < host.Length) port = host[(colon + 1)..];
                host = host[..colon];
            }
            var hostname = host;
            if (!(hostname.StartsWith('[') && hostname.EndsWith(']')))
            {
                for (var i = 0; i < hostname.Length; i++)
                {
                    var c = hostname[i];
                    if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+' or '_' || c > 127) continue;
                    text = "/" + hostname[i..] + text;
                    hostname = hostname[..i];
                    break;
                }
            }
            hostname = hostname.Length > 255 ? string.Empty : hostname.ToLowerInvariant();
            result.Host = port is null ? hostname : hostname + ":" + port;
        }

        if (!hostless) text = Escape(text);

        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            result.Hash = text[hash..];
            text = text[..hash];
        }
        var question = text.IndexOf('?');
        if (question >= 0)
        {
            result.Search = text[question..];
            text = text[..question];
        }
        if (text.Length > 0) result.Pathname = text;
        if (slashed && result.Host is { Length: > 0 } && string.IsNullOrEmpty(result.Pathname)) result.Pathname = "/";
        return result;
    }

    private static bool IsTrimmed(char c) => c <= ' ' || c == '\u00a0' || c == '\ufeff';

    private static bool IsSimplePath(string text, out int question)
    {
        question = -1;
        if (text.Length == 0 || text[0] != '/') return false;
        if (text.Length > 2 && text[1] == '/' && text[2] == '/') return false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) return false;
            if (c == '?' && question < 0) question = i;
        }
        return true;
    }

    // /^[a-z0-9.+-]+:/i → length including ":" or 0.
    private static int ProtocolLength(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '+' or '-')) i++;
        return i > 0 && i < text.Length && text[i] == ':' ? i + 1 : 0;
    }

    // /^\/\/[^@/]+@[^@/]+/
    private static bool HasAuthWithoutProtocol(string text)
    {
        if (!text.StartsWith("//", StringComparison.Ordinal)) return false;
        var i = 2;
        var before = 0;
        while (i < text.Length && text[i] is not '@' and not '/')
        {
            i++;
            before++;
        }
        if (before == 0 || i >= text.Length || text[i] != '@') return false;
        return i + 1 < text.Length && text[i + 1] is not '@' and not '/';
    }

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(AutoEscape) < 0) return text;
        var output = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (AutoEscape.Contains(c)) EncodeUrl.AppendPercent(output, (byte)c);
            else output.Append(c);
        }
        return output.ToString();
    }

    /// <summary>node's <c>url.format(urlObject)</c> for the modelled components.</summary>
    /// <returns>The formatted URL.</returns>
    /// <example><c>var url = LegacyUrl.Parse("/a?x"); url.Search = "?y"; url.Format()</c> is <c>"/a?y"</c>.</example>
    public string Format()
    {
        var output = new StringBuilder();
        var protocol = Protocol ?? string.Empty;
        if (protocol.Length > 0 && protocol[^1] != ':') protocol += ":";
        output.Append(protocol);

        var host = string.Empty;
        if (!string.IsNullOrEmpty(Host))
        {
            host = (Auth is null ? string.Empty : Uri.EscapeDataString(Auth).Replace("%3A", ":", StringComparison.Ordinal) + "@") + Host;
        }

        var pathname = EscapePathname(Pathname ?? string.Empty);
        var slashedProtocol = protocol is "http:" or "https:" or "ftp:" or "gopher:" or "file:" or "ws:" or "wss:";
        if (Slashes || slashedProtocol)
        {
            if (Slashes || host.Length > 0)
            {
                if (pathname.Length > 0 && pathname[0] != '/') pathname = "/" + pathname;
                host = "//" + host;
            }
            else if (protocol == "file:")
            {
                host = "//";
            }
        }
        output.Append(host).Append(pathname);

        var search = Search ?? string.Empty;
        if (search.Length > 0 && search[0] != '?') search = "?" + search;
        output.Append(search.Replace("#", "%23", StringComparison.Ordinal));

        var hash = Hash ?? string.Empty;
        if (hash.Length > 0 && hash[0] != '#') hash = "#" + hash;
        output.Append(hash);
        return output.ToString();
    }

    private static string EscapePathname(string pathname)
    {
        if (pathname.AsSpan().IndexOfAny('#', '?') < 0) return pathname;
        return pathname.Replace("#", "%23", StringComparison.Ordinal).Replace("?", "%3F", StringComparison.Ordinal);
    }
}
