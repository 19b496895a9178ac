using System.Runtime.InteropServices;
using System.Security.Cryptography;

[module: System.Runtime.CompilerServices.SkipLocalsInit]

namespace Koa;

/// <summary>
/// Signs and verifies data with a rotating list of secret keys: a port of the npm <c>keygrip</c> 1.1.0 package.
/// <see cref="Sign(string)"/> uses the first key; <see cref="Index(string, string)"/> and
/// <see cref="Verify(string, string)"/> accept a digest made with any key, so new keys can be put in front and old
/// ones dropped without invalidating what clients hold. Digests are byte-for-byte those of Node's keygrip, so a
/// cookie signed by a Node app verifies here and the other way round.
/// </summary>
/// <remarks>
/// The key list is referenced, not copied, like upstream's closure: pass a <see cref="List{T}"/> and rotate by
/// mutating it (<c>keys.Insert(0, "new")</c>, <c>keys.RemoveAt(keys.Count - 1)</c>). Instances are safe to share
/// between threads as long as that list is not mutated concurrently.
/// </remarks>
/// <example>
/// <code>
/// var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);
/// string digest = keys.Sign("bieberschnitzel");        // HMAC-SHA1, unpadded base64url, 27 chars
/// bool ok = keys.Verify("bieberschnitzel", digest);     // true
/// int index = keys.Index("bieberschnitzel", digest);    // 0: signed with the newest key
/// </code>
/// </example>
public sealed class Keygrip
{
    private const string KeysRequired = "Keys must be provided.";
    private const string KeysContainNull = "Keys must not contain null.";

    private readonly IReadOnlyList<string> _keys;
    private readonly DigestAlgorithm _algorithm;
    private readonly DigestEncoding _encoding;
    private readonly int _digestLength;

