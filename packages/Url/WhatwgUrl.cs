using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Koa;

/// <summary>
/// A URL parsed by the WHATWG URL Standard's basic URL parser — JavaScript's <c>new URL(input, base)</c>,
/// which Koa relies on for <c>ctx.URL</c>, <c>ctx.Host</c> with userinfo, IPv6 hostnames, redirect
/// normalisation and <c>ctx.Back()</c>'s same-host check. <see cref="System.Uri"/> parses differently
/// (backslashes, IPv4 shorthands, percent-encoding sets), so Koa carries its own parser; its results are
/// checked against node's <c>URL</c> by the conformance fixtures.
/// </summary>
/// <example>
/// <code>
/// var url = WhatwgUrl.Parse("HTTP://google.com\\@apple.com");
/// // url.Href == "http://google.com/@apple.com", url.Host == "google.com", url.Pathname == "/@apple.com"
/// </code>
/// </example>
public sealed class WhatwgUrl
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true, UseStd3AsciiRules = false };

    // Percent-encode sets (URL Standard §1.3, as node's URL implements them).
    private static readonly SearchValues<char> FragmentSet = SearchValues.Create(" \"<>`");
    private static readonly SearchValues<char> QuerySet = SearchValues.Create(" \"#<>");
    private static readonly SearchValues<char> SpecialQuerySet = SearchValues.Create(" \"#<>'");
    private static readonly SearchValues<char> PathSet = SearchValues.Create(" \"#<>?`{}");
    private static readonly SearchValues<char> UserinfoSet = SearchValues.Create(" \"#<>?`{}/:;=@[\\]^|");
    private static readonly SearchValues<char> ForbiddenHost = SearchValues.Create("\0\t\n\r #/:<>?@[\\]^|");
    private static readonly SearchValues<char> ForbiddenDomain = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f #%/:<>?@[\\]^|\u007f");

    private string _scheme = string.Empty;
    private string _username = string.Empty;
    private string _password = string.Empty;
    private string? _host;
    private int? _port;
    private List<string> _path = [];
    private string? _opaquePath;
    private string? _query;
    private string? _fragment;

    private WhatwgUrl()
    {
    }

    /// <summary>The serialized URL (<c>url.href</c>).</summary>
    /// <example><c>WhatwgUrl.Parse("http://a.com").Href</c> is <c>"http://a.com/"</c>.</example>
    public string Href => Serialize();

    /// <summary>The scheme followed by <c>:</c> (<c>url.protocol</c>).</summary>
    /// <example><c>WhatwgUrl.Parse("HTTPS://a.com").Protocol</c> is <c>"https:"</c>.</example>
    public string Protocol => _scheme + ":";

    /// <summary>The percent-encoded user name, <c>""</c> when none.</summary>
    /// <example><c>WhatwgUrl.Parse("http://user:pw@a.com").Username</c> is <c>"user"</c>.</example>
    public string Username => _username;

    /// <summary>The percent-encoded password, <c>""</c> when none.</summary>
    /// <example><c>WhatwgUrl.Parse("http://user:pw@a.com").Password</c> is <c>"pw"</c>.</example>
    public string Password => _password;

    /// <summary>Host and non-default port (<c>url.host</c>); <c>""</c> without a host.</summary>
    /// <example><c>WhatwgUrl.Parse("http://a.com:8080/x").Host</c> is <c>"a.com:8080"</c>; port 80 is dropped for http.</example>
    public string Host => _host is null ? string.Empty : _port is null ? _host : _host + ":" + _port.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The serialized host without port (<c>url.hostname</c>); IPv6 in brackets.</summary>
    /// <example><c>WhatwgUrl.Parse("http://[2001:cdba:0:0:0:0:3257:9652]:1337").Hostname</c> is <c>"[2001:cdba::3257:9652]"</c>.</example>
    public string Hostname => _host ?? string.Empty;

    /// <summary>The port, <c>""</c> when absent or the scheme's default.</summary>
    /// <example><c>WhatwgUrl.Parse("http://a.com:81").Port</c> is <c>"81"</c>.</example>
    public string Port => _port?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The path (<c>url.pathname</c>).</summary>
    /// <example><c>WhatwgUrl.Parse("http://a.com/b/../c").Pathname</c> is <c>"/c"</c>.</example>
    public string Pathname => _opaquePath ?? SerializePath();

    /// <summary><c>"?"</c> and the query, or <c>""</c> when the query is absent or empty (<c>url.search</c>).</summary>
    /// <example><c>WhatwgUrl.Parse("http://a.com/?x=1").Search</c> is <c>"?x=1"</c>.</example>
    public string Search => string.IsNullOrEmpty(_query) ? string.Empty : "?" + _query;

    /// <summary><c>"#"</c> and the fragment, or <c>""</c> (<c>url.hash</c>).</summary>
    /// <example><c>WhatwgUrl.Parse("http://a.com/#top").Hash</c> is <c>"#top"</c>.</example>
    public string Hash => string.IsNullOrEmpty(_fragment) ? string.Empty : "#" + _fragment;

    /// <summary>The ASCII serialization of the origin (<c>url.origin</c>): <c>scheme://host[:port]</c> for http(s), ws(s) and ftp, otherwise <c>"null"</c>.</summary>
    /// <example><c>WhatwgUrl.Parse("https://a.com:8443/x").Origin</c> is <c>"https://a.com:8443"</c>.</example>
    public string Origin => _scheme is "http" or "https" or "ws" or "wss" or "ftp" ? _scheme + "://" + Host : "null";

    /// <summary>The serialized URL, as <see cref="Href"/>.</summary>
    /// <returns>The href.</returns>
    /// <example><c>WhatwgUrl.Parse("http://a.com").ToString()</c> is <c>"http://a.com/"</c>.</example>
    public override string ToString() => Href;

    /// <summary>Parses <paramref name="input"/>, relative to <paramref name="baseUrl"/> when given, like <c>new URL(input, base)</c>.</summary>
    /// <param name="input">The URL string.</param>
    /// <param name="baseUrl">An optional base URL string.</param>
    /// <returns>The parsed URL.</returns>
    /// <exception cref="FormatException">The input (or the base) is not a valid URL — where JavaScript throws <c>TypeError: Invalid URL</c>.</exception>
    /// <example><c>WhatwgUrl.Parse("//evil.com/x", "http://example.com/").Host</c> is <c>"evil.com"</c>.</example>
    public static WhatwgUrl Parse(string input, string? baseUrl = null) =>
        TryParse(input, baseUrl, out var url) ? url : throw new FormatException("Invalid URL");

    /// <summary>Parses like <see cref="Parse"/> but reports failure instead of throwing.</summary>
    /// <param name="input">The URL string.</param>
    /// <param name="baseUrl">An optional base URL string.</param>
    /// <param name="url">The parsed URL when the method returns <see langword="true"/>.</param>
    /// <returns>Whether both the base and the input parsed.</returns>
    /// <example><c>WhatwgUrl.TryParse("http://user@", null, out _)</c> is <see langword="false"/>.</example>
    public static bool TryParse(string input, string? baseUrl, [NotNullWhen(true)] out WhatwgUrl? url)
    {
        ArgumentNullException.ThrowIfNull(input);
        url = null;
        WhatwgUrl? parsedBase = null;
        if (baseUrl is not null && !TryParseCore(baseUrl, null, out parsedBase)) return false;
        return TryParseCore(input, parsedBase, out url);
    }

    private bool IsSpecial => IsSpecialScheme(_scheme);

    private static bool IsSpecialScheme(string scheme) => scheme is "http" or "https" or "ws" or "wss" or "ftp" or "file";

    private static int? DefaultPort(string scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        "ftp" => 21,
        _ => null,
    };

    private enum State
    {
        SchemeStart,
        Scheme,
        NoScheme,
        SpecialRelativeOrAuthority,
        PathOrAuthority,
        Relative,
        RelativeSlash,
        SpecialAuthoritySlashes,
        SpecialAuthorityIgnoreSlashes,
        Authority,
        Host,
        Port,
        File,
        FileSlash,
        FileHost,
        PathStart,
        Path,
        OpaquePath,
        Query,
        Fragment,
    }

    // The basic URL parser (URL Standard §4.4), without state override.
    private static bool TryParseCore(string rawInput, WhatwgUrl? baseUrl, [NotNullWhen(true)] out WhatwgUrl? result)
    {
        result = null;
        var input = Prepare(rawInput);
        var url = new WhatwgUrl();
        var state = State.SchemeStart;
        var buffer = new StringBuilder();
        var atSignSeen = false;
        var insideBrackets = false;
        var passwordTokenSeen = false;
        // Components that grow one code point at a time are built here and stored at the end (linear time).
        StringBuilder? username = null, password = null, opaquePath = null, fragment = null;

        for (var pointer = 0; pointer <= input.Length; pointer++)
        {
            var c = pointer < input.Length ? input[pointer] : '\uFFFF';
            var eof = pointer >= input.Length;
            switch (state)
            {
                case State.SchemeStart:
                    if (!eof && char.IsAsciiLetter(c))
                    {
                        buffer.Append(char.ToLowerInvariant(c));
                        state = State.Scheme;
                    }
                    else
                    {
                        state = State.NoScheme;
                        pointer--;
                    }
                    break;

                case State.Scheme:
                    if (!eof && (char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
                    {
                        buffer.Append(char.ToLowerInvariant(c));
                    }
                    else if (!eof && c == ':')
                    {
                        url._scheme = buffer.ToString();
                        buffer.Clear();
                        if (url._scheme == "file")
                        {
                            state = State.File;
                        }
                        else if (url.IsSpecial && baseUrl is not null && baseUrl._scheme == url._scheme)
                        {
                            state = State.SpecialRelativeOrAuthority;
                        }
                        else if (url.IsSpecial)
                        {
                            state = State.SpecialAuthoritySlashes;
                        }
                        else if (pointer + 1 < input.Length && input[pointer + 1] == '/')
                        {
                            state = State.PathOrAuthority;
                            pointer++;
                        }
                        else
                        {
                            opaquePath = new StringBuilder();
                            state = State.OpaquePath;
                        }
                    }
                    else
                    {
                        buffer.Clear();
                        state = State.NoScheme;
                        pointer = -1;
                    }
                    break;

                case State.NoScheme:
                    if (baseUrl is null || (baseUrl._opaquePath is not null && c != '#'))
                    {
                        return false;
                    }
                    if (baseUrl._opaquePath is not null && c == '#')
                    {
                        url._scheme = baseUrl._scheme;
                        url._opaquePath = baseUrl._opaquePath;
                        url._query = baseUrl._query;
                        url._fragment = string.Empty;
                        state = State.Fragment;
                    }
                    else
                    {
                        state = baseUrl._scheme != "file" ? State.Relative : State.File;
                        pointer--;
                    }
                    break;

                case State.SpecialRelativeOrAuthority:
                    if (c == '/' && pointer + 1 < input.Length && input[pointer + 1] == '/')
                    {
                        state = State.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }
                    else
                    {
                        state = State.Relative;
                        pointer--;
                    }
                    break;

                case State.PathOrAuthority:
                    if (c == '/')
                    {
                        state = State.Authority;
                    }
                    else
                    {
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.Relative:
                    url._scheme = baseUrl!._scheme;
                    if (c == '/' || (url.IsSpecial && c == '\\'))
                    {
                        state = State.RelativeSlash;
                    }
                    else
                    {
                        url.CopyAuthority(baseUrl);
                        url._path = [.. baseUrl._path];
                        url._query = baseUrl._query;
                        if (!StartQueryOrFragment(c, url, ref state) && !eof)
                        {
                            url._query = null;
                            url.ShortenPath();
                            state = State.Path;
                            pointer--;
                        }
                    }
                    break;

                case State.RelativeSlash:
                    if (url.IsSpecial && c is '/' or '\\')
                    {
                        state = State.SpecialAuthorityIgnoreSlashes;
                    }
                    else if (c == '/')
                    {
                        state = State.Authority;
                    }
                    else
                    {
                        url.CopyAuthority(baseUrl!);
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.SpecialAuthoritySlashes:
                    if (c == '/' && pointer + 1 < input.Length && input[pointer + 1] == '/')
                    {
                        state = State.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }
                    else
                    {
                        state = State.SpecialAuthorityIgnoreSlashes;
                        pointer--;
                    }
                    break;

                case State.SpecialAuthorityIgnoreSlashes:
                    if (eof || (c != '/' && c != '\\'))
                    {
                        state = State.Authority;
                        pointer--;
                    }
                    break;

                case State.Authority:
                    if (!eof && c == '@')
                    {
                        if (atSignSeen) buffer.Insert(0, "%40");
                        atSignSeen = true;
                        var userinfo = buffer.ToString();
                        for (var i = 0; i < userinfo.Length; i++)
                        {
                            if (userinfo[i] == ':' && !passwordTokenSeen)
                            {
                                passwordTokenSeen = true;
                                continue;
                            }
                            var target = passwordTokenSeen ? password ??= new StringBuilder() : username ??= new StringBuilder();
                            i = PercentEncodeCodePoint(target, userinfo, i, UserinfoSet);
                        }
                        buffer.Clear();
                    }
                    else if (eof || c is '/' or '?' or '#' || (url.IsSpecial && c == '\\'))
                    {
                        if (atSignSeen && buffer.Length == 0) return false;
                        pointer -= buffer.Length + 1;
                        buffer.Clear();
                        state = State.Host;
                    }
                    else
                    {
                        buffer.Append(c);
                    }
                    break;

                case State.Host:
                    if (!eof && c == ':' && !insideBrackets)
                    {
                        if (buffer.Length == 0) return false;
                        if (!TryParseHost(buffer.ToString(), !url.IsSpecial, out var host)) return false;
                        url._host = host;
                        buffer.Clear();
                        state = State.Port;
                    }
                    else if (eof || c is '/' or '?' or '#' || (url.IsSpecial && c == '\\'))
                    {
                        pointer--;
                        if (url.IsSpecial && buffer.Length == 0) return false;
                        if (!TryParseHost(buffer.ToString(), !url.IsSpecial, out var host)) return false;
                        url._host = host;
                        buffer.Clear();
                        state = State.PathStart;
                    }
                    else
                    {
                        if (c == '[') insideBrackets = true;
                        if (c == ']') insideBrackets = false;
                        buffer.Append(c);
                    }
                    break;

                case State.Port:
                    if (!eof && char.IsAsciiDigit(c))
                    {
                        buffer.Append(c);
                    }
                    else if (eof || c is '/' or '?' or '#' || (url.IsSpecial && c == '\\'))
                    {
                        if (buffer.Length != 0)
                        {
                            var digits = buffer.ToString().TrimStart('0');
                            if (digits.Length > 5) return false;
                            var port = digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
                            if (port > 65535) return false;
                            url._port = port == DefaultPort(url._scheme) ? null : port;
                            buffer.Clear();
                        }
                        state = State.PathStart;
                        pointer--;
                    }
                    else
                    {
                        return false;
                    }
                    break;

                case State.File:
                    url._scheme = "file";
                    url._host = string.Empty;
                    if (c is '/' or '\\')
                    {
                        state = State.FileSlash;
                    }
                    else if (baseUrl is not null && baseUrl._scheme == "file")
                    {
                        url._host = baseUrl._host;
                        url._path = [.. baseUrl._path];
                        url._query = baseUrl._query;
                        if (!StartQueryOrFragment(c, url, ref state) && !eof)
                        {
                            url._query = null;
                            if (!StartsWithWindowsDriveLetter(input, pointer)) url.ShortenPath();
                            else url._path = [];
                            state = State.Path;
                            pointer--;
                        }
                    }
                    else
                    {
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.FileSlash:
                    if (c is '/' or '\\')
                    {
                        state = State.FileHost;
                    }
                    else
                    {
                        if (baseUrl is not null && baseUrl._scheme == "file")
                        {
                            url._host = baseUrl._host;
                            if (!StartsWithWindowsDriveLetter(input, pointer) && baseUrl._path.Count > 0 && IsNormalizedWindowsDriveLetter(baseUrl._path[0]))
                            {
                                url._path.Add(baseUrl._path[0]);
                            }
                        }
                        state = State.Path;
                        pointer--;
                    }
                    break;

                case State.FileHost:
                    if (eof || c is '/' or '\\' or '?' or '#')
                    {
                        pointer--;
                        if (IsWindowsDriveLetter(buffer.ToString()))
                        {
                            state = State.Path;
                        }
                        else if (buffer.Length == 0)
                        {
                            url._host = string.Empty;
                            state = State.PathStart;
                        }
                        else
                        {
                            if (!TryParseHost(buffer.ToString(), !url.IsSpecial, out var host)) return false;
                            url._host = host == "localhost" ? string.Empty : host;
                            buffer.Clear();
                            state = State.PathStart;
                        }
                    }
                    else
                    {
                        buffer.Append(c);
                    }
                    break;

                case State.PathStart:
                    if (url.IsSpecial)
                    {
                        state = State.Path;
                        if (c != '/' && c != '\\') pointer--;
                    }
                    else if (!StartQueryOrFragment(c, url, ref state) && !eof)
                    {
                        state = State.Path;
                        if (c != '/') pointer--;
                    }
                    break;

                case State.Path:
                    if (eof || c == '/' || (url.IsSpecial && c == '\\') || c is '?' or '#')
                    {
                        var segment = buffer.ToString();
                        var slash = c == '/' || (url.IsSpecial && c == '\\');
                        if (IsDoubleDotSegment(segment))
                        {
                            url.ShortenPath();
                            if (!slash) url._path.Add(string.Empty);
                        }
                        else if (IsSingleDotSegment(segment) && !slash)
                        {
                            url._path.Add(string.Empty);
                        }
                        else if (!IsSingleDotSegment(segment))
                        {
                            if (url._scheme == "file" && url._path.Count == 0 && IsWindowsDriveLetter(segment))
                            {
                                segment = string.Concat(segment.AsSpan(0, 1), ":");
                            }
                            url._path.Add(segment);
                        }
                        buffer.Clear();
                        if (c == '?' && !eof)
                        {
                            url._query = string.Empty;
                            state = State.Query;
                        }
                        else if (c == '#' && !eof)
                        {
                            url._fragment = string.Empty;
                            state = State.Fragment;
                        }
                    }
                    else
                    {
                        pointer = PercentEncodeCodePoint(buffer, input, pointer, PathSet);
                    }
                    break;

                case State.OpaquePath:
                    if (!StartQueryOrFragment(c, url, ref state) && !eof)
                    {
                        pointer = PercentEncodeCodePoint(opaquePath!, input, pointer, null);
                    }
                    break;

                case State.Query:
                    if (eof || c == '#')
                    {
                        var set = url.IsSpecial ? SpecialQuerySet : QuerySet;
                        var query = new StringBuilder(url._query);
                        var text = buffer.ToString();
                        for (var i = 0; i < text.Length; i++) i = PercentEncodeCodePoint(query, text, i, set);
                        url._query = query.ToString();
                        buffer.Clear();
                        if (c == '#' && !eof)
                        {
                            url._fragment = string.Empty;
                            state = State.Fragment;
                        }
                    }
                    else
                    {
                        buffer.Append(c);
                    }
                    break;

                case State.Fragment:
                    if (!eof)
                    {
                        pointer = PercentEncodeCodePoint(fragment ??= new StringBuilder(url._fragment), input, pointer, FragmentSet);
                    }
                    break;
            }
        }

        if (username is not null) url._username = username.ToString();
        if (password is not null) url._password = password.ToString();
        if (opaquePath is not null) url._opaquePath = opaquePath.ToString();
        if (fragment is not null) url._fragment = fragment.ToString();
        result = url;
        return true;
    }

    // "If c is U+003F (?), set url's query to the empty string and state to query state; otherwise, if c is U+0023 (#),
    // set url's fragment to the empty string and state to fragment state." — a step many states share.
    private static bool StartQueryOrFragment(char c, WhatwgUrl url, ref State state)
    {
        switch (c)
        {
            case '?':
                url._query = string.Empty;
                state = State.Query;
                return true;
            case '#':
                url._fragment = string.Empty;
                state = State.Fragment;
                return true;
            default:
                return false;
        }
    }

    // Trims leading/trailing C0 controls and spaces, removes every tab and newline, replaces lone surrogates (USVString).
    private static string Prepare(string input)
    {
        var span = input.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && span[start] <= ' ') start++;
        while (end > start && span[end - 1] <= ' ') end--;
        span = span[start..end];
        if (span.IndexOfAny('\t', '\n', '\r') < 0 && !JsJsonString.HasLoneSurrogate(span))
        {
            return span.Length == input.Length ? input : span.ToString();
        }
        var output = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                output.Append(c).Append(span[++i]);
            }
            else
            {
                output.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return output.ToString();
    }

    // UTF-8 percent-encodes the code point at input[index] (a surrogate pair counts as one) into output;
    // the C0 control percent-encode set (controls and non-ASCII) is always included. Returns the last index consumed.
    private static int PercentEncodeCodePoint(StringBuilder output, string input, int index, SearchValues<char>? set)
    {
        var c = input[index];
        if (c >= 0x20 && c < 0x7F)
        {
            if (set is not null && set.Contains(c))
            {
                EncodeUrl.AppendPercent(output, (byte)c);
            }
            else
            {
                output.Append(c);
            }
            return index;
        }
        Rune rune;
        if (char.IsHighSurrogate(c) && index + 1 < input.Length && char.IsLowSurrogate(input[index + 1]))
        {
            rune = new Rune(c, input[++index]);
        }
        else
        {
            rune = char.IsSurrogate(c) ? Rune.ReplacementChar : new Rune(c);
        }
        Span<byte> utf8 = stackalloc byte[4];
        var length = rune.EncodeToUtf8(utf8);
        for (var b = 0; b < length; b++) EncodeUrl.AppendPercent(output, utf8[b]);
        return index;
    }

    private void CopyAuthority(WhatwgUrl from)
    {
        _username = from._username;
        _password = from._password;
        _host = from._host;
        _port = from._port;
    }

    private void ShortenPath()
    {
        if (_scheme == "file" && _path.Count == 1 && IsNormalizedWindowsDriveLetter(_path[0])) return;
        if (_path.Count > 0) _path.RemoveAt(_path.Count - 1);
    }

    private static bool IsWindowsDriveLetter(string s) => s.Length == 2 && char.IsAsciiLetter(s[0]) && s[1] is ':' or '|';

    private static bool IsNormalizedWindowsDriveLetter(string s) => s.Length == 2 && char.IsAsciiLetter(s[0]) && s[1] == ':';

    private static bool StartsWithWindowsDriveLetter(string input, int pointer) =>
        input.Length - pointer >= 2
        && char.IsAsciiLetter(input[pointer])
        && input[pointer + 1] is ':' or '|'
        && (input.Length - pointer == 2 || input[pointer + 2] is '/' or '\\' or '?' or '#');

    private static bool IsSingleDotSegment(string s) => s == "." || s.Equals("%2e", StringComparison.OrdinalIgnoreCase);

    private static bool IsDoubleDotSegment(string s) =>
        s == ".." || s.Equals(".%2e", StringComparison.OrdinalIgnoreCase) || s.Equals("%2e.", StringComparison.OrdinalIgnoreCase)
        || s.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase);

    private string Serialize()
    {
        var output = new StringBuilder(_scheme.Length + 32);
        output.Append(_scheme).Append(':');
        if (_host is not null)
        {
            output.Append("//");
            if (_username.Length > 0 || _password.Length > 0)
            {
                output.Append(_username);
                if (_password.Length > 0) output.Append(':').Append(_password);
                output.Append('@');
            }
            output.Append(_host);
            if (_port is { } port) output.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        }
        if (_host is null && _opaquePath is null && _path.Count > 1 && _path[0].Length == 0) output.Append("/.");
        output.Append(Pathname);
        if (_query is not null) output.Append('?').Append(_query);
        if (_fragment is not null) output.Append('#').Append(_fragment);
        return output.ToString();
    }

    private string SerializePath()
    {
        var output = new StringBuilder();
        foreach (var segment in _path) output.Append('/').Append(segment);
        return output.ToString();
    }

    /// <summary>The host parser (URL Standard §3.5): domains, IPv4 (with its shorthands) and IPv6, or an opaque host.</summary>
    internal static bool TryParseHost(string input, bool isOpaque, [NotNullWhen(true)] out string? host)
    {
        host = null;
        if (input.StartsWith('['))
        {
            if (!input.EndsWith(']')) return false;
            if (!TryParseIPv6(input.AsSpan(1, input.Length - 2), out var pieces)) return false;
            host = "[" + SerializeIPv6(pieces) + "]";
            return true;
        }
        if (isOpaque)
        {
            if (input.AsSpan().IndexOfAny(ForbiddenHost) >= 0) return false;
            var opaque = new StringBuilder(input.Length);
            for (var i = 0; i < input.Length; i++) i = PercentEncodeCodePoint(opaque, input, i, null);
            host = opaque.ToString();
            return true;
        }
        var domain = PercentDecodeUtf8(input);
        if (!TryDomainToAscii(domain, out var ascii)) return false;
        if (ascii.AsSpan().IndexOfAny(ForbiddenDomain) >= 0) return false;
        if (EndsInANumber(ascii))
        {
            if (!TryParseIPv4(ascii, out var address)) return false;
            host = string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}");
            return true;
        }
        host = ascii;
        return true;
    }

    private static string PercentDecodeUtf8(string input)
    {
        if (!input.Contains('%')) return input;
        var bytes = new List<byte>(input.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c == '%' && i + 2 < input.Length && char.IsAsciiHexDigit(input[i + 1]) && char.IsAsciiHexDigit(input[i + 2]))
            {
                bytes.Add((byte)((EncodeUrl.HexValue(input[i + 1]) << 4) | EncodeUrl.HexValue(input[i + 2])));
                i += 2;
                continue;
            }
            var rune = char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1])
                ? new Rune(c, input[++i])
                : char.IsSurrogate(c) ? Rune.ReplacementChar : new Rune(c);
            var length = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++) bytes.Add(utf8[b]);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool TryDomainToAscii(string domain, [NotNullWhen(true)] out string? ascii)
    {
        ascii = null;
        domain = RemoveIgnored(domain);
        if (Ascii.IsValid(domain) && !HasPunycodeLabel(domain))
        {
            ascii = domain.ToLowerInvariant();
            return ascii.Length > 0;
        }
        try
        {
            ascii = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return false;
        }
        return ascii.Length > 0;
    }

    // UTS #46 maps these code points to nothing ("ignored"): soft hyphen, combining grapheme joiner, Mongolian free
    // variation selectors, zero width space, word joiner, invisible plus, variation selectors, BOM, shorthand format
    // controls and the variation selector supplement. IdnMapping rejects the empty labels they can leave behind.
    private static string RemoveIgnored(string domain)
    {
        if (Ascii.IsValid(domain)) return domain;
        var output = new StringBuilder(domain.Length);
        foreach (var rune in domain.EnumerateRunes())
        {
            var v = rune.Value;
            var ignored = v is 0x00AD or 0x034F or (>= 0x180B and <= 0x180D) or 0x180F or 0x200B or 0x2060 or 0x2064
                or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0xE0100 and <= 0xE01EF);
            if (!ignored) output.Append(rune.ToString());
        }
        return output.ToString();
    }

    private static bool HasPunycodeLabel(string domain)
    {
        foreach (var range in domain.AsSpan().Split('.'))
        {
            if (domain.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).StartsWith("xn--", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool EndsInANumber(string input)
    {
        var span = input.AsSpan();
        if (span.EndsWith(".") && span.Length > 1) span = span[..^1];
        else if (span.EndsWith(".")) return false;
        var dot = span.LastIndexOf('.');
        var last = dot < 0 ? span : span[(dot + 1)..];
        if (last.Length > 0 && !last.ContainsAnyExceptInRange('0', '9')) return true;
        return TryParseIPv4Number(last, out _);
    }

    private static bool TryParseIPv4(string input, out uint address)
    {
        address = 0;
        var parts = new List<string>(input.Split('.'));
        if (parts[^1].Length == 0 && parts.Count > 1) parts.RemoveAt(parts.Count - 1);
        if (parts.Count > 4) return false;
        var numbers = new ulong[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (!TryParseIPv4Number(parts[i], out numbers[i])) return false;
        }
        for (var i = 0; i < numbers.Length - 1; i++)
        {
            if (numbers[i] > 255) return false;
        }
        var limit = 1UL << (8 * (5 - numbers.Length));
        if (numbers[^1] >= limit) return false;
        var ipv4 = numbers[^1];
        for (var i = 0; i < numbers.Length - 1; i++) ipv4 += numbers[i] << (8 * (3 - i));
        address = (uint)ipv4;
        return true;
    }

    private static bool TryParseIPv4Number(ReadOnlySpan<char> input, out ulong value)
    {
        value = 0;
        if (input.IsEmpty) return false;
        var radix = 10;
        if (input.Length >= 2 && input[0] == '0' && input[1] is 'x' or 'X')
        {
            radix = 16;
            input = input[2..];
        }
        else if (input.Length >= 2 && input[0] == '0')
        {
            radix = 8;
            input = input[1..];
        }
        if (input.IsEmpty) return true;
        foreach (var c in input)
        {
            int digit;
            if (char.IsAsciiDigit(c)) digit = c - '0';
            else if (radix == 16 && char.IsAsciiHexDigit(c)) digit = (c | 0x20) - 'a' + 10;
            else return false;
            if (digit >= radix) return false;
            // Saturate: anything above 2^32 fails later anyway.
            value = value > uint.MaxValue ? value : value * (ulong)radix + (ulong)digit;
        }
        return true;
    }

    // The IPv6 parser (URL Standard §3.5.1), including an embedded IPv4 tail.
    private static bool TryParseIPv6(ReadOnlySpan<char> input, out ushort[] address)
    {
        address = new ushort[8];
        var pieceIndex = 0;
        int? compress = null;
        var pointer = 0;
        char At(int p, ReadOnlySpan<char> s) => p < s.Length ? s[p] : '\uFFFF';

        if (At(pointer, input) == ':')
        {
            if (At(pointer + 1, input) != ':') return false;
            pointer += 2;
            pieceIndex++;
            compress = pieceIndex;
        }
        while (pointer < input.Length)
        {
            if (pieceIndex == 8) return false;
            if (input[pointer] == ':')
            {
                if (compress is not null) return false;
                pointer++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }
            var value = 0;
            var length = 0;
            while (length < 4 && pointer < input.Length && char.IsAsciiHexDigit(input[pointer]))
            {
                value = (value * 0x10) + EncodeUrl.HexValue(input[pointer]);
                pointer++;
                length++;
            }
            if (At(pointer, input) == '.')
            {
                if (length == 0) return false;
                pointer -= length;
                if (pieceIndex > 6) return false;
                var numbersSeen = 0;
                while (pointer < input.Length)
                {
                    int? ipv4Piece = null;
                    if (numbersSeen > 0)
                    {
                        if (input[pointer] == '.' && numbersSeen < 4) pointer++;
                        else return false;
                    }
                    if (!char.IsAsciiDigit(At(pointer, input))) return false;
                    while (char.IsAsciiDigit(At(pointer, input)))
                    {
                        var number = input[pointer] - '0';
                        if (ipv4Piece is null) ipv4Piece = number;
                        else if (ipv4Piece == 0) return false;
                        else ipv4Piece = (ipv4Piece * 10) + number;
                        if (ipv4Piece > 255) return false;
                        pointer++;
                    }
                    address[pieceIndex] = (ushort)((address[pieceIndex] * 0x100) + ipv4Piece!.Value);
                    numbersSeen++;
                    if (numbersSeen is 2 or 4) pieceIndex++;
                }
                if (numbersSeen != 4) return false;
                break;
            }
            if (At(pointer, input) == ':')
            {
                pointer++;
                if (pointer >= input.Length) return false;
            }
            else if (pointer < input.Length)
            {
                return false;
            }
            address[pieceIndex] = (ushort)value;
            pieceIndex++;
        }
        if (compress is { } start)
        {
            var swaps = pieceIndex - start;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0)
            {
                (address[pieceIndex], address[start + swaps - 1]) = (address[start + swaps - 1], address[pieceIndex]);
                pieceIndex--;
                swaps--;
            }
        }
        else if (pieceIndex != 8)
        {
            return false;
        }
        return true;
    }

    private static string SerializeIPv6(ushort[] address)
    {
        // Compress the first longest run of two or more zero pieces.
        int bestStart = -1, bestLength = 1;
        for (var i = 0; i < 8;)
        {
            if (address[i] != 0)
            {
                i++;
                continue;
            }
            var j = i;
            while (j < 8 && address[j] == 0) j++;
            if (j - i > bestLength)
            {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        var output = new StringBuilder(40);
        var ignore0 = false;
        for (var i = 0; i < 8; i++)
        {
            if (ignore0 && address[i] == 0) continue;
            ignore0 = false;
            if (i == bestStart)
            {
                output.Append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            output.Append(address[i].ToString("x", CultureInfo.InvariantCulture));
            if (i != 7) output.Append(':');
        }
        return output.ToString();
    }
}
