using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Primitives;

namespace Koa.Benchmarks;

/// <summary>
/// The real time of each request-header parser on a ~100 KB adversarial value (the tests only bound it), beside the
/// npm packages on the same inputs (benchmarks/node/hostile-input.js): the inputs of negotiator CVE-2016-10539 and
/// fresh CVE-2017-16119, and long lists, parameter runs and quoted strings for the others. Linear parsers answer in
/// tens to hundreds of microseconds; a backtracking one would take seconds.
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private static readonly string[] Json = ["json"];
    private static readonly string AcceptLanguageCve = "a" + new string('-', 100_000) + " >";
    private static readonly string AcceptList = string.Join(',', Enumerable.Repeat("text/html;level=1;q=0.5", 4_200));
    private static readonly string AcceptEncodingList = string.Join(", ", Enumerable.Repeat("gzip;q=0.5", 8_400));
    private static readonly string IfNoneMatchCve = new string(' ', 100_000) + "\"x\"";
    private static readonly string ContentTypeParameters = "text/plain" + string.Concat(Enumerable.Range(0, 10_000).Select(i => "; p" + i + "=v"));
    private static readonly string LongFilename = "attachment; filename=\"" + new string('a', 100_000) + "\"";
    private static readonly string VaryList = string.Join(", ", Enumerable.Repeat("X-A", 20_000));
    private static readonly string CookieHeader = string.Concat(Enumerable.Repeat("k=v; ", 20_000)) + "session=abc";
    private static readonly string LongSubtype = "application/" + new string('x', 100_000);

    private readonly Dictionary<string, StringValues> _language = Headers("accept-language", AcceptLanguageCve);
    private readonly Dictionary<string, StringValues> _accept = Headers("accept", AcceptList);
    private readonly Dictionary<string, StringValues> _encoding = Headers("accept-encoding", AcceptEncodingList);
    private readonly Dictionary<string, StringValues> _ifNoneMatch = Headers("if-none-match", IfNoneMatchCve);
    private readonly Dictionary<string, StringValues> _etag = Headers("etag", "\"y\"");
    private readonly Dictionary<string, StringValues> _cookie = Headers("cookie", CookieHeader);
    private readonly Dictionary<string, StringValues> _setCookie = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>new Negotiator({ headers: { 'accept-language': 'a' + '-'.repeat(100000) + ' >' } }).languages()</c>.</summary>
    [Benchmark(Description = "negotiator languages(): CVE-2016-10539 input")]
    public IReadOnlyList<string> LanguagesCve() => new Negotiator(_language).Languages();

    /// <summary><c>negotiator.mediaTypes()</c> over 4,200 ranges with parameters (~100 KB).</summary>
    [Benchmark(Description = "negotiator mediaTypes(): 4,200 ranges")]
    public IReadOnlyList<string> MediaTypes() => new Negotiator(_accept).MediaTypes();

    /// <summary><c>accepts(req).encodings('gzip', 'identity')</c> over 8,400 codings (~100 KB).</summary>
    [Benchmark(Description = "accepts encodings(): 8,400 codings")]
    public string? Encodings() => new Accepts(_encoding).Encodings("gzip", "identity");

    /// <summary><c>fresh({ 'if-none-match': ' '.repeat(100000) + '"x"' }, { etag: '"y"' })</c>.</summary>
    [Benchmark(Description = "fresh: CVE-2017-16119 input")]
    public bool FreshCve() => Fresh.IsFresh(_ifNoneMatch, _etag);

    /// <summary><c>contentType.parse('text/plain; p0=v; …')</c> with 10,000 parameters (~90 KB).</summary>
    [Benchmark(Description = "content-type parse: 10,000 parameters")]
    public ContentTypeValue ContentTypeParse() => ContentType.Parse(ContentTypeParameters);

    /// <summary><c>contentDisposition.parse('attachment; filename="aaa…"')</c>, a 100,000-character quoted filename.</summary>
    [Benchmark(Description = "content-disposition parse: 100 KB filename")]
    public ContentDispositionHeader ContentDispositionParse() => ContentDisposition.Parse(LongFilename);

    /// <summary><c>vary.append('X-A, X-A, …', 'Origin')</c> over 20,000 fields (~100 KB).</summary>
    [Benchmark(Description = "vary append: 20,000 fields")]
    public string VaryAppend() => Vary.Append(VaryList, "Origin");

    /// <summary><c>new Cookies(req, res).get('session')</c> behind 20,000 other cookies (~100 KB).</summary>
    [Benchmark(Description = "cookies get: 20,000 cookies")]
    public string? CookiesGet() => new Cookies(_cookie, _setCookie).Get("session");

    /// <summary><c>typeis.is('application/xxx…', ['json'])</c>, a 100,000-character subtype.</summary>
    [Benchmark(Description = "type-is is: 100 KB subtype")]
    public string? TypeIsLong() => TypeIs.Is(LongSubtype, Json);

    private static Dictionary<string, StringValues> Headers(string name, string value) =>
        new(StringComparer.OrdinalIgnoreCase) { [name] = value };
}
