using BenchmarkDotNet.Attributes;

namespace Koa.Benchmarks;

/// <summary>
/// <see cref="Keygrip"/> on the cases of benchmarks/node/keygrip.js: signing a session cookie's <c>name=value</c>
/// (HMAC-SHA1 and HMAC-SHA256), and verifying a digest made with the newest key, with the oldest of three keys,
/// and a bad digest of the right length (every key tried).
/// </summary>
[MemoryDiagnoser]
public class KeygripBenchmarks
{
    private const string Data = "session=3f9a2c1e7b4d4e0f9a8b7c6d5e4f3a2b";

    private readonly Keygrip _keys = new(["im a newer secret", "i like turtle", "the oldest secret"]);
    private readonly Keygrip _sha256 = new(["im a newer secret", "i like turtle", "the oldest secret"], "sha256");
    private string _newest = "";
    private string _oldest = "";
    private string _bad = "";

    [GlobalSetup]
    public void Setup()
    {
        _newest = _keys.Sign(Data);
        _oldest = new Keygrip(["the oldest secret"]).Sign(Data);
        _bad = new string('A', _newest.Length);
    }

    /// <summary><c>keys.sign('session=…')</c> (sha1, base64url).</summary>
    [Benchmark(Description = "sign sha1")]
    public string SignSha1() => _keys.Sign(Data);

    /// <summary><c>Keygrip(keys, 'sha256').sign('session=…')</c>.</summary>
    [Benchmark(Description = "sign sha256")]
    public string SignSha256() => _sha256.Sign(Data);

    /// <summary><c>keys.verify(data, digest)</c>, digest from the first key.</summary>
    [Benchmark(Description = "verify: newest key")]
    public bool VerifyNewest() => _keys.Verify(Data, _newest);

    /// <summary><c>keys.index(data, digest)</c>, digest from the third key → 2.</summary>
    [Benchmark(Description = "index: oldest of 3 keys")]
    public int IndexOldest() => _keys.Index(Data, _oldest);

    /// <summary><c>keys.verify(data, 'AAAA…')</c>: no key matches.</summary>
    [Benchmark(Description = "verify: bad digest")]
    public bool VerifyBad() => _keys.Verify(Data, _bad);
}
