using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Primitives;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Cookies"/> on the cases of benchmarks/node/cookies.js, over a browser-like Cookie header of six
/// cookies: reading one cookie unsigned and signed (its <c>.sig</c> made with the newest key), and queueing one
/// Set-Cookie unsigned and signed (with maxAge and sameSite). Each Set starts from an empty response, as a request does.
/// </summary>
[MemoryDiagnoser]
public class CookiesBenchmarks
{
    private const string Session = "3f9a2c1e7b4d4e0f9a8b7c6d5e4f3a2b";

    private static readonly CookieGetOptions Signed = new() { Signed = true };
    private static readonly CookieSetOptions SignedSession = new() { Signed = true, MaxAge = TimeSpan.FromDays(1), SameSite = CookieSameSite.Lax };

    private readonly Dictionary<string, StringValues> _request = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StringValues> _response = new(StringComparer.OrdinalIgnoreCase);
    private Cookies _cookies = null!;

    [GlobalSetup]
    public void Setup()
    {
        var keys = new Keygrip(["im a newer secret", "i like turtle"]);
        _request["Cookie"] = "_ga=GA1.2.1234567890.1234567890; theme=dark; lang=en-US; session=" + Session +
            "; session.sig=" + keys.Sign("session=" + Session) + "; _gid=GA1.2.987654321.1234567890";
        _cookies = new Cookies(_request, _response, new CookiesOptions { Keys = keys });
    }

    /// <summary><c>cookies.get('session')</c>.</summary>
    [Benchmark(Description = "get: unsigned")]
    public string? GetUnsigned() => _cookies.Get("session");

    /// <summary><c>cookies.get('session', { signed: true })</c>.</summary>
    [Benchmark(Description = "get: signed")]
    public string? GetSigned() => _cookies.Get("session", Signed);

    /// <summary><c>cookies.set('theme', 'dark')</c> (no options: never signed).</summary>
    [Benchmark(Description = "set: unsigned")]
    public Cookies SetUnsigned()
    {
        _response.Clear();
        return _cookies.Set("theme", "dark");
    }

    /// <summary><c>cookies.set('session', …, { signed: true, maxAge: 86400000, sameSite: 'lax' })</c>.</summary>
    [Benchmark(Description = "set: signed, maxAge")]
    public Cookies SetSigned()
    {
        _response.Clear();
        return _cookies.Set("session", Session, SignedSession);
    }
}