    /// <summary>
    /// Creates a signer over <paramref name="keys"/>, newest first, as <c>new Keygrip(keys, algorithm, encoding)</c>.
    /// </summary>
    /// <param name="keys">The secrets, newest first; kept by reference (see the remarks on <see cref="Keygrip"/>).
    /// Each key is used as its UTF-8 bytes, as Node does with a string key.</param>
    /// <param name="algorithm">The HMAC digest: <c>sha1</c> (default), <c>sha256</c>, <c>sha384</c> or <c>sha512</c>,
    /// case-insensitive. <see langword="null"/> or empty means <c>sha1</c>, like upstream's falsy check.</param>
    /// <param name="encoding">How digests are written: <c>base64</c> (default) and <c>base64url</c> give unpadded
    /// base64url, <c>hex</c> gives lower-case hex; case-insensitive. <see langword="null"/> or empty means <c>base64</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null ("Keys must be provided.").</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty ("Keys must be provided.") or holds a null;
    /// the algorithm ("Invalid digest: md4") or the encoding ("Unknown encoding: latin1") is not supported.</exception>
    /// <example>
    /// <code>
    /// var sha1 = new Keygrip(["SEKRIT1"]);
    /// var sha256Hex = new Keygrip(["SEKRIT1"], "sha256", "hex");
    /// var rotating = new List&lt;string&gt; { "SEKRIT2", "SEKRIT1" };
    /// var live = new Keygrip(rotating);                      // later: rotating.Insert(0, "SEKRIT3");
    /// </code>
    /// </example>
    public Keygrip(IReadOnlyList<string> keys, string? algorithm = "sha1", string? encoding = "base64")
    {
        if (keys is null)
            throw new ArgumentNullException(nameof(keys), KeysRequired);
        if (keys.Count == 0)
            throw new ArgumentException(KeysRequired);
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is null)
                throw new ArgumentException(KeysContainNull);
        }

        if (string.IsNullOrEmpty(algorithm))
            algorithm = "sha1";
        if (string.IsNullOrEmpty(encoding))
            encoding = "base64";
        if (!DigestAlgorithms.TryParse(algorithm, out _algorithm))
            throw new ArgumentException("Invalid digest: " + algorithm);
        if (!DigestEncodings.TryParse(encoding, out _encoding))
            throw new ArgumentException("Unknown encoding: " + encoding);

        _keys = keys;
        _digestLength = DigestEncodings.Length(_encoding, DigestAlgorithms.HashSize(_algorithm));
    }

    /// <summary>
    /// The digest of <paramref name="data"/> under the first key: <c>keys.sign(data)</c>.
    /// </summary>
    /// <param name="data">The text to sign, hashed as UTF-8.</param>
    /// <returns>The digest text (27 chars for the default HMAC-SHA1 in base64url).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The key list was emptied, or a null was put in it, after construction.</exception>
    /// <example>
    /// <code>
    /// new Keygrip(["SEKRIT1"]).Sign("Keyboard Cat has a hat."); // "34Sr3OIsheUYWKL5_w--zJsdSNk"
    /// </code>
    /// </example>
    public string Sign(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Sign(data.AsSpan());
    }

    /// <summary>
    /// The digest of <paramref name="data"/> under the first key, for callers that hold the data as a span
    /// (e.g. <c>name=value</c> assembled in a stack buffer). Allocates only the returned string.
    /// </summary>
    /// <param name="data">The text to sign, hashed as UTF-8.</param>
    /// <returns>The digest text.</returns>
    /// <exception cref="InvalidOperationException">The key list was emptied, or a null was put in it, after construction.</exception>
    /// <example>
    /// <code>
    /// Span&lt;char&gt; data = stackalloc char[7];
    /// "foo=bar".CopyTo(data);
    /// new Keygrip(["keyboard cat"]).Sign(data);           // "iW2fuCIzk9Cg_rqLT1CAqrtdWs8"
    /// </code>
    /// </example>
    public string Sign(ReadOnlySpan<char> data)
    {
        Span<char> digest = stackalloc char[DigestEncodings.MaxLength];
        var written = SignCore(data, digest);
        return new string(digest[..written]);
    }

    /// <summary>
    /// Writes the digest of <paramref name="data"/> under the first key into <paramref name="destination"/>
    /// without allocating. A destination of 128 chars fits every algorithm and encoding.
    /// </summary>
    /// <param name="data">The text to sign, hashed as UTF-8.</param>
    /// <param name="destination">Where the digest text goes.</param>
    /// <param name="charsWritten">The digest length, or 0 when <paramref name="destination"/> is too short.</param>
    /// <returns><see langword="true"/> when the digest fit into <paramref name="destination"/>.</returns>
    /// <exception cref="InvalidOperationException">The key list was emptied, or a null was put in it, after construction.</exception>
    /// <example>
    /// <code>
    /// Span&lt;char&gt; digest = stackalloc char[128];
    /// if (keys.TrySign("foo=bar", digest, out var length))
    ///     response.Append(digest[..length]);
    /// </code>
    /// </example>
    public bool TrySign(ReadOnlySpan<char> data, Span<char> destination, out int charsWritten)
    {
        if (destination.Length < _digestLength)
        {
            charsWritten = 0;
            return false;
        }
        charsWritten = SignCore(data, destination);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="digest"/> is the digest of <paramref name="data"/> under any key:
    /// <c>keys.verify(data, digest)</c>, i.e. <c>Index(data, digest) &gt; -1</c>.
    /// </summary>
    /// <param name="data">The signed text.</param>
    /// <param name="digest">The digest to check, e.g. the value of a <c>.sig</c> cookie.</param>
    /// <returns><see langword="true"/> when some key produced <paramref name="digest"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="digest"/> is null.</exception>
    /// <example>
    /// <code>
    /// var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);
    /// keys.Verify("Keyboard Cat has a hat.", "34Sr3OIsheUYWKL5_w--zJsdSNk"); // true (second key)
    /// keys.Verify("Keyboard Cat has a hat.", "bogus data");                  // false
    /// </code>
    /// </example>
    public bool Verify(string data, string digest) => Index(data, digest) > -1;

    /// <summary>
    /// Whether <paramref name="digest"/> is the digest of <paramref name="data"/> under any key (span form,
    /// allocation-free).
    /// </summary>
    /// <param name="data">The signed text.</param>
    /// <param name="digest">The digest to check.</param>
    /// <returns><see langword="true"/> when some key produced <paramref name="digest"/>.</returns>
    /// <example>
    /// <code>
    /// bool ok = keys.Verify("foo=bar".AsSpan(), header.AsSpan(start, length));
    /// </code>
    /// </example>
    public bool Verify(ReadOnlySpan<char> data, ReadOnlySpan<char> digest) => Index(data, digest) > -1;

    /// <summary>
    /// The index of the first key whose digest of <paramref name="data"/> equals <paramref name="digest"/>, or -1:
    /// <c>keys.index(data, digest)</c>. A result above 0 means the data was signed with an older key and should be
    /// re-signed with <see cref="Sign(string)"/>. Each comparison runs in constant time
    /// (<see cref="CryptographicOperations.FixedTimeEquals"/>), so only the index found is observable.
    /// </summary>
    /// <param name="data">The signed text.</param>
    /// <param name="digest">The digest to look up; compared as text, exactly as upstream's <c>tsscmp</c>.</param>
    /// <returns>The matching key's index, or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="digest"/> is null.</exception>
    /// <example>
    /// <code>
    /// var keys = new Keygrip(["SEKRIT2", "SEKRIT1"]);
    /// keys.Index("Keyboard Cat has a hat.", "_jl9qXYgk5AgBiKFOPYK073FMEQ"); // 0
    /// keys.Index("Keyboard Cat has a hat.", "34Sr3OIsheUYWKL5_w--zJsdSNk"); // 1: re-sign
    /// keys.Index("Keyboard Cat has a hat.", "xmM8HQl2eBtPP9nmZ7BK_wpqoxQ"); // -1
    /// </code>
    /// </example>
    public int Index(string data, string digest)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(digest);
        return Index(data.AsSpan(), digest.AsSpan());
    }

    /// <summary>
    /// The index of the first key whose digest of <paramref name="data"/> equals <paramref name="digest"/>, or -1
    /// (span form, allocation-free).
    /// </summary>
    /// <param name="data">The signed text.</param>
    /// <param name="digest">The digest to look up.</param>
    /// <returns>The matching key's index, or -1.</returns>
    /// <example>
    /// <code>
    /// int index = keys.Index("foo=bar".AsSpan(), "iW2fuCIzk9Cg_rqLT1CAqrtdWs8".AsSpan());
    /// </code>
    /// </example>
    public int Index(ReadOnlySpan<char> data, ReadOnlySpan<char> digest)
    {
        // A digest of another length cannot match any key; its length is no secret.
        if (digest.Length != _digestLength)
            return -1;

        using var bytes = new Utf8Buffer(data, stackalloc byte[Utf8Buffer.StackSize]);
        Span<char> expected = stackalloc char[DigestEncodings.MaxLength];
        var keys = _keys;
        for (var i = 0; i < keys.Count; i++)
        {
            var written = Digest(Key(keys, i), bytes.Bytes, expected);
            if (CryptographicOperations.FixedTimeEquals(
                    MemoryMarshal.AsBytes(expected[..written]), MemoryMarshal.AsBytes(digest)))
                return i;
        }
        return -1;
    }

    private int SignCore(ReadOnlySpan<char> data, Span<char> destination)
    {
        var keys = _keys;
        if (keys.Count == 0)
            throw new InvalidOperationException(KeysRequired);
        var key = Key(keys, 0);

        using var bytes = new Utf8Buffer(data, stackalloc byte[Utf8Buffer.StackSize]);
        return Digest(key, bytes.Bytes, destination);
    }

    private static string Key(IReadOnlyList<string> keys, int index) =>
        keys[index] ?? throw new InvalidOperationException(KeysContainNull);

    /// <summary>HMAC of <paramref name="data"/> under the UTF-8 bytes of <paramref name="key"/>, written as text.</summary>
    private int Digest(string key, ReadOnlySpan<byte> data, Span<char> destination)
    {
        Span<byte> hash = stackalloc byte[DigestAlgorithms.MaxHashSize];
        var hashLength = HmacCache.HashData(_algorithm, key, data, hash);
        return DigestEncodings.Encode(_encoding, hash[..hashLength], destination);
    }
}
