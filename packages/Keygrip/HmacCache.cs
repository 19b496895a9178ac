using System.Security.Cryptography;
using System.Text;

namespace Koa;

/// <summary>
/// Keyed HMAC instances kept per thread, so that a digest costs the hashing of the data only: a one-shot
/// <c>HMACSHA1.HashData(key, …)</c> sets the key up (two extra compression rounds and a native context) on every call,
/// an instance does it once. Entries are looked up by the key string's reference (a rotated key is a new string,
/// hence a new entry); a few of them per thread, the oldest one replaced when full.
/// </summary>
internal static class HmacCache
{
    private const int Capacity = 8;

    [ThreadStatic]
    private static Entry[]? t_entries;

    [ThreadStatic]
    private static int t_next;

    /// <summary>HMAC of <paramref name="data"/> under the UTF-8 bytes of <paramref name="key"/>; returns the bytes written.</summary>
    public static int HashData(DigestAlgorithm algorithm, string key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var hmac = Get(algorithm, key);
        if (!hmac.TryComputeHash(data, destination, out var written))
            throw new CryptographicException("The HMAC destination is too short.");
        return written;
    }

    private static HMAC Get(DigestAlgorithm algorithm, string key)
    {
        var entries = t_entries ??= new Entry[Capacity];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry is null) break;
            if (ReferenceEquals(entry.Key, key) && entry.Algorithm == algorithm) return entry.Hmac;
        }

        var made = new Entry(algorithm, key, Create(algorithm, key));
        var slot = Array.IndexOf(entries, null);
        if (slot < 0)
        {
            slot = t_next;
            t_next = (slot + 1) % Capacity;
            entries[slot]!.Hmac.Dispose();
        }
        entries[slot] = made;
        return made.Hmac;
    }

    private static HMAC Create(DigestAlgorithm algorithm, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        try
        {
            return algorithm switch
            {
                DigestAlgorithm.Sha1 => new HMACSHA1(bytes),
                DigestAlgorithm.Sha256 => new HMACSHA256(bytes),
                DigestAlgorithm.Sha384 => new HMACSHA384(bytes),
                _ => new HMACSHA512(bytes),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private sealed record Entry(DigestAlgorithm Algorithm, string Key, HMAC Hmac);
}
